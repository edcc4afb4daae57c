import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const RECOGNITIONS = '/api/v1/title-recognitions';

/** 比照认定: a 技师 of 3 years applies for 工程师, HR endorses, the bureau recognizes it. */
describe('promotions: title recognition (比照认定)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let shanxi: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let steel: { org: OrgRef; hr: Session };
  let other: { org: OrgRef; hr: Session };
  let technicianId: string;
  let technician: Session;
  let juniorId: string;
  let applicationId: string;

  const act = (session: Session, id: string, action: string, body: object = {}) => t.http().post(`${RECOGNITIONS}/${id}/${action}`).set(session.auth).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-09-30T09:00:00+08:00'));
    s = new Scenario(t);
    shanxi = await s.bureau('140000', '山西省人力资源和社会保障厅');
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    steel = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁钢铁集团');
    other = await s.organization(lvliang.officer, 'enterprise', '141182', '汾阳机械厂');
    // 技师 since 2023-09-01: three years on 2026-09-01.
    technicianId = (await s.worker(steel.hr, { fullName: '王技师' })).id;
    await s.post(steel.hr, `/api/v1/workers/${technicianId}/credentials`, { occupationCode: WELDER, rank: 'L3', issuedOn: '2017-06-01', issuerName: '山西省职业技能鉴定指导中心' });
    await s.post(steel.hr, `/api/v1/workers/${technicianId}/credentials`, { occupationCode: WELDER, rank: 'L2', issuedOn: '2023-09-01', issuerName: '山西省职业技能鉴定指导中心' });
    technician = await s.workerLogin(steel.hr, technicianId);
    // 技师 for one year only.
    juniorId = (await s.worker(steel.hr, { fullName: '李技师' })).id;
    await s.post(steel.hr, `/api/v1/workers/${juniorId}/credentials`, { occupationCode: WELDER, rank: 'L2', issuedOn: '2025-09-01', issuerName: '山西省职业技能鉴定指导中心' });
  });
  afterAll(() => t.close());

  it('the worker applies for 工程师, the mapping in force being met', async () => {
    const res = await t.http().post(RECOGNITIONS).set(technician.auth).send({ titleSeries: 'engineering', titleGrade: 'intermediate', statement: '从事焊接工艺改进十年' }).expect(201);
    applicationId = res.body.id;
    expect(res.body).toMatchObject({
      personId: technicianId,
      personName: '王技师',
      organizationId: steel.org.id,
      titleName: '工程师',
      titleSeriesLabel: '工程技术',
      titleGradeLabel: '中级',
      basis: { rank: 'L2', rankLabel: '二级/技师', obtainedOn: '2023-09-01' },
      status: 'applied',
      statusLabel: '已申请（待单位推荐） / Applied',
      allowedActions: ['endorse', 'decline', 'withdraw'],
      appliedOn: '2026-09-30',
      bureauId: null,
    });
    const twice = await t.http().post(RECOGNITIONS).set(technician.auth).send({ titleSeries: 'engineering', titleGrade: 'intermediate' }).expect(409);
    expect(twice.body.code).toBe('TITLE_RECOGNITION_OPEN');
  });

  it('refuses a title the mapping does not open yet, or at all', async () => {
    const early = await t.http().post(RECOGNITIONS).set(steel.hr.auth).send({ personId: juniorId, titleSeries: 'engineering', titleGrade: 'intermediate' }).expect(422);
    expect(early.body).toMatchObject({ code: 'TITLE_NOT_YET_OPEN', errors: [{ field: 'titleGrade', code: 'pending', message: expect.stringContaining('2028-09-01') }] });
    const senior = await t.http().post(RECOGNITIONS).set(technician.auth).send({ titleSeries: 'engineering', titleGrade: 'deputy_senior' }).expect(422);
    expect(senior.body.errors[0].code).toBe('not_qualified');
    const unmapped = await t.http().post(RECOGNITIONS).set(technician.auth).send({ titleSeries: 'art', titleGrade: 'intermediate' }).expect(422);
    expect(unmapped.body.code).toBe('TITLE_NOT_MAPPED');
    const held = await t.http().post(RECOGNITIONS).set(technician.auth).send({ titleSeries: 'engineering', titleGrade: 'junior' }).expect(201);
    await act(technician, held.body.id, 'withdraw', { reason: '直接申报工程师' }).expect(200);
    await t.http().post(RECOGNITIONS).set(technician.auth).send({ personId: juniorId, titleSeries: 'engineering', titleGrade: 'junior' }).expect(403);
    await t.http().post(RECOGNITIONS).set(other.hr.auth).send({ personId: technicianId, titleSeries: 'engineering', titleGrade: 'intermediate' }).expect(404);
  });

  it('only HR of the enterprise endorses, and the bureau cannot decide before it does', async () => {
    const early = await act(lvliang.officer, applicationId, 'approve').expect(409);
    expect(early.body.code).toBe('INVALID_TRANSITION');
    await act(other.hr, applicationId, 'endorse').expect(404);
    const endorsed = await act(steel.hr, applicationId, 'endorse', { note: '同意推荐' }).expect(200);
    expect(endorsed.body).toMatchObject({ status: 'endorsed', bureauId: lvliang.org.id, endorsementNote: '同意推荐', allowedActions: ['approve', 'reject', 'withdraw'] });
  });

  it('the competent bureau recognizes it; the title joins the record and opens the title → skill route', async () => {
    const wider = await act(shanxi.officer, applicationId, 'approve').expect(403);
    expect(wider.body.code).toBe('NOT_THE_DECIDING_BUREAU');
    await act(taiyuan.officer, applicationId, 'approve').expect(404);
    const approved = await act(lvliang.officer, applicationId, 'approve', { note: '材料齐全，准予认定' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', recognizedOn: '2026-09-30', allowedActions: [], personTitleId: expect.any(String) });

    const record = await t.http().get(`/api/v1/workers/${technicianId}`).set(technician.auth).expect(200);
    expect(record.body.titles).toEqual([expect.objectContaining({ series: 'engineering', grade: 'intermediate', titleName: '工程师', obtainedOn: '2026-09-30', source: 'recognized' })]);
    const path = await t.http().get(`/api/v1/workers/${technicianId}/career-path`).set(technician.auth).expect(200);
    expect(path.body.titleOptions.titles.find((o: { titleName: string }) => o.titleName === '工程师')).toMatchObject({ status: 'held' });
    expect(path.body.timeline.at(-1)).toMatchObject({ date: '2026-09-30', kind: 'title', title: '取得工程师职称', detail: '技能等级比照认定' });

    // It feeds eligibility: the title → skill route (中级职称满1年) now rests on the recognized title.
    const standards = await t.http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(steel.hr.auth).expect(200);
    const eligibility = await t.http().post(`/api/v1/standards/${standards.body.items[0].id}/versions/1/eligibility`).set(steel.hr.auth).send({ personId: technicianId, rank: 'L2' }).expect(200);
    expect(eligibility.body.routes.find((r: { code: string }) => r.code === 'L2-intermediate-title').conditions[0]).toMatchObject({
      kind: 'title_held',
      met: false,
      metOn: '2027-09-30',
      evidence: [{ source: 'titles', id: approved.body.personTitleId, date: '2026-09-30' }],
    });
    const audit = await t.dataSource.query(`SELECT action, reason FROM audit_events WHERE entity_type = 'title_recognition' AND entity_id = $1 ORDER BY seq`, [applicationId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['title_recognition.apply', 'title_recognition.endorse', 'title_recognition.approve']);
    const [titleAudit] = await t.dataSource.query(`SELECT after FROM audit_events WHERE action = 'worker.title_recognize' AND entity_id = $1`, [technicianId]);
    expect(titleAudit.after).toMatchObject({ titleName: '工程师', source: 'recognized' });
  });

  it('a rejection needs a reason and ends the application', async () => {
    const other2 = await t.http().post(RECOGNITIONS).set(steel.hr.auth).send({ personId: technicianId, titleSeries: 'engineering', titleGrade: 'junior' }).expect(409);
    expect(other2.body.code).toBe('TITLE_ALREADY_HELD');
    const colleague = (await s.worker(steel.hr, { fullName: '赵高级工' })).id;
    await s.post(steel.hr, `/api/v1/workers/${colleague}/credentials`, { occupationCode: WELDER, rank: 'L3', issuedOn: '2020-01-01', issuerName: '山西省职业技能鉴定指导中心' });
    const app = await t.http().post(RECOGNITIONS).set(steel.hr.auth).send({ personId: colleague, titleSeries: 'engineering', titleGrade: 'junior' }).expect(201);
    await act(steel.hr, app.body.id, 'endorse').expect(200);
    await act(lvliang.officer, app.body.id, 'reject', {}).expect(400);
    const rejected = await act(lvliang.officer, app.body.id, 'reject', { reason: '证书信息无法核验' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: '证书信息无法核验', personTitleId: null });
    await act(lvliang.officer, app.body.id, 'approve').expect(409);
    const list = await t.http().get(`${RECOGNITIONS}?status=rejected`).set(lvliang.officer.auth).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([app.body.id]);
    const mine = await t.http().get(RECOGNITIONS).set(technician.auth).expect(200);
    expect(mine.body.items.every((i: { personId: string }) => i.personId === technicianId)).toBe(true);
    await t.http().get(`${RECOGNITIONS}/${app.body.id}`).set(technician.auth).expect(404);
    const none = await t.http().get(RECOGNITIONS).set(taiyuan.officer.auth).expect(200);
    expect(none.body.total).toBe(0);
  });

  it('HR of a second employer or of a dispatch agency files under its own organization, never into another enterprise’s', async () => {
    const credentials = async (hr: Session, personId: string) => {
      await s.post(hr, `/api/v1/workers/${personId}/credentials`, { occupationCode: WELDER, rank: 'L3', issuedOn: '2017-06-01', issuerName: '山西省职业技能鉴定指导中心' });
      await s.post(hr, `/api/v1/workers/${personId}/credentials`, { occupationCode: WELDER, rank: 'L2', issuedOn: '2023-09-01', issuerName: '山西省职业技能鉴定指导中心' });
    };
    const filed = async (id: string) =>
      t.dataSource.query(`SELECT r.organization_id, e.organization_id AS audit_organization_id FROM title_recognitions r
        JOIN audit_events e ON e.entity_id = r.id::text AND e.action = 'title_recognition.apply' WHERE r.id = $1`, [id]);

    // Works at 吕梁钢铁 since 2012 (the earliest job) and, since 2025, also at 汾阳机械厂.
    const moonlighter = await s.worker(steel.hr, { fullName: '周兼职' });
    await credentials(steel.hr, moonlighter.id);
    await s.worker(other.hr, { fullName: '周兼职', idNumber: moonlighter.idNumber }, { hiredOn: '2025-03-01' });
    const second = await t.http().post(RECOGNITIONS).set(other.hr.auth).send({ personId: moonlighter.id, titleSeries: 'engineering', titleGrade: 'intermediate' }).expect(201);
    expect(second.body).toMatchObject({ organizationId: other.org.id, organizationName: '汾阳机械厂', status: 'applied' });
    expect(await filed(second.body.id)).toEqual([{ organization_id: other.org.id, audit_organization_id: other.org.id }]);
    await t.http().get(`${RECOGNITIONS}/${second.body.id}`).set(steel.hr.auth).expect(404);
    await act(steel.hr, second.body.id, 'endorse').expect(404);
    const endorsed = await act(other.hr, second.body.id, 'endorse').expect(200);
    expect(endorsed.body.bureauId).toBe(lvliang.org.id);

    // Dispatched by an agency to 吕梁钢铁: the agency's HR files under the agency, the worker under 吕梁钢铁.
    const agency = await s.organization(lvliang.officer, 'dispatch_agency', '141102', '吕梁人力资源派遣有限公司');
    const dispatched = await s.worker(agency.hr, { fullName: '钱派遣' }, { employmentType: 'dispatched', workOrganizationId: steel.org.id, hiredOn: '2015-03-01' });
    await credentials(agency.hr, dispatched.id);
    const byAgency = await t.http().post(RECOGNITIONS).set(agency.hr.auth).send({ personId: dispatched.id, titleSeries: 'engineering', titleGrade: 'intermediate' }).expect(201);
    expect(byAgency.body).toMatchObject({ organizationId: agency.org.id, organizationName: '吕梁人力资源派遣有限公司' });
    expect(await filed(byAgency.body.id)).toEqual([{ organization_id: agency.org.id, audit_organization_id: agency.org.id }]);
    await t.http().get(`${RECOGNITIONS}/${byAgency.body.id}`).set(steel.hr.auth).expect(404);
    const self = await t.http().post(RECOGNITIONS).set((await s.workerLogin(agency.hr, dispatched.id)).auth).send({ titleSeries: 'engineering', titleGrade: 'junior' }).expect(201);
    expect(self.body.organizationId).toBe(steel.org.id);

    const steelCases = await t.http().get(`${RECOGNITIONS}?pageSize=100`).set(steel.hr.auth).expect(200);
    const steelIds = steelCases.body.items.map((i: { id: string }) => i.id);
    expect(steelIds).toContain(self.body.id);
    expect(steelIds).not.toContain(second.body.id);
    expect(steelIds).not.toContain(byAgency.body.id);
  });
});
