import ExcelJS from 'exceljs';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { activeBank, examEvaluators, examWorld, openWelderCampaign } from './exam-world';

const BANKS = '/api/v1/question-banks';
const at = (time: string) => new Date(`2026-09-08T${time}+08:00`);

/** 12 single choices; the answer is the stem's number mod 4. */
async function bankSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('试题');
  sheet.addRow(['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案']);
  for (let i = 0; i < 12; i++) sheet.addRow(['单选', 'K1 安全', 2, `单选第${i}题（ ）`, '甲', '乙', '丙', '丁', 'ABCD'[i % 4]]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * 考务 of a running online session: the end moved later after candidates started (the start
 * fixed, the end never earlier; running attempts get the later deadline, extra time kept), and
 * 缺考 for the seated candidates who never started, once the session has ended and scoring runs.
 */
describe('online exam operations (延长结束时间、缺考)', () => {
  let t: TestApp;
  let s: Scenario;
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let campaignId: string;
  let sessionId: string;
  const evaluators: { profileId: string; session: Session }[] = [];
  const candidates: { personId: string; applicationId: string; ticket: string; session: Session; attemptId: string }[] = [];

  const http = () => t.http();
  const api = (path: string) => `/api/v1/campaigns/${campaignId}${path}`;
  const online = (path = '') => api(`/exam-sessions/${sessionId}/online-exam${path}`);
  const ok = async (who: Session, path: string, body: object = {}) => {
    const res = await http().post(path).set(who.auth).send(body);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const sessionBody = (change: object = {}) => ({
    component: 'theory', place: '吕梁焦化集团培训中心', room: '机房3', seatCount: 4,
    startsAt: '2026-09-08T09:00:00+08:00', endsAt: '2026-09-08T10:00:00+08:00', invigilatorIds: [evaluators[0].profileId], ...change,
  });
  const changeSession = (body: object) => http().put(api(`/exam-sessions/${sessionId}`)).set(coking.hr.auth).send(body);
  const attempt = (k: number) => http().get(`/api/v1/me/exam-attempts/${candidates[k].attemptId}`).set(candidates[k].session.auth);
  const markAbsent = (who: Session, body: object = {}) => http().post(online('/absent')).set(who.auth).send(body);

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-09-01T09:00:00+08:00' });
    s = new Scenario(t);
    const world = await examWorld(t, ['L4']);
    ({ coking, machinery } = world);
    const { bankId: bank } = await activeBank(t, world, { name: '焊工四级题库', rank: 'L4', sheet: await bankSheet() });
    // 90 minutes of working time in a 60-minute window: the session's end is what cuts the time.
    const blueprintId = (
      await s.post(coking.hr, `${BANKS}/${bank}/blueprints`, {
        name: '十题', mode: 'per_candidate', durationMinutes: 90, passMark: 60, multipleChoiceRule: 'all_or_nothing',
        rules: [{ knowledgePoint: 'K1 安全', kind: 'single_choice', difficulty: null, count: 10, pointsEach: 10 }],
      })
    ).id;
    evaluators.push(...(await examEvaluators(t, world, ['监考甲', '考评员乙', '考评员丙', '考评员丁', '考评员戊'], 'ops')));
    campaignId = await openWelderCampaign(t, world, { name: '2026年焊工四级认定（考务）', capacity: 10 });
    for (let k = 0; k < 4; k++) {
      const w = await s.worker(coking.hr, { fullName: `考务考生${k}` });
      const applicationId = (await ok(coking.hr, api('/applications'), { rank: 'L4', personId: w.id })).id;
      const ticket = (await ok(coking.hr, `/api/v1/applications/${applicationId}/approve`)).ticketNumber;
      candidates.push({ personId: w.id, applicationId, ticket, session: await s.workerLogin(coking.hr, w.id), attemptId: '' });
    }
    sessionId = (await ok(coking.hr, api('/exam-sessions'), sessionBody())).id;
    await ok(coking.hr, api('/close-registration'));
    await ok(coking.hr, api('/seating'), { component: 'theory' });
    await http().put(online()).set(coking.hr.auth).send({ blueprintId }).expect(200);
    await ok(coking.hr, api('/start-assessment'));
    await ok(coking.hr, api('/draws'), { rank: 'L4', component: 'practical' });

    // Candidates 0 and 1 start; 2 and 3 never do. Candidate 1 gets 10 minutes' extra time.
    t.clock.travelTo(at('09:00:10'));
    for (const k of [0, 1]) {
      const started = await http().post(`/api/v1/me/exams/${sessionId}/start`).set(candidates[k].session.auth).expect(200);
      expect(started.body.deadline).toBe(at('10:00:00').toISOString());
      candidates[k].attemptId = started.body.id;
    }
    await http().post(online(`/attempts/${candidates[1].attemptId}/extra-time`)).set(evaluators[0].session.auth).send({ minutes: 10, reason: '考生电脑故障' }).expect(200);
  }, 300_000);
  afterAll(() => t.close());

  it('after the first start the start is fixed and the end may not move earlier; seats stay; the end may move later', async () => {
    expect((await changeSession(sessionBody({ startsAt: '2026-09-08T09:10:00+08:00' })).expect(409)).body.code).toBe('SESSION_START_FIXED');
    expect((await changeSession(sessionBody({ endsAt: '2026-09-08T09:50:00+08:00' })).expect(409)).body.code).toBe('SESSION_END_NOT_SHORTENED');
    expect((await changeSession(sessionBody({ seatCount: 5 })).expect(409)).body.code).toBe('ONLINE_EXAM_STARTED');
    expect((await http().post(api(`/exam-sessions/${sessionId}/cancel`)).set(coking.hr.auth).send({ reason: '停电' }).expect(409)).body.code).toBe('ONLINE_EXAM_STARTED');
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'exam_session.update' AND entity_id = $1`, [sessionId]);
    expect(before).toBe(0);

    const extended = await changeSession(sessionBody({ endsAt: '2026-09-08T10:30:00+08:00' })).expect(200);
    expect(extended.body).toMatchObject({ endsAt: at('10:30:00').toISOString(), seated: 4 });
    // The running attempts get the later end; candidate 1 keeps the 10 extra minutes.
    expect((await attempt(0).expect(200)).body).toMatchObject({ status: 'in_progress', deadline: at('10:30:00').toISOString(), extraMinutes: 0 });
    expect((await attempt(1).expect(200)).body).toMatchObject({ status: 'in_progress', deadline: at('10:40:00').toISOString(), extraMinutes: 10 });
    const audit: { entity_id: string; before: { deadline: string }; after: { deadline: string } }[] = await t.dataSource.query(
      `SELECT entity_id, before, after FROM audit_events WHERE action = 'exam_attempt.deadline_extended' ORDER BY after->>'deadline'`,
    );
    expect(audit).toEqual([
      expect.objectContaining({ entity_id: candidates[0].attemptId, before: expect.objectContaining({ deadline: at('10:00:00').toISOString() }), after: expect.objectContaining({ deadline: at('10:30:00').toISOString() }) }),
      expect.objectContaining({ entity_id: candidates[1].attemptId, before: expect.objectContaining({ deadline: at('10:10:00').toISOString() }), after: expect.objectContaining({ deadline: at('10:40:00').toISOString() }) }),
    ]);
    const [update] = await t.dataSource.query(`SELECT after FROM audit_events WHERE action = 'exam_session.update' AND entity_id = $1`, [sessionId]);
    expect(update.after).toMatchObject({ attemptsExtended: 2 });

    // After the old end, answers still count until the new one.
    t.clock.travelTo(at('10:15:00'));
    await http().put(`/api/v1/me/exam-attempts/${candidates[0].attemptId}/answers/1`).set(candidates[0].session.auth).send({ choice: 'A' }).expect(200);
    // Whoever has not started may not start this late: entry closed 30 minutes after the start.
    expect((await http().post(`/api/v1/me/exams/${sessionId}/start`).set(candidates[2].session.auth).expect(409)).body.code).toBe('LATE_ENTRY_CLOSED');
  });

  it('after a start, absence cannot be marked: the session has not ended, then the campaign is not scoring', async () => {
    expect((await markAbsent(coking.hr).expect(409)).body.code).toBe('SESSION_NOT_ENDED');
    await markAbsent(machinery.hr).expect(404);
    await markAbsent(evaluators[0].session).expect(403);
    await markAbsent(candidates[2].session).expect(403);
    await http().post(api('/exam-sessions/00000000-0000-4000-8000-000000000001/online-exam/absent')).set(coking.hr.auth).send({}).expect(404);
  });

  it('once the session has ended and scoring has started, HR marks the candidates who never started absent in one action, audited', async () => {
    t.clock.travelTo(at('10:45:00'));
    expect((await markAbsent(coking.hr).expect(409)).body.code).toBe('CAMPAIGN_NOT_SCORING');
    await ok(coking.hr, online('/collect'));
    t.clock.travelTo(new Date('2026-09-09T18:00:00+08:00'));
    expect(await ok(coking.hr, api('/start-scoring'))).toMatchObject({ theoryFromOnlineExams: 2 });
    expect((await markAbsent(coking.hr, { reason: '' }).expect(400)).body.errors[0].field).toBe('reason');

    const marked = await markAbsent(coking.hr, { reason: '考试当日未到场' }).expect(200);
    expect(marked.body).toEqual({ sessionId, notStarted: 2, markedAbsent: 2, alreadyAbsent: 0, skipped: [] });
    const theory = (await http().get(api('/component-scores?component=theory')).set(coking.hr.auth).expect(200)).body;
    const of = (k: number) => theory.find((x: { applicationId: string }) => x.applicationId === candidates[k].applicationId);
    for (const k of [2, 3]) expect(of(k)).toMatchObject({ status: 'absent', score: null, stateReason: '考试当日未到场' });
    for (const k of [0, 1]) expect(of(k)).toMatchObject({ status: 'scored', source: 'online_exam' });
    const audit: { entity_id: string; reason: string; before: { status: string }; after: { status: string } }[] = await t.dataSource.query(
      `SELECT entity_id, reason, before, after FROM audit_events WHERE action = 'component_score.absent' ORDER BY entity_id`,
    );
    expect(audit).toHaveLength(2);
    for (const a of audit) expect(a).toMatchObject({ reason: '考试当日未到场', before: { status: 'pending' }, after: { status: 'absent' } });

    // Absent candidates fail the theory component through the campaign's results, like any absence.
    const results = (await http().get(api('/results')).set(coking.hr.auth).expect(200)).body;
    const absent = results.items.find((i: { applicationId: string }) => i.applicationId === candidates[2].applicationId);
    expect(absent.components).toEqual(expect.arrayContaining([expect.objectContaining({ component: 'theory', score: null, passed: false })]));
  });

  it('marking absent again changes nothing and records nothing more', async () => {
    const again = await markAbsent(coking.hr).expect(200);
    expect(again.body).toEqual({ sessionId, notStarted: 2, markedAbsent: 0, alreadyAbsent: 2, skipped: [] });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action IN ('component_score.absent', 'online_exam.absent')`);
    expect(n).toBe(3);
  });
});
