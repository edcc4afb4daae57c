import { CertificatesService, IssueCertificateInput } from '@skill-ladder/evaluations';
import { AuditActor } from '@skill-ladder/platform';
import sharp from 'sharp';
import { Session } from '../harness/auth';
import { pdfText } from '../harness/pdf-text';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const TODAY = '2026-09-30';
const BATCH = '/api/v1/certificates/batch-pdf';
const FINALIZATION: AuditActor = { userId: null, username: 'campaign-finalization', requestId: null };
const CAMPAIGN_NAME = '2026年焊工秋季认定';

/** Every page object (not the /Pages tree), as pdfkit writes them uncompressed. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
/** The value printed after each occurrence of a row label, page by page. */
const valuesAfter = (lines: string[], label: string) => lines.flatMap((l, i) => (l.startsWith(`${label} `) ? [lines[i + 1]] : []));

describe('a campaign’s certificates as one PDF (批量下载证书)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let worker: Session;
  let campaignId: string;
  let emptyCampaignId: string;
  /** The campaign's certificates, by certificate number, with the holder's full ID number. */
  let issued: { id: string; certificateNumber: string; rank: string; idNumber: string }[];

  const get = (session: Session, path: string) => t.http().get(path).set(session.auth);
  const download = (session: Session, path: string) =>
    get(session, path).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });

  async function campaign(name: string, versionId: string): Promise<string> {
    const created = await s.post(coking.hr, '/api/v1/campaigns', {
      name, occupationCode: WELDER, standardVersionId: versionId, levels: [{ rank: 'L4', capacity: 20 }, { rank: 'L3', capacity: 20 }],
      registrationOpensOn: '2026-10-08', registrationClosesOn: '2026-10-20', assessmentStartsOn: '2026-10-25', assessmentEndsOn: '2026-10-30',
    });
    await s.post(coking.hr, `/api/v1/campaigns/${created.id}/file`, {});
    await s.post(lvliang.officer, `/api/v1/campaigns/${created.id}/acknowledge`, {});
    return created.id;
  }

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: `${TODAY}T09:00:00+08:00`, PUBLIC_BASE_URL: 'https://skills.lvliang.example' });
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    const filing = await s.post(coking.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L5', 'L4', 'L3'] }] });
    await s.post(lvliang.officer, `/api/v1/evaluation-bodies/${filing.id}/approve`, { institutionCode: '0000', stationSerial: '000123' });
    const standards = await get(coking.hr, `/api/v1/standards?occupationCode=${WELDER}&source=national`).expect(200);
    const versionId = standards.body.items[0].inForce.id;
    campaignId = await campaign(CAMPAIGN_NAME, versionId);
    emptyCampaignId = await campaign('2026年焊工冬季认定', versionId);

    // Four pass: three at 四级, one at 三级, issued as the campaign's finalization issues them.
    const people: { id: string; idNumber: string; rank: 'L4' | 'L3' }[] = [];
    for (const [name, rank] of [['王建国', 'L4'], ['李秀英', 'L4'], ['张伟', 'L3'], ['刘洋', 'L4']] as const) {
      people.push({ ...(await s.worker(coking.hr, { fullName: name })), rank });
    }
    worker = await s.workerLogin(coking.hr, people[0].id);
    const photo = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#3b6fb6' } }).jpeg().toBuffer();
    await t.http().put(`/api/v1/workers/${people[0].id}/photo`).set(coking.hr.auth).set('content-type', 'image/jpeg').send(photo).expect(200);
    const inputs: IssueCertificateInput[] = people.map((p) => ({
      bodyOrganizationId: coking.org.id, personId: p.id, occupationCode: WELDER, rank: p.rank, issuedOn: TODAY, route: 'campaign', campaignId,
    }));
    const certificates = await t.dataSource.transaction((em) => t.app.get(CertificatesService).issueMany(em, FINALIZATION, inputs));
    issued = certificates
      .map((c, k) => ({ ...c, rank: people[k].rank, idNumber: people[k].idNumber }))
      .sort((a, b) => a.certificateNumber.localeCompare(b.certificateNumber));
    // A certificate of another route (no campaign) is not in the batch.
    const outsider = await s.worker(coking.hr, { fullName: '赵立新' });
    await t.dataSource.transaction((em) =>
      t.app.get(CertificatesService).issue(em, FINALIZATION, { bodyOrganizationId: coking.org.id, personId: outsider.id, occupationCode: WELDER, rank: 'L5', issuedOn: TODAY, route: 'campaign' }),
    );
  });
  afterAll(() => t.close());

  it('HR gets one PDF, a page per certificate of the campaign in certificate-number order, full ID numbers and the photo, as an attachment named after the campaign', async () => {
    const res = await download(coking.hr, `${BATCH}?campaignId=${campaignId}`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    // Streamed as drawn: no length known up front.
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="certificates-${(await get(coking.hr, `/api/v1/campaigns/${campaignId}`).expect(200)).body.number}.pdf"; filename*=UTF-8''${encodeURIComponent(`证书-${CAMPAIGN_NAME}.pdf`)}`,
    );
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pageCount(pdf)).toBe(4);
    const { lines, images } = pdfText(pdf);
    expect(valuesAfter(lines, '证书编号')).toEqual(issued.map((c) => c.certificateNumber));
    expect(valuesAfter(lines, '证件号码')).toEqual(issued.map((c) => c.idNumber));
    expect(valuesAfter(lines, '姓名').sort()).toEqual(['李秀英', '刘洋', '王建国', '张伟'].sort());
    expect(valuesAfter(lines, '评价机构名称')).toEqual(Array(4).fill('山西吕梁焦化集团'));
    // One holder has a photo: drawn once; the other three pages leave the box to affix one.
    expect(images).toEqual([{ width: 360, height: 480, filter: 'DCTDecode' }]);
    expect(lines.filter((l) => l === '照片 / Photo')).toHaveLength(3);
    expect(lines.filter((l) => l === '职业技能等级证书')).toHaveLength(4);
  });

  it('the level filter narrows it to that level', async () => {
    const l3 = issued.filter((c) => c.rank === 'L3');
    const res = await download(coking.hr, `${BATCH}?campaignId=${campaignId}&rank=L3`).expect(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`证书-${CAMPAIGN_NAME}-L3.pdf`)}`);
    expect(pageCount(res.body as Buffer)).toBe(1);
    const { lines } = pdfText(res.body as Buffer);
    expect(valuesAfter(lines, '证书编号')).toEqual(l3.map((c) => c.certificateNumber));
    expect(valuesAfter(lines, '职业技能等级')).toEqual(['三级/高级工']);
  });

  it('the bureau over the body gets it with ID numbers masked, as on the single PDF', async () => {
    const res = await download(lvliang.officer, `${BATCH}?campaignId=${campaignId}`).expect(200);
    expect(pageCount(res.body as Buffer)).toBe(4);
    const { lines } = pdfText(res.body as Buffer);
    expect(valuesAfter(lines, '证书编号')).toEqual(issued.map((c) => c.certificateNumber));
    const numbers = valuesAfter(lines, '证件号码');
    expect(numbers).toHaveLength(4);
    for (const [k, masked] of numbers.entries()) {
      expect(masked).not.toBe(issued[k].idNumber);
      expect(masked).toMatch(/^\d{6}\*+\w{4}$/);
    }
  });

  it('another enterprise’s HR and another region’s bureau get 404, a worker 403, an unknown campaign 404', async () => {
    expect((await get(machinery.hr, `${BATCH}?campaignId=${campaignId}`).expect(404)).body.code).toBe('NOT_FOUND');
    await get(taiyuan.officer, `${BATCH}?campaignId=${campaignId}`).expect(404);
    expect((await get(worker, `${BATCH}?campaignId=${campaignId}`).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    await get(coking.hr, `${BATCH}?campaignId=00000000-0000-4000-8000-000000000000`).expect(404);
  });

  it('409 NO_CERTIFICATES for a campaign (or a level) with none issued; revoked certificates are left out', async () => {
    const none = await get(coking.hr, `${BATCH}?campaignId=${emptyCampaignId}`).expect(409);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.body).toMatchObject({ code: 'NO_CERTIFICATES', detail: expect.stringMatching(/^该认定计划没有已颁发的有效证书/) });
    expect((await get(coking.hr, `${BATCH}?campaignId=${campaignId}&rank=L5`).expect(409)).body.code).toBe('NO_CERTIFICATES');

    const revoked = issued.find((c) => c.rank === 'L3') as (typeof issued)[number];
    await t.http().post(`/api/v1/certificates/${revoked.id}/revoke`).set(coking.hr.auth).send({ reason: '经查实申报材料弄虚作假' }).expect(200);
    expect((await get(coking.hr, `${BATCH}?campaignId=${campaignId}&rank=L3`).expect(409)).body.code).toBe('NO_CERTIFICATES');
    const rest = await download(coking.hr, `${BATCH}?campaignId=${campaignId}`).expect(200);
    expect(pageCount(rest.body as Buffer)).toBe(3);
    expect(valuesAfter(pdfText(rest.body as Buffer).lines, '证书编号')).toEqual(issued.filter((c) => c !== revoked).map((c) => c.certificateNumber));
  });

  it('400 for a campaign id that is not a UUID, an unknown level or no campaign at all', async () => {
    const bad = await get(coking.hr, `${BATCH}?campaignId=not-a-uuid`).expect(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'campaignId' })]));
    const rank = await get(coking.hr, `${BATCH}?campaignId=${campaignId}&rank=L9`).expect(400);
    expect(rank.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'rank' })]));
    await get(coking.hr, BATCH).expect(400);
  });

  it('each download is one audit event: who, which campaign, which level, how many pages', async () => {
    const audit = await get(coking.hr, `/api/v1/audit-events?entityId=${campaignId}&action=certificate.batch_pdf_download`).expect(200);
    const events = audit.body.items as { actorUsername: string; entityType: string; after: unknown }[];
    // The harness names HR users hr<n> and bureau officers officer<n>.
    const who = (username: string) => (/^hr\d+$/.test(username) ? 'hr' : /^officer\d+$/.test(username) ? 'bureau' : username);
    expect(events.map((e) => [who(e.actorUsername), e.after])).toEqual(
      expect.arrayContaining([
        ['hr', { campaignId, count: 4 }],
        ['hr', { campaignId, rank: 'L3', count: 1 }],
        ['bureau', { campaignId, count: 4 }],
        ['hr', { campaignId, count: 3 }],
      ]),
    );
    // Refusals (404, 409, 400) write nothing: four downloads, four events.
    expect(audit.body.total).toBe(4);
    expect(events.every((e) => e.entityType === 'campaign')).toBe(true);
  });

  it('409 BATCH_TOO_LARGE above 2,000 certificates, before reading them: says so in Chinese and suggests downloading by level', async () => {
    // 2,001 more holders like the first (SQL: fast, and not what is tested here), issued in one finalization of this campaign.
    const [first] = await t.dataSource.query(`SELECT person_id FROM certificates WHERE id = $1`, [issued[0].id]);
    const ids: string[] = (
      await t.dataSource.query(
        `INSERT INTO persons SELECT (jsonb_populate_record(p, jsonb_build_object('id', gen_random_uuid(), 'user_id', NULL,
           'id_number_index', '\\x' || md5(g::text || clock_timestamp()::text), 'full_name', '批量' || g))).*
           FROM persons p CROSS JOIN generate_series(1, 2001) g WHERE p.id = $1 RETURNING id`,
        [first.person_id],
      )
    ).map((r: { id: string }) => r.id);
    await t.dataSource.transaction((em) =>
      t.app.get(CertificatesService).issueMany(
        em,
        FINALIZATION,
        ids.map((personId) => ({ bodyOrganizationId: coking.org.id, personId, occupationCode: WELDER, rank: 'L5', issuedOn: TODAY, route: 'campaign', campaignId: emptyCampaignId })),
      ),
    );
    const large = await get(coking.hr, `${BATCH}?campaignId=${emptyCampaignId}`).expect(409);
    expect(large.body).toMatchObject({ code: 'BATCH_TOO_LARGE', detail: expect.stringMatching(/^证书超过 2000 张.*请按等级分批下载/) });
    // Nothing was exported, so nothing is audited.
    const audit = await get(coking.hr, `/api/v1/audit-events?entityId=${emptyCampaignId}&action=certificate.batch_pdf_download`).expect(200);
    expect(audit.body.total).toBe(0);
  });
});
