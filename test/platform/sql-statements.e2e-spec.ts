import { CertificatesService } from '@skill-ladder/evaluations';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { SqlCounter } from '../harness/sql-counter';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const TODAY = '2026-09-30';

/**
 * SQL statements per request on the hot routes (issue 12). Each statement is a round trip; at
 * city scale round trips, not the statements themselves, set the latency, so an N+1 that comes
 * back must fail here on small data.
 */
describe('SQL statements per request on hot routes', () => {
  const counter = new SqlCounter();
  let t: TestApp;
  let s: Scenario;
  let coking: { org: OrgRef; hr: Session };
  let lvliang: { org: OrgRef; officer: Session };
  let welder: { id: string; session: Session };
  let certificateNumber: string;

  const counted = async (path: string, session?: Session) => {
    const { header, statements } = counter.tag();
    const res = await t.http().get(path).set({ ...(session?.auth ?? {}), ...header });
    return { res, statements };
  };

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: `${TODAY}T09:00:00+08:00` }, { beforeInit: counter.install });
    counter.attach(t.dataSource);
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    const filing = await s.post(coking.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L5', 'L4', 'L3', 'L2'] }] });
    await s.post(lvliang.officer, `/api/v1/evaluation-bodies/${filing.id}/approve`, { institutionCode: '0000', stationSerial: '000123' });
    const worker = await s.worker(coking.hr, { fullName: '王建国' });
    await s.post(coking.hr, `/api/v1/workers/${worker.id}/credentials`, { occupationCode: WELDER, rank: 'L5', issuedOn: '2016-05-20', issuerName: '山西省职业技能鉴定指导中心' });
    await s.post(coking.hr, '/api/v1/organizations/' + coking.org.id + '/tier-policies', { nationalRank: 'L2', monthlyAllowance: 800 });
    for (const name of ['李秀英', '赵铁柱', '孙小梅']) await s.worker(coking.hr, { fullName: name });
    ({ certificateNumber } = await t.dataSource.transaction((em) =>
      t.app.get(CertificatesService).issue(em, { userId: null, username: 'campaign-finalization', requestId: null }, {
        bodyOrganizationId: coking.org.id,
        personId: worker.id,
        occupationCode: WELDER,
        rank: 'L4',
        issuedOn: TODAY,
        route: 'campaign',
      }),
    ));
    // Two campaigns registering now in the welder's occupation: the career path reads each one's standard version.
    const standards = await t.http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(coking.hr.auth).expect(200);
    for (const quarter of ['三', '四']) {
      const campaign = await s.post(coking.hr, '/api/v1/campaigns', {
        name: `2026年第${quarter}季度焊工职业技能等级认定`,
        occupationCode: WELDER,
        standardVersionId: standards.body.items[0].inForce.id,
        levels: [{ rank: 'L3', capacity: 10 }, { rank: 'L2', capacity: 5 }],
        registrationOpensOn: TODAY,
        registrationClosesOn: '2026-10-20',
        assessmentStartsOn: '2026-11-03',
        assessmentEndsOn: '2026-11-05',
      });
      await s.post(coking.hr, `/api/v1/campaigns/${campaign.id}/file`, {});
      await s.post(lvliang.officer, `/api/v1/campaigns/${campaign.id}/acknowledge`, {});
      const opened = await t.http().get(`/api/v1/campaigns/${campaign.id}`).set(coking.hr.auth).expect(200);
      if (opened.body.status !== 'registration_open') await s.post(coking.hr, `/api/v1/campaigns/${campaign.id}/open-registration`, {});
    }
    welder = { id: worker.id, session: await s.workerLogin(coking.hr, worker.id) };
  });
  afterAll(async () => {
    counter.detach();
    await t.close();
  });

  it('counts only the statements of the tagged request', async () => {
    const untagged = counter.tag();
    await t.http().get(`/api/v1/workers/${welder.id}/career-path`).set(welder.session.auth).expect(200);
    expect(untagged.statements).toEqual([]);
  });

  it('career path: at most 8 statements, however many rungs lie above and campaigns are open', async () => {
    const { res, statements } = await counted(`/api/v1/workers/${welder.id}/career-path`, welder.session);
    expect(res.status).toBe(200);
    expect(res.body.paths[0].nextRungs.length).toBeGreaterThanOrEqual(5);
    expect(statements.length).toBeLessThanOrEqual(8);
  });

  it('public verify: one statement', async () => {
    const { res, statements } = await counted(`/api/v1/public/certificates/${certificateNumber}?name=${encodeURIComponent('王建国')}`);
    expect(res.status).toBe(200);
    expect(statements).toHaveLength(1);
    // Neither the ~2.5 KB credential JWT nor the ID cipher, and no join: the body's name is on the row.
    expect(statements[0]).not.toMatch(/\*|credential_jwt|id_number_cipher|JOIN/i);
  });

  it('the lookups of these routes are indexed: certificate number of a competition promotion, the worker list order and scope', async () => {
    const defs = ((await t.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE tablename IN ('competition_promotions', 'persons')`)) as { indexdef: string }[]).map((r) => r.indexdef);
    expect(defs).toEqual(expect.arrayContaining([expect.stringMatching(/ON public\.competition_promotions USING btree \(certificate_number\)/), expect.stringMatching(/ON public\.persons USING btree \(full_name, id\)/)]));
    // Who sees a worker is read off the person index of employments alone (the organizations and end date included).
    const [scopeIndex] = (await t.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'employments_person_scope_idx'`)) as { indexdef: string }[];
    expect(scopeIndex?.indexdef).toMatch(/USING btree \(person_id\) INCLUDE \(employer_org_id, work_org_id, ended_on\)/);
  });

  it('worker list and its count: at most 3 statements, any page and filter', async () => {
    const [first] = (await t.http().get('/api/v1/workers?pageSize=1').set(coking.hr.auth).expect(200)).body.items;
    for (const query of ['', '?page=2&pageSize=2', `?name=${encodeURIComponent('李')}`, `?occupationCode=${WELDER}&employmentType=regular`, `?page=2&pageSize=1&after=${first.id}`, `?page=2&pageSize=1&after=${first.id}&withTotal=false`, '/count', `/count?name=${encodeURIComponent('李')}`]) {
      const { res, statements } = await counted(`/api/v1/workers${query}`, coking.hr);
      expect(res.status).toBe(200);
      expect(statements.length).toBeLessThanOrEqual(3);
    }
  });
  it('region analytics: the statements do not grow with the enterprises, occupations and tier policies of the region', async () => {
    const path = '/api/v1/analytics/region?regionCode=141181';
    const staffed = async (org: { org: OrgRef; hr: Session }, workers: [string, string][]) => {
      for (const [fullName, occupationCode] of workers) {
        const w = await s.worker(org.hr, { fullName }, { occupationCode });
        await s.post(org.hr, `/api/v1/workers/${w.id}/credentials`, { occupationCode, rank: 'L4', issuedOn: '2019-06-01', issuerName: '山西省职业技能鉴定指导中心' });
      }
    };
    // One enterprise of the county, one appointment tier, workers of one occupation.
    const coal = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义市金岩煤业有限公司');
    await s.post(coal.hr, `/api/v1/organizations/${coal.org.id}/tier-policies`, { nationalRank: 'special', termMonths: 36, monthlyAllowance: 3000, quota: { kind: 'percent', percent: 20, baseRank: 'L1' } });
    await staffed(coal, [['周大勇', WELDER]]);
    const before = await counted(path, lvliang.officer);
    expect(before.res.status).toBe(200);
    expect(before.res.body.appointments).toHaveLength(1);
    // A second enterprise with two more tiers and workers of two more occupations.
    const steel = await s.organization(lvliang.officer, 'enterprise', '141181', '山西孝义钢铁有限公司');
    await s.post(steel.hr, `/api/v1/organizations/${steel.org.id}/tier-policies`, { nationalRank: 'special', termMonths: 36, monthlyAllowance: 3000, quota: { kind: 'percent', percent: 20, baseRank: 'L1' } });
    await s.post(steel.hr, `/api/v1/organizations/${steel.org.id}/tier-policies`, { nationalRank: 'chief', termMonths: 36, monthlyAllowance: 1500, quota: { kind: 'fixed', fixed: 2 } });
    await staffed(steel, [['吴海燕', '6-31-01-03'], ['郑国强', '6-16-01-05'], ['钱卫东', WELDER]]);
    const after = await counted(path, lvliang.officer);
    expect(after.res.status).toBe(200);
    expect(after.res.body.enterprises).toHaveLength(2);
    expect(after.res.body.byOccupation).toHaveLength(3);
    expect(after.res.body.appointments).toHaveLength(3);
    expect(after.res.body.pipeline.byNextRank).toEqual([expect.objectContaining({ rank: 'L3' })]);
    expect(after.statements.length).toBe(before.statements.length);
    // 19 reads, and since the staff is read a page at a time through a cursor (WorkersReader.staffPages):
    // START TRANSACTION, DECLARE, COMMIT; the cursor's FETCH replaced the staff query. Constant in the region's size.
    expect(after.statements.length).toBeLessThanOrEqual(22);
  });
});
