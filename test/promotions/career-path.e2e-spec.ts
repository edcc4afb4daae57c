import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';

/** Tier and treatment policy of an enterprise, and the career path it feeds. */
describe('promotions: tier policy and career path', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let steel: { org: OrgRef; hr: Session };
  let other: { org: OrgRef; hr: Session };
  let agency: { org: OrgRef; hr: Session };
  let welderId: string;
  let welderSession: Session;
  let dispatchedId: string;
  let specialPolicyId: string;

  const policies = (org: string) => `/api/v1/organizations/${org}/tier-policies`;
  const path = (session: Session, id: string) => t.http().get(`/api/v1/workers/${id}/career-path`).set(session.auth);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-09-30T09:00:00+08:00'));
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    steel = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁钢铁集团');
    other = await s.organization(lvliang.officer, 'enterprise', '141182', '汾阳机械厂');
    agency = await s.organization(lvliang.officer, 'dispatch_agency', '141102', '吕梁人力资源派遣有限公司');
    // A welder since 2012: 四级 in 2018, 三级 on 2022-06-01.
    welderId = (await s.worker(steel.hr, { fullName: '张焊工' })).id;
    await s.post(steel.hr, `/api/v1/workers/${welderId}/credentials`, { occupationCode: WELDER, rank: 'L4', issuedOn: '2018-05-20', issuerName: '山西省职业技能鉴定指导中心' });
    await s.post(steel.hr, `/api/v1/workers/${welderId}/credentials`, { occupationCode: WELDER, rank: 'L3', issuedOn: '2022-06-01', issuerName: '山西省职业技能鉴定指导中心' });
    welderSession = await s.workerLogin(steel.hr, welderId);
    dispatchedId = (await s.worker(steel.hr, { fullName: '派遣焊工' }, { employmentType: 'dispatched', employerOrganizationId: agency.org.id, hiredOn: '2019-03-01', occupationStartedOn: '2015-03-01' })).id;
    await s.post(steel.hr, `/api/v1/workers/${dispatchedId}/credentials`, { occupationCode: WELDER, rank: 'L4', issuedOn: '2020-03-01', issuerName: '山西省职业技能鉴定指导中心' });
  });
  afterAll(() => t.close());

  describe('tier and treatment policy', () => {
    it('HR sets treatment, term, quota and bureau confirmation for 特级技师; the change is audited', async () => {
      const res = await t.http().post(policies(steel.org.id)).set(steel.hr.auth).send({
        nationalRank: 'special',
        postGrade: 'middle_manager',
        titleGrade: 'senior',
        monthlyAllowance: 3000,
        termMonths: 36,
        quota: { kind: 'percent', percent: 5, baseRank: 'L1' },
      }).expect(201);
      specialPolicyId = res.body.id;
      expect(res.body).toMatchObject({
        tierName: '特级技师',
        nationalRank: 'special',
        appointable: true,
        termMonths: 36,
        bureauConfirmation: true,
        passMark: 60,
        minReviewers: 3,
        treatment: { postGradeLabel: '中层干部 / Middle management', titleGradeLabel: '正高级', monthlyAllowance: 3000, summary: '享受中层干部待遇；比照正高级职称待遇；津贴每月3000元；聘期36个月' },
        quota: { kind: 'percent', percent: 5, baseRank: 'L1', baseRankLabel: '一级/高级技师', status: { limit: 0, held: 0, remaining: 0, baseHolders: 0 } },
      });
      expect(res.body.rubric.map((c: { code: string; weight: number }) => [c.code, c.weight])).toEqual([
        ['innovation', 35],
        ['problem_solving', 35],
        ['contribution', 30],
        ['education', 0],
      ]);
      const [audit] = await t.dataSource.query(`SELECT action, after FROM audit_events WHERE entity_type = 'tier_policy' AND entity_id = $1`, [specialPolicyId]);
      expect(audit).toMatchObject({ action: 'tier_policy.create', after: { tierName: '特级技师' } });
    });

    it('an enterprise’s own tier and a certificate level carry treatment too', async () => {
      const tier = await t.http().post(`/api/v1/organizations/${steel.org.id}/tiers`).set(steel.hr.auth).send({ name: '技能带头人', nationalRank: 'L1', subOrder: 1 }).expect(201);
      const own = await t.http().post(policies(steel.org.id)).set(steel.hr.auth).send({
        enterpriseTierId: tier.body.id, postGrade: 'grassroots_manager', monthlyAllowance: 1500, termMonths: 24, quota: { kind: 'fixed', fixed: 2 }, bureauConfirmation: false,
      }).expect(201);
      expect(own.body).toMatchObject({ tierName: '技能带头人', tierLabel: '技能带头人（相当于一级/高级技师）', nationalRank: 'L1', appointable: true, bureauConfirmation: false, quota: { status: { limit: 2, held: 0 } } });
      const technician = await t.http().post(policies(steel.org.id)).set(steel.hr.auth).send({ nationalRank: 'L2', monthlyAllowance: 800 }).expect(201);
      expect(technician.body).toMatchObject({ appointable: false, termMonths: null, bureauConfirmation: false, quota: { kind: 'none', status: null }, treatment: { summary: '津贴每月800元' } });
    });

    it('refuses inconsistent policies, naming the fields', async () => {
      const bad = await t.http().post(policies(steel.org.id)).set(steel.hr.auth).send({
        nationalRank: 'chief',
        bureauConfirmation: false,
        quota: { kind: 'percent', percent: 5 },
        minReviewers: 4,
        rubric: [
          { code: 'innovation', label: '技术创新能力', weight: 40 },
          { code: 'contribution', label: '业绩贡献', weight: 40 },
          { code: 'education', label: '学历', weight: 20 },
        ],
      }).expect(422);
      expect(bad.body.code).toBe('TIER_POLICY_INVALID');
      expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
        'bureauConfirmation:required',
        'minReviewers:odd',
        'quota.percent:required',
        'rubric[2].weight:educationOverweighted',
        'termMonths:required',
      ]);
      const level = await t.http().post(policies(steel.org.id)).set(steel.hr.auth).send({ nationalRank: 'L3', termMonths: 12 }).expect(422);
      expect(level.body.errors[0]).toMatchObject({ field: 'termMonths', code: 'notAppointed' });
      const both = await t.http().post(policies(steel.org.id)).set(steel.hr.auth).send({}).expect(422);
      expect(both.body.errors[0]).toMatchObject({ field: 'nationalRank', code: 'oneOf' });
      const twice = await t.http().post(policies(steel.org.id)).set(steel.hr.auth).send({ nationalRank: 'special', termMonths: 12 }).expect(409);
      expect(twice.body.code).toBe('TIER_POLICY_EXISTS');
    });

    it('changes need a reason and are audited before/after; only the enterprise’s HR may change them', async () => {
      await t.http().patch(`${policies(steel.org.id)}/${specialPolicyId}`).set(steel.hr.auth).send({ monthlyAllowance: 3500 }).expect(400);
      const changed = await t.http().patch(`${policies(steel.org.id)}/${specialPolicyId}`).set(steel.hr.auth).send({ monthlyAllowance: 3500, reason: '2026年度津贴调整' }).expect(200);
      expect(changed.body.treatment.monthlyAllowance).toBe(3500);
      const [audit] = await t.dataSource.query(`SELECT before, after, reason FROM audit_events WHERE action = 'tier_policy.update' AND entity_id = $1`, [specialPolicyId]);
      expect(audit).toMatchObject({ reason: '2026年度津贴调整', before: { treatment: { monthlyAllowance: 3000 } }, after: { treatment: { monthlyAllowance: 3500 } } });
      const foreign = await t.http().patch(`${policies(steel.org.id)}/${specialPolicyId}`).set(other.hr.auth).send({ monthlyAllowance: 1, reason: 'x' }).expect(404);
      expect(foreign.body.code).toBe('NOT_FOUND');
      await t.http().post(policies(steel.org.id)).set(lvliang.officer.auth).send({ nationalRank: 'L1' }).expect(403);
    });

    it('is read by the enterprise’s workers and its bureau, not by other regions', async () => {
      await t.http().get(policies(steel.org.id)).set(welderSession.auth).expect(200);
      const list = await t.http().get(policies(steel.org.id)).set(lvliang.officer.auth).expect(200);
      expect(list.body.map((p: { tierLabel: string }) => p.tierLabel)).toEqual(['二级/技师', '技能带头人（相当于一级/高级技师）', '特级技师']);
      await t.http().get(policies(steel.org.id)).set(taiyuan.officer.auth).expect(404);
      await t.http().get(policies(steel.org.id)).set(other.hr.auth).expect(404);
    });
  });

  describe('career path', () => {
    it('shows the current rank, how it was obtained, and the next rungs with their dates', async () => {
      const res = await path(welderSession, welderId).expect(200);
      expect(res.body).toMatchObject({ personId: welderId, fullName: '张焊工', asOf: '2026-09-30' });
      expect(res.body.paths).toHaveLength(1);
      const p = res.body.paths[0];
      expect(p).toMatchObject({
        occupationCode: WELDER,
        organization: { id: steel.org.id, name: '吕梁钢铁集团' },
        employmentType: 'regular',
        currentRank: 'L3',
        currentRankLabel: '三级/高级工',
        obtained: { issuedOn: '2022-06-01', source: 'external', sourceLabel: '外部取得', issuerName: '山西省职业技能鉴定指导中心' },
      });
      expect(p.nextRungs.map((r: { rank: string; eligibleNow: boolean; projection: string; projectedOn: string | null }) => [r.rank, r.eligibleNow, r.projection, r.projectedOn])).toEqual([
        ['L2', false, 'time', '2027-06-01'],
        ['L1', false, 'after_previous', '2031-06-01'],
        ['special', false, 'not_by_time', null],
        ['chief', false, 'not_by_time', null],
      ]);
      expect(p.nextRungs[0]).toMatchObject({
        rankLabel: '二级/技师',
        route: { code: 'L2-after-L3' },
        missing: [{ label: '取得本职业或相关职业三级/高级工证书满5年', metOn: '2027-06-01' }],
        conditionsFrom: { version: 1, source: 'national' },
        treatment: [{ tierName: '二级/技师', monthlyAllowance: 800 }],
        report: { rank: 'L2', eligible: false, earliestDate: '2027-06-01' },
      });
      // What the worker holds is told with the occupation's name, not its code.
      const held = (p.nextRungs[0].report.routes as { conditions: { kind: string; actual?: { text: string } }[] }[]).flatMap((r) => r.conditions).find((c) => c.kind === 'level_held');
      expect(held?.actual?.text).toBe('三级/高级工（焊工），2022-06-01取得，已满4年');
      expect(p.nextRungs[2]).toMatchObject({ appointment: true, conditionsFrom: 'national_default', treatment: [{ tierName: '特级技师', monthlyAllowance: 3500, titleGradeLabel: '正高级' }] });
      expect(p.nextRungs[2].missing.map((m: { label: string }) => m.label)).toContain('取得本职业一级/高级技师证书满4年');
      expect(p.nextRungs[1].treatment.map((x: { tierName: string }) => x.tierName)).toEqual(['技能带头人']);
      expect(res.body.titleOptions.titles.map((o: { titleName: string; status: string }) => [o.titleName, o.status])).toEqual([
        ['助理工程师', 'available'],
        ['工程师', 'not_qualified'],
        ['高级工程师', 'not_qualified'],
      ]);
      expect(res.body.timeline.map((e: { date: string; kind: string; title: string }) => [e.date, e.kind, e.title])).toEqual([
        ['2018-05-20', 'level', '取得四级/中级工'],
        ['2022-06-01', 'level', '取得三级/高级工'],
      ]);
    });

    it('moves when a new credential is recorded', async () => {
      await s.post(steel.hr, `/api/v1/workers/${welderId}/credentials`, { occupationCode: WELDER, rank: 'L2', issuedOn: '2026-09-30', issuerName: '吕梁市职业技能鉴定中心' });
      const res = await path(steel.hr, welderId).expect(200);
      const p = res.body.paths[0];
      expect(p).toMatchObject({ currentRank: 'L2', obtained: { issuedOn: '2026-09-30' }, currentTreatment: [{ tierName: '二级/技师', monthlyAllowance: 800 }] });
      expect(p.nextRungs.map((r: { rank: string; projectedOn: string | null }) => [r.rank, r.projectedOn])).toEqual([
        ['L1', '2030-09-30'],
        ['special', null],
        ['chief', null],
      ]);
      expect(res.body.timeline.at(-1)).toMatchObject({ date: '2026-09-30', kind: 'level', title: '取得二级/技师' });
    });

    it('a dispatched worker gets the path at the enterprise where they work, read by the agency too', async () => {
      const res = await path(agency.hr, dispatchedId).expect(200);
      expect(res.body.paths[0]).toMatchObject({
        organization: { id: steel.org.id },
        employmentType: 'dispatched',
        employmentTypeLabel: '劳务派遣工 / Dispatched worker',
        employerOfRecord: { id: agency.org.id, name: '吕梁人力资源派遣有限公司' },
        currentRank: 'L4',
      });
      // 四级 since 2020-03-01: 三级 after 4 years (2024) — eligible now; the enterprise's policies apply.
      expect(res.body.paths[0].nextRungs[0]).toMatchObject({ rank: 'L3', eligibleNow: true, projection: 'now', projectedOn: '2026-09-30' });
      expect(res.body.paths[0].nextRungs[1].treatment[0]).toMatchObject({ tierName: '二级/技师' });
    });

    it('lists the campaigns registering now that the worker qualifies for', async () => {
      const filing = await s.post(steel.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L4', 'L3', 'L2'] }] });
      await t.http().post(`/api/v1/evaluation-bodies/${filing.id}/approve`).set(lvliang.officer.auth).send({ institutionCode: '0000', stationSerial: '000321' }).expect(200);
      const standards = await t.http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(steel.hr.auth).expect(200);
      const campaign = await s.post(steel.hr, '/api/v1/campaigns', {
        name: '2026年第四季度焊工职业技能等级认定',
        occupationCode: WELDER,
        standardVersionId: standards.body.items[0].inForce.id,
        levels: [{ rank: 'L3', capacity: 10 }, { rank: 'L2', capacity: 5 }],
        registrationOpensOn: '2026-09-30',
        registrationClosesOn: '2026-10-20',
        assessmentStartsOn: '2026-11-03',
        assessmentEndsOn: '2026-11-05',
      });
      await t.http().post(`/api/v1/campaigns/${campaign.id}/file`).set(steel.hr.auth).send({}).expect(200);
      await t.http().post(`/api/v1/campaigns/${campaign.id}/acknowledge`).set(lvliang.officer.auth).send({}).expect(200);
      const opened = await t.http().get(`/api/v1/campaigns/${campaign.id}`).set(steel.hr.auth).expect(200);
      if (opened.body.status !== 'registration_open') await t.http().post(`/api/v1/campaigns/${campaign.id}/open-registration`).set(steel.hr.auth).send({}).expect(200);

      const dispatched = await path(steel.hr, dispatchedId).expect(200);
      expect(dispatched.body.paths[0].openCampaigns).toEqual([
        expect.objectContaining({ campaignId: campaign.id, name: '2026年第四季度焊工职业技能等级认定', rank: 'L3', rankLabel: '三级/高级工', registrationClosesOn: '2026-10-20', seatsLeft: 10, route: 'L3-years-in-occupation' }),
      ]);
      // The 技师 of the previous test holds both levels on offer: nothing for him.
      expect((await path(welderSession, welderId).expect(200)).body.paths[0].openCampaigns).toEqual([]);
    });

    it('is the worker’s own, HR’s of their organizations and the region’s bureau, nobody else’s', async () => {
      await path(lvliang.officer, welderId).expect(200);
      await path(taiyuan.officer, welderId).expect(404);
      await path(other.hr, welderId).expect(404);
      await path(agency.hr, welderId).expect(404);
      await path(welderSession, dispatchedId).expect(404);
    });
  });
});
