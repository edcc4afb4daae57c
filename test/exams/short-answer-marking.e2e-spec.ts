import ExcelJS from 'exceljs';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { activeBank, examEvaluators, examWorld, openWelderCampaign } from './exam-world';

const BANKS = '/api/v1/question-banks';
const at = (time: string) => new Date(`2026-09-08T${time}+08:00`);

/** 12 single choice (K1; the answer is the stem's number mod 4) and 3 short answers (K4) with their marking points. */
async function bankSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('试题');
  sheet.addRow(['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案']);
  for (let i = 0; i < 12; i++) sheet.addRow(['单选', 'K1 安全', 2, `单选第${i}题（ ）`, '甲', '乙', '丙', '丁', 'ABCD'[i % 4]]);
  for (let i = 0; i < 3; i++) sheet.addRow(['简答', 'K4 工艺', 3, `简述焊接工艺要点第${i}题。`, '', '', '', '', `评分要点${i}：预热；层间温度；焊后热处理`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** 10 single choices of 6 points (60) and 2 short answers of 20 (40). */
const RULES = [
  { knowledgePoint: 'K1 安全', kind: 'single_choice', difficulty: null, count: 10, pointsEach: 6 },
  { knowledgePoint: 'K4 工艺', kind: 'short_answer', difficulty: null, count: 2, pointsEach: 20 },
];

interface Item {
  number: number;
  kind: string;
  stem: string;
}

interface Mark {
  id: string;
  anonymousCode: string;
  itemNumber: number;
  maxPoints: number;
  round: number;
}

/**
 * 简答题阅卷 end to end: candidates hand in a paper with short answers; HR opens marking, refused
 * while the candidates' theory panels are short of evaluators (no draw yet, or a 回避 conflict);
 * two panel evaluators mark each short answer blind; a wide disagreement goes to a third mark (the
 * committee chair); each attempt's total becomes its theory component score, before and during
 * the scoring stage.
 */
describe('short-answer marking of the online theory exam (简答题阅卷)', () => {
  let t: TestApp;
  let s: Scenario;
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let campaignId: string;
  let sessionId: string;
  const evaluators: { profileId: string; session: Session; name: string }[] = [];
  const candidates: { name: string; personId: string; applicationId: string; ticket: string; session: Session; attemptId: string; items: Item[] }[] = [];
  /** The two theory panel evaluators, the chair (third marks) and one who marks nothing. */
  let first: (typeof evaluators)[number];
  let second: (typeof evaluators)[number];
  let chair: (typeof evaluators)[number];
  let outsider: (typeof evaluators)[number];

  const http = () => t.http();
  const api = (path: string) => `/api/v1/campaigns/${campaignId}${path}`;
  const openMarking = () => http().post(api(`/exam-sessions/${sessionId}/online-exam/marking`));
  const ok = async (who: Session, path: string, body: object = {}) => {
    const res = await http().post(path).set(who.auth).send(body);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const pending = async (who: Session): Promise<Mark[]> => (await http().get('/api/v1/me/short-answer-marks?pageSize=50').set(who.auth).expect(200)).body.items;
  const mark = (who: Session, id: string, points: number) => http().post(`/api/v1/me/short-answer-marks/${id}/submit`).set(who.auth).send({ points });
  /** The evaluator's mark of candidate k's `nth` short answer (0 or 1). */
  const markOf = (marks: Mark[], code: string, k: number, nth: number) => {
    const number = candidates[k].items.filter((i) => i.kind === 'short_answer')[nth].number;
    return marks.find((m) => m.anonymousCode === code && m.itemNumber === number) as Mark;
  };
  const codes = new Map<number, string>();
  const correct = (who: Session, id: string, body: object) => http().post(`/api/v1/me/short-answer-marks/${id}/correct`).set(who.auth).send(body);
  /** The id of an evaluator's mark of candidate k's `nth` short answer, given or not. */
  const markIdOf = async (who: (typeof evaluators)[number], k: number, nth: number): Promise<string> => {
    const number = candidates[k].items.filter((i) => i.kind === 'short_answer')[nth].number;
    const [row] = await t.dataSource.query('SELECT id FROM exam_short_answer_marks WHERE attempt_id = $1 AND item_no = $2 AND evaluator_profile_id = $3', [
      candidates[k].attemptId,
      number,
      who.profileId,
    ]);
    return row.id;
  };

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-09-01T09:00:00+08:00' });
    s = new Scenario(t);
    const world = await examWorld(t, ['L4']);
    ({ coking, machinery } = world);
    const { bankId: bank } = await activeBank(t, world, { name: '焊工四级题库（含简答）', rank: 'L4', sheet: await bankSheet() });
    const blueprintId = (await s.post(coking.hr, `${BANKS}/${bank}/blueprints`, { name: '含简答', mode: 'per_candidate', durationMinutes: 90, passMark: 60, multipleChoiceRule: 'all_or_nothing', rules: RULES })).id;

    evaluators.push(...(await examEvaluators(t, world, ['监考甲', '考评员乙', '考评员丙', '考评员丁', '考评员戊', '考评员己'], 'mark')));
    campaignId = await openWelderCampaign(t, world, { name: '2026年焊工四级认定（机考含简答）', capacity: 10 });
    for (let k = 0; k < 3; k++) {
      const name = `简答考生${k}`;
      const w = await s.worker(coking.hr, { fullName: name });
      const applicationId = (await ok(coking.hr, api('/applications'), { rank: 'L4', personId: w.id })).id;
      const ticket = (await ok(coking.hr, `/api/v1/applications/${applicationId}/approve`)).ticketNumber;
      candidates.push({ name, personId: w.id, applicationId, ticket, session: await s.workerLogin(coking.hr, w.id), attemptId: '', items: [] });
    }
    sessionId = (
      await ok(coking.hr, api('/exam-sessions'), {
        component: 'theory', place: '吕梁焦化集团培训中心', room: '机房2', seatCount: 3,
        startsAt: '2026-09-08T09:00:00+08:00', endsAt: '2026-09-08T10:30:00+08:00', invigilatorIds: [evaluators[0].profileId],
      })
    ).id;
    await ok(coking.hr, api('/close-registration'));
    await ok(coking.hr, api('/seating'), { component: 'theory' });
    await http().put(api(`/exam-sessions/${sessionId}/online-exam`)).set(coking.hr.auth).send({ blueprintId }).expect(200);
    await ok(coking.hr, api('/start-assessment'));
    await ok(coking.hr, api('/draws'), { rank: 'L4', component: 'practical' });

    // Every single choice right (60); candidates 0 and 1 answer both short answers, candidate 2 neither.
    t.clock.travelTo(at('09:00:10'));
    for (const [k, c] of candidates.entries()) {
      const started = await http().post(`/api/v1/me/exams/${sessionId}/start`).set(c.session.auth).expect(200);
      c.attemptId = started.body.id;
      c.items = started.body.items;
      for (const item of c.items) {
        const n = Number(/第(\d+)题/.exec(item.stem)?.[1]);
        const answer = item.kind === 'single_choice' ? { choice: 'ABCD'[n % 4] } : { text: k < 2 ? `考生作答：预热，控制层间温度（${item.number}）` : '' };
        await http().put(`/api/v1/me/exam-attempts/${c.attemptId}/answers/${item.number}`).set(c.session.auth).send(answer).expect(200);
      }
      const submitted = await http().post(`/api/v1/me/exam-attempts/${c.attemptId}/submit`).set(c.session.auth).expect(200);
      expect(submitted.body).toMatchObject({ status: 'awaiting_marking', objectiveScore: 60, score: null });
    }
  }, 300_000);
  afterAll(() => t.close());

  it('HR cannot open marking before the candidates’ theory panels have two evaluators: 409, nothing opened', async () => {
    const refused = await openMarking().set(coking.hr.auth).expect(409);
    expect(refused.body).toMatchObject({ code: 'MARKERS_INSUFFICIENT', status: 409 });
    expect(refused.body.detail).toContain('不足两名考评员');
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM exam_marking_scripts WHERE session_id = $1', [sessionId]);
    expect(n).toBe(0);
    await openMarking().set(machinery.hr.auth).expect(404);
    await openMarking().set(evaluators[0].session.auth).expect(403);
    const progress = await http().get(api('/short-answer-marking')).set(coking.hr.auth).expect(200);
    expect(progress.body.sessions).toEqual([expect.objectContaining({ sessionId, scripts: 3, notOpened: 3, marking: 0, marked: 0 })]);
  });

  it('a 回避 conflict with a panel evaluator leaves the candidate one marker: 409 until it is withdrawn', async () => {
    const draw = await ok(coking.hr, api('/draws'), { rank: 'L4', component: 'theory' });
    expect(draw.panels).toHaveLength(1);
    const panel: string[] = draw.panels[0].evaluators.map((e: { profileId: string }) => e.profileId);
    expect(panel).toHaveLength(2);
    [first, second] = panel.map((id) => evaluators.find((e) => e.profileId === id) as (typeof evaluators)[number]);
    [chair, outsider] = evaluators.filter((e) => !panel.includes(e.profileId));
    await http().put(api('/scoring-settings')).set(coking.hr.auth).send({ chairProfileId: chair.profileId }).expect(200);

    const conflict = await ok(coking.hr, `/api/v1/evaluators/${first.profileId}/conflicts`, { personId: candidates[0].personId, reason: '同一班组' });
    expect((await openMarking().set(coking.hr.auth).expect(409)).body.code).toBe('MARKERS_INSUFFICIENT');
    await http().delete(`/api/v1/evaluators/${first.profileId}/conflicts/${conflict.id}`).set(coking.hr.auth).send({ reason: '申报有误' }).expect(204);

    const opened = await openMarking().set(coking.hr.auth).expect(200);
    // Candidate 2 answered no short answer: scored at once (0 for each), nothing to mark.
    expect(opened.body).toEqual({ sessionId, opened: 3, scoredWithoutMarking: 1, thirdMarksAssigned: 0 });
    expect((await http().get(`/api/v1/me/exam-attempts/${candidates[2].attemptId}`).set(candidates[2].session.auth).expect(200)).body).toMatchObject({ status: 'scored', score: 60 });
    const again = await openMarking().set(coking.hr.auth).expect(200);
    expect(again.body).toMatchObject({ opened: 0 });
  });

  it('marks are blind: an anonymous code, the item, its reference and the text — no name, ID or ticket', async () => {
    const mine = await pending(first.session);
    expect(mine).toHaveLength(4);
    expect((await pending(second.session)).map((m) => m.anonymousCode).sort()).toEqual(mine.map((m) => m.anonymousCode).sort());
    const scripts: { attempt_id: string; anonymous_code: string }[] = await t.dataSource.query('SELECT attempt_id, anonymous_code FROM exam_marking_scripts WHERE session_id = $1', [sessionId]);
    for (const [k, c] of candidates.entries()) codes.set(k, scripts.find((x) => x.attempt_id === c.attemptId)?.anonymous_code as string);
    expect(new Set(mine.map((m) => m.anonymousCode))).toEqual(new Set([codes.get(0), codes.get(1)]));
    const one = markOf(mine, codes.get(0) as string, 0, 0);
    const detail = await http().get(`/api/v1/me/short-answer-marks/${one.id}`).set(first.session.auth).expect(200);
    expect(detail.body).toMatchObject({ anonymousCode: codes.get(0), maxPoints: 20, status: 'pending', points: null, stem: expect.stringContaining('简述焊接工艺要点') });
    expect(detail.body.reference).toContain('评分要点');
    expect(detail.body.text).toContain('考生作答');
    for (const body of [detail.body, mine]) {
      const text = JSON.stringify(body);
      for (const c of candidates) for (const secret of [c.name, c.ticket, c.personId, c.applicationId, c.attemptId]) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/"(fullName|ticketNumber|personId|applicationId|attemptId|idNumber|seatNo)"/);
    }
  });

  it('an evaluator not assigned the mark gets 404; HR and candidates cannot mark', async () => {
    const id = (await pending(first.session))[0].id;
    await http().get(`/api/v1/me/short-answer-marks/${id}`).set(outsider.session.auth).expect(404);
    await mark(outsider.session, id, 10).expect(404);
    await mark(second.session, id, 10).expect(404);
    expect(await pending(outsider.session)).toEqual([]);
    await http().get('/api/v1/me/short-answer-marks').set(coking.hr.auth).expect(403);
    await mark(candidates[0].session, id, 10).expect(403);
  });

  it('marks go in steps of 0.5 up to the item’s points; a second submit is 409', async () => {
    const one = markOf(await pending(first.session), codes.get(0) as string, 0, 0);
    expect((await mark(first.session, one.id, 7.3).expect(400)).body.errors[0].field).toBe('points');
    expect((await mark(first.session, one.id, 20.5).expect(422)).body).toMatchObject({ code: 'MARK_INVALID', errors: [{ field: 'points', code: 'aboveMax' }] });
    const given = await mark(first.session, one.id, 12).expect(200);
    expect(given.body).toMatchObject({ status: 'submitted', points: 12 });
    expect((await mark(first.session, one.id, 13).expect(409)).body.code).toBe('MARK_ALREADY_SUBMITTED');
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'short_answer_mark.submit'`, [one.id]);
    expect(audit.after).toMatchObject({ points: 12, round: expect.any(Number), anonymousCode: codes.get(0) });
  });

  it('two marks that agree settle the items; the attempt’s total (objective + short answers) is its score', async () => {
    const mine = await pending(second.session);
    await mark(second.session, markOf(mine, codes.get(0) as string, 0, 0).id, 13).expect(200);
    await mark(first.session, markOf(await pending(first.session), codes.get(0) as string, 0, 1).id, 15).expect(200);
    await mark(second.session, markOf(mine, codes.get(0) as string, 0, 1).id, 16).expect(200);
    // 60 + mean(12, 13) + mean(15, 16) = 60 + 12.5 + 15.5
    expect((await http().get(`/api/v1/me/exam-attempts/${candidates[0].attemptId}`).set(candidates[0].session.auth).expect(200)).body).toMatchObject({ status: 'scored', score: 88 });
  });

  it('改分: an evaluator corrects a mark they gave, with a reason; the item and the total settle again; old and new points are audited', async () => {
    const given = await markIdOf(first, 0, 0);
    const score = async () => (await http().get(`/api/v1/me/exam-attempts/${candidates[0].attemptId}`).set(candidates[0].session.auth).expect(200)).body;
    expect((await correct(first.session, given, { points: 14 }).expect(400)).body.errors[0].field).toBe('reason');
    expect((await correct(first.session, given, { points: 20.5, reason: '误录' }).expect(422)).body).toMatchObject({ code: 'MARK_INVALID', errors: [{ field: 'points', code: 'aboveMax' }] });
    await correct(outsider.session, given, { points: 14, reason: '误录' }).expect(404);
    await correct(second.session, given, { points: 14, reason: '误录' }).expect(404);
    await correct(coking.hr, given, { points: 14, reason: '误录' }).expect(403);
    const notGiven = markOf(await pending(first.session), codes.get(1) as string, 1, 0);
    expect((await correct(first.session, notGiven.id, { points: 4, reason: '误录' }).expect(409)).body.code).toBe('MARK_NOT_SUBMITTED');

    const mine = (await http().get('/api/v1/me/short-answer-marks?status=submitted').set(first.session.auth).expect(200)).body.items;
    expect(mine).toEqual(expect.arrayContaining([expect.objectContaining({ id: given, status: 'submitted', points: 12, anonymousCode: codes.get(0) })]));
    await http().get('/api/v1/me/short-answer-marks?status=any').set(first.session.auth).expect(400);
    const corrected = await correct(first.session, given, { points: 14, reason: '误录分数，应为14分' }).expect(200);
    expect(corrected.body).toMatchObject({ status: 'submitted', points: 14 });
    // 60 + mean(14, 13) + mean(15, 16) = 60 + 13.5 + 15.5
    expect(await score()).toMatchObject({ status: 'scored', score: 89 });
    const [audit] = await t.dataSource.query(`SELECT reason, before, after FROM audit_events WHERE entity_id = $1 AND action = 'short_answer_mark.correct'`, [given]);
    expect(audit).toMatchObject({ reason: '误录分数，应为14分', before: { points: 12 }, after: { points: 14, itemScore: 13.5 } });

    // 2 against 13: the two now disagree, the chair is called for a third mark and the total waits for it.
    await correct(first.session, given, { points: 2, reason: '复看评分要点' }).expect(200);
    expect(await score()).toMatchObject({ status: 'awaiting_marking', score: null });
    expect(await pending(chair.session)).toEqual([expect.objectContaining({ anonymousCode: codes.get(0), round: 3 })]);
    // Back to 12: they agree again, the third mark not given is dropped, the total is settled once more.
    await correct(first.session, given, { points: 12, reason: '改回原分' }).expect(200);
    expect(await pending(chair.session)).toEqual([]);
    expect(await score()).toMatchObject({ status: 'scored', score: 88 });
  });

  it('a wide disagreement needs a third mark by the chair; the closest two count; the theory score lands during scoring', async () => {
    t.clock.travelTo(new Date('2026-09-09T18:00:00+08:00'));
    // Scoring starts with candidate 1 still being marked: 0 and 2 become theory scores now.
    expect(await ok(coking.hr, api('/start-scoring'))).toMatchObject({ theoryFromOnlineExams: 2 });

    const a = markOf(await pending(first.session), codes.get(1) as string, 1, 0);
    const b = markOf(await pending(first.session), codes.get(1) as string, 1, 1);
    await mark(first.session, a.id, 4).expect(200);
    // 4 against 16 on a 20-point item: 12 apart, more than 4 (20%).
    const split = await mark(second.session, markOf(await pending(second.session), codes.get(1) as string, 1, 0).id, 16).expect(200);
    expect(split.body.status).toBe('submitted');
    await mark(first.session, b.id, 10).expect(200);
    await mark(second.session, markOf(await pending(second.session), codes.get(1) as string, 1, 1).id, 10.5).expect(200);
    expect((await http().get(`/api/v1/me/exam-attempts/${candidates[1].attemptId}`).set(candidates[1].session.auth).expect(200)).body).toMatchObject({ status: 'awaiting_marking', score: null });

    const progress = await http().get(api('/short-answer-marking')).set(coking.hr.auth).expect(200);
    expect(progress.body.sessions[0]).toMatchObject({ scripts: 3, notOpened: 0, marking: 1, marked: 2, marksPending: 1, marksSubmitted: 8, thirdMarks: 1, thirdMarksUnassigned: 0 });
    expect(progress.body.evaluators).toEqual(expect.arrayContaining([expect.objectContaining({ profileId: chair.profileId, pending: 1, submitted: 0 })]));
    await http().get(api('/short-answer-marking')).set(machinery.hr.auth).expect(404);
    await http().get(api('/short-answer-marking')).set(first.session.auth).expect(403);

    const third = await pending(chair.session);
    expect(third).toEqual([expect.objectContaining({ anonymousCode: codes.get(1), round: 3, maxPoints: 20 })]);
    await mark(chair.session, third[0].id, 14).expect(200);
    // 60 + mean(16, 14) + mean(10, 10.5) rounded half up = 60 + 15 + 10.3
    expect((await http().get(`/api/v1/me/exam-attempts/${candidates[1].attemptId}`).set(candidates[1].session.auth).expect(200)).body).toMatchObject({ status: 'scored', score: 85.3 });

    const theory = (await http().get(api('/component-scores?component=theory')).set(coking.hr.auth).expect(200)).body;
    for (const [k, score] of [[0, 88], [1, 85.3], [2, 60]] as const) {
      expect(theory.find((x: { applicationId: string }) => x.applicationId === candidates[k].applicationId)).toMatchObject({ status: 'scored', source: 'online_exam', score });
    }
    const results = (await http().get(api('/results')).set(coking.hr.auth).expect(200)).body;
    const one = results.items.find((i: { applicationId: string }) => i.applicationId === candidates[1].applicationId);
    expect(one.components).toEqual(expect.arrayContaining([expect.objectContaining({ component: 'theory', score: 85.3, passed: true })]));
    expect(await pending(first.session)).toEqual([]);
  });

  it('改分 is refused once the attempt’s total is the theory component score', async () => {
    const refused = await correct(first.session, await markIdOf(first, 0, 0), { points: 14, reason: '误录' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'MARK_TOTAL_RECORDED', status: 409 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'short_answer_mark.correct'`);
    expect(n).toBe(3);
  });
});
