import { SchedulerRegistry } from '@nestjs/schedule';
import { Client } from 'pg';
import { AppointmentsService } from '@skill-ladder/promotions';
import { login, Session } from '../harness/auth';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const APPOINTMENTS = '/api/v1/appointments';

interface Case {
  personId: string;
  id: string;
}

const passing = [
  { reviewer: '评委1', scores: { innovation: 92, problem_solving: 88, contribution: 90, education: 40 } },
  { reviewer: '评委2', scores: { innovation: 85, problem_solving: 90, contribution: 86, education: 60 } },
  { reviewer: '评委3', scores: { innovation: 88, problem_solving: 86, contribution: 91, education: 50 } },
];

/** 特级技师评聘: nomination → review → publicity → bureau confirmation → appointment, under a quota; renewal, expiry, revocation. */
describe('promotions: appointments (评聘)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let steel: { org: OrgRef; hr: Session };
  let other: { org: OrgRef; hr: Session };
  let secondHr: Session;
  let policyId: string;
  const cases: Record<'senior' | 'second' | 'third' | 'contested', Case> = {} as never;
  let seniorSession: Session;
  let objector: Session;
  let contestedSession: Session;
  let raceWinner: string;
  let raceLoser: string;

  const at = (date: string) => t.clock.travelTo(new Date(`${date}T09:00:00+08:00`));
  const act = (session: Session, id: string, action: string, body: object = {}) => t.http().post(`${APPOINTMENTS}/${id}/${action}`).set(session.auth).send(body);
  const policy = () => t.http().get(`/api/v1/organizations/${steel.org.id}/tier-policies`).set(steel.hr.auth).expect(200).then((r) => r.body.find((p: { id: string }) => p.id === policyId));

  const idNumbers = new Map<string, { fullName: string; idNumber: string }>();

  async function seniorTechnician(name: string, l1On: string, withContribution = true): Promise<string> {
    const { id, idNumber } = await s.worker(steel.hr, { fullName: name });
    idNumbers.set(id, { fullName: name, idNumber });
    await s.post(steel.hr, `/api/v1/workers/${id}/credentials`, { occupationCode: WELDER, rank: 'L1', issuedOn: l1On, issuerName: '山西省职业技能鉴定指导中心' });
    if (withContribution) {
      await s.post(steel.hr, `/api/v1/workers/${id}/innovations`, { kind: 'technical_contribution', title: '高炉炉壳焊接工艺攻关', level: 'provincial', achievedOn: '2024-05-01' });
    }
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    // The daily job would run on the real clock; the test calls the same method after moving the clock.
    t.app.get(SchedulerRegistry).getCronJob('appointment-term-expiry').stop();
    at('2026-09-30');
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    steel = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁钢铁集团');
    other = await s.organization(lvliang.officer, 'enterprise', '141182', '汾阳机械厂');
    await s.post(lvliang.officer, '/api/v1/users', { username: 'steel-hr-2', password: PASSWORD, displayName: '人力资源部副部长', organizationId: steel.org.id, roles: ['hr_admin'] });
    secondHr = await login(t, 'steel-hr-2', PASSWORD);
    // Four 高级技师: three of four years or more with a contribution; one of two years.
    cases.senior = { personId: await seniorTechnician('刘高级技师', '2022-09-01'), id: '' };
    cases.second = { personId: await seniorTechnician('陈高级技师', '2021-06-01'), id: '' };
    cases.third = { personId: await seniorTechnician('杨高级技师', '2020-03-01'), id: '' };
    cases.contested = { personId: await seniorTechnician('周高级技师', '2019-03-01'), id: '' };
    await seniorTechnician('吴高级技师', '2024-07-01');
    seniorSession = await s.workerLogin(steel.hr, cases.senior.personId);
    contestedSession = await s.workerLogin(steel.hr, cases.contested.personId);
    objector = await s.workerLogin(steel.hr, (await s.worker(steel.hr, { fullName: '赵焊工' })).id);
    // 特级技师 ≤ 20% of the enterprise's 高级技师: five of them give one place.
    const created = await s.post(steel.hr, `/api/v1/organizations/${steel.org.id}/tier-policies`, {
      nationalRank: 'special',
      postGrade: 'deputy_general_manager',
      titleGrade: 'senior',
      monthlyAllowance: 3000,
      termMonths: 36,
      quota: { kind: 'percent', percent: 20, baseRank: 'L1' },
    });
    policyId = created.id;
  });
  afterAll(() => t.close());

  describe('nomination', () => {
    it('HR nominates a 高级技师 of 4 years; the eligibility report is kept', async () => {
      const res = await t.http().post(APPOINTMENTS).set(steel.hr.auth).send({ personId: cases.senior.personId, policyId, note: '焊接工艺带头人' }).expect(201);
      cases.senior.id = res.body.id;
      expect(res.body).toMatchObject({
        personName: '刘高级技师',
        tierName: '特级技师',
        nationalRank: 'special',
        occupationCode: WELDER,
        status: 'nominated',
        nominatedVia: 'hr',
        allowedActions: ['review', 'decline', 'withdraw'],
        eligibility: { rank: 'special', eligible: true, succeededRoute: 'special-after-L1' },
        quota: { limit: 1, held: 0, remaining: 1, baseHolders: 5 },
      });
      const twice = await t.http().post(APPOINTMENTS).set(steel.hr.auth).send({ personId: cases.senior.personId, policyId }).expect(409);
      expect(twice.body.code).toBe('APPOINTMENT_OPEN');
    });

    it('a worker applies for themself; others are nominated by HR', async () => {
      const own = await t.http().post(APPOINTMENTS).set(contestedSession.auth).send({ policyId }).expect(201);
      cases.contested.id = own.body.id;
      expect(own.body).toMatchObject({ nominatedVia: 'self', personId: cases.contested.personId, quota: null });
      cases.second.id = (await t.http().post(APPOINTMENTS).set(steel.hr.auth).send({ personId: cases.second.personId, policyId }).expect(201)).body.id;
      cases.third.id = (await t.http().post(APPOINTMENTS).set(secondHr.auth).send({ personId: cases.third.personId, policyId }).expect(201)).body.id;
    });

    it('refuses a worker who does not meet the conditions, saying what is missing and when', async () => {
      const list = await t.http().get(`/api/v1/workers?name=${encodeURIComponent('吴高级技师')}`).set(steel.hr.auth).expect(200);
      const res = await t.http().post(APPOINTMENTS).set(steel.hr.auth).send({ personId: list.body.items[0].id, policyId }).expect(422);
      expect(res.body).toMatchObject({ code: 'NOT_ELIGIBLE', errors: [{ code: 'level_held', message: expect.stringContaining('2028-07-01') }] });
      await t.http().post(APPOINTMENTS).set(other.hr.auth).send({ personId: cases.senior.personId, policyId }).expect(404);
      await t.http().post(APPOINTMENTS).set(seniorSession.auth).send({ personId: cases.second.personId, policyId }).expect(403);
    });
  });

  describe('review and publicity', () => {
    it('the committee scores weighted criteria; education counts for nothing', async () => {
      const even = await act(steel.hr, cases.senior.id, 'review', { sheets: passing.slice(0, 2) }).expect(422);
      expect(even.body).toMatchObject({ code: 'REVIEW_INVALID', errors: [{ field: 'sheets', code: 'committeeSize' }] });
      const reviewed = await act(steel.hr, cases.senior.id, 'review', { sheets: passing, comment: '业绩突出' }).expect(200);
      expect(reviewed.body).toMatchObject({ status: 'reviewed', reviewScore: 88.42 });
      expect(reviewed.body.reviews[0]).toMatchObject({ kind: 'appointment', committeeSize: 3, total: 88.42, passMark: 60, passed: true });
      expect(reviewed.body.reviews[0].results.find((r: { code: string }) => r.code === 'education')).toEqual({ code: 'education', label: '学历', weight: 0, mean: 50 });
      for (const c of [cases.second, cases.third, cases.contested]) await act(steel.hr, c.id, 'review', { sheets: passing }).expect(200);
    });

    it('publicity runs in working days; it cannot close early, nor before objections are resolved', async () => {
      const opened = await act(steel.hr, cases.senior.id, 'publicity').expect(200);
      expect(opened.body).toMatchObject({ status: 'in_publicity', publicity: { noticeId: expect.any(String), endsOn: expect.any(String) } });
      for (const c of [cases.second, cases.third, cases.contested]) await act(steel.hr, c.id, 'publicity').expect(200);
      const notice = await t.http().get(`/api/v1/publicity/${opened.body.publicity.noticeId}`).set(objector.auth).expect(200);
      expect(JSON.stringify(notice.body)).toContain('刘高级技师');
      const early = await act(steel.hr, cases.senior.id, 'publicity/close').expect(409);
      expect(early.body.code).toBe('PUBLICITY_WINDOW_OPEN');

      const objection = await t.http().post(`/api/v1/publicity/${opened.body.publicity.noticeId}/objections`).set(objector.auth).send({ personId: cases.senior.personId, reason: '攻关成果为集体完成' }).expect(201);
      const contestedNotice = (await t.http().get(`${APPOINTMENTS}/${cases.contested.id}`).set(steel.hr.auth)).body.publicity.noticeId;
      const upheld = await t.http().post(`/api/v1/publicity/${contestedNotice}/objections`).set(objector.auth).send({ personId: cases.contested.personId, reason: '近三年有安全生产事故责任' }).expect(201);

      at(opened.body.publicity.endsOn);
      await t.http().post(`/api/v1/objections/${upheld.body.id}/resolve`).set(steel.hr.auth).send({ outcome: 'upheld', resolution: '经核实，异议属实' }).expect(200);
      const withdrawn = await t.http().get(`${APPOINTMENTS}/${cases.contested.id}`).set(contestedSession.auth).expect(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', endReason: '公示异议成立：经核实，异议属实', allowedActions: [] });

      const day = new Date(`${opened.body.publicity.endsOn}T12:00:00Z`);
      day.setUTCDate(day.getUTCDate() + 1);
      at(day.toISOString().slice(0, 10));
      const pending = await act(steel.hr, cases.senior.id, 'publicity/close').expect(409);
      expect(pending.body.code).toBe('OBJECTIONS_PENDING');
      await t.http().post(`/api/v1/objections/${objection.body.id}/resolve`).set(steel.hr.auth).send({ outcome: 'dismissed', resolution: '本人为项目负责人，成果署名第一' }).expect(200);
      const closed = await act(steel.hr, cases.senior.id, 'publicity/close').expect(200);
      expect(closed.body).toMatchObject({ status: 'awaiting_confirmation', bureau: { id: lvliang.org.id, decidedAt: null } });
      for (const c of [cases.second, cases.third]) await act(steel.hr, c.id, 'publicity/close').expect(200);
    });
  });

  describe('bureau confirmation, appointment and the quota', () => {
    it('nothing is appointed before the bureau confirms; only the competent bureau confirms', async () => {
      const early = await act(steel.hr, cases.senior.id, 'appoint').expect(409);
      expect(early.body.code).toBe('INVALID_TRANSITION');
      await act(taiyuan.officer, cases.senior.id, 'confirm').expect(404);
      await act(steel.hr, cases.senior.id, 'confirm').expect(403);
      const confirmed = await act(lvliang.officer, cases.senior.id, 'confirm', { note: '同意聘任' }).expect(200);
      expect(confirmed.body).toMatchObject({ status: 'confirmed', bureau: { id: lvliang.org.id, note: '同意聘任', decidedAt: expect.any(String) } });
      for (const c of [cases.second, cases.third]) await act(lvliang.officer, c.id, 'confirm').expect(200);
    });

    it('appoints 特级技师 for the term with the treatment recorded, and the credential joins the record', async () => {
      const today = t.clock.today();
      const appointed = await act(steel.hr, cases.senior.id, 'appoint').expect(200);
      expect(appointed.body).toMatchObject({
        status: 'appointed',
        appointedOn: today,
        termStartsOn: today,
        renewals: 0,
        treatment: {
          tierName: '特级技师',
          postGradeLabel: '公司副总 / Deputy general manager',
          titleGradeLabel: '正高级',
          monthlyAllowance: 3000,
          termMonths: 36,
          summary: '享受公司副总待遇；比照正高级职称待遇；津贴每月3000元；聘期36个月',
        },
        quota: { limit: 1, held: 1, remaining: 0 },
        allowedActions: ['renew', 'revoke'],
      });
      const [y, m, d] = today.split('-').map(Number);
      const end = new Date(Date.UTC(y + 3, m - 1, d - 1)).toISOString().slice(0, 10);
      expect(appointed.body.termEndsOn).toBe(end);
      const record = await t.http().get(`/api/v1/workers/${cases.senior.personId}`).set(seniorSession.auth).expect(200);
      expect(record.body.credentials).toContainEqual(expect.objectContaining({ id: appointed.body.credentialId, rank: 'special', source: 'appointed', issuedOn: today, issuerName: '吕梁钢铁集团', status: 'valid' }));
      const path = await t.http().get(`/api/v1/workers/${cases.senior.personId}/career-path`).set(seniorSession.auth).expect(200);
      expect(path.body.paths[0]).toMatchObject({ currentRank: 'special', obtained: { sourceLabel: '企业评聘' }, currentTreatment: [{ tierName: '特级技师', monthlyAllowance: 3000 }] });
      expect(path.body.paths[0].nextRungs.map((r: { rank: string }) => r.rank)).toEqual(['chief']);
      expect(path.body.timeline.at(-1)).toMatchObject({ date: today, kind: 'appointment', title: '聘任为特级技师', detail: appointed.body.treatment.summary });
      const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'appointment' AND entity_id = $1 ORDER BY id`, [cases.senior.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'appointment.nominate', 'appointment.review', 'appointment.open_publicity', 'appointment.close_publicity', 'appointment.confirm', 'appointment.appoint',
      ]);
    });

    it('the quota refuses an appointment past the limit', async () => {
      const refused = await act(steel.hr, cases.second.id, 'appoint').expect(409);
      expect(refused.body).toMatchObject({ code: 'QUOTA_EXHAUSTED', detail: expect.stringContaining('即1人；已聘1人，剩余0人') });
      expect((await t.http().get(`${APPOINTMENTS}/${cases.second.id}`).set(steel.hr.auth)).body.status).toBe('confirmed');
    });

    it('two HR admins appointing the last place at once: exactly one wins', async () => {
      await t.http().patch(`/api/v1/organizations/${steel.org.id}/tier-policies/${policyId}`).set(steel.hr.auth).send({ quota: { kind: 'fixed', fixed: 2 }, reason: '集团核定特级技师职数2名' }).expect(200);
      // Hold the enterprise's audit chain, which both appointments write after counting the places,
      // so both requests are surely in flight together before either can commit.
      const blocker = new Client({ connectionString: t.databaseUrl });
      await blocker.connect();
      let a: Awaited<ReturnType<typeof act>>;
      let b: Awaited<ReturnType<typeof act>>;
      try {
        await blocker.query('BEGIN');
        await blocker.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [`audit:${steel.org.id}`]);
        const racing = Promise.all([act(steel.hr, cases.second.id, 'appoint'), act(secondHr, cases.third.id, 'appoint')]);
        // Usually both are seen waiting within milliseconds; on a starved machine give up waiting
        // after a while: the outcome asserted below must hold whatever the interleaving.
        const deadline = Date.now() + 10000;
        for (let waiting = 0; waiting < 2 && Date.now() < deadline; ) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          const [row] = (await blocker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows;
          waiting = row.n;
        }
        await blocker.query('COMMIT');
        [a, b] = await racing;
      } finally {
        await blocker.end();
      }
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.code).toBe('QUOTA_EXHAUSTED');
      raceWinner = a.status === 200 ? cases.second.id : cases.third.id;
      raceLoser = a.status === 200 ? cases.third.id : cases.second.id;
      const p = await policy();
      expect(p.quota.status).toMatchObject({ limit: 2, held: 2, remaining: 0 });
      const held = await t.dataSource.query(`SELECT count(*)::int AS n FROM appointments WHERE policy_id = $1 AND status = 'appointed'`, [policyId]);
      expect(held[0].n).toBe(2);
    });
  });

  describe('the term: renewal, revocation, expiry', () => {
    it('a revocation needs a reason, revokes the credential and frees the place', async () => {
      await act(steel.hr, raceWinner, 'revoke', {}).expect(400);
      const revoked = await act(steel.hr, raceWinner, 'revoke', { reason: '违反安全操作规程，造成质量事故' }).expect(200);
      expect(revoked.body).toMatchObject({ status: 'revoked', endedOn: t.clock.today(), endReason: '违反安全操作规程，造成质量事故', quota: { held: 1, remaining: 1 } });
      const person = (await t.http().get(`${APPOINTMENTS}/${raceWinner}`).set(steel.hr.auth)).body.personId;
      const record = await t.http().get(`/api/v1/workers/${person}`).set(steel.hr.auth).expect(200);
      expect(record.body.credentials.find((c: { id: string }) => c.id === revoked.body.credentialId)).toMatchObject({ status: 'revoked' });
      await act(steel.hr, raceWinner, 'renew', { sheets: passing }).expect(409);
      await act(steel.hr, raceLoser, 'appoint').expect(200);
    });

    it('renewal opens six months before the term ends and needs a passing review', async () => {
      const senior = (await t.http().get(`${APPOINTMENTS}/${cases.senior.id}`).set(steel.hr.auth)).body;
      const notYet = await act(steel.hr, cases.senior.id, 'renew', { sheets: passing }).expect(409);
      expect(notYet.body.code).toBe('RENEWAL_NOT_DUE');
      const [y, m, d] = senior.termEndsOn.split('-').map(Number);
      at(new Date(Date.UTC(y, m - 1 - 2, d)).toISOString().slice(0, 10));
      const failing = passing.map((sheet) => ({ ...sheet, scores: { innovation: 50, problem_solving: 55, contribution: 58, education: 100 } }));
      const failed = await act(steel.hr, cases.senior.id, 'renew', { sheets: failing }).expect(200);
      expect(failed.body).toMatchObject({ status: 'appointed', renewals: 0, termEndsOn: senior.termEndsOn });
      expect(failed.body.reviews.at(-1)).toMatchObject({ kind: 'renewal', passed: false });
      const renewed = await act(steel.hr, cases.senior.id, 'renew', { sheets: passing, comment: '聘期考核优秀' }).expect(200);
      const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
      expect(renewed.body).toMatchObject({ status: 'appointed', renewals: 1, appointedOn: senior.appointedOn, termStartsOn: next, termEndsOn: new Date(Date.UTC(y + 3, m - 1, d)).toISOString().slice(0, 10) });
      const actions = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'appointment' AND entity_id = $1 AND action LIKE 'appointment.renew%' ORDER BY id`, [cases.senior.id]);
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['appointment.renewal_not_passed', 'appointment.renew']);
    });

    it('terms expire on their own once over; the renewed one runs on', async () => {
      const loser = (await t.http().get(`${APPOINTMENTS}/${raceLoser}`).set(steel.hr.auth)).body;
      const expiry = t.app.get(AppointmentsService);
      at(loser.termEndsOn);
      expect((await expiry.expireDueTerms()).expired).toEqual([]);
      const [y, m, d] = loser.termEndsOn.split('-').map(Number);
      at(new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10));
      const run = await expiry.expireDueTerms();
      expect(run).toEqual({ ran: true, expired: [raceLoser] });
      const expired = (await t.http().get(`${APPOINTMENTS}/${raceLoser}`).set(steel.hr.auth)).body;
      expect(expired).toMatchObject({ status: 'expired', endedOn: loser.termEndsOn, endReason: '聘期届满，未续聘', allowedActions: [] });
      expect((await t.http().get(`${APPOINTMENTS}/${cases.senior.id}`).set(steel.hr.auth)).body.status).toBe('appointed');
      const [audit] = await t.dataSource.query(`SELECT actor_username, reason FROM audit_events WHERE action = 'appointment.expire' AND entity_id = $1`, [raceLoser]);
      expect(audit).toEqual({ actor_username: 'system', reason: '聘期届满，未续聘' });
      // No longer 特级技师 on the path, which goes back to 高级技师 with 特级技师 ahead.
      const path = await t.http().get(`/api/v1/workers/${expired.personId}/career-path`).set(lvliang.officer.auth).expect(200);
      expect(path.body.paths[0]).toMatchObject({ currentRank: 'L1' });
      expect(path.body.timeline.at(-1)).toMatchObject({ kind: 'appointment_end', title: '特级技师聘期届满' });
      // The worker record keeps the appointment as history, no longer held: lists and eligibility stop counting it.
      const record = await t.http().get(`/api/v1/workers/${expired.personId}`).set(steel.hr.auth).expect(200);
      expect(record.body.credentials.filter((c: { rank: string }) => c.rank === 'special')).toEqual([expect.objectContaining({ source: 'appointed', status: 'ended' })]);
      expect((await expiry.expireDueTerms()).expired).toEqual([]);
    });
  });

  it('cases are seen by their enterprise, its bureau and the worker, nobody else', async () => {
    await t.http().get(`${APPOINTMENTS}/${cases.senior.id}`).set(lvliang.officer.auth).expect(200);
    await t.http().get(`${APPOINTMENTS}/${cases.senior.id}`).set(seniorSession.auth).expect(200);
    await t.http().get(`${APPOINTMENTS}/${cases.senior.id}`).set(taiyuan.officer.auth).expect(404);
    await t.http().get(`${APPOINTMENTS}/${cases.senior.id}`).set(other.hr.auth).expect(404);
    await t.http().get(`${APPOINTMENTS}/${cases.senior.id}`).set(contestedSession.auth).expect(404);
    const mine = await t.http().get(APPOINTMENTS).set(seniorSession.auth).expect(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([cases.senior.id]);
    const all = await t.http().get(`${APPOINTMENTS}?status=appointed`).set(steel.hr.auth).expect(200);
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual([cases.senior.id]);
    expect((await t.http().get(APPOINTMENTS).set(taiyuan.officer.auth).expect(200)).body.total).toBe(0);
  });

  it('the career path shows another enterprise’s appointments to the worker and its bureau, not to a new employer', async () => {
    const revoked = (await t.http().get(`${APPOINTMENTS}/${raceWinner}`).set(steel.hr.auth).expect(200)).body;
    const { fullName, idNumber } = idNumbers.get(revoked.personId) as { fullName: string; idNumber: string };
    // 汾阳机械厂 hires the worker as well: it reads the worker's record and path from now on.
    await s.worker(other.hr, { fullName, idNumber }, { hiredOn: t.clock.today() });
    const path = (session: Session) => t.http().get(`/api/v1/workers/${revoked.personId}/career-path`).set(session.auth).expect(200);

    const own = (await path(await s.workerLogin(steel.hr, revoked.personId))).body;
    expect(own.appointments).toEqual([expect.objectContaining({ id: raceWinner, organizationId: steel.org.id, status: 'revoked', treatment: expect.objectContaining({ monthlyAllowance: 3000 }) })]);
    expect(own.timeline).toContainEqual(expect.objectContaining({ kind: 'appointment_end', refId: raceWinner, detail: '违反安全操作规程，造成质量事故' }));
    expect((await path(lvliang.officer)).body.appointments.map((a: { id: string }) => a.id)).toEqual([raceWinner]);

    const newEmployer = (await path(other.hr)).body;
    expect(newEmployer.appointments).toEqual([]);
    expect(newEmployer.timeline.filter((e: { kind: string }) => ['appointment', 'renewal', 'appointment_end'].includes(e.kind))).toEqual([]);
    expect(newEmployer.timeline.map((e: { rank?: string }) => e.rank)).not.toContain('special');
    expect(JSON.stringify(newEmployer)).not.toContain('违反安全操作规程');
    expect(JSON.stringify(newEmployer)).not.toContain(raceWinner);
    // Still not 特级技师 for anyone: the revoked credential is history, whoever reads.
    expect(newEmployer.paths.map((p: { currentRank: string }) => p.currentRank)).toEqual(own.paths.map((p: { currentRank: string }) => p.currentRank));

    // The declined self-application of another worker is theirs and the enterprise's to read, not a new employer's.
    const contested = idNumbers.get(cases.contested.personId) as { fullName: string; idNumber: string };
    await s.worker(other.hr, { fullName: contested.fullName, idNumber: contested.idNumber }, { hiredOn: t.clock.today() });
    const mine = (await t.http().get(`/api/v1/workers/${cases.contested.personId}/career-path`).set(contestedSession.auth).expect(200)).body;
    expect(mine.appointments).toEqual([expect.objectContaining({ id: cases.contested.id, status: 'withdrawn' })]);
    const theirs = (await t.http().get(`/api/v1/workers/${cases.contested.personId}/career-path`).set(other.hr.auth).expect(200)).body;
    expect(theirs.appointments).toEqual([]);
  });
});
