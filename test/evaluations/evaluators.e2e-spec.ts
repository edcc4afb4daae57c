import { EvaluatorDrawService } from '@skill-ladder/evaluations';
import { Session } from '../harness/auth';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const EVALUATORS = '/api/v1/evaluators';
const DRAW = `${EVALUATORS}/draw-preview`;

interface Panel {
  number: number;
  evaluators: { profileId: string; displayName: string }[];
  candidates: { personId: string; fullName: string }[];
}

describe('evaluator pool, conflicts and the draw (考评员库与抽取)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let taiyuanCo: { org: OrgRef; hr: Session };
  let usernames = 0;

  /** A login of `hr`'s enterprise holding the evaluator role, with a worker record of its own. */
  async function evaluatorAccount(hr: Session, name: string): Promise<{ userId: string; personId: string }> {
    const user = await s.post(hr, '/api/v1/users', { username: `evaluator${++usernames}`, password: PASSWORD, displayName: name, roles: ['evaluator'] });
    const person = await s.worker(hr, { fullName: name });
    return { userId: user.id, personId: person.id };
  }

  let certificates = 0;
  async function registerEvaluator(hr: Session, name: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; personId: string; userId: string }> {
    const account = await evaluatorAccount(hr, name);
    const profile = await s.post(hr, EVALUATORS, {
      ...account,
      occupations: [WELDER],
      highestRank: 'L1',
      qualificationCertificateNumber: `KPY-1411-${String(++certificates).padStart(4, '0')}`,
      validFrom: '2024-01-01',
      validUntil: '2029-12-31',
      ...overrides,
    });
    return { id: profile.id, ...account };
  }

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-10-20T09:00:00+08:00' });
    s = new Scenario(t);
    lvliang = await s.bureau('141100');
    taiyuan = await s.bureau('140100');
    coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    taiyuanCo = await s.organization(taiyuan.officer, 'enterprise', '140105', '太原锅炉集团');
  });
  afterAll(() => t.close());

  describe('profiles', () => {
    let profile: { id: string; personId: string; userId: string };
    let shanxi: { org: OrgRef; officer: Session };

    it('HR registers an evaluator of its enterprise; the response carries zh-CN labels and today’s validity', async () => {
      profile = await registerEvaluator(coking.hr, '焊接考评员甲');
      const res = await t.http().get(`${EVALUATORS}/${profile.id}`).set(coking.hr.auth).expect(200);
      expect(res.body).toMatchObject({
        displayName: '焊接考评员甲',
        personId: profile.personId,
        organizationId: coking.org.id,
        organizationName: '山西吕梁焦化集团',
        occupations: [WELDER],
        highestRank: 'L1',
        highestRankLabel: '一级/高级技师 / Level 1',
        validToday: true,
        status: 'active',
        statusLabel: '在册 / Active',
        sharedWithRegion: false,
      });
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${profile.id}&action=evaluator.register`).set(coking.hr.auth).expect(200);
      expect(audit.body.total).toBe(1);
    });

    it('refuses users without the evaluator role, other tenants’ users and workers, duplicates and reversed validity', async () => {
      const base = { occupations: [WELDER], highestRank: 'L2', validFrom: '2024-01-01', validUntil: '2029-12-31' };
      const hrUser = await s.post(coking.hr, '/api/v1/users', { username: `hrmate${++usernames}`, password: PASSWORD, displayName: 'HR 同事', roles: ['hr_admin'] });
      const notEvaluator = await t.http().post(EVALUATORS).set(coking.hr.auth).send({ ...base, userId: hrUser.id, qualificationCertificateNumber: 'KPY-X-0001' }).expect(422);
      expect(notEvaluator.body).toMatchObject({ code: 'NOT_AN_EVALUATOR', errors: [expect.objectContaining({ field: 'userId' })] });

      const foreign = await evaluatorAccount(machinery.hr, '机械厂考评员');
      await t.http().post(EVALUATORS).set(coking.hr.auth).send({ ...base, userId: foreign.userId, qualificationCertificateNumber: 'KPY-X-0002' }).expect(404);
      const own = await evaluatorAccount(coking.hr, '焦化考评员乙');
      await t.http().post(EVALUATORS).set(coking.hr.auth).send({ ...base, ...own, personId: foreign.personId, qualificationCertificateNumber: 'KPY-X-0003' }).expect(404);

      const again = await t.http().post(EVALUATORS).set(coking.hr.auth).send({ ...base, userId: profile.userId, qualificationCertificateNumber: 'KPY-X-0004' }).expect(409);
      expect(again.body.code).toBe('EVALUATOR_EXISTS');
      const reversed = await t.http().post(EVALUATORS).set(coking.hr.auth).send({ ...base, ...own, validFrom: '2029-01-01', validUntil: '2028-12-31', qualificationCertificateNumber: 'KPY-X-0005' }).expect(422);
      expect(reversed.body.code).toBe('VALIDITY_REVERSED');
      const badRank = await t.http().post(EVALUATORS).set(coking.hr.auth).send({ ...base, ...own, highestRank: 'L9', occupations: ['6-18'], qualificationCertificateNumber: 'KPY X' }).expect(400);
      expect(badRank.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['highestRank', 'occupations', 'qualificationCertificateNumber']);
      await t.http().post(EVALUATORS).set(lvliang.officer.auth).send({ ...base, ...own, qualificationCertificateNumber: 'KPY-X-0006' }).expect(403);
    });

    it('lists are scoped: another enterprise and another region get 404', async () => {
      await t.http().get(`${EVALUATORS}/${profile.id}`).set(machinery.hr.auth).expect(404);
      await t.http().get(`${EVALUATORS}/${profile.id}`).set(taiyuan.officer.auth).expect(404);
      await t.http().get(`${EVALUATORS}/${profile.id}`).set(lvliang.officer.auth).expect(200);
      const mine = await t.http().get(EVALUATORS).set(machinery.hr.auth).expect(200);
      expect(mine.body.items.map((e: { organizationId: string }) => e.organizationId)).not.toContain(coking.org.id);
      const region = await t.http().get(`${EVALUATORS}?occupationCode=${WELDER}`).set(lvliang.officer.auth).expect(200);
      expect(region.body.items.map((e: { id: string }) => e.id)).toContain(profile.id);
      const byRank = (rank: string) => t.http().get(`${EVALUATORS}?highestRank=${rank}`).set(coking.hr.auth).expect(200);
      // registerEvaluator qualifies up to 一级 (L1).
      expect((await byRank('L1')).body.items.map((e: { id: string }) => e.id)).toContain(profile.id);
      expect((await byRank('L5')).body.items.map((e: { id: string }) => e.id)).not.toContain(profile.id);
      await t.http().get(`${EVALUATORS}?highestRank=L9`).set(coking.hr.auth).expect(400);
      expect((await t.http().get(EVALUATORS).set(taiyuan.officer.auth).expect(200)).body.total).toBe(0);
    });

    it('the bureau shares an evaluator with its region: others there may see it but not change it', async () => {
      const shared = await t.http().patch(`${EVALUATORS}/${profile.id}/sharing`).set(lvliang.officer.auth).send({ sharedWithRegion: true, reason: '全市焊工考评员共享' }).expect(200);
      expect(shared.body).toMatchObject({ sharedWithRegion: true, sharedByBureauId: lvliang.org.id });
      await t.http().get(`${EVALUATORS}/${profile.id}`).set(machinery.hr.auth).expect(200);
      const readOnly = await t.http().patch(`${EVALUATORS}/${profile.id}`).set(machinery.hr.auth).send({ highestRank: 'L5', reason: '试图修改' }).expect(403);
      expect(readOnly.body.code).toBe('EVALUATOR_READ_ONLY');
      await t.http().get(`${EVALUATORS}/${profile.id}`).set(taiyuanCo.hr.auth).expect(404);
      await t.http().patch(`${EVALUATORS}/${profile.id}/sharing`).set(taiyuan.officer.auth).send({ sharedWithRegion: true, reason: '越权' }).expect(404);
      await t.http().patch(`${EVALUATORS}/${profile.id}/sharing`).set(coking.hr.auth).send({ sharedWithRegion: false, reason: '自行' }).expect(403);

      await t.http().patch(`${EVALUATORS}/${profile.id}/sharing`).set(lvliang.officer.auth).send({ sharedWithRegion: false, reason: '停止共享' }).expect(200);
      await t.http().get(`${EVALUATORS}/${profile.id}`).set(machinery.hr.auth).expect(404);
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${profile.id}`).set(lvliang.officer.auth).expect(200);
      expect(audit.body.items.map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual(
        expect.arrayContaining([['evaluator.share', '全市焊工考评员共享'], ['evaluator.unshare', '停止共享']]),
      );
    });

    it('a sharing belongs to the bureau that made it: the city bureau cannot undo or narrow the province’s (403), the province can', async () => {
      shanxi = await s.bureau('140000', '山西省人力资源和社会保障厅');
      const sharing = (bureau: Session, sharedWithRegion: boolean, reason: string) =>
        t.http().patch(`${EVALUATORS}/${profile.id}/sharing`).set(bureau.auth).send({ sharedWithRegion, reason });
      expect((await sharing(shanxi.officer, true, '全省焊工考评员共享').expect(200)).body).toMatchObject({ sharedWithRegion: true, sharedByBureauId: shanxi.org.id });
      await t.http().get(`${EVALUATORS}/${profile.id}`).set(taiyuanCo.hr.auth).expect(200);

      const undo = await sharing(lvliang.officer, false, '市局撤销共享').expect(403);
      expect(undo.body).toMatchObject({ code: 'SHARING_OWNED_BY_OTHER_BUREAU', detail: expect.stringMatching(/^该考评员由其他人社局共享/) });
      expect((await sharing(lvliang.officer, true, '改为市内共享').expect(403)).body.code).toBe('SHARING_OWNED_BY_OTHER_BUREAU');
      const still = await t.http().get(`${EVALUATORS}/${profile.id}`).set(taiyuanCo.hr.auth).expect(200);
      expect(still.body).toMatchObject({ sharedWithRegion: true, sharedByBureauId: shanxi.org.id });

      await sharing(shanxi.officer, false, '停止全省共享').expect(200);
      await t.http().get(`${EVALUATORS}/${profile.id}`).set(taiyuanCo.hr.auth).expect(404);
      // The city's own sharing the province, which covers the city, may withdraw.
      await sharing(lvliang.officer, true, '全市共享').expect(200);
      expect((await sharing(shanxi.officer, false, '省厅统一调整').expect(200)).body).toMatchObject({ sharedWithRegion: false, sharedByBureauId: null });
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${profile.id}&action=evaluator.unshare`).set(shanxi.officer.auth).expect(200);
      expect(audit.body.items.map((e: { reason: string }) => e.reason)).toEqual(expect.arrayContaining(['停止全省共享', '省厅统一调整']));
      expect(audit.body.items.map((e: { reason: string }) => e.reason)).not.toContain('市局撤销共享');
    });

    it('a conflict declared by an enterprise of another city (the province shared the evaluator) stays out of the city bureau’s list, names and all', async () => {
      await t.http().patch(`${EVALUATORS}/${profile.id}/sharing`).set(shanxi.officer.auth).send({ sharedWithRegion: true, reason: '全省共享' }).expect(200);
      const taiyuanWorker = await s.worker(taiyuanCo.hr, { fullName: '太原职工丁' });
      await t.http().post(`${EVALUATORS}/${profile.id}/conflicts`).set(taiyuanCo.hr.auth).send({ personId: taiyuanWorker.id, reason: '曾为师徒' }).expect(201);
      const city = await t.http().get(`${EVALUATORS}/${profile.id}/conflicts`).set(lvliang.officer.auth).expect(200);
      expect(city.body.map((c: { personName: string }) => c.personName)).not.toContain('太原职工丁');
      const province = await t.http().get(`${EVALUATORS}/${profile.id}/conflicts`).set(shanxi.officer.auth).expect(200);
      expect(province.body.map((c: { personName: string }) => c.personName)).toContain('太原职工丁');
      const declared = province.body.find((c: { personName: string }) => c.personName === '太原职工丁');
      await t.http().delete(`${EVALUATORS}/${profile.id}/conflicts/${declared.id}`).set(taiyuanCo.hr.auth).send({ reason: '测试结束' }).expect(204);
      await t.http().patch(`${EVALUATORS}/${profile.id}/sharing`).set(shanxi.officer.auth).send({ sharedWithRegion: false, reason: '停止全省共享' }).expect(200);
    });

    it('home HR updates and deactivates with a reason, audited before/after', async () => {
      await t.http().patch(`${EVALUATORS}/${profile.id}`).set(coking.hr.auth).send({ highestRank: 'L2' }).expect(400);
      const res = await t.http().patch(`${EVALUATORS}/${profile.id}`).set(coking.hr.auth).send({ status: 'inactive', reason: '退休' }).expect(200);
      expect(res.body).toMatchObject({ status: 'inactive', statusLabel: '停用 / Inactive' });
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${profile.id}&action=evaluator.deactivate`).set(coking.hr.auth).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ reason: '退休', before: expect.objectContaining({ status: 'active' }), after: expect.objectContaining({ status: 'inactive' }) })]);
      await t.http().patch(`${EVALUATORS}/${profile.id}`).set(coking.hr.auth).send({ status: 'active', reason: '返聘' }).expect(200);
    });

    it('declared conflicts: declare, list (own declarations only for HR), refuse duplicates and foreign workers, withdraw with a reason', async () => {
      const worker = await s.worker(coking.hr, { fullName: '考生丙' });
      const declared = await t.http().post(`${EVALUATORS}/${profile.id}/conflicts`).set(coking.hr.auth).send({ personId: worker.id, reason: '曾为同一班组' }).expect(201);
      expect(declared.body).toMatchObject({ evaluatorProfileId: profile.id, personId: worker.id, personName: '考生丙', organizationId: coking.org.id, reason: '曾为同一班组' });
      const dup = await t.http().post(`${EVALUATORS}/${profile.id}/conflicts`).set(coking.hr.auth).send({ personId: worker.id, reason: '重复' }).expect(409);
      expect(dup.body.code).toBe('CONFLICT_ALREADY_DECLARED');
      const self = await t.http().post(`${EVALUATORS}/${profile.id}/conflicts`).set(coking.hr.auth).send({ personId: profile.personId, reason: '本人' }).expect(422);
      expect(self.body.code).toBe('CONFLICT_WITH_SELF');
      const foreignWorker = await s.worker(machinery.hr, { fullName: '机械厂职工' });
      await t.http().post(`${EVALUATORS}/${profile.id}/conflicts`).set(coking.hr.auth).send({ personId: foreignWorker.id, reason: '无' }).expect(404);
      await t.http().post(`${EVALUATORS}/${profile.id}/conflicts`).set(machinery.hr.auth).send({ personId: foreignWorker.id, reason: '无' }).expect(404);

      expect((await t.http().get(`${EVALUATORS}/${profile.id}/conflicts`).set(coking.hr.auth).expect(200)).body).toMatchObject([{ personName: '考生丙' }]);
      expect((await t.http().get(`${EVALUATORS}/${profile.id}/conflicts`).set(lvliang.officer.auth).expect(200)).body).toHaveLength(1);
      await t.http().get(`${EVALUATORS}/${profile.id}/conflicts`).set(taiyuan.officer.auth).expect(404);

      await t.http().delete(`${EVALUATORS}/${profile.id}/conflicts/${declared.body.id}`).set(coking.hr.auth).send({}).expect(400);
      await t.http().delete(`${EVALUATORS}/${profile.id}/conflicts/${declared.body.id}`).set(coking.hr.auth).send({ reason: '申报有误' }).expect(204);
      await t.http().delete(`${EVALUATORS}/${profile.id}/conflicts/${declared.body.id}`).set(coking.hr.auth).send({ reason: '再次' }).expect(404);
      expect((await t.http().get(`${EVALUATORS}/${profile.id}/conflicts`).set(coking.hr.auth).expect(200)).body).toEqual([]);
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${profile.id}&action=evaluator.conflict_remove`).set(coking.hr.auth).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ reason: '申报有误', before: expect.objectContaining({ personId: worker.id }) })]);
    });
  });

  describe('the draw', () => {
    /*
     * 吕梁钢铁 keeps six welding evaluators. 师傅甲 is candidate 张A's master and 徒弟乙 is 张A's
     * apprentice (师徒 both ways); 表亲丙 is 李B's relative and 班长丁 李B's direct supervisor. No
     * single panel of three avoids all four, so the draw must split into two panels, and the
     * four conflicted evaluators are drawn, only never for their own apprentice, master,
     * relative or subordinate.
     */
    let steel: { org: OrgRef; hr: Session };
    let ev: Record<'master' | 'apprentice' | 'relative' | 'supervisor' | 'x' | 'y', { id: string; personId: string }>;
    let a: string;
    let b: string;
    let c: string;
    let d: string;
    const preview = (body: Record<string, unknown>, session: Session = steel.hr) =>
      t.http().post(DRAW).set(session.auth).send({ occupationCode: WELDER, targetRank: 'L3', candidatePersonIds: [a, b, c, d], ...body });
    const panelOf = (panels: Panel[], personId: string) => panels.find((p) => p.candidates.some((x) => x.personId === personId)) as Panel;
    const ids = (panel: Panel) => panel.evaluators.map((e) => e.profileId);

    beforeAll(async () => {
      steel = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁钢铁有限公司');
      ev = {
        master: await registerEvaluator(steel.hr, '师傅甲'),
        apprentice: await registerEvaluator(steel.hr, '徒弟乙'),
        relative: await registerEvaluator(steel.hr, '表亲丙'),
        supervisor: await registerEvaluator(steel.hr, '班长丁'),
        x: await registerEvaluator(steel.hr, '考评员戊'),
        y: await registerEvaluator(steel.hr, '考评员己'),
      };
      [a, b, c, d] = await Promise.all(['张A', '李B', '王C', '赵D'].map(async (fullName) => (await s.worker(steel.hr, { fullName })).id));
      const relate = (from: string, to: string, kind: string) => s.post(steel.hr, `/api/v1/workers/${from}/relations`, { relatedPersonId: to, kind });
      await relate(ev.master.personId, a, 'master');
      await relate(a, ev.apprentice.personId, 'master');
      await relate(b, ev.relative.personId, 'relative');
      await relate(ev.supervisor.personId, b, 'supervisor');
    });

    it('never gives an evaluator their own apprentice, master, relative or subordinate, whatever the seed', async () => {
      const drawnAnywhere = new Set<string>();
      for (let run = 1; run <= 12; run++) {
        const res = await preview({}).expect(200);
        const panels: Panel[] = res.body.panels;
        expect(panels).toHaveLength(2);
        expect(panels.every((p) => p.evaluators.length === 3)).toBe(true);
        expect(ids(panelOf(panels, a))).not.toContain(ev.master.id);
        expect(ids(panelOf(panels, a))).not.toContain(ev.apprentice.id);
        expect(ids(panelOf(panels, b))).not.toContain(ev.relative.id);
        expect(ids(panelOf(panels, b))).not.toContain(ev.supervisor.id);
        expect(panels.flatMap((p) => p.candidates.map((x) => x.personId)).sort()).toEqual([a, b, c, d].sort());
        panels.flatMap(ids).forEach((id) => drawnAnywhere.add(id));
      }
      expect(drawnAnywhere).toEqual(new Set(Object.values(ev).map((e) => e.id)));
    });

    it('the preview picks its own seed and refuses one from the request, so seeds cannot be tried in turn', async () => {
      const chosen = await preview({ seed: 20261020 }).expect(400);
      expect(chosen.body.errors).toEqual([{ field: 'seed', code: 'serverGenerated', message: '随机种子由系统生成，不能指定 / the seed is generated by the server and cannot be chosen' }]);
      const first = await preview({}).expect(200);
      expect(first.body).toMatchObject({
        seed: expect.any(Number),
        algorithm: 'panels-v1',
        assessmentDate: '2026-10-20',
        rule: { minEvaluators: 3, oddCount: true, candidatesPerEvaluator: 5, workloadCap: null },
        evaluatorCount: 6,
        recusalsApplied: 4,
      });
      expect(panelOf(first.body.panels, a).candidates.find((x) => x.personId === a)).toEqual({ personId: a, fullName: '张A' });
      const seeds = new Set([first.body.seed]);
      for (let run = 0; run < 4; run++) seeds.add((await preview({}).expect(200)).body.seed);
      expect(seeds.size).toBe(5);
    });

    it('inside the application the same seed and inputs give the same draw: the seed the preview returned replays it', async () => {
      const draws = t.app.get(EvaluatorDrawService);
      const request = (seed?: number) => ({
        organizationId: steel.org.id,
        occupationCode: WELDER,
        assessmentDate: '2026-10-20',
        candidates: [a, b, c, d].map((personId) => ({ personId, targetRank: 'L3' as const })),
        rule: { minEvaluators: 3, oddCount: true, candidatesPerEvaluator: 5, workloadCap: null },
        seed,
      });
      const first = await draws.draw(t.dataSource.manager, request(20261020));
      const second = await draws.draw(t.dataSource.manager, request(20261020));
      expect(first.outcome).toMatchObject({ ok: true, seed: 20261020, evaluatorCount: 6, recusalsApplied: 4 });
      expect(second.outcome).toEqual(first.outcome);
      const previewed = await preview({}).expect(200);
      const replayed = await draws.draw(t.dataSource.manager, request(previewed.body.seed));
      if (!replayed.outcome.ok) throw new Error('the replay must draw');
      const shape = (panels: { evaluators: string[]; candidates: string[] }[]) => panels.map((p) => ({ evaluators: [...p.evaluators].sort(), candidates: [...p.candidates].sort() }));
      expect(shape(replayed.outcome.panels.map((p) => ({ evaluators: p.evaluatorProfileIds, candidates: p.candidatePersonIds })))).toEqual(
        shape(previewed.body.panels.map((p: Panel) => ({ evaluators: ids(p), candidates: p.candidates.map((x) => x.personId) }))),
      );
    });

    it('honours declared conflicts and leaves inactive evaluators out', async () => {
      const declared = await s.post(steel.hr, `${EVALUATORS}/${ev.x.id}/conflicts`, { personId: c, reason: '同一班组' });
      await t.http().patch(`${EVALUATORS}/${ev.y.id}`).set(steel.hr.auth).send({ status: 'inactive', reason: '外出培训' }).expect(200);
      for (let run = 1; run <= 6; run++) {
        const res = await preview({ candidatePersonIds: [c, d], rule: { minEvaluators: 1 } }).expect(200);
        const panels: Panel[] = res.body.panels;
        expect(ids(panelOf(panels, c))).not.toContain(ev.x.id);
        expect(panels.flatMap(ids)).not.toContain(ev.y.id);
      }
      await t.http().patch(`${EVALUATORS}/${ev.y.id}`).set(steel.hr.auth).send({ status: 'active', reason: '培训结束' }).expect(200);
      await t.http().delete(`${EVALUATORS}/${ev.x.id}/conflicts/${declared.id}`).set(steel.hr.auth).send({ reason: '调岗后无利害关系' }).expect(204);
    });

    it('a pool too small for the rules answers 422 POOL_TOO_SMALL with the numbers', async () => {
      const res = await preview({ rule: { minEvaluators: 7 } }).expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'POOL_TOO_SMALL' });
      expect(res.body.detail).toContain('至少需要 7 名考评员');
      expect(res.body.errors[0]).toMatchObject({ field: 'rule', code: 'POOL_TOO_SMALL', message: expect.stringContaining('考评员库 6 名') });
      const otherOccupation = await preview({ occupationCode: '6-18-01-01' }).expect(422);
      expect(otherOccupation.body.code).toBe('POOL_TOO_SMALL');
      expect(otherOccupation.body.errors[0].message).toContain('本职业 0 名');
    });

    it('other constraints are named too: level, validity and conflicts', async () => {
      const level = await preview({ targetRank: 'special' }).expect(422);
      expect(level.body.code).toBe('LEVEL_TOO_LOW');
      expect(level.body.errors.map((e: { field: string }) => e.field)).toEqual(['rule', 'candidatePersonIds[0]', 'candidatePersonIds[1]', 'candidatePersonIds[2]', 'candidatePersonIds[3]']);
      expect((await preview({ assessmentDate: '2030-01-02' }).expect(422)).body.code).toBe('QUALIFICATION_NOT_VALID');
      const conflicts = await preview({ candidatePersonIds: [c, a, b], rule: { minEvaluators: 5 } }).expect(422);
      expect(conflicts.body.code).toBe('NO_CONFLICT_FREE_PANEL');
      expect(conflicts.body.errors.map((e: { field: string }) => e.field)).toEqual(['rule', 'candidatePersonIds[1]', 'candidatePersonIds[2]']);
    });

    it('candidates must be the enterprise’s own workers (404 otherwise); only enterprise HR may draw', async () => {
      const outsider = await s.worker(coking.hr, { fullName: '焦化职工' });
      await preview({ candidatePersonIds: [a, outsider.id] }).expect(404);
      await preview({}, lvliang.officer).expect(403);
      const invalid = await preview({ candidatePersonIds: [a, a], seed: 2 ** 32 }).expect(400);
      expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['candidatePersonIds', 'seed']);
    });

    it('evaluators shared by the bureau join the pool of other enterprises in its region', async () => {
      const shared = await registerEvaluator(coking.hr, '共享考评员');
      const small = () => preview({ candidatePersonIds: [c, d], rule: { minEvaluators: 7 } });
      expect((await small().expect(422)).body.code).toBe('POOL_TOO_SMALL');
      await t.http().patch(`${EVALUATORS}/${shared.id}/sharing`).set(lvliang.officer.auth).send({ sharedWithRegion: true, reason: '支援吕梁钢铁' }).expect(200);
      const res = await small().expect(200);
      expect(res.body.panels[0].evaluators).toHaveLength(7);
      expect(res.body.panels[0].evaluators).toContainEqual(expect.objectContaining({ profileId: shared.id, organizationName: '山西吕梁焦化集团' }));
    });
  });
});
