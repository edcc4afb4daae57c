import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const PROMOTIONS = '/api/v1/competition-promotions';

/** 以赛代评: a city class-1 top-10 result promotes a 高级工 to 技师, once per calendar year. */
describe('promotions: competition routes (以赛代评)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let steel: { org: OrgRef; hr: Session };
  let other: { org: OrgRef; hr: Session };
  let seniorWorkerId: string;
  let seniorSession: Session;
  let technicianId: string;
  const results: Record<string, string> = {};
  let promotionId: string;

  const at = (date: string) => t.clock.travelTo(new Date(`${date}T09:00:00+08:00`));
  const propose = (session: Session, competitionResultId: string) => t.http().post(PROMOTIONS).set(session.auth).send({ competitionResultId });
  const act = (session: Session, id: string, action: string, body: object = {}) => t.http().post(`${PROMOTIONS}/${id}/${action}`).set(session.auth).send(body);

  async function competition(name: string, heldOn: string, entries: { personId: string; placing: number; fieldSize?: number }[]): Promise<string[]> {
    const created = await s.post(lvliang.officer, '/api/v1/competitions', { name, tier: 'city_class_1', heldOn, organizer: '吕梁市人力资源和社会保障局、吕梁市总工会' });
    const recorded = await t.http().post(`/api/v1/competitions/${created.id}/results`).set(lvliang.officer.auth)
      .send({ results: entries.map((e) => ({ ...e, occupationCode: WELDER })) }).expect(200);
    return entries.map((e) => recorded.body.results.find((r: { personId: string }) => r.personId === e.personId).id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    at('2026-09-30');
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    steel = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁钢铁集团');
    other = await s.organization(lvliang.officer, 'enterprise', '141182', '汾阳机械厂');
    // The enterprise issues certificates as an evaluation body filed for 焊工 三级 to 一级.
    const filing = await s.post(steel.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L3', 'L2', 'L1'] }] });
    await t.http().post(`/api/v1/evaluation-bodies/${filing.id}/approve`).set(lvliang.officer.auth).send({ institutionCode: '0000', stationSerial: '000456' }).expect(200);
    seniorWorkerId = (await s.worker(steel.hr, { fullName: '孙高级工' })).id;
    await s.post(steel.hr, `/api/v1/workers/${seniorWorkerId}/credentials`, { occupationCode: WELDER, rank: 'L3', issuedOn: '2022-06-01', issuerName: '山西省职业技能鉴定指导中心' });
    seniorSession = await s.workerLogin(steel.hr, seniorWorkerId);
    technicianId = (await s.worker(steel.hr, { fullName: '钱技师' })).id;
    await s.post(steel.hr, `/api/v1/workers/${technicianId}/credentials`, { occupationCode: WELDER, rank: 'L2', issuedOn: '2020-03-01', issuerName: '山西省职业技能鉴定指导中心' });
  });
  afterAll(() => t.close());

  it('a rule identical to one in force over the same days is 409, even when twenty arrive at once', async () => {
    const rule = { tier: 'national', maxPlacing: 3, mode: 'target', targetRank: 'L1', effectiveFrom: '2026-01-01', basis: '并发测试' };
    const results = await Promise.all(Array.from({ length: 20 }, () => t.http().post('/api/v1/competition-rules').set(taiyuan.officer.auth).send(rule)));
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['COMPETITION_RULE_DUPLICATE']));
    // The same rule over other days, or a different rule over the same days, is no duplicate.
    await t.http().post('/api/v1/competition-rules').set(taiyuan.officer.auth).send({ ...rule, effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31' }).expect(201);
    await t.http().post('/api/v1/competition-rules').set(taiyuan.officer.auth).send({ ...rule, maxPlacing: 5 }).expect(201);
  });

  it('a bureau sets the rules of its region: city class-1 top 10 → 技师, or 高级技师 for a 技师', async () => {
    const rule = { tier: 'city_class_1', maxPlacing: 10, mode: 'target', effectiveFrom: '2026-01-01', basis: '吕人社发〔2026〕3号' };
    const toTechnician = await t.http().post('/api/v1/competition-rules').set(lvliang.officer.auth).send({ ...rule, targetRank: 'L2' }).expect(201);
    expect(toTechnician.body).toMatchObject({ regionCode: '141100', tierLabel: '市级一类', summary: '市级一类竞赛前10名 → 二级/技师' });
    const toSenior = await t.http().post('/api/v1/competition-rules').set(lvliang.officer.auth).send({ ...rule, requiredRank: 'L2', targetRank: 'L1' }).expect(201);
    expect(toSenior.body.summary).toBe('市级一类竞赛前10名（现为二级/技师） → 一级/高级技师');
    // Another region's more generous rule never applies here.
    await t.http().post('/api/v1/competition-rules').set(taiyuan.officer.auth).send({ ...rule, maxPlacing: 20, targetRank: 'L1' }).expect(201);
    await t.http().post('/api/v1/competition-rules').set(steel.hr.auth).send({ ...rule, targetRank: 'L2' }).expect(403);
    const bad = await t.http().post('/api/v1/competition-rules').set(lvliang.officer.auth).send({ tier: 'city_class_2', mode: 'target', effectiveFrom: '2026-01-01' }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['maxPlacing', 'targetRank']);
    const applies = await t.http().get('/api/v1/competition-rules?appliesIn=141102').set(seniorSession.auth).expect(200);
    expect(applies.body.items.map((r: { regionCode: string }) => r.regionCode)).toEqual(['141100', '141100']);
  });

  it('the bureau registers its competitions and their ranked results; HR registers enterprise contests only', async () => {
    [results.first, results.technician] = await competition('吕梁市第五届职业技能大赛（焊工项目）', '2026-08-20', [
      { personId: seniorWorkerId, placing: 3, fieldSize: 120 },
      { personId: technicianId, placing: 11, fieldSize: 120 },
    ]);
    [results.second] = await competition('吕梁市焊工技能比武', '2026-09-15', [{ personId: seniorWorkerId, placing: 1 }]);
    await t.http().post('/api/v1/competitions').set(steel.hr.auth).send({ name: '市级比赛', tier: 'city_class_1', heldOn: '2026-08-01', organizer: '吕梁钢铁' }).expect(403);
    const contest = await t.http().post('/api/v1/competitions').set(steel.hr.auth).send({ name: '吕钢第十届焊工技能比武', tier: 'enterprise', heldOn: '2026-07-01', organizer: '吕梁钢铁集团工会' }).expect(201);
    await t.http().post(`/api/v1/competitions/${contest.body.id}/results`).set(other.hr.auth).send({ results: [{ personId: seniorWorkerId, occupationCode: WELDER, placing: 1 }] }).expect(404);
    const future = await s.post(lvliang.officer, '/api/v1/competitions', { name: '2026年冬季技能大赛', tier: 'city_class_1', heldOn: '2026-12-01', organizer: '吕梁市人社局' });
    const early = await t.http().post(`/api/v1/competitions/${future.id}/results`).set(lvliang.officer.auth).send({ results: [{ personId: seniorWorkerId, occupationCode: WELDER, placing: 1 }] }).expect(409);
    expect(early.body.code).toBe('COMPETITION_NOT_HELD');
    const mine = await t.http().get('/api/v1/competitions').set(seniorSession.auth).expect(200);
    expect(mine.body.items.map((c: { name: string }) => c.name)).toEqual(['吕梁市焊工技能比武', '吕梁市第五届职业技能大赛（焊工项目）']);
    expect(mine.body.items[1].results).toEqual([expect.objectContaining({ personId: seniorWorkerId, placing: 3, fieldSize: 120 })]);
    expect((await t.http().get('/api/v1/competitions').set(taiyuan.officer.auth).expect(200)).body.total).toBe(0);
  });

  it('HR proposes: a top-10 result promotes the 高级工 to 技师; 11th place does not', async () => {
    const res = await propose(steel.hr, results.first).expect(201);
    promotionId = res.body.id;
    expect(res.body).toMatchObject({
      personName: '孙高级工',
      competition: { name: '吕梁市第五届职业技能大赛（焊工项目）', tierLabel: '市级一类', heldOn: '2026-08-20' },
      result: { placing: 3, fieldSize: 120 },
      fromRank: 'L3',
      fromRankLabel: '三级/高级工',
      targetRank: 'L2',
      targetRankLabel: '二级/技师',
      promotionYear: 2026,
      status: 'proposed',
      bureauId: lvliang.org.id,
      allowedActions: ['approve', 'reject', 'withdraw'],
    });
    const eleventh = await propose(steel.hr, results.technician).expect(422);
    expect(eleventh.body).toMatchObject({ code: 'NO_PROMOTION_BY_RULE', detail: expect.stringContaining('未达到晋级名次') });
    await propose(other.hr, results.second).expect(404);
  });

  it('HR cannot propose on a result of a contest it does not see, even for a worker it shares: 404', async () => {
    // Works at 汾阳机械厂 and at 吕梁钢铁; places first in 汾阳机械厂's own contest.
    const shared = await s.worker(other.hr, { fullName: '冯高级工' });
    await s.post(other.hr, `/api/v1/workers/${shared.id}/credentials`, { occupationCode: WELDER, rank: 'L3', issuedOn: '2022-06-01', issuerName: '山西省职业技能鉴定指导中心' });
    await s.worker(steel.hr, { fullName: '冯高级工', idNumber: shared.idNumber }, { hiredOn: '2025-01-01' });
    const contest = await s.post(other.hr, '/api/v1/competitions', { name: '汾阳机械厂焊工技能比武', tier: 'enterprise', heldOn: '2026-09-01', organizer: '汾阳机械厂工会' });
    const recorded = await t.http().post(`/api/v1/competitions/${contest.id}/results`).set(other.hr.auth).send({ results: [{ personId: shared.id, occupationCode: WELDER, placing: 1 }] }).expect(200);
    const resultId = recorded.body.results[0].id;
    await t.http().get(`/api/v1/competitions/${contest.id}`).set(steel.hr.auth).expect(404);

    const foreign = await propose(steel.hr, resultId).expect(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    await propose(taiyuan.officer, resultId).expect(403);
    // Its owner sees it: the region has no rule for enterprise contests, which is a different answer.
    expect((await propose(other.hr, resultId).expect(422)).body.code).toBe('NO_PROMOTION_BY_RULE');
    const filed = await t.dataSource.query(`SELECT count(*)::int AS n FROM competition_promotions WHERE competition_result_id = $1`, [resultId]);
    expect(filed[0].n).toBe(0);
  });

  it('a second win the same year is refused', async () => {
    const second = await propose(steel.hr, results.second).expect(409);
    expect(second.body).toMatchObject({ code: 'COMPETITION_PROMOTION_THIS_YEAR', detail: expect.stringContaining('2026年') });
  });

  it('the bureau approves and the certificate is issued with the route recorded; the path moves', async () => {
    await act(taiyuan.officer, promotionId, 'approve').expect(404);
    await act(steel.hr, promotionId, 'approve').expect(403);
    const approved = await act(lvliang.officer, promotionId, 'approve', { note: '名次属实，准予晋级' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', issuedOn: '2026-09-30', certificateId: expect.any(String), allowedActions: [] });
    expect(approved.body.certificateNumber).toMatch(/^Y0000140004562620\d{5}$/);
    const [certificate] = await t.dataSource.query(`SELECT route, competition_result_id, rank FROM certificates WHERE id = $1`, [approved.body.certificateId]);
    expect(certificate).toEqual({ route: 'competition', competition_result_id: results.first, rank: 'L2' });
    const record = await t.http().get(`/api/v1/workers/${seniorWorkerId}`).set(seniorSession.auth).expect(200);
    expect(record.body.credentials).toContainEqual(expect.objectContaining({ rank: 'L2', source: 'issued', certificateNumber: approved.body.certificateNumber, issuedOn: '2026-09-30' }));
    const path = await t.http().get(`/api/v1/workers/${seniorWorkerId}/career-path`).set(seniorSession.auth).expect(200);
    expect(path.body.paths[0]).toMatchObject({ currentRank: 'L2', obtained: { sourceLabel: '以赛代评', certificateNumber: approved.body.certificateNumber } });
    expect(path.body.timeline.at(-1)).toMatchObject({ date: '2026-09-30', kind: 'competition_promotion', title: '取得二级/技师' });

    const again = await propose(steel.hr, results.second).expect(409);
    expect(again.body.code).toBe('COMPETITION_PROMOTION_THIS_YEAR');
    await act(lvliang.officer, promotionId, 'reject', { reason: '重复' }).expect(409);
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'competition_promotion' AND entity_id = $1 ORDER BY id`, [promotionId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['competition_promotion.propose', 'competition_promotion.approve']);
  });

  it('the next calendar year, a new result may promote the new 技师 again', async () => {
    at('2027-06-01');
    const [next] = await competition('2027年吕梁市职业技能大赛（焊工项目）', '2027-05-20', [{ personId: seniorWorkerId, placing: 5 }]);
    const res = await propose(steel.hr, next).expect(201);
    expect(res.body).toMatchObject({ fromRank: 'L2', targetRank: 'L1', promotionYear: 2027 });
    await act(steel.hr, res.body.id, 'withdraw', {}).expect(400);
    const withdrawn = await act(steel.hr, res.body.id, 'withdraw', { reason: '本人申请参加认定计划' }).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', decisionReason: '本人申请参加认定计划' });
    const rejected = await propose(steel.hr, next).expect(201);
    const done = await act(lvliang.officer, rejected.body.id, 'reject', { reason: '比赛未按规定备案' }).expect(200);
    expect(done.body).toMatchObject({ status: 'rejected', certificateId: null });
    expect((await t.http().get(`${PROMOTIONS}?status=rejected`).set(seniorSession.auth).expect(200)).body.total).toBe(1);
    expect((await t.http().get(PROMOTIONS).set(taiyuan.officer.auth).expect(200)).body.total).toBe(0);
  });
});
