import ExcelJS from 'exceljs';
import { generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint, createLocalJWKSet, decodeJwt, JWK, jwtVerify, SignJWT } from 'jose';
import { CertificatesService, IssueCertificateInput, parseCertificateNumber, statusListBit } from '@skill-ladder/evaluations';
import { AuditActor, verifyAuditChains } from '@skill-ladder/platform';
import sharp from 'sharp';
import { Session } from '../harness/auth';
import { pdfText } from '../harness/pdf-text';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const TODAY = '2026-09-30';
const CERTS = '/api/v1/certificates';
const PUBLIC = '/api/v1/public/certificates';
const FINALIZATION: AuditActor = { userId: null, username: 'campaign-finalization', requestId: null };

describe('certificates (职业技能等级证书)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let holder: { id: string; idNumber: string; session: Session };
  let colleague: { id: string; idNumber: string; session: Session };
  /** Every full ID number of the file: none may show up in an answer but the HR export. */
  const idNumbers: string[] = [];
  /** Certificates issued by the first test, by what they are. */
  const issued: Record<string, { id: string; certificateNumber: string }> = {};

  const issue = (input: Partial<IssueCertificateInput> & { personId: string }) =>
    t.dataSource.transaction((em) =>
      t.app.get(CertificatesService).issue(em, FINALIZATION, {
        bodyOrganizationId: coking.org.id,
        occupationCode: WELDER,
        rank: 'L3',
        issuedOn: TODAY,
        route: 'campaign',
        ...input,
      }),
    );
  const refused = (input: Partial<IssueCertificateInput> & { personId: string }) => issue(input).then(() => null, (e: unknown) => e as { status: number; code: string });
  const get = (session: Session, path: string) => t.http().get(path).set(session.auth);
  const download = (session: Session, path: string) =>
    get(session, path).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const expectNoIdNumber = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const idNumber of idNumbers) expect(text).not.toContain(idNumber);
  };
  const newWorker = async (fullName: string) => {
    const worker = await s.worker(coking.hr, { fullName });
    idNumbers.push(worker.idNumber);
    return worker;
  };

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: `${TODAY}T09:00:00+08:00`, PUBLIC_BASE_URL: 'https://skills.lvliang.example' });
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    const filing = await s.post(coking.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L5', 'L4', 'L3', 'L2'] }] });
    await s.post(lvliang.officer, `/api/v1/evaluation-bodies/${filing.id}/approve`, { institutionCode: '0000', stationSerial: '000123' });
    const [a, b] = [await newWorker('王建国'), await newWorker('李秀英')];
    holder = { ...a, session: await s.workerLogin(coking.hr, a.id) };
    colleague = { ...b, session: await s.workerLogin(coking.hr, b.id) };
  });
  afterAll(() => t.close());

  it('issues numbers of 22 characters: Y + institution + province + station + year + level + serial per body, year and level', async () => {
    issued.l3 = await issue({ personId: holder.id, campaignId: '0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f', applicationId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d' });
    issued.l3b = await issue({ personId: colleague.id });
    issued.l4 = await issue({ personId: holder.id, rank: 'L4', workType: '电焊工' });
    issued.lastYear = await issue({ personId: colleague.id, rank: 'L5', issuedOn: '2025-12-31' });
    expect(issued.l3.certificateNumber).toBe('Y000014000123263000001');
    expect(issued.l3b.certificateNumber).toBe('Y000014000123263000002');
    expect(issued.l4.certificateNumber).toBe('Y000014000123264000001');
    expect(issued.lastYear.certificateNumber).toBe('Y000014000123255000001');
    expect(parseCertificateNumber(issued.l3.certificateNumber)).toEqual({
      bodyType: 'Y', institutionCode: '0000', provinceCode: '14', stationSerial: '000123', year: 2026, levelDigit: 3, serial: 1,
    });

    const one = await get(coking.hr, `${CERTS}/${issued.l3.id}`).expect(200);
    expect(one.body).toMatchObject({
      certificateNumber: 'Y000014000123263000001',
      status: 'valid',
      statusLabel: '有效 / Valid',
      bodyOrganizationId: coking.org.id,
      bodyName: '山西吕梁焦化集团',
      personId: holder.id,
      holderName: '王建国',
      idType: 'resident_id',
      idTypeLabel: '居民身份证',
      idNumberMasked: expect.stringMatching(/^\d{6}\*{8}\d{3}[\dX]$/),
      occupationCode: WELDER,
      occupationName: '焊工',
      workType: null,
      workTypeLabel: '--',
      rank: 'L3',
      levelLabel: '三级/高级工',
      issuedOn: TODAY,
      route: 'campaign',
      applicationId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
      verificationUrl: 'https://skills.lvliang.example/verify?number=Y000014000123263000001',
    });
    expectNoIdNumber(one.body);

    // The worker's profile shows the credentials (they feed the eligibility engine).
    const profile = await get(coking.hr, `/api/v1/workers/${holder.id}`).expect(200);
    expect(profile.body.credentials).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ certificateNumber: 'Y000014000123263000001', rank: 'L3', source: 'issued', status: 'valid', issuerName: '山西吕梁焦化集团' }),
        expect.objectContaining({ certificateNumber: 'Y000014000123264000001', rank: 'L4', workType: '电焊工', source: 'issued' }),
      ]),
    );

    const audit = await get(coking.hr, `/api/v1/audit-events?entityId=${issued.l3.id}&action=certificate.issue`).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ actorUsername: 'campaign-finalization', after: expect.objectContaining({ certificateNumber: 'Y000014000123263000001' }) })]);
    expectNoIdNumber(audit.body);
  });

  it('refuses outside the filed scope, a second certificate for an application or a level already held; none of it burns a serial', async () => {
    expect(await refused({ personId: holder.id, rank: 'L1' })).toMatchObject({ status: 422, code: 'OUTSIDE_FILED_SCOPE' });
    expect(await refused({ personId: holder.id, bodyOrganizationId: machinery.org.id })).toMatchObject({ status: 422, code: 'OUTSIDE_FILED_SCOPE' });
    expect(await refused({ personId: colleague.id, rank: 'L4', applicationId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d' })).toMatchObject({ status: 409, code: 'CERTIFICATE_ALREADY_ISSUED' });
    expect(await refused({ personId: holder.id })).toMatchObject({ status: 409, code: 'CERTIFICATE_ALREADY_HELD' });
    expect(await refused({ personId: holder.id, rank: 'L2', issuedOn: '2026-10-01' })).toMatchObject({ status: 422, code: 'CERTIFICATE_INPUT_INVALID' });
    expect((await issue({ personId: holder.id, rank: 'L2', workType: '气焊工' })).certificateNumber).toBe('Y000014000123262000001');

    // The caller's transaction fails after issuing (e.g. finalization hits a problem): its serial is handed back.
    const third = await newWorker('赵立新');
    const rolledBack = await t.dataSource
      .transaction(async (em) => {
        const cert = await t.app.get(CertificatesService).issue(em, FINALIZATION, {
          bodyOrganizationId: coking.org.id, personId: third.id, occupationCode: WELDER, rank: 'L3', issuedOn: TODAY, route: 'campaign',
        });
        expect(cert.certificateNumber).toBe('Y000014000123263000003');
        throw new Error('finalization failed later');
      })
      .catch((e: Error) => e.message);
    expect(rolledBack).toBe('finalization failed later');
    expect((await issue({ personId: third.id })).certificateNumber).toBe('Y000014000123263000003');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM person_credentials WHERE person_id = $1`, [third.id]);
    expect(count).toBe(1);
  });

  it('20 issuances racing on the same body, year and level: no duplicate, no gap', async () => {
    const workers = await Promise.all(Array.from({ length: 20 }, (_, i) => newWorker(`并发${i + 1}`)));
    const results = await Promise.all(workers.map((w) => issue({ personId: w.id, rank: 'L5' })));
    const serials = results.map((r) => parseCertificateNumber(r.certificateNumber)?.serial).sort((a, b) => (a as number) - (b as number));
    expect(serials).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.certificateNumber)).size).toBe(20);
    expect(results.every((r) => r.certificateNumber.startsWith('Y00001400012326500'))).toBe(true);
    const [{ last }] = await t.dataSource.query(
      `SELECT last_serial AS last FROM certificate_serials WHERE organization_id = $1 AND year = 2026 AND level_digit = 5`,
      [coking.org.id],
    );
    expect(last).toBe(20);
  });

  it('public verification: valid with the holder’s name, 404 with a wrong name, never the ID number', async () => {
    const ok = await t.http().get(`${PUBLIC}/Y000014000123263000001`).query({ name: '王建国' }).expect(200);
    expect(ok.body).toEqual({
      certificateNumber: 'Y000014000123263000001',
      status: 'valid',
      statusLabel: '有效 / Valid',
      holderName: '王建国',
      occupationCode: WELDER,
      occupationName: '焊工',
      workType: '--',
      rank: 'L3',
      levelLabel: '三级/高级工',
      issuingBody: '山西吕梁焦化集团',
      issuedOn: TODAY,
      revokedOn: null,
    });
    expectNoIdNumber(ok.body);
    const wrongName = await t.http().get(`${PUBLIC}/Y000014000123263000001`).query({ name: '王建民' }).expect(404);
    expect(wrongName.body.code).toBe('NOT_FOUND');
    await t.http().get(`${PUBLIC}/Y000014000123263999999`).query({ name: '王建国' }).expect(404);
    await t.http().get(`${PUBLIC}/Y000014000123263000001`).expect(400);
  });

  it('the holder sees own certificates only; another enterprise and another region get 404; the bureau sees its region', async () => {
    const own = await get(holder.session, CERTS).expect(200);
    expect(own.body.items.map((c: { certificateNumber: string }) => c.certificateNumber).sort()).toEqual([
      'Y000014000123262000001', 'Y000014000123263000001', 'Y000014000123264000001',
    ]);
    expectNoIdNumber(own.body);
    await get(holder.session, `${CERTS}/${issued.l3.id}`).expect(200);
    await get(colleague.session, `${CERTS}/${issued.l3.id}`).expect(404);
    await get(machinery.hr, `${CERTS}/${issued.l3.id}`).expect(404);
    await get(machinery.hr, `${CERTS}/${issued.l3.id}/pdf`).expect(404);
    await get(machinery.hr, `${CERTS}/${issued.l3.id}/credential`).expect(404);
    expect((await get(machinery.hr, CERTS).expect(200)).body.total).toBe(0);
    await get(taiyuan.officer, `${CERTS}/${issued.l3.id}`).expect(404);
    expect((await get(taiyuan.officer, CERTS).expect(200)).body.total).toBe(0);
    const region = await get(lvliang.officer, `${CERTS}?rank=L5&status=valid&issuedFrom=2026-01-01`).expect(200);
    expect(region.body.total).toBe(20);
    const hrList = await get(coking.hr, `${CERTS}?personId=${holder.id}&issuedFrom=2026-01-01&issuedTo=2026-12-31`).expect(200);
    expect(hrList.body.total).toBe(3);
    expectNoIdNumber(hrList.body);
  });

  it('the PDF: HR, the bureau and the holder download it, one A4 page with the font embedded; each download is audited', async () => {
    for (const session of [coking.hr, lvliang.officer, holder.session]) {
      const res = await download(session, `${CERTS}/${issued.l3.id}/pdf`).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain('Y000014000123263000001.pdf');
      const pdf = (res.body as Buffer).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
      expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    }
    await get(colleague.session, `${CERTS}/${issued.l3.id}/pdf`).expect(404);
    const audit = await get(coking.hr, `/api/v1/audit-events?entityId=${issued.l3.id}&action=certificate.pdf_download`).expect(200);
    expect(audit.body.total).toBe(3);
  });

  it('the PDF prints what the national rules require: photo, 姓名, 证件类型, 证件号码, 职业, 工种 "--", 等级 三级/高级工, the body as filed, 发证日期, 证书编号, QR code, national query sites', async () => {
    const before = pdfText((await download(holder.session, `${CERTS}/${issued.l3.id}/pdf`).expect(200)).body as Buffer);
    expect(before.images).toEqual([]);
    expect(before.lines).toContain('照片 / Photo');

    const photo = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#3b6fb6' } }).jpeg().toBuffer();
    await t.http().put(`/api/v1/workers/${holder.id}/photo`).set(coking.hr.auth).set('content-type', 'image/jpeg').send(photo).expect(200);
    const raw = (await download(holder.session, `${CERTS}/${issued.l3.id}/pdf`).expect(200)).body as Buffer;
    const { lines, images } = pdfText(raw);
    expect(images).toEqual([{ width: 360, height: 480, filter: 'DCTDecode' }]);
    expect(lines).not.toContain('照片 / Photo');
    const after = (label: string) => lines[lines.findIndex((l) => l.startsWith(`${label} `)) + 1];
    expect(after('姓名')).toBe('王建国');
    expect(after('证件类型')).toBe('居民身份证');
    expect(after('证件号码')).toBe(holder.idNumber);
    expect(after('职业名称')).toBe('焊工');
    expect(after('工种/职业方向')).toBe('--');
    expect(after('职业技能等级')).toBe('三级/高级工');
    expect(after('证书编号')).toBe(issued.l3.certificateNumber);
    expect(after('评价机构名称')).toBe('山西吕梁焦化集团');
    expect(after('发证日期')).toBe('2026年9月30日');
    expect(lines).toContain('职业技能等级证书');
    expect(lines).toContain('扫码查验 / Scan to verify');
    expect(lines.some((l) => l.includes('技能人才评价证书全国联网查询') && l.includes('http://zscx.osta.org.cn'))).toBe(true);
    expect(lines.some((l) => l.includes('www.mohrss.gov.cn'))).toBe(true);
    expect(raw.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);

    // The bureau reads across its region: the number masked there, the rest the same.
    const bureau = pdfText((await download(lvliang.officer, `${CERTS}/${issued.l3.id}/pdf`).expect(200)).body as Buffer);
    const masked = bureau.lines[bureau.lines.findIndex((l) => l.startsWith('证件号码')) + 1];
    expect(masked).not.toBe(holder.idNumber);
    expect(masked).toMatch(/^\d{6}\*+\w{4}$/);
  });

  it('the verifiable credential verifies against the body’s public JWKS; a tampered payload does not', async () => {
    const res = await get(holder.session, `${CERTS}/${issued.l3.id}/credential`).expect(200);
    expectNoIdNumber(res.body);
    const jwksUrl = `https://skills.lvliang.example/api/v1/public/evaluation-bodies/${coking.org.id}/jwks.json`;
    expect(res.body).toMatchObject({ status: 'valid', jwksUrl, header: { alg: 'ES256', typ: 'vc+jwt', kid: expect.any(String) } });
    expect(res.body.credential).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: `https://skills.lvliang.example/api/v1/public/evaluation-bodies/${coking.org.id}`, name: '山西吕梁焦化集团' },
      credentialSubject: { licenseNumber: 'Y000014000123263000001', identifier: [expect.objectContaining({ identityHash: '王建国' })] },
    });

    const jwks = await t.http().get(new URL(jwksUrl).pathname).expect(200);
    expect(jwks.headers['content-type']).toContain('application/jwk-set+json');
    expect(jwks.body.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', kid: res.body.header.kid, alg: 'ES256' })]);
    expect(jwks.body.keys[0]).not.toHaveProperty('d');
    const { payload } = await jwtVerify(res.body.jwt, createLocalJWKSet(jwks.body), { typ: 'vc+jwt' });
    expect(payload).toEqual(res.body.credential);

    const [header, body, signature] = (res.body.jwt as string).split('.');
    const changed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    changed.credentialSubject.achievement.name = '焊工 一级/高级技师';
    const tampered = [header, Buffer.from(JSON.stringify(changed)).toString('base64url'), signature].join('.');
    await expect(jwtVerify(tampered, createLocalJWKSet(jwks.body))).rejects.toThrow(/signature verification failed/);

    const issuer = await t.http().get(`/api/v1/public/evaluation-bodies/${coking.org.id}`).expect(200);
    expect(issuer.body).toEqual({ id: res.body.credential.issuer.id, type: ['Profile'], name: '山西吕梁焦化集团', jwksUrl });
    await t.http().get(`/api/v1/public/evaluation-bodies/${machinery.org.id}/jwks.json`).expect(404);
  });

  it('a credential signed with the body’s earlier Ed25519 key still verifies: the JWKS publishes both keys, each under its kid', async () => {
    // What a body that issued before ES256 has: its Ed25519 key and a credential it signed (EdDSA).
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk = publicKey.export({ format: 'jwk' }) as JWK;
    const kid = await calculateJwkThumbprint(jwk);
    await t.dataSource.query(
      `INSERT INTO evaluation_body_signing_keys (organization_id, kid, algorithm, public_jwk, private_key_cipher, created_at)
       VALUES ($1, $2, 'EdDSA', $3, '\\x00', now() - interval '1 year')`,
      [coking.org.id, kid, JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid, alg: 'EdDSA', use: 'sig' })],
    );
    const current = await get(holder.session, `${CERTS}/${issued.l3.id}/credential`).expect(200);
    const old = await new SignJWT(current.body.credential).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid }).sign(privateKey);

    const jwks = (await t.http().get(`/api/v1/public/evaluation-bodies/${coking.org.id}/jwks.json`).expect(200)).body;
    expect(jwks.keys.map((k: JWK) => [k.alg, k.kid])).toEqual([['ES256', current.body.header.kid], ['EdDSA', kid]]);
    await expect(jwtVerify(old, createLocalJWKSet(jwks), { typ: 'vc+jwt' })).resolves.toMatchObject({ protectedHeader: { alg: 'EdDSA', kid } });
    await expect(jwtVerify(current.body.jwt, createLocalJWKSet(jwks), { typ: 'vc+jwt' })).resolves.toMatchObject({ protectedHeader: { alg: 'ES256' } });
  });

  it('revocation by the body’s HR or the covering bureau, with a reason: verification and the worker’s credential say revoked', async () => {
    expect((await t.http().post(`${CERTS}/${issued.l3.id}/revoke`).set(holder.session.auth).send({ reason: '自行撤销' }).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    await t.http().post(`${CERTS}/${issued.l3.id}/revoke`).set(machinery.hr.auth).send({ reason: '越权' }).expect(404);
    await t.http().post(`${CERTS}/${issued.l3.id}/revoke`).set(taiyuan.officer.auth).send({ reason: '越权' }).expect(404);
    await t.http().post(`${CERTS}/${issued.l3.id}/revoke`).set(coking.hr.auth).send({}).expect(400);

    const revoked = await t.http().post(`${CERTS}/${issued.l3.id}/revoke`).set(coking.hr.auth).send({ reason: '经查实申报材料弄虚作假' }).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', statusLabel: '已撤销 / Revoked', revocationReason: '经查实申报材料弄虚作假', revokedAt: expect.any(String) });
    expectNoIdNumber(revoked.body);
    const again = await t.http().post(`${CERTS}/${issued.l3.id}/revoke`).set(lvliang.officer.auth).send({ reason: '重复' }).expect(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');

    const verified = await t.http().get(`${PUBLIC}/Y000014000123263000001`).query({ name: '王建国' }).expect(200);
    expect(verified.body).toMatchObject({ status: 'revoked', statusLabel: '已撤销 / Revoked', revokedOn: TODAY });
    expect(verified.body).not.toHaveProperty('revocationReason');
    const profile = await get(holder.session, `/api/v1/workers/${holder.id}`).expect(200);
    expect(profile.body.credentials).toEqual(expect.arrayContaining([expect.objectContaining({ certificateNumber: 'Y000014000123263000001', status: 'revoked' })]));
    expect((await get(holder.session, `${CERTS}/${issued.l3.id}/credential`).expect(200)).body.status).toBe('revoked');

    // The public status list that the credential points to has its bit set; a valid certificate's is not.
    const { credentialStatus } = decodeJwt((await get(holder.session, `${CERTS}/${issued.l3.id}/credential`).expect(200)).body.jwt) as any;
    const statusListPath = `/api/v1/public/evaluation-bodies/${coking.org.id}/status-list`;
    expect(credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: `https://skills.lvliang.example${statusListPath}` });
    const stillValidCredential = (await get(coking.hr, `${CERTS}/${issued.l4.id}/credential`).expect(200)).body;
    const stillValid = decodeJwt(stillValidCredential.jwt) as any;
    const stillValidKid = stillValidCredential.header.kid;
    const list = await t.http().get(statusListPath).expect(200);
    expect(list.body).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' } });
    expect(statusListBit(list.body.credentialSubject.encodedList, Number(credentialStatus.statusListIndex))).toBe(true);
    expect(statusListBit(list.body.credentialSubject.encodedList, Number(stillValid.credentialStatus.statusListIndex))).toBe(false);
    await t.http().get(`/api/v1/public/evaluation-bodies/${machinery.org.id}/status-list`).expect(404);

    const audit = await get(lvliang.officer, `/api/v1/audit-events?entityId=${issued.l3.id}&action=certificate.revoke`).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ reason: '经查实申报材料弄虚作假', before: expect.objectContaining({ status: 'valid' }), after: expect.objectContaining({ status: 'revoked' }) }),
    ]);

    const byBureau = await t.http().post(`${CERTS}/${issued.l3b.id}/revoke`).set(lvliang.officer.auth).send({ reason: '监督检查发现考核记录缺失' }).expect(200);
    expect(byBureau.body.status).toBe('revoked');
    // The person may be certified again at that level once the old certificate is revoked.
    const reissued = await issue({ personId: colleague.id });
    expect(reissued.certificateNumber).toBe('Y000014000123263000004');
    // Signed with the P-256 key still, though the body's JWKS now holds an older Ed25519 one too.
    expect((await get(coking.hr, `${CERTS}/${reissued.id}/credential`).expect(200)).body.header).toMatchObject({ alg: 'ES256', kid: stillValidKid });
  });

  it('export for the national upload: XLSX with full ID numbers for the body’s HR only, audited', async () => {
    await get(lvliang.officer, `${CERTS}/export?from=2026-01-01&to=2026-12-31`).expect(403);
    await get(holder.session, `${CERTS}/export?from=2026-01-01&to=2026-12-31`).expect(403);
    await get(coking.hr, `${CERTS}/export?from=2026-12-31&to=2026-01-01`).expect(400);

    const res = await download(coking.hr, `${CERTS}/export?from=2026-09-01&to=2026-09-30`).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '证件类型', '证件号码', '职业编码', '职业名称', '工种', '等级', '证书编号', '发证日期', '评价机构']);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const byNumber = new Map(rows.map((r) => [r[8] as string, r]));
    // Valid in September 2026: L4, L2 (气焊工), two later L3s, 20 × L5; not the revoked ones, not 2025's.
    expect(rows).toHaveLength(24);
    expect(byNumber.has('Y000014000123263000001')).toBe(false);
    expect(byNumber.has('Y000014000123255000001')).toBe(false);
    expect(byNumber.get('Y000014000123264000001')).toEqual([
      undefined, '王建国', '居民身份证', holder.idNumber, WELDER, '焊工', '电焊工', '四级/中级工', 'Y000014000123264000001', TODAY, '山西吕梁焦化集团',
    ]);

    // Filtered by level, as the certificates page filters: only the 20 × L5 of September.
    const l5 = await download(coking.hr, `${CERTS}/export?from=2026-09-01&to=2026-09-30&rank=L5&occupationCode=${WELDER}`).expect(200);
    const l5Book = new ExcelJS.Workbook();
    await l5Book.xlsx.load(l5.body as unknown as ArrayBuffer);
    const l5Rows = l5Book.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(l5Rows).toHaveLength(20);
    expect(new Set(l5Rows.map((r) => r[7]))).toEqual(new Set(['五级/初级工']));
    await get(coking.hr, `${CERTS}/export?from=2026-09-01&to=2026-09-30&rank=L9`).expect(400);
    // Another body's HR exports only its own certificates: none of coking's.
    const foreign = await download(machinery.hr, `${CERTS}/export?from=2026-01-01&to=2026-12-31`).expect(200);
    const foreignBook = new ExcelJS.Workbook();
    await foreignBook.xlsx.load(foreign.body as unknown as ArrayBuffer);
    expect(foreignBook.worksheets[0].getSheetValues().slice(2)).toEqual([]);

    const revocations = await download(coking.hr, `${CERTS}/export?from=2026-01-01&to=2026-12-31&status=revoked`).expect(200);
    const revokedBook = new ExcelJS.Workbook();
    await revokedBook.xlsx.load(revocations.body as unknown as ArrayBuffer);
    expect(revokedBook.worksheets[0].getSheetValues().slice(2).map((r) => (r as unknown[])[8]).sort()).toEqual(['Y000014000123263000001', 'Y000014000123263000002']);

    const audit = await get(coking.hr, `/api/v1/audit-events?action=certificate.export`).expect(200);
    expect(audit.body.items.map((e: { after: unknown }) => e.after)).toEqual(
      expect.arrayContaining([
        { from: '2026-09-01', to: '2026-09-30', status: 'valid', count: 24 },
        { from: '2026-01-01', to: '2026-12-31', status: 'revoked', count: 2 },
        { from: '2026-09-01', to: '2026-09-30', status: 'valid', occupationCode: WELDER, rank: 'L5', count: 20 },
      ]),
    );
    expectNoIdNumber(audit.body);
  });

  it('a finalization-sized batch (1,050, across the 1,000-row INSERT): serials and status positions consecutive in the order asked, every credential recorded and audited, the chain intact; one held level refuses the whole batch and burns nothing', async () => {
    // 1,050 more workers like the holder, each with an ID index of their own (SQL: fast, and not what is tested here).
    const ids: string[] = (
      await t.dataSource.query(
        `INSERT INTO persons SELECT (jsonb_populate_record(p, jsonb_build_object('id', gen_random_uuid(), 'user_id', NULL,
           'id_number_index', '\\x' || md5(g::text || clock_timestamp()::text), 'full_name', '批量' || g))).*
           FROM persons p CROSS JOIN generate_series(1, 1050) g WHERE p.id = $1 ORDER BY g RETURNING id, full_name`,
        [holder.id],
      )
    )
      .sort((a: { full_name: string }, b: { full_name: string }) => Number(a.full_name.slice(2)) - Number(b.full_name.slice(2)))
      .map((r: { id: string }) => r.id);
    const input = (personId: string): IssueCertificateInput => ({ bodyOrganizationId: coking.org.id, personId, occupationCode: WELDER, rank: 'L2', issuedOn: TODAY, route: 'campaign' });
    const [{ position: firstPosition }] = await t.dataSource.query(`SELECT next_index AS position FROM evaluation_body_status_lists WHERE organization_id = $1`, [coking.org.id]);

    const batch = await t.dataSource.transaction((em) => t.app.get(CertificatesService).issueMany(em, FINALIZATION, ids.map(input)));
    // L2 serial 1 went to the holder's 气焊工 certificate in an earlier test.
    expect(batch.map((c) => parseCertificateNumber(c.certificateNumber)?.serial)).toEqual(ids.map((_, i) => i + 2));
    const stored: { person_id: string; status_list_index: number; holder_name: string; credential_jwt: string }[] = await t.dataSource.query(
      `SELECT person_id, status_list_index, holder_name, credential_jwt FROM certificates WHERE id = ANY($1::uuid[])`,
      [batch.map((c) => c.id)],
    );
    const byPerson = new Map(stored.map((r) => [r.person_id, r]));
    expect(ids.map((id) => byPerson.get(id)?.status_list_index)).toEqual(ids.map((_, i) => firstPosition + i));
    const k = 1_000; // the first of the second INSERT
    expect(byPerson.get(ids[k])?.holder_name).toBe(`批量${k + 1}`);
    const credential = decodeJwt(byPerson.get(ids[k])?.credential_jwt as string) as { vc?: unknown };
    expect(JSON.stringify(credential)).toContain(batch[k].certificateNumber);
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM person_credentials WHERE certificate_number = ANY($1::text[]) AND person_id = ANY($2::uuid[])) AS credentials,
              (SELECT count(*)::int FROM audit_events WHERE action = 'certificate.issue' AND entity_id = ANY($3::text[])) AS issued,
              (SELECT count(*)::int FROM audit_events WHERE action = 'worker.credential_issue' AND entity_id = ANY($4::text[])) AS recorded`,
      [batch.map((c) => c.certificateNumber), ids, batch.map((c) => c.id), ids],
    );
    expect(counts).toEqual({ credentials: 1050, issued: 1050, recorded: 1050 });
    expect((await verifyAuditChains((sql, params) => t.dataSource.query(sql, params))).firstBreak).toBeNull();

    // Two newcomers and one who now holds 二级 (L2): nothing is issued and the next serial is still 1052.
    const newcomers = [await newWorker('批量新甲'), await newWorker('批量新乙')];
    const refusedBatch = await t.dataSource
      .transaction((em) => t.app.get(CertificatesService).issueMany(em, FINALIZATION, [input(newcomers[0].id), input(ids[500]), input(newcomers[1].id)]))
      .then(() => null, (e: unknown) => e as { status: number; code: string });
    expect(refusedBatch).toMatchObject({ status: 409, code: 'CERTIFICATE_ALREADY_HELD' });
    expect((await issue({ personId: newcomers[0].id, rank: 'L2' })).certificateNumber).toBe('Y000014000123262001052');
  });
});

describe('public certificate verification is rate-limited', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => t.close());

  it('answers 429 past the limit per client and minute, and says the limit on every answer', async () => {
    const first = await t.http().get(`${PUBLIC}/Y000014000123263000001`).query({ name: '王建国' }).expect(404);
    expect(first.headers).toMatchObject({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '1' });
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThanOrEqual(60);
    expect(Number(first.headers['x-ratelimit-reset'])).toBeLessThanOrEqual(65);
    // The security headers are on the limited route's answers too.
    expect(first.headers).toMatchObject({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' });
    expect(first.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const second = await t.http().get(`${PUBLIC}/Y000014000123263000002`).query({ name: '王建国' }).expect(404);
    expect(second.headers).toMatchObject({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '0' });
    const limited = await t.http().get(`${PUBLIC}/Y000014000123263000003`).query({ name: '王建国' }).expect(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.headers).toMatchObject({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '0', 'retry-after': '60' });
    // Blocked for the minute, whatever the number asked.
    await t.http().get(`${PUBLIC}/Y000014000123263000001`).query({ name: '王建国' }).expect(429);
  });
});
