import { readFileSync } from 'node:fs';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

describe('workers: registration, visibility and personal data', () => {
  let t: TestApp;
  let s: Scenario;
  let bureau: { org: OrgRef; officer: Session };
  let otherBureau: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let agency: { org: OrgRef; hr: Session };
  let otherAgency: { org: OrgRef; hr: Session };
  let regular: { id: string; idNumber: string; body: any };
  let dispatched: { id: string; idNumber: string; body: any };

  beforeAll(async () => {
    t = await createTestApp();
    s = new Scenario(t);
    bureau = await s.bureau('141100');
    otherBureau = await s.bureau('140100');
    coking = await s.organization(bureau.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(bureau.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    agency = await s.organization(bureau.officer, 'dispatch_agency', '141102', '吕梁人力资源派遣有限公司');
    otherAgency = await s.organization(bureau.officer, 'dispatch_agency', '141182', '汾阳劳务派遣公司');
    regular = await s.worker(coking.hr, { fullName: '王建国' });
    dispatched = await s.worker(
      coking.hr,
      { fullName: '李派遣' },
      { employmentType: 'dispatched', employerOrganizationId: agency.org.id },
    );
  });
  afterAll(() => t.close());

  it('derives birth date and sex from the ID number and masks it in every response', async () => {
    expect(regular.body).toMatchObject({ fullName: '王建国', birthDate: '1990-03-07', idNumberMasked: `${regular.idNumber.slice(0, 6)}********${regular.idNumber.slice(14)}` });
    const res = await t.http().get(`/api/v1/workers/${regular.id}`).set(coking.hr.auth).expect(200);
    expect(JSON.stringify(res.body)).not.toContain(regular.idNumber);
    const list = await t.http().get('/api/v1/workers').set(bureau.officer.auth).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(regular.idNumber);
  });

  it('reveals the full number only to HR of the worker, and audits the reveal', async () => {
    const res = await t.http().post(`/api/v1/workers/${regular.id}/id-number/reveal`).set(coking.hr.auth).expect(200);
    expect(res.body).toEqual({ idNumber: regular.idNumber });
    await t.http().post(`/api/v1/workers/${regular.id}/id-number/reveal`).set(bureau.officer.auth).expect(403);
    await t.http().post(`/api/v1/workers/${regular.id}/id-number/reveal`).set(machinery.hr.auth).expect(404);
    const audit = await t.http().get(`/api/v1/audit-events?entityId=${regular.id}&action=worker.id_number_reveal`).set(coking.hr.auth).expect(200);
    expect(audit.body.total).toBe(1);
  });

  it('stores the ID number encrypted, never in clear', async () => {
    const rows = await t.dataSource.query(`SELECT encode(id_number_cipher, 'escape') AS c, id_number_masked FROM persons WHERE id = $1`, [regular.id]);
    expect(rows[0].c).not.toContain(regular.idNumber);
    const dump = JSON.stringify(await t.dataSource.query(`SELECT * FROM audit_events`));
    expect(dump).not.toContain(regular.idNumber);
  });

  it('HR of another enterprise gets 404 for the worker', async () => {
    const res = await t.http().get(`/api/v1/workers/${regular.id}`).set(machinery.hr.auth).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    await t.http().patch(`/api/v1/workers/${regular.id}`).set(machinery.hr.auth).send({ phone: '13900000000' }).expect(404);
  });

  it('a dispatched worker is visible to their agency and the enterprise where they work, nobody else', async () => {
    await t.http().get(`/api/v1/workers/${dispatched.id}`).set(coking.hr.auth).expect(200);
    const viaAgency = await t.http().get(`/api/v1/workers/${dispatched.id}`).set(agency.hr.auth).expect(200);
    expect(viaAgency.body.employments[0]).toMatchObject({ employmentType: 'dispatched', employerOrganizationId: agency.org.id, workOrganizationId: coking.org.id });
    await t.http().get(`/api/v1/workers/${dispatched.id}`).set(machinery.hr.auth).expect(404);
    await t.http().get(`/api/v1/workers/${dispatched.id}`).set(otherAgency.hr.auth).expect(404);
    const agencyList = await t.http().get('/api/v1/workers').set(agency.hr.auth).expect(200);
    expect(agencyList.body.items.map((w: { id: string }) => w.id)).toEqual([dispatched.id]);
  });

  it('a dispatched worker needs the agency named, and an agency registers for a named enterprise', async () => {
    const missing = await t.http().post('/api/v1/workers').set(coking.hr.auth)
      .send({ fullName: '缺派遣单位', idNumber: s.idNumber(), employment: { employmentType: 'dispatched', hiredOn: '2024-01-01' } })
      .expect(422);
    expect(missing.body.errors[0].field).toBe('employment.employerOrganizationId');
    const byAgency = await t.http().post('/api/v1/workers').set(agency.hr.auth)
      .send({ fullName: '派遣到机械厂', idNumber: s.idNumber(), employment: { employmentType: 'dispatched', workOrganizationId: machinery.org.id, hiredOn: '2024-01-01' } })
      .expect(201);
    await t.http().get(`/api/v1/workers/${byAgency.body.id}`).set(machinery.hr.auth).expect(200);
    await t.http().get(`/api/v1/workers/${byAgency.body.id}`).set(coking.hr.auth).expect(404);
  });

  it('the bureau sees workers in its region only', async () => {
    await t.http().get(`/api/v1/workers/${regular.id}`).set(bureau.officer.auth).expect(200);
    await t.http().get(`/api/v1/workers/${regular.id}`).set(otherBureau.officer.auth).expect(404);
    await t.http().patch(`/api/v1/workers/${regular.id}`).set(bureau.officer.auth).send({ phone: '13900000000' }).expect(403);
  });

  it('a worker sees only their own record', async () => {
    const me = await s.workerLogin(coking.hr, regular.id);
    const own = await t.http().get(`/api/v1/workers/${regular.id}`).set(me.auth).expect(200);
    expect(own.body.fullName).toBe('王建国');
    await t.http().get(`/api/v1/workers/${dispatched.id}`).set(me.auth).expect(404);
    await t.http().get('/api/v1/workers').set(me.auth).expect(403);
    const whoami = await t.http().get('/api/v1/me').set(me.auth).expect(200);
    expect(whoami.body).toMatchObject({ roles: ['worker'], personId: regular.id, scope: { kind: 'self' } });
  });

  it('rejects an ID number with a wrong check digit as a field error, without echoing it', async () => {
    const good = s.idNumber();
    const last = good[17] === '0' ? '1' : '0';
    const bad = good.slice(0, 17) + last;
    const res = await t.http().post('/api/v1/workers').set(coking.hr.auth)
      .send({ fullName: '错号', idNumber: bad, employment: { employmentType: 'regular', hiredOn: '2020-01-01' } })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'idNumber', code: 'isResidentIdNumber' })]);
    expect(JSON.stringify(res.body)).not.toContain(bad);
  });

  it('the same person registered by a second enterprise links to one record; another name is refused', async () => {
    const linked = await t.http().post('/api/v1/workers').set(machinery.hr.auth)
      .send({ fullName: '王建国', idNumber: regular.idNumber, employment: { employmentType: 'regular', hiredOn: '2026-01-05' } })
      .expect(200);
    expect(linked.body.id).toBe(regular.id);
    expect(linked.body.employments).toHaveLength(2);
    const mismatch = await t.http().post('/api/v1/workers').set(otherAgency.hr.auth)
      .send({ fullName: '冒名', idNumber: regular.idNumber, employment: { employmentType: 'dispatched', workOrganizationId: machinery.org.id, hiredOn: '2026-01-05' } })
      .expect(409);
    expect(mismatch.body.code).toBe('IDENTITY_MISMATCH');
  });

  it('an update validates its fields like registration and never takes an ID number', async () => {
    const res = await t.http().patch(`/api/v1/workers/${regular.id}`).set(coking.hr.auth).send({ phone: '12345', idNumber: regular.idNumber }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['idNumber', 'phone']);
    expect(JSON.stringify(res.body)).not.toContain(regular.idNumber);
    const ok = await t.http().patch(`/api/v1/workers/${regular.id}`).set(coking.hr.auth).send({ fullName: '  王建国 ', education: 'associate' }).expect(200);
    expect(ok.body).toMatchObject({ fullName: '王建国', education: 'associate' });
    // A name is changed, never erased: null is refused under the field, not a server error.
    const erased = await t.http().patch(`/api/v1/workers/${regular.id}`).set(coking.hr.auth).send({ fullName: null }).expect(400);
    expect(erased.body.errors).toEqual([expect.objectContaining({ field: 'fullName', message: expect.stringContaining('姓名不能为空') })]);
  });

  it('an update that names no field changes nothing and leaves no audit event', async () => {
    const audited = async () =>
      (await t.http().get(`/api/v1/audit-events?entityId=${regular.id}&action=worker.update`).set(coking.hr.auth).expect(200)).body.total;
    const before = await audited();
    const res = await t.http().patch(`/api/v1/workers/${regular.id}`).set(coking.hr.auth).send({ reason: '核对信息' }).expect(200);
    expect(res.body.fullName).toBe('王建国');
    expect(await audited()).toBe(before);
  });

  it('a former employer keeps reading its past staff but can no longer change them or reveal the ID number', async () => {
    const record = await t.http().get(`/api/v1/workers/${regular.id}`).set(machinery.hr.auth).expect(200);
    const mine = record.body.employments.find((e: { workOrganizationId: string }) => e.workOrganizationId === machinery.org.id);
    await t.http().post(`/api/v1/workers/${regular.id}/employments/${mine.id}/end`).set(machinery.hr.auth).send({ endedOn: t.clock.today(), reason: '合同到期' }).expect(200);
    // Until the end date has passed the employment still runs.
    await t.http().post(`/api/v1/workers/${regular.id}/id-number/reveal`).set(machinery.hr.auth).expect(200);
    t.clock.travelTo(new Date(Date.now() + 2 * 86400000));
    try {
      await t.http().get(`/api/v1/workers/${regular.id}`).set(machinery.hr.auth).expect(200);
      await t.http().patch(`/api/v1/workers/${regular.id}`).set(machinery.hr.auth).send({ fullName: '改名' }).expect(404);
      await t.http().post(`/api/v1/workers/${regular.id}/id-number/reveal`).set(machinery.hr.auth).expect(404);
      await t.http().post(`/api/v1/workers/${regular.id}/honors`).set(machinery.hr.auth).send({ kind: 'craftsman', level: 'enterprise', name: '优秀员工', awardedOn: '2026-01-01' }).expect(404);
      // The current employer is unaffected.
      await t.http().patch(`/api/v1/workers/${regular.id}`).set(coking.hr.auth).send({ phone: '13912345678' }).expect(200);
    } finally {
      t.clock.travelTo(new Date());
    }
  });

  it('records credentials, titles, honors, training, innovations and relations for recusal', async () => {
    const base = `/api/v1/workers/${regular.id}`;
    await t.http().post(`${base}/credentials`).set(coking.hr.auth)
      .send({ occupationCode: '6-18-02-04', rank: 'L3', certificateNumber: 'S000014000001211300001', issuedOn: '2021-03-15', issuerName: '山西省职业技能鉴定指导中心' })
      .expect(201);
    await t.http().post(`${base}/titles`).set(coking.hr.auth).send({ series: 'engineering', grade: 'junior', titleName: '助理工程师', obtainedOn: '2022-12-01' }).expect(201);
    await t.http().post(`${base}/honors`).set(coking.hr.auth).send({ kind: 'technical_expert', level: 'city', name: '吕梁市技术能手', awardedOn: '2024-05-01' }).expect(201);
    await t.http().post(`${base}/trainings`).set(coking.hr.auth).send({ name: '焊接工艺培训', hours: 40, completedOn: '2025-06-30' }).expect(201);
    await t.http().post(`${base}/innovations`).set(coking.hr.auth).send({ kind: 'patent_utility_model', title: '焊缝跟踪装置', level: 'provincial', achievedOn: '2023-09-01' }).expect(201);
    const apprentice = await s.worker(coking.hr, { fullName: '徒弟小张' });
    const rel = await t.http().post(`${base}/relations`).set(coking.hr.auth).send({ relatedPersonId: apprentice.id, kind: 'master' }).expect(201);
    expect(rel.body.relations).toEqual([expect.objectContaining({ kind: 'master', direction: 'outgoing', otherPersonId: apprentice.id })]);
    const seenFromApprentice = await t.http().get(`/api/v1/workers/${apprentice.id}`).set(coking.hr.auth).expect(200);
    expect(seenFromApprentice.body.relations).toEqual([expect.objectContaining({ kind: 'master', direction: 'incoming', otherPersonId: regular.id })]);
    await t.http().post(`${base}/relations`).set(coking.hr.auth).send({ relatedPersonId: dispatched.id, kind: 'relative' }).expect(201);
    await t.http().post(`/api/v1/workers/${apprentice.id}/relations`).set(machinery.hr.auth).send({ relatedPersonId: regular.id, kind: 'relative' }).expect(404);
    const record = await t.http().get(base).set(coking.hr.auth).expect(200);
    expect(record.body).toMatchObject({
      credentials: [expect.objectContaining({ rank: 'L3', issuedOn: '2021-03-15', source: 'external' })],
      titles: [expect.objectContaining({ grade: 'junior' })],
      honors: [expect.objectContaining({ level: 'city' })],
      trainings: [expect.objectContaining({ hours: 40 })],
      innovations: [expect.objectContaining({ kind: 'patent_utility_model' })],
    });
  });

  it('lists workers by name a page at a time, each with current employments and highest rank, counted exactly', async () => {
    const all = await t.http().get('/api/v1/workers?pageSize=200').set(coking.hr.auth).expect(200);
    const names = all.body.items.map((w: { fullName: string }) => w.fullName);
    expect(names).toEqual([...names].sort());
    expect(all.body).toMatchObject({ total: names.length, totalIsEstimate: false, page: 1, pageSize: 200 });
    const second = await t.http().get('/api/v1/workers?page=2&pageSize=1').set(coking.hr.auth).expect(200);
    expect(second.body).toMatchObject({ total: names.length, totalIsEstimate: false, items: [all.body.items[1]] });
    const wang = all.body.items.find((w: { id: string }) => w.id === regular.id);
    expect(wang).toMatchObject({ highestRank: 'L3', currentEmployments: [expect.objectContaining({ employmentType: 'regular', workOrganizationId: coking.org.id })] });
    const beyond = await t.http().get(`/api/v1/workers?page=${names.length + 1}&pageSize=1`).set(coking.hr.auth).expect(200);
    expect(beyond.body).toMatchObject({ items: [], total: names.length, totalIsEstimate: false });
  });

  it('pages on from the last worker of the previous page (after), in the same order and count, and refuses another scope’s worker as the anchor', async () => {
    for (const fullName of ['翻页甲', '翻页乙', '翻页丙']) await s.worker(coking.hr, { fullName });
    const all = (await t.http().get('/api/v1/workers?pageSize=200').set(coking.hr.auth).expect(200)).body;
    expect(all.items.length).toBeGreaterThanOrEqual(5);
    const walked: string[] = [];
    let after: string | undefined;
    for (let page = 1; page <= all.items.length + 1; page++) {
      const res = await t.http().get(`/api/v1/workers?page=${page}&pageSize=2${after ? `&after=${after}` : ''}`).set(coking.hr.auth).expect(200);
      expect(res.body).toMatchObject({ total: all.total, totalIsEstimate: false, page, pageSize: 2 });
      walked.push(...res.body.items.map((w: { id: string }) => w.id));
      if (res.body.items.length < 2) break;
      after = res.body.items[1].id;
    }
    expect(walked).toEqual(all.items.map((w: { id: string }) => w.id));
    // `after` wins over `page`: the page after the first worker, whatever page number is sent.
    const fromFirst = await t.http().get(`/api/v1/workers?page=9&pageSize=1&after=${all.items[0].id}`).set(coking.hr.auth).expect(200);
    expect(fromFirst.body).toMatchObject({ page: 9, items: [{ id: all.items[1].id }] });
    // With a filter, the anchor is the last row of the filtered page.
    const named = all.items.filter((w: { fullName: string }) => w.fullName.startsWith(all.items[1].fullName.slice(0, 1)));
    const firstNamed = await t.http().get(`/api/v1/workers?pageSize=1&name=${encodeURIComponent(named[0].fullName.slice(0, 1))}`).set(coking.hr.auth).expect(200);
    const nextNamed = await t.http().get(`/api/v1/workers?pageSize=200&name=${encodeURIComponent(named[0].fullName.slice(0, 1))}&after=${firstNamed.body.items[0].id}`).set(coking.hr.auth).expect(200);
    expect(nextNamed.body.items.map((w: { id: string }) => w.id)).toEqual(named.slice(1).map((w: { id: string }) => w.id));
    // Another enterprise's worker is no position here (404, as its record), and says nothing of where it would sort.
    const elsewhere = await s.worker(machinery.hr, { fullName: '别家职工' });
    const refused = await t.http().get(`/api/v1/workers?after=${elsewhere.id}`).set(coking.hr.auth).expect(404);
    expect(refused.body.items).toBeUndefined();
    await t.http().get('/api/v1/workers?after=not-a-uuid').set(coking.hr.auth).expect(400);
  });

  it('a page without its count (withTotal=false) says whether another follows; the count alone (GET /workers/count) matches the list’s under the same filters', async () => {
    const all = (await t.http().get('/api/v1/workers?pageSize=200').set(coking.hr.auth).expect(200)).body;
    expect(all.hasMore).toBe(false);
    const first = await t.http().get('/api/v1/workers?pageSize=2&withTotal=false').set(coking.hr.auth).expect(200);
    expect(first.body).toEqual({ items: all.items.slice(0, 2), page: 1, pageSize: 2, hasMore: true });
    const last = await t.http().get(`/api/v1/workers?pageSize=2&withTotal=false&page=${Math.ceil(all.total / 2)}`).set(coking.hr.auth).expect(200);
    expect(last.body).toMatchObject({ hasMore: false, items: all.items.slice(2 * (Math.ceil(all.total / 2) - 1)) });
    expect(last.body.total).toBeUndefined();
    await t.http().get('/api/v1/workers?withTotal=maybe').set(coking.hr.auth).expect(400);

    expect((await t.http().get('/api/v1/workers/count').set(coking.hr.auth).expect(200)).body).toEqual({ total: all.total, totalIsEstimate: false });
    const initial = all.items[0].fullName.slice(0, 1);
    const named = all.items.filter((w: { fullName: string }) => w.fullName.startsWith(initial)).length;
    const byName = await t.http().get(`/api/v1/workers/count?name=${encodeURIComponent(initial)}`).set(coking.hr.auth).expect(200);
    expect(byName.body).toEqual({ total: named, totalIsEstimate: false });
    const dispatchedOnly = await t.http().get('/api/v1/workers?employmentType=dispatched&pageSize=200').set(coking.hr.auth).expect(200);
    expect((await t.http().get('/api/v1/workers/count?employmentType=dispatched').set(coking.hr.auth).expect(200)).body.total).toBe(dispatchedOnly.body.total);
    // The same scope as the list: another enterprise counts its own, a worker may not count at all.
    const theirs = await t.http().get('/api/v1/workers?pageSize=200').set(machinery.hr.auth).expect(200);
    expect((await t.http().get('/api/v1/workers/count').set(machinery.hr.auth).expect(200)).body.total).toBe(theirs.body.total);
    const me = await s.workerLogin(coking.hr, (await s.worker(coking.hr, { fullName: '计数职工' })).id);
    await t.http().get('/api/v1/workers/count').set(me.auth).expect(403);
    await t.http().get('/api/v1/workers/count?occupationCode=x').set(coking.hr.auth).expect(400);
  });

  it('past 10,000 matching workers the total is an estimate, and says so', async () => {
    await t.dataSource.query(
      `WITH p AS (
         INSERT INTO persons (organization_id, full_name, id_number_cipher, id_number_index, id_number_masked, birth_date, sex)
         SELECT $1, '批量职工' || i, decode(md5('c' || i), 'hex'), decode(md5('i' || i), 'hex'), '141102********0000', '1990-01-01', 'male'
           FROM generate_series(1, 10001) i RETURNING id)
       INSERT INTO employments (person_id, employer_org_id, work_org_id, employment_type, hired_on) SELECT id, $1, $1, 'regular', '2020-01-01' FROM p`,
      [machinery.org.id],
    );
    await t.dataSource.query('ANALYZE persons; ANALYZE employments');
    const res = await t.http().get('/api/v1/workers?page=3&pageSize=20').set(machinery.hr.auth).expect(200);
    expect(res.body.totalIsEstimate).toBe(true);
    expect(res.body.total).toBeGreaterThan(10000);
    expect(res.body.items).toHaveLength(20);
    expect(res.body.items[0].fullName.startsWith('批量职工')).toBe(true);
    const counted = await t.http().get('/api/v1/workers/count').set(machinery.hr.auth).expect(200);
    expect(counted.body).toEqual({ total: expect.any(Number), totalIsEstimate: true });
    expect(counted.body.total).toBeGreaterThan(10000);
    // A filter that matches few (批量职工1000, 10000, 10001) is counted exactly again.
    expect((await t.http().get(`/api/v1/workers/count?name=${encodeURIComponent('批量职工1000')}`).set(machinery.hr.auth).expect(200)).body).toEqual({ total: 3, totalIsEstimate: false });
  });

  it('the full ID numbers never reached the application log', () => {
    const log = readFileSync(t.config.LOG_FILE as string, 'utf8');
    for (const n of [regular.idNumber, dispatched.idNumber]) expect(log).not.toContain(n);
  });
});
