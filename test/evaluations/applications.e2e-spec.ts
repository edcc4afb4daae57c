import { SchedulerRegistry } from '@nestjs/schedule';
import { EXAMPLE_EXCEPTIONAL_ROUTES } from '@skill-ladder/standards';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const CAMPAIGNS = '/api/v1/campaigns';
const APPLICATIONS = '/api/v1/applications';

/**
 * A campaign on the enterprise's own evaluation specification (企业评价规范) that adds 破格
 * routes to 三级: the standard must be in force on the assessment date, 破格 admits an
 * ineligible applicant only through one of those routes, the engine itself recognises a
 * worker who meets one, and the campaign's employment types and the one-live-application
 * rule hold under concurrency.
 */
describe('applications on an enterprise specification: 破格, employment types, races', () => {
  let t: TestApp;
  let s: Scenario;
  let shanxi: { org: OrgRef; officer: Session };
  let lvliang: { org: OrgRef; officer: Session };
  let heavy: { org: OrgRef; hr: Session };
  let agency: { org: OrgRef; hr: Session };
  let specVersionId: string;
  let campaign: string;

  const apply = (session: Session, body: object) => t.http().post(`${CAMPAIGNS}/${campaign}/applications`).set(session.auth).send(body);
  const seats = async (rank: string) =>
    (await t.http().get(`${CAMPAIGNS}/${campaign}`).set(heavy.hr.auth).expect(200)).body.levels.find((l: { rank: string }) => l.rank === rank).seatsTaken;
  const body = (over: Record<string, unknown> = {}) => ({
    name: '吕梁重工2026年焊工企业评价',
    occupationCode: WELDER,
    standardVersionId: specVersionId,
    levels: [{ rank: 'L4', capacity: 20 }, { rank: 'L3', capacity: 5 }],
    registrationOpensOn: '2026-10-16',
    registrationClosesOn: '2026-10-25',
    assessmentStartsOn: '2026-11-03',
    assessmentEndsOn: '2026-11-04',
    allowedEmploymentTypes: ['regular', 'outsourced'],
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-09-30T09:00:00+08:00' });
    t.app.get(SchedulerRegistry).getCronJob('campaign-registration-window').stop();
    s = new Scenario(t);
    shanxi = await s.bureau('140000', '山西省人力资源和社会保障厅');
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    heavy = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁重工集团');
    agency = await s.organization(lvliang.officer, 'dispatch_agency', '141102', '吕梁外包服务公司');
    const filing = await s.post(heavy.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L4', 'L3'] }] });
    await t.http().post(`/api/v1/evaluation-bodies/${filing.id}/approve`).set(lvliang.officer.auth).send({ institutionCode: '0000', stationSerial: '000321' }).expect(200);

    // The enterprise adapts the national standard: 三级 gains the example 破格 routes.
    const national = (await t.http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(heavy.hr.auth).expect(200)).body.items[0];
    const levels = (await t.http().get(`/api/v1/standards/${national.id}/versions/1`).set(heavy.hr.auth).expect(200)).body.levels;
    levels.find((l: { rank: string }) => l.rank === 'L3').routes.push(...structuredClone(EXAMPLE_EXCEPTIONAL_ROUTES.L3 ?? []));
    const spec = await s.post(heavy.hr, '/api/v1/standards', { occupationId: national.occupation.id, title: '吕梁重工焊工企业评价规范', levels });
    const version = (path: string) => `/api/v1/standards/${spec.id}/versions/1${path}`;
    await t.http().post(version('/submit')).set(heavy.hr.auth).send({}).expect(200);
    await t.http().post(version('/approve')).set(lvliang.officer.auth).send({}).expect(200);
    specVersionId = (await t.http().post(version('/publish')).set(lvliang.officer.auth).send({ effectiveFrom: '2026-10-15' }).expect(200)).body.id;
  });
  afterAll(() => t.close());

  it('the standard must be in force on the assessment start date', async () => {
    const early = await t.http().post(CAMPAIGNS).set(heavy.hr.auth)
      .send(body({ registrationOpensOn: '2026-10-01', registrationClosesOn: '2026-10-10', assessmentStartsOn: '2026-10-12', assessmentEndsOn: '2026-10-13' })).expect(422);
    expect(early.body).toMatchObject({ code: 'VERSION_NOT_IN_FORCE', errors: [expect.objectContaining({ field: 'standardVersionId' })] });
    const res = await t.http().post(CAMPAIGNS).set(heavy.hr.auth).send(body()).expect(201);
    campaign = res.body.id;
    expect(res.body).toMatchObject({ standard: { versionId: specVersionId, source: 'enterprise', title: '吕梁重工焊工企业评价规范' }, allowedEmploymentTypes: ['regular', 'outsourced'] });
  });

  it('only the bureau it was filed with acknowledges; HR may open registration by hand before its date', async () => {
    const filed = await t.http().post(`${CAMPAIGNS}/${campaign}/file`).set(heavy.hr.auth).send({}).expect(200);
    expect(filed.body.bureauId).toBe(lvliang.org.id);
    await t.http().get(`${CAMPAIGNS}/${campaign}`).set(shanxi.officer.auth).expect(200);
    const province = await t.http().post(`${CAMPAIGNS}/${campaign}/acknowledge`).set(shanxi.officer.auth).send({}).expect(403);
    expect(province.body.code).toBe('NOT_THE_FILING_BUREAU');
    await t.http().post(`${CAMPAIGNS}/${campaign}/acknowledge`).set(lvliang.officer.auth).send({}).expect(200);
    const opened = await t.http().post(`${CAMPAIGNS}/${campaign}/open-registration`).set(heavy.hr.auth).send({ note: '提前开放报名' }).expect(200);
    expect(opened.body.status).toBe('registration_open');
    const audit = await t.http().get(`/api/v1/audit-events?entityId=${campaign}&action=campaign.open_registration`).set(heavy.hr.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ after: expect.objectContaining({ by: 'hr' }) })]);
  });

  it('the campaign’s employment types decide who may apply: outsourced yes, interns no', async () => {
    const outsourced = await s.worker(heavy.hr, { fullName: '钱外包' }, { employmentType: 'outsourced', employerOrganizationId: agency.org.id });
    const res = await apply(heavy.hr, { rank: 'L4', personId: outsourced.id }).expect(201);
    expect(res.body).toMatchObject({ employmentType: 'outsourced', employmentTypeLabel: '劳务外包人员 / Outsourced worker', employerOrganizationId: agency.org.id });
    const intern = await s.worker(heavy.hr, { fullName: '孙实习' }, { employmentType: 'intern' });
    const refused = await apply(heavy.hr, { rank: 'L4', personId: intern.id }).expect(422);
    expect(refused.body).toMatchObject({ code: 'EMPLOYMENT_TYPE_NOT_ALLOWED', errors: [expect.objectContaining({ message: expect.stringContaining('实习人员') })] });
  });

  it('the same worker applying twice at the same moment gets one live application', async () => {
    const worker = await s.worker(heavy.hr, { fullName: '周并发' });
    const session = await s.workerLogin(heavy.hr, worker.id);
    const before = await seats('L4');
    const results = await Promise.all([apply(session, { rank: 'L4' }), apply(session, { rank: 'L4' }), apply(heavy.hr, { rank: 'L4', personId: worker.id })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(['ALREADY_APPLIED', 'ALREADY_APPLIED']);
    expect(await seats('L4')).toBe(before + 1);
  });

  it('破格 admits an ineligible applicant only through a route the standard names, with a reason', async () => {
    const newcomer = await s.worker(heavy.hr, { fullName: '吴攻关' }, { occupationStartedOn: '2023-03-01', hiredOn: '2023-03-01' });
    const pending = await apply(heavy.hr, { rank: 'L3', personId: newcomer.id }).expect(201);
    expect(pending.body.eligible).toBe(false);
    expect((await t.http().post(`${APPLICATIONS}/${pending.body.id}/approve`).set(heavy.hr.auth).send({}).expect(422)).body.code).toBe('APPLICANT_NOT_ELIGIBLE');
    const wrong = await t.http().post(`${APPLICATIONS}/${pending.body.id}/approve-exceptional`).set(heavy.hr.auth)
      .send({ routeCode: 'L3-years-in-occupation', reason: '技术骨干' }).expect(422);
    expect(wrong.body).toMatchObject({ code: 'UNKNOWN_EXCEPTIONAL_ROUTE', errors: [expect.objectContaining({ field: 'routeCode', message: expect.stringContaining('L3-exceptional-breakthrough') })] });
    const admitted = await t.http().post(`${APPLICATIONS}/${pending.body.id}/approve-exceptional`).set(heavy.hr.auth)
      .send({ routeCode: 'L3-exceptional-breakthrough', reason: '主持厚板焊接工艺攻关，获集团技术创新一等奖' }).expect(200);
    expect(admitted.body).toMatchObject({
      status: 'approved',
      eligible: false,
      exceptional: true,
      exceptionalRouteCode: 'L3-exceptional-breakthrough',
      decisionReason: '主持厚板焊接工艺攻关，获集团技术创新一等奖',
      ticketNumber: expect.stringMatching(/^\d{6}3\d{5}$/),
    });
    const audit = await t.http().get(`/api/v1/audit-events?entityId=${pending.body.id}&action=application.approve_exceptional`).set(heavy.hr.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ reason: '主持厚板焊接工艺攻关，获集团技术创新一等奖', after: expect.objectContaining({ exceptional: true }) })]);
  });

  it('a worker who meets a 破格 route of the standard is eligible by it and approved the ordinary way', async () => {
    const star = await s.worker(heavy.hr, { fullName: '郑能手' }, { occupationStartedOn: '2021-03-01', hiredOn: '2021-03-01' });
    await s.post(heavy.hr, `/api/v1/workers/${star.id}/credentials`, { occupationCode: WELDER, rank: 'L4', issuedOn: '2025-06-01', issuerName: '吕梁市职业技能鉴定中心' });
    await s.post(heavy.hr, `/api/v1/workers/${star.id}/innovations`, { kind: 'process_breakthrough', title: '厚板埋弧焊工艺攻关', level: 'city', achievedOn: '2026-05-01' });
    const res = await apply(heavy.hr, { rank: 'L3', personId: star.id }).expect(201);
    expect(res.body).toMatchObject({ eligible: true, routeCode: 'L3-exceptional-breakthrough' });
    // The report HR reads names the held credential's occupation, not its code.
    const detail = await t.http().get(`${APPLICATIONS}/${res.body.id}`).set(heavy.hr.auth).expect(200);
    expect(JSON.stringify(detail.body.eligibilityReport)).toContain('四级/中级工（焊工），2025-06-01取得');
    expect(JSON.stringify(detail.body.eligibilityReport)).not.toContain(`（${WELDER}）`);
    const approved = await t.http().post(`${APPLICATIONS}/${res.body.id}/approve`).set(heavy.hr.auth).send({}).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', exceptional: false });
  });

  it('HR withdraws for a worker while registration is open, not after HR closes it by hand', async () => {
    const worker = await s.worker(heavy.hr, { fullName: '冯放弃' });
    const pending = await apply(heavy.hr, { rank: 'L4', personId: worker.id }).expect(201);
    const before = await seats('L4');
    await t.http().post(`${APPLICATIONS}/${pending.body.id}/withdraw`).set(heavy.hr.auth).send({ reason: '本人书面申请放弃' }).expect(200);
    expect(await seats('L4')).toBe(before - 1);
    const again = await apply(heavy.hr, { rank: 'L4', personId: worker.id }).expect(201);
    await t.http().post(`${CAMPAIGNS}/${campaign}/close-registration`).set(heavy.hr.auth).send({}).expect(200);
    expect((await t.http().post(`${APPLICATIONS}/${again.body.id}/withdraw`).set(heavy.hr.auth).send({}).expect(409)).body.code).toBe('REGISTRATION_CLOSED');
    const rejected = await t.http().post(`${APPLICATIONS}/${again.body.id}/reject`).set(heavy.hr.auth).send({ reason: '重复报名' }).expect(200);
    expect(rejected.body.status).toBe('rejected');
    expect(await seats('L4')).toBe(before - 1);
  });
});
