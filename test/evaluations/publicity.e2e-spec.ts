import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ObjectionResolvedEvent, OpenPublicityInput, PublicityService } from '@skill-ladder/publicity';
import { AuditActor } from '@skill-ladder/platform';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const PUBLICITY = '/api/v1/publicity';
const at = (instant: string) => new Date(instant);

interface Worker {
  id: string;
  idNumber: string;
  name: string;
  maskedId: string;
  login?: Session;
}

/**
 * 公示与异议 end to end. The owning modules (campaign results, appointments) are played by the
 * test: it opens, corrects and finalizes notices through PublicityService in its own
 * transactions, as those modules do, and registers a handler as an owner would.
 */
describe('publicity and objections (公示与异议) with the working-day calendar', () => {
  let t: TestApp;
  let s: Scenario;
  let publicity: PublicityService;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let hrActor: AuditActor;
  let w1: Worker;
  let w2: Worker;
  let w3: Worker;
  let dispatched: Worker;
  let outsider: Worker;
  const resolved: ObjectionResolvedEvent[] = [];

  const tx = <T>(work: (em: EntityManager) => Promise<T>) => t.dataSource.transaction(work);
  const payload = (w: Worker, result = '合格') => ({ name: w.name, maskedId: w.maskedId, occupation: '焊工 6-18-02-04', level: '三级/高级工', result });
  const notice = (subjectType: string, entries: Worker[], extra: Partial<OpenPublicityInput> = {}): OpenPublicityInput => ({
    organizationId: coking.org.id,
    subjectType,
    subjectId: randomUUID(),
    title: '2026年焊工职业技能等级认定结果公示',
    entries: entries.map((w) => ({ personId: w.id, payload: payload(w) })),
    ...extra,
  });

  async function worker(hr: Session, name: string, employment: Record<string, unknown> = {}, login = true): Promise<Worker> {
    const created = await s.worker(hr, { fullName: name }, employment);
    return { id: created.id, idNumber: created.idNumber, name, maskedId: created.body.idNumberMasked, login: login ? await s.workerLogin(hr, created.id) : undefined };
  }

  async function auditActions(session: Session, query: string): Promise<{ action: string; reason: string | null; before: any; after: any }[]> {
    const res = await t.http().get(`/api/v1/audit-events?${query}&pageSize=200`).set(session.auth).expect(200);
    return res.body.items;
  }

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-09-29T09:00:00+08:00' });
    s = new Scenario(t);
    publicity = t.app.get(PublicityService);
    // The owner of these results voids an entry as soon as an objection to it is upheld.
    publicity.registerSubjectHandler('e2e_results', {
      async onObjectionResolved(em, actor, event) {
        resolved.push(event);
        if (event.outcome === 'upheld' && event.personId) {
          await publicity.withdrawEntry(em, actor, event.noticeId, event.personId, '异议成立，成绩作废 / result voided after an upheld objection');
        }
      },
    });
    lvliang = await s.bureau('141100');
    taiyuan = await s.bureau('140100');
    coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    const agency = await s.organization(lvliang.officer, 'dispatch_agency', '141102', '吕梁人力资源派遣有限公司');
    w1 = await worker(coking.hr, '王建国', {}, false);
    w2 = await worker(coking.hr, '李秀英');
    w3 = await worker(coking.hr, '张伟');
    dispatched = await worker(coking.hr, '赵派遣', { employmentType: 'dispatched', employerOrganizationId: agency.org.id });
    outsider = await worker(machinery.hr, '孙机械');
    const me = await t.http().get('/api/v1/me').set(coking.hr.auth).expect(200);
    hrActor = { userId: me.body.id, username: me.body.username, requestId: null };
  });
  afterAll(() => t.close());

  describe('results publicized over National Day 2026', () => {
    const campaignId = randomUUID();
    let noticeId: string;
    let aboutW1: string;
    let general: string;

    it('opens a notice whose 5 working days from Tue 29 Sep end on the make-up Saturday 10 Oct', async () => {
      const opened = await tx((em) => publicity.open(em, hrActor, notice('e2e_results', [w1, w2, w3, dispatched], { subjectId: campaignId })));
      expect(opened).toEqual({ noticeId: expect.any(String), startsOn: '2026-09-29', endsOn: '2026-10-10', provisional: false });
      noticeId = opened.noticeId;

      await expect(tx((em) => publicity.open(em, hrActor, notice('e2e_results', [w1], { subjectId: campaignId })))).rejects.toMatchObject({
        status: 409,
        code: 'PUBLICITY_ALREADY_OPEN',
      });
      const leaking = notice('e2e_results', [w1]);
      leaking.entries[0].payload.idNumber = w1.idNumber;
      await expect(tx((em) => publicity.open(em, hrActor, leaking))).rejects.toMatchObject({
        code: 'PUBLICITY_INPUT_INVALID',
        errors: [expect.objectContaining({ field: 'entries[0].payload.idNumber', code: 'fullIdNumber' })],
      });
    });

    it('is read by the enterprise’s workers (dispatched included), its HR and its bureau; anyone else gets 404', async () => {
      const asWorker = await t.http().get(`${PUBLICITY}/${noticeId}`).set(w2.login!.auth).expect(200);
      expect(asWorker.body).toMatchObject({
        organizationName: '山西吕梁焦化集团',
        phase: 'open',
        phaseLabel: '公示中 / Open for objections',
        publishedOn: '2026-09-29',
        startsOn: '2026-09-29',
        endsOn: '2026-10-10',
        workingDays: 5,
        round: 1,
        provisional: false,
        entryCount: 4,
      });
      expect(asWorker.body.entries.map((e: { payload: unknown }) => e.payload)).toEqual([payload(w1), payload(w2), payload(w3), payload(dispatched)]);
      expect(JSON.stringify(asWorker.body)).not.toContain(w1.idNumber);

      await t.http().get(`${PUBLICITY}/${noticeId}`).set(dispatched.login!.auth).expect(200);
      await t.http().get(`${PUBLICITY}/${noticeId}`).set(coking.hr.auth).expect(200);
      await t.http().get(`${PUBLICITY}/${noticeId}`).set(lvliang.officer.auth).expect(200);
      for (const stranger of [outsider.login!, machinery.hr, taiyuan.officer]) {
        const res = await t.http().get(`${PUBLICITY}/${noticeId}`).set(stranger.auth).expect(404);
        expect(res.body.code).toBe('NOT_FOUND');
        await t.http().get(`${PUBLICITY}/${noticeId}/objections`).set(stranger.auth).expect(404);
      }

      const mine = await t.http().get(`${PUBLICITY}?phase=open`).set(w3.login!.auth).expect(200);
      expect(mine.body.items.map((n: { id: string }) => n.id)).toEqual([noticeId]);
      expect((await t.http().get(PUBLICITY).set(outsider.login!.auth).expect(200)).body.total).toBe(0);
      expect((await t.http().get(PUBLICITY).set(taiyuan.officer.auth).expect(200)).body.total).toBe(0);
      expect((await t.http().get(`${PUBLICITY}?subjectType=e2e_results`).set(lvliang.officer.auth).expect(200)).body.total).toBe(1);
      expect((await t.http().get(`${PUBLICITY}?phase=closed`).set(coking.hr.auth).expect(200)).body.total).toBe(0);
    });

    it('the platform administrator reads every notice, as other lists, and does nothing else with them', async () => {
      const admin = await s.admin();
      const list = await t.http().get(`${PUBLICITY}?subjectType=e2e_results`).set(admin.auth).expect(200);
      expect(list.body.items.map((n: { id: string }) => n.id)).toEqual([noticeId]);
      const read = await t.http().get(`${PUBLICITY}/${noticeId}`).set(admin.auth).expect(200);
      expect(read.body).toMatchObject({ organizationName: '山西吕梁焦化集团', entryCount: 4 });
      expect(JSON.stringify(read.body)).not.toContain(w1.idNumber);
      expect((await t.http().get(`${PUBLICITY}/${noticeId}/objections`).set(admin.auth).expect(200)).body).toEqual([]);
      await t.http().post(`${PUBLICITY}/${noticeId}/objections`).set(admin.auth).send({ reason: '平台' }).expect(403);
    });

    it('takes objections from the enterprise’s workers only, with a reason, about an entry on the notice', async () => {
      const filed = await t.http().post(`${PUBLICITY}/${noticeId}/objections`).set(w2.login!.auth)
        .send({ personId: w1.id, reason: '王建国实操考核当日未到场' }).expect(201);
      expect(filed.body).toMatchObject({ noticeId, personId: w1.id, status: 'pending', statusLabel: '待处理 / Pending', round: 1, filedByName: expect.any(String) });
      aboutW1 = filed.body.id;

      const noReason = await t.http().post(`${PUBLICITY}/${noticeId}/objections`).set(w3.login!.auth).send({ reason: '  ' }).expect(400);
      expect(noReason.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
      const notListed = await t.http().post(`${PUBLICITY}/${noticeId}/objections`).set(w3.login!.auth).send({ personId: outsider.id, reason: '不在名单' }).expect(422);
      expect(notListed.body).toMatchObject({ code: 'ENTRY_NOT_ON_NOTICE', errors: [expect.objectContaining({ field: 'personId' })] });
      await t.http().post(`${PUBLICITY}/${noticeId}/objections`).set(outsider.login!.auth).send({ reason: '外单位' }).expect(404);
      await t.http().post(`${PUBLICITY}/${noticeId}/objections`).set(coking.hr.auth).send({ reason: 'HR' }).expect(403);
    });

    it('refuses finalization while the window is open; the make-up Saturday 10 Oct still takes objections', async () => {
      await expect(tx((em) => publicity.assertFinalizable(em, noticeId))).rejects.toMatchObject({ status: 409, code: 'PUBLICITY_WINDOW_OPEN' });
      t.clock.travelTo(at('2026-10-10T10:00:00+08:00'));
      const filed = await t.http().post(`${PUBLICITY}/${noticeId}/objections`).set(w3.login!.auth).send({ reason: '名单中有人工龄不足' }).expect(201);
      general = filed.body.id;
      await expect(tx((em) => publicity.assertFinalizable(em, noticeId))).rejects.toMatchObject({ code: 'PUBLICITY_WINDOW_OPEN' });

      const all = await t.http().get(`${PUBLICITY}/${noticeId}/objections`).set(coking.hr.auth).expect(200);
      expect(all.body.map((o: { id: string }) => o.id)).toEqual([aboutW1, general]);
      expect((await t.http().get(`${PUBLICITY}/${noticeId}/objections`).set(lvliang.officer.auth).expect(200)).body).toHaveLength(2);
      const own = await t.http().get(`${PUBLICITY}/${noticeId}/objections`).set(w3.login!.auth).expect(200);
      expect(own.body.map((o: { id: string }) => o.id)).toEqual([general]);
      expect((await t.http().get(`${PUBLICITY}/${noticeId}/objections`).set(dispatched.login!.auth).expect(200)).body).toEqual([]);
    });

    it('after the window: objections are refused and finalization waits for pending objections', async () => {
      t.clock.travelTo(at('2026-10-12T10:00:00+08:00'));
      const late = await t.http().post(`${PUBLICITY}/${noticeId}/objections`).set(dispatched.login!.auth).send({ reason: '迟到的异议' }).expect(409);
      expect(late.body.code).toBe('PUBLICITY_WINDOW_CLOSED');
      expect((await t.http().get(`${PUBLICITY}/${noticeId}`).set(w2.login!.auth).expect(200)).body.phase).toBe('closed');
      await expect(tx((em) => publicity.assertFinalizable(em, noticeId))).rejects.toMatchObject({ status: 409, code: 'OBJECTIONS_PENDING' });
    });

    it('HR upholds one objection (the owner voids the entry), the bureau dismisses the other; then it may be finalized', async () => {
      const resolve = (session: Session, id: string, body: object) => t.http().post(`/api/v1/objections/${id}/resolve`).set(session.auth).send(body);
      await resolve(w2.login!, aboutW1, { outcome: 'upheld', resolution: '自行处理' }).expect(403);
      await resolve(machinery.hr, aboutW1, { outcome: 'upheld', resolution: '越权' }).expect(404);
      await resolve(taiyuan.officer, aboutW1, { outcome: 'upheld', resolution: '越权' }).expect(404);
      expect((await resolve(coking.hr, aboutW1, { outcome: 'maybe', resolution: 'x' }).expect(400)).body.errors[0].field).toBe('outcome');

      const upheld = await resolve(coking.hr, aboutW1, { outcome: 'upheld', resolution: '经核查签到记录，异议成立' }).expect(200);
      expect(upheld.body).toMatchObject({ status: 'upheld', statusLabel: '异议成立 / Upheld', upheldPersonId: w1.id, resolution: '经核查签到记录，异议成立' });
      expect(resolved).toEqual([expect.objectContaining({ noticeId, objectionId: aboutW1, outcome: 'upheld', personId: w1.id, subjectType: 'e2e_results' })]);
      const again = await resolve(lvliang.officer, aboutW1, { outcome: 'dismissed', resolution: '再次处理' }).expect(409);
      expect(again.body.code).toBe('OBJECTION_ALREADY_RESOLVED');

      const unnamed = await resolve(lvliang.officer, general, { outcome: 'upheld', resolution: '未指明人员' }).expect(422);
      expect(unnamed.body.code).toBe('UPHELD_ENTRY_REQUIRED');
      const dismissed = await resolve(lvliang.officer, general, { outcome: 'dismissed', resolution: '经核查工龄符合申报条件，异议不成立' }).expect(200);
      expect(dismissed.body).toMatchObject({ status: 'dismissed', upheldPersonId: null });
      expect(resolved).toHaveLength(2);

      // The voided result leaves the public list; HR still sees it, with the reason.
      const asWorker = await t.http().get(`${PUBLICITY}/${noticeId}`).set(w2.login!.auth).expect(200);
      expect(asWorker.body.entries.map((e: { personId: string }) => e.personId)).toEqual([w2.id, w3.id, dispatched.id]);
      const asHr = await t.http().get(`${PUBLICITY}/${noticeId}`).set(coking.hr.auth).expect(200);
      expect(asHr.body.entries[0]).toMatchObject({ personId: w1.id, status: 'withdrawn', withdrawnReason: expect.stringContaining('异议成立') });

      await tx((em) => publicity.finalize(em, hrActor, noticeId));
      expect((await t.http().get(`${PUBLICITY}/${noticeId}`).set(w3.login!.auth).expect(200)).body).toMatchObject({ phase: 'finalized', finalizedAt: expect.any(String) });
      await expect(tx((em) => publicity.assertFinalizable(em, noticeId))).rejects.toMatchObject({ code: 'PUBLICITY_FINALIZED' });
      await expect(tx((em) => publicity.replaceEntry(em, hrActor, noticeId, w2.id, payload(w2, '不合格')))).rejects.toMatchObject({ code: 'PUBLICITY_FINALIZED' });
    });

    it('leaves an audit trail of every step, in the enterprise’s chain', async () => {
      const onNotice = await auditActions(coking.hr, `entityId=${noticeId}`);
      expect(onNotice.map((e) => e.action).sort()).toEqual(['publicity.entry_withdraw', 'publicity.finalize', 'publicity.open']);
      expect(onNotice.find((e) => e.action === 'publicity.finalize')).toMatchObject({ before: { status: 'open' }, after: { status: 'finalized' } });
      const filed = await auditActions(lvliang.officer, `action=publicity.objection_file&organizationId=${coking.org.id}`);
      expect(filed).toHaveLength(2);
      const [uphold] = await auditActions(coking.hr, `entityId=${aboutW1}&action=publicity.objection_uphold`);
      expect(uphold).toMatchObject({ reason: '经核查签到记录，异议成立', before: { status: 'pending' }, after: { status: 'upheld' } });
      expect(await auditActions(coking.hr, `entityId=${general}&action=publicity.objection_dismiss`)).toHaveLength(1);
    });
  });

  describe('a correction without an owner handler', () => {
    let noticeId: string;

    it('an upheld objection blocks finalization until the owner corrects the entry, which restarts the window', async () => {
      // Mon 12 Oct: 5 working days end Fri 16 Oct.
      const opened = await tx((em) => publicity.open(em, hrActor, notice('e2e_appointment', [w2], { title: '特级技师聘任公示' })));
      expect(opened).toMatchObject({ startsOn: '2026-10-12', endsOn: '2026-10-16' });
      noticeId = opened.noticeId;
      const objection = await t.http().post(`${PUBLICITY}/${noticeId}/objections`).set(w3.login!.auth).send({ personId: w2.id, reason: '业绩材料有误' }).expect(201);
      await t.http().post(`/api/v1/objections/${objection.body.id}/resolve`).set(lvliang.officer.auth)
        .send({ outcome: 'upheld', resolution: '业绩材料计分有误，应更正' }).expect(200);
      const entry = (await t.http().get(`${PUBLICITY}/${noticeId}`).set(coking.hr.auth).expect(200)).body.entries[0];
      expect(entry).toMatchObject({ status: 'correction_required', statusLabel: expect.stringContaining('待更正') });

      t.clock.travelTo(at('2026-10-19T10:00:00+08:00'));
      await expect(tx((em) => publicity.assertFinalizable(em, noticeId))).rejects.toMatchObject({ code: 'CORRECTIONS_PENDING' });

      const corrected = payload(w2, '综合评审 78.5 分，拟聘');
      await tx((em) => publicity.replaceEntry(em, hrActor, noticeId, w2.id, corrected, '按异议处理意见更正评审得分'));
      // A retried correction changes nothing.
      await tx((em) => publicity.replaceEntry(em, hrActor, noticeId, w2.id, corrected, '重复提交'));
      const republished = (await t.http().get(`${PUBLICITY}/${noticeId}`).set(w3.login!.auth).expect(200)).body;
      expect(republished).toMatchObject({ round: 2, publishedOn: '2026-10-12', startsOn: '2026-10-19', endsOn: '2026-10-23', phase: 'open' });
      expect(republished.entries).toEqual([expect.objectContaining({ personId: w2.id, status: 'published', revision: 2, payload: corrected })]);
      await expect(tx((em) => publicity.assertFinalizable(em, noticeId))).rejects.toMatchObject({ code: 'PUBLICITY_WINDOW_OPEN' });
      const replaced = await auditActions(coking.hr, `entityId=${noticeId}&action=publicity.entry_replace`);
      expect(replaced).toHaveLength(1);
      expect(replaced[0]).toMatchObject({ reason: '按异议处理意见更正评审得分', before: { round: 1, endsOn: '2026-10-16' }, after: { round: 2, endsOn: '2026-10-23' } });

      t.clock.travelTo(at('2026-10-26T10:00:00+08:00'));
      await tx((em) => publicity.assertFinalizable(em, noticeId));
    });
  });

  describe('the bureau-maintained working-day calendar', () => {
    const Y2027 = {
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13', '2027-02-14'],
      workdays: ['2027-02-20'],
      sourceNote: '2027年部分节假日安排（e2e 示例数据）',
    };
    let yearEnd: string;

    it('counts a window into 2027 as provisional while 2027 has no official schedule', async () => {
      t.clock.travelTo(at('2026-12-28T10:00:00+08:00'));
      const y2026 = await t.http().get('/api/v1/calendar/years/2026').set(w2.login!.auth).expect(200);
      expect(y2026.body).toMatchObject({ year: 2026, origin: 'built_in', official: true, loadedBy: null });
      expect(y2026.body.workdays).toContain('2026-10-10');
      expect((await t.http().get('/api/v1/calendar/years/2027').set(w2.login!.auth).expect(200)).body).toMatchObject({ origin: 'none', official: false, holidays: [] });

      const window = await t.http().get('/api/v1/calendar/working-days?from=2026-12-28&n=5').set(w2.login!.auth).expect(200);
      expect(window.body).toMatchObject({ start: '2026-12-28', end: '2027-01-01', provisional: true });
      const opened = await tx((em) => publicity.open(em, hrActor, notice('e2e_results', [w3], { title: '2026年第四季度认定结果公示' })));
      expect(opened).toMatchObject({ endsOn: '2027-01-01', provisional: true });
      yearEnd = opened.noticeId;

      t.clock.travelTo(at('2027-01-05T10:00:00+08:00'));
      await expect(tx((em) => publicity.assertFinalizable(em, yearEnd))).rejects.toMatchObject({ code: 'PUBLICITY_WINDOW_PROVISIONAL' });
    });

    it('only the platform and bureaus load a year, and only a valid schedule', async () => {
      await t.http().put('/api/v1/calendar/years/2027').set(w2.login!.auth).send(Y2027).expect(403);
      await t.http().put('/api/v1/calendar/years/2027').set(coking.hr.auth).send(Y2027).expect(403);
      const invalid = await t.http().put('/api/v1/calendar/years/2027').set(lvliang.officer.auth)
        .send({ ...Y2027, holidays: [...Y2027.holidays, '2026-12-31'], workdays: ['2027-02-19'] }).expect(422);
      expect(invalid.body).toMatchObject({ code: 'CALENDAR_SCHEDULE_INVALID' });
      expect(invalid.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['holidays[12]:outsideYear', 'workdays[0]:notWeekend']);
      const malformed = await t.http().put('/api/v1/calendar/years/2027').set(lvliang.officer.auth).send({ holidays: ['2027-13-01'], workdays: [] }).expect(400);
      expect([...new Set(malformed.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['holidays', 'sourceNote']);
      expect((await t.http().get('/api/v1/calendar/years/2027').set(w2.login!.auth).expect(200)).body.origin).toBe('none');
    });

    it('a bureau loads 2027: windows in 2027 are no longer provisional and the open notice is recounted', async () => {
      const loaded = await t.http().put('/api/v1/calendar/years/2027').set(lvliang.officer.auth).send(Y2027).expect(200);
      expect(loaded.body).toMatchObject({ year: 2027, origin: 'loaded', official: true, sourceNote: Y2027.sourceNote, loadedByOrganizationId: lvliang.org.id });

      const window = await t.http().get('/api/v1/calendar/working-days?from=2026-12-28&n=5').set(coking.hr.auth).expect(200);
      expect(window.body).toMatchObject({ end: '2027-01-04', provisional: false });
      const spring = await t.http().get('/api/v1/calendar/working-days?from=2027-02-05&n=3').set(coking.hr.auth).expect(200);
      expect(spring.body).toMatchObject({ days: ['2027-02-05', '2027-02-15', '2027-02-16'], provisional: false });

      const recounted = (await t.http().get(`${PUBLICITY}/${yearEnd}`).set(coking.hr.auth).expect(200)).body;
      expect(recounted).toMatchObject({ startsOn: '2026-12-28', endsOn: '2027-01-04', provisional: false, round: 1 });
      const [recount] = await auditActions(coking.hr, `entityId=${yearEnd}&action=publicity.window_recount`);
      expect(recount).toMatchObject({ before: { endsOn: '2027-01-01', provisional: true }, after: { endsOn: '2027-01-04', provisional: false } });
      const [load] = await auditActions(lvliang.officer, 'entityId=2027&action=calendar_year.load');
      expect(load).toMatchObject({ reason: Y2027.sourceNote, before: { origin: 'none' }, after: { origin: 'loaded', workdays: ['2027-02-20'] } });
      await tx((em) => publicity.assertFinalizable(em, yearEnd));
    });

    it('a later load replaces the whole year', async () => {
      const admin = await s.admin();
      await t.http().put('/api/v1/calendar/years/2027').set(admin.auth).send({ ...Y2027, workdays: [], sourceNote: '更正' }).expect(200);
      const y2027 = await t.http().get('/api/v1/calendar/years/2027').set(outsider.login!.auth).expect(200);
      expect(y2027.body).toMatchObject({ origin: 'loaded', workdays: [], sourceNote: '更正', loadedByOrganizationId: null });
      await t.http().get('/api/v1/calendar/years/1999').set(outsider.login!.auth).expect(400);
    });
  });
});
