import ExcelJS from 'exceljs';
import { drawSeatPapers } from '@skill-ladder/evaluations';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { activeBank, examEvaluators, examWorld, openWelderCampaign } from './exam-world';

const BANKS = '/api/v1/question-banks';
const CANDIDATES = 30;
const at = (time: string) => new Date(`2026-09-08T${time}+08:00`);

/** 12 single choice (K1), 8 true/false (K2), 5 fill-in (K3); each stem names its number, so a test knows the key. */
async function bankSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('试题');
  sheet.addRow(['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案']);
  for (let i = 0; i < 12; i++) sheet.addRow(['单选', 'K1 安全', 1 + (i % 2), `单选第${i}题（ ）`, '甲', '乙', '丙', '丁', 'ABCD'[i % 4]]);
  for (let i = 0; i < 8; i++) sheet.addRow(['判断', 'K2 劳保', 2, `判断第${i}题`, '', '', '', '', i % 2 ? '对' : '错']);
  for (let i = 0; i < 5; i++) sheet.addRow(['填空', 'K3 材料', 3, `填空第${i}题：（ ）`, '', '', '', '', `答案${i}`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const RULES = [
  { knowledgePoint: 'K1 安全', kind: 'single_choice', difficulty: null, count: 8, pointsEach: 5 },
  { knowledgePoint: 'K2 劳保', kind: 'true_false', difficulty: 2, count: 5, pointsEach: 6 },
  { knowledgePoint: 'K3 材料', kind: 'fill_in', difficulty: null, count: 3, pointsEach: 10 },
];

interface Item {
  number: number;
  kind: string;
  stem: string;
}

/** The answer the stem's number calls for, or for a single choice a wrong one. */
function answerFor(item: Item, right = true): Record<string, unknown> {
  const n = Number(/第(\d+)题/.exec(item.stem)?.[1]);
  if (item.kind === 'single_choice') return { choice: 'ABCD'[(right ? n : n + 1) % 4] };
  if (item.kind === 'true_false') return { value: n % 2 === 1 };
  return { blanks: [`答案${n}`] };
}

/** Nothing that gives an answer away: no key, explanation or reference, and no fill-in answer text. */
function expectNoKey(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/"(key|answerKey|correct|reference|explanation|answer_key)"/);
  expect(text).not.toContain('答案');
}

/**
 * 机考 end to end: a 千人千卷 theory session taken online by 30 candidates at once with autosave,
 * a reload that loses nothing, answers refused after the end, extra time for one candidate, the
 * invigilator's room, collection, and the scores landing as theory component scores in the
 * campaign's results.
 */
describe('online theory exam (机考)', () => {
  let t: TestApp;
  let s: Scenario;
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let campaignId: string;
  let sessionId: string;
  let blueprintId: string;
  let bankItems: { id: string; knowledgePoint: string; kind: string; difficulty: number }[];
  const evaluators: { profileId: string; session: Session }[] = [];
  const candidates: { name: string; personId: string; applicationId: string; ticket: string; session: Session; attemptId: string; items: Item[] }[] = [];

  const http = () => t.http();
  const api = (path: string) => `/api/v1/campaigns/${campaignId}${path}`;
  const online = (path = '') => api(`/exam-sessions/${sessionId}/online-exam${path}`);
  const ok = async (who: Session, path: string, body: object = {}) => {
    const res = await http().post(path).set(who.auth).send(body);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const sessionBody = (seatCount: number, change: object = {}) => ({
    component: 'theory', place: '吕梁焦化集团培训中心', room: '机房1', seatCount,
    startsAt: '2026-09-08T09:00:00+08:00', endsAt: '2026-09-08T10:30:00+08:00', invigilatorIds: [evaluators[0].profileId], ...change,
  });
  const changeSession = (body: object) => http().put(api(`/exam-sessions/${sessionId}`)).set(coking.hr.auth).send(body);
  const seatPapers = async () =>
    ((await t.dataSource.query('SELECT seat_no FROM online_exam_seat_papers WHERE session_id = $1 ORDER BY seat_no', [sessionId])) as { seat_no: number }[]).map((r) => r.seat_no);
  const save = (k: number, number: number, answer: object) => http().put(`/api/v1/me/exam-attempts/${candidates[k].attemptId}/answers/${number}`).set(candidates[k].session.auth).send(answer);
  const attempt = (k: number) => http().get(`/api/v1/me/exam-attempts/${candidates[k].attemptId}`).set(candidates[k].session.auth);
  /** Candidate k answers the first k % 5 single choices wrong and everything else right: 100 − 5 × (k % 5). */
  const expectedScore = (k: number) => 100 - 5 * (k % 5);

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-09-01T09:00:00+08:00' });
    s = new Scenario(t);
    const world = await examWorld(t, ['L4']);
    ({ coking, machinery } = world);
    let bank: string;
    ({ bankId: bank, items: bankItems } = await activeBank(t, world, { name: '焊工四级题库', rank: 'L4', sheet: await bankSheet() }));
    blueprintId = (await s.post(coking.hr, `${BANKS}/${bank}/blueprints`, { name: '千人千卷', mode: 'per_candidate', durationMinutes: 90, passMark: 60, multipleChoiceRule: 'all_or_nothing', rules: RULES })).id;

    // 30 candidates need six evaluators for the practical draw; 监考甲 also invigilates the theory room.
    evaluators.push(...(await examEvaluators(t, world, ['监考甲', '考评员乙', '考评员丙', '考评员丁', '考评员戊', '考评员己', '考评员庚'], 'online')));
    campaignId = await openWelderCampaign(t, world, { name: '2026年焊工四级认定（机考）', capacity: 40 });
    for (let k = 0; k < CANDIDATES; k++) {
      const name = `考生${String(k).padStart(2, '0')}`;
      const w = await s.worker(coking.hr, { fullName: name });
      const applicationId = (await ok(coking.hr, api('/applications'), { rank: 'L4', personId: w.id })).id;
      const ticket = (await ok(coking.hr, `/api/v1/applications/${applicationId}/approve`)).ticketNumber;
      candidates.push({ name, personId: w.id, applicationId, ticket, session: await s.workerLogin(coking.hr, w.id), attemptId: '', items: [] });
    }
    sessionId = (await ok(coking.hr, api('/exam-sessions'), sessionBody(CANDIDATES))).id;
    await ok(coking.hr, api('/close-registration'));
    await ok(coking.hr, api('/seating'), { component: 'theory' });
  }, 300_000);
  afterAll(() => t.close());

  it('HR runs the session online: every seat gets a paper drawn from one recorded seed, neighbours never the same', async () => {
    await http().put(online()).set(machinery.hr.auth).send({ blueprintId }).expect(404);
    await http().put(online()).set(candidates[0].session.auth).send({ blueprintId }).expect(403);
    await http().put(online()).set(coking.hr.auth).send({ blueprintId: '00000000-0000-4000-8000-000000000001' }).expect(404);
    const res = await http().put(online()).set(coking.hr.auth).send({ blueprintId }).expect(200);
    expect(res.body).toMatchObject({ sessionId, blueprintId, mode: 'per_candidate', algorithm: 'paper-v1', durationMinutes: 90, lateEntryMinutes: 30, seatPapers: CANDIDATES, baseSeed: expect.any(Number) });
    expect(res.body.distinctPapers).toBeGreaterThan(1);
    const stored: { seat_no: number; seed: string; items: { itemId: string }[] }[] = await t.dataSource.query(
      'SELECT sp.seat_no, p.seed, p.items FROM online_exam_seat_papers sp JOIN exam_papers p ON p.id = sp.paper_id WHERE sp.session_id = $1 ORDER BY sp.seat_no',
      [sessionId],
    );
    const plan = { passMark: 60, rules: RULES as Parameters<typeof drawSeatPapers>[0]['rules'] };
    const redrawn = drawSeatPapers(plan, bankItems as Parameters<typeof drawSeatPapers>[1], res.body.baseSeed, { seats: CANDIDATES, columns: CANDIDATES });
    expect(stored.map((p) => p.items.map((i) => i.itemId))).toEqual(redrawn.map((p) => p.items.map((i) => i.itemId)));
    stored.slice(1).forEach((p, i) => expect(p.items.map((x) => x.itemId)).not.toEqual(stored[i].items.map((x) => x.itemId)));
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 AND action = 'online_exam.setup'`, [sessionId]);
    expect(audit).toHaveLength(1);
  });

  it('seats added before anyone starts get their papers: every seat is drawn again from a new recorded seed, audited', async () => {
    const seedOf = async () => ((await t.dataSource.query('SELECT base_seed::text AS seed FROM online_exams WHERE session_id = $1', [sessionId])) as { seed: string }[])[0].seed;
    const firstSeed = await seedOf();
    await changeSession(sessionBody(CANDIDATES + 2)).expect(200);
    expect(await seatPapers()).toEqual(Array.from({ length: CANDIDATES + 2 }, (_, i) => i + 1));
    expect(await seedOf()).not.toBe(firstSeed);
    const [event] = await t.dataSource.query(
      `SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'exam_session.update' ORDER BY occurred_at DESC LIMIT 1`,
      [sessionId],
    );
    expect(event.after.onlinePapersRedrawn).toMatchObject({ baseSeed: Number(await seedOf()), seats: expect.arrayContaining([expect.objectContaining({ seatNo: CANDIDATES + 2 })]) });
    // Back to one seat a candidate: the papers follow again.
    await changeSession(sessionBody(CANDIDATES)).expect(200);
    expect(await seatPapers()).toHaveLength(CANDIDATES);
  });

  it('a candidate cannot start before the session, nor while the campaign is not assessing', async () => {
    const mine = await http().get('/api/v1/me/exams').set(candidates[0].session.auth).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ sessionId, room: '机房1', durationMinutes: 90, attemptId: null, startRefusal: 'CAMPAIGN_NOT_ASSESSING' })]);
    expect((await http().post(`/api/v1/me/exams/${sessionId}/start`).set(candidates[0].session.auth).expect(409)).body.code).toBe('CAMPAIGN_NOT_ASSESSING');
    await ok(coking.hr, api('/start-assessment'));
    await ok(coking.hr, api('/draws'), { rank: 'L4', component: 'practical' });
    t.clock.travelTo(at('08:59:00'));
    expect((await http().post(`/api/v1/me/exams/${sessionId}/start`).set(candidates[0].session.auth).expect(409)).body.code).toBe('SESSION_NOT_STARTED');
    await http().post(`/api/v1/me/exams/${sessionId}/start`).set(coking.hr.auth).expect(403);
  });

  it('30 candidates start at once and autosave concurrently; no answer reaches a browser before submission', async () => {
    t.clock.travelTo(at('09:00:10'));
    await Promise.all(
      candidates.map(async (c, k) => {
        const started = await http().post(`/api/v1/me/exams/${sessionId}/start`).set(c.session.auth).expect(200);
        expectNoKey(started.body);
        expect(started.body).toMatchObject({ status: 'in_progress', ticketNumber: c.ticket, totalPoints: 100, answers: [], deadline: at('10:30:00').toISOString() });
        expect(started.body.items).toHaveLength(16);
        c.attemptId = started.body.id;
        c.items = started.body.items;
        const again = await http().post(`/api/v1/me/exams/${sessionId}/start`).set(c.session.auth).expect(200);
        expect(again.body.id).toBe(c.attemptId);
        let wrong = k % 5;
        for (const item of c.items) {
          // The first save of each item is changed by a second one: the last save counts.
          await save(k, item.number, item.kind === 'fill_in' ? { blanks: ['草稿'] } : item.kind === 'true_false' ? { value: null } : { choice: null }).expect(200);
          const right = !(item.kind === 'single_choice' && wrong-- > 0);
          const saved = await save(k, item.number, answerFor(item, right)).expect(200);
          expect(saved.body).toMatchObject({ number: item.number, revision: 2 });
          expectNoKey(saved.body);
        }
      }),
    );
    const papers = new Set(candidates.map((c) => c.items.map((i) => i.stem).join('|')));
    expect(papers.size).toBeGreaterThan(1);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM exam_answers e JOIN exam_attempts a ON a.id = e.attempt_id WHERE a.session_id = $1', [sessionId]);
    expect(n).toBe(CANDIDATES * 16);
  }, 300_000);

  it('once candidates have started, the start, the seats and the seating stay as they started, the end cannot move earlier; place and room may still change', async () => {
    expect((await changeSession(sessionBody(CANDIDATES, { startsAt: '2026-09-08T09:30:00+08:00' })).expect(409)).body.code).toBe('SESSION_START_FIXED');
    expect((await changeSession(sessionBody(CANDIDATES, { endsAt: '2026-09-08T10:00:00+08:00' })).expect(409)).body.code).toBe('SESSION_END_NOT_SHORTENED');
    const refused = await changeSession(sessionBody(CANDIDATES + 1)).expect(409);
    expect(refused.body).toMatchObject({ code: 'ONLINE_EXAM_STARTED' });
    expect(refused.body.detail).toContain('监考');
    expect((await http().post(api('/seating')).set(coking.hr.auth).send({ component: 'theory' }).expect(409)).body.code).toBe('ONLINE_EXAM_STARTED');
    expect((await http().post(api(`/exam-sessions/${sessionId}/cancel`)).set(coking.hr.auth).send({ reason: '机房停电' }).expect(409)).body.code).toBe('ONLINE_EXAM_STARTED');
    expect((await changeSession(sessionBody(CANDIDATES, { room: '机房1（东）' })).expect(200)).body).toMatchObject({ room: '机房1（东）', seatCount: CANDIDATES, seated: CANDIDATES });
    await changeSession(sessionBody(CANDIDATES)).expect(200);
    expect(await seatPapers()).toHaveLength(CANDIDATES);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM exam_seats WHERE session_id = $1', [sessionId]);
    expect(n).toBe(CANDIDATES);
  });

  it('refuses an answer that does not fit its item, and an item the paper does not have, with a code', async () => {
    const single = candidates[0].items.find((i) => i.kind === 'single_choice') as Item;
    const fill = candidates[0].items.find((i) => i.kind === 'fill_in') as Item;
    expect((await save(0, single.number, { choice: 'E' }).expect(422)).body).toMatchObject({ code: 'ANSWER_INVALID', errors: [{ field: 'choice', code: 'notAnOption' }] });
    expect((await save(0, single.number, { value: true }).expect(422)).body.errors[0]).toMatchObject({ field: 'value', code: 'wrongKind' });
    expect((await save(0, fill.number, { blanks: ['a', 'b'] }).expect(422)).body.errors[0]).toMatchObject({ code: 'blankCount' });
    expect((await save(0, fill.number, { blanks: ['焊'.repeat(201)] }).expect(400)).body.errors[0].field).toBe('blanks');
    await save(0, 17, { choice: 'A' }).expect(404);
    await save(0, 0, { choice: 'A' }).expect(404);
    await save(0, single.number, { choice: 'A', extra: 1 }).expect(400);
  });

  it('a reload mid-exam loses nothing: the paper, every saved answer and the server’s time left', async () => {
    t.clock.travelTo(at('09:45:00'));
    const reloaded = await attempt(7).expect(200);
    expect(reloaded.body).toMatchObject({ id: candidates[7].attemptId, status: 'in_progress', deadline: at('10:30:00').toISOString() });
    // The clock runs on from 09:45:00 while the request is served.
    expect(Date.parse(reloaded.body.serverNow) - at('09:45:00').getTime()).toBeLessThan(5000);
    expect(reloaded.body.secondsLeft).toBeGreaterThan(45 * 60 - 5);
    expect(reloaded.body.secondsLeft).toBeLessThanOrEqual(45 * 60);
    expect(reloaded.body.items.map((i: Item) => i.stem)).toEqual(candidates[7].items.map((i) => i.stem));
    let wrong = 7 % 5;
    expect(reloaded.body.answers).toEqual(
      candidates[7].items.map((item) => {
        const right = !(item.kind === 'single_choice' && wrong-- > 0);
        return { number: item.number, answer: answerFor(item, right), savedAt: expect.any(String), revision: 2 };
      }),
    );
    expect(reloaded.body.objectiveScore).toBeNull();
  });

  it('a candidate sees only their own attempt', async () => {
    await http().get(`/api/v1/me/exam-attempts/${candidates[0].attemptId}`).set(candidates[1].session.auth).expect(404);
    await http().put(`/api/v1/me/exam-attempts/${candidates[0].attemptId}/answers/1`).set(candidates[1].session.auth).send({ choice: 'A' }).expect(404);
    await http().post(`/api/v1/me/exam-attempts/${candidates[0].attemptId}/submit`).set(candidates[1].session.auth).expect(404);
    await http().get(`/api/v1/me/exam-attempts/${candidates[0].attemptId}`).set(coking.hr.auth).expect(403);
  });

  it('the invigilator sees who started, progress and page leaves; HR of another enterprise and other evaluators get 404', async () => {
    await http().post(`/api/v1/me/exam-attempts/${candidates[2].attemptId}/events`).set(candidates[2].session.auth).send({ kind: 'page_leave' }).expect(200);
    await http().post(`/api/v1/me/exam-attempts/${candidates[2].attemptId}/events`).set(candidates[2].session.auth).send({ kind: 'elsewhere' }).expect(400);
    const room = await http().get(online('/room')).set(evaluators[0].session.auth).expect(200);
    expect(room.body).toMatchObject({ seated: CANDIDATES, started: CANDIDATES, submitted: 0 });
    const two = room.body.candidates.find((c: { ticketNumber: string }) => c.ticketNumber === candidates[2].ticket);
    expect(two).toMatchObject({ status: 'in_progress', answered: 16, itemCount: 16, pageLeaves: 1, lastEventKind: 'page_leave', extraMinutes: 0, deadline: at('10:30:00').toISOString() });
    expect(two.secondsLeft).toBeGreaterThan(45 * 60 - 5);
    expect(room.body.events[0]).toMatchObject({ attemptId: candidates[2].attemptId, kind: 'page_leave', fullName: candidates[2].name });
    expectNoKey(room.body);
    await http().get(online('/room')).set(coking.hr.auth).expect(200);
    await http().get(online('/room')).set(evaluators[1].session.auth).expect(404);
    const mine = await http().get('/api/v1/me/exam-rooms').set(evaluators[0].session.auth).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ sessionId, campaignId, room: '机房1', seated: CANDIDATES, started: CANDIDATES, submitted: 0 })]);
    expect((await http().get('/api/v1/me/exam-rooms').set(evaluators[1].session.auth).expect(200)).body).toEqual([]);
    await http().get('/api/v1/me/exam-rooms').set(coking.hr.auth).expect(403);
    await http().get(online('/room')).set(machinery.hr.auth).expect(404);
    await http().get(online('/room')).set(candidates[0].session.auth).expect(403);
  });

  it('the invigilator gives one candidate extra time with a reason, bounded to 60 minutes in all; it is audited', async () => {
    const extra = online(`/attempts/${candidates[3].attemptId}/extra-time`);
    expect((await http().post(extra).set(evaluators[0].session.auth).send({ minutes: 10 }).expect(400)).body.errors[0].field).toBe('reason');
    await http().post(extra).set(evaluators[0].session.auth).send({ minutes: 61, reason: '太多' }).expect(400);
    await http().post(extra).set(evaluators[1].session.auth).send({ minutes: 10, reason: '电脑故障' }).expect(404);
    const room = await http().post(extra).set(evaluators[0].session.auth).send({ minutes: 10, reason: '考生电脑故障，更换机位' }).expect(200);
    expect(room.body.candidates.find((c: { attemptId: string }) => c.attemptId === candidates[3].attemptId)).toMatchObject({ extraMinutes: 10, deadline: at('10:40:00').toISOString() });
    const exceeded = await http().post(extra).set(coking.hr.auth).send({ minutes: 51, reason: '再延' }).expect(422);
    expect(exceeded.body).toMatchObject({ code: 'EXTRA_TIME_EXCEEDED', errors: [{ field: 'minutes' }] });
    const [audit] = await t.dataSource.query(`SELECT reason, before, after FROM audit_events WHERE entity_id = $1 AND action = 'exam_attempt.extra_time'`, [candidates[3].attemptId]);
    expect(audit).toMatchObject({ reason: '考生电脑故障，更换机位', before: { extraMinutes: 0 }, after: { extraMinutes: 10, deadline: at('10:40:00').toISOString() } });
  });

  it('a candidate hands in early: scored at once, and nothing more is accepted', async () => {
    t.clock.travelTo(at('10:00:00'));
    const submitted = await http().post(`/api/v1/me/exam-attempts/${candidates[4].attemptId}/submit`).set(candidates[4].session.auth).expect(200);
    expect(submitted.body).toMatchObject({ status: 'scored', closedBy: 'candidate', objectiveScore: expectedScore(4), score: expectedScore(4), secondsLeft: 0 });
    expect(Date.parse(submitted.body.closedAt) - at('10:00:00').getTime()).toBeLessThan(5000);
    expect((await save(4, 1, answerFor(candidates[4].items[0])).expect(409)).body.code).toBe('ATTEMPT_SUBMITTED');
    expect((await http().post(`/api/v1/me/exam-attempts/${candidates[4].attemptId}/submit`).set(candidates[4].session.auth).expect(409)).body.code).toBe('ATTEMPT_SUBMITTED');
    expect((await http().post(online('/collect')).set(evaluators[0].session.auth).expect(409)).body.code).toBe('SESSION_NOT_ENDED');
  });

  it('at the end answers are refused; extra time lets one candidate answer after the others’ end; collection closes the rest', async () => {
    t.clock.travelTo(at('10:30:00'));
    const late = await save(5, candidates[5].items[0].number, answerFor(candidates[5].items[0], false)).expect(409);
    expect(late.body).toMatchObject({ code: 'EXAM_TIME_OVER', status: 409 });
    const closed = await attempt(5).expect(200);
    expect(closed.body).toMatchObject({ status: 'scored', closedBy: 'deadline', closedAt: at('10:30:00').toISOString(), score: expectedScore(5), secondsLeft: 0 });
    expect(closed.body.answers[0].answer).toEqual(answerFor(candidates[5].items[0]));
    await http().post(`/api/v1/me/exam-attempts/${candidates[6].attemptId}/events`).set(candidates[6].session.auth).send({ kind: 'page_return' }).expect(409);

    t.clock.travelTo(at('10:35:00'));
    // Candidate 3 (15 minutes short, 10 extra) corrects one wrong single choice after the others' end.
    const wrongOne = candidates[3].items.find((i) => i.kind === 'single_choice') as Item;
    await save(3, wrongOne.number, answerFor(wrongOne)).expect(200);
    const collected = await http().post(online('/collect')).set(evaluators[0].session.auth).expect(200);
    // 30 attempts: one handed in, two closed when touched after their deadline (an answer, an event), one still in its extra time.
    expect(collected.body).toEqual({ sessionId, collected: CANDIDATES - 4, stillAnswering: 1, notStarted: 0 });
    expect((await attempt(0).expect(200)).body).toMatchObject({ status: 'scored', closedBy: 'collected', closedAt: at('10:30:00').toISOString(), score: expectedScore(0) });

    t.clock.travelTo(at('10:40:00'));
    expect((await save(3, wrongOne.number, answerFor(wrongOne, false)).expect(409)).body.code).toBe('EXAM_TIME_OVER');
    const room = await http().get(online('/room')).set(coking.hr.auth).expect(200);
    expect(room.body).toMatchObject({ started: CANDIDATES, submitted: CANDIDATES });
    expect(room.body.candidates.find((c: { attemptId: string }) => c.attemptId === candidates[3].attemptId)).toMatchObject({ status: 'scored', score: expectedScore(3) + 5 });
    const after = await attempt(3).expect(200);
    expect(after.body).toMatchObject({ closedBy: 'deadline', closedAt: at('10:40:00').toISOString(), score: expectedScore(3) + 5 });
  });

  it('the scores become the theory component through the campaign’s scoring and results', async () => {
    t.clock.travelTo(new Date('2026-09-09T18:00:00+08:00'));
    const started = await ok(coking.hr, api('/start-scoring'));
    expect(started).toMatchObject({ theoryFromOnlineExams: CANDIDATES });
    const theory = (await http().get(api('/component-scores?component=theory')).set(coking.hr.auth).expect(200)).body;
    const score = (k: number) => (k === 3 ? expectedScore(3) + 5 : expectedScore(k));
    for (const [k, c] of candidates.entries()) {
      expect(theory.find((x: { applicationId: string }) => x.applicationId === c.applicationId)).toMatchObject({ status: 'scored', source: 'online_exam', score: score(k) });
    }
    const results = (await http().get(api('/results')).set(coking.hr.auth).expect(200)).body;
    const first = results.items.find((i: { applicationId: string }) => i.applicationId === candidates[1].applicationId);
    expect(first.components).toEqual(expect.arrayContaining([expect.objectContaining({ component: 'theory', score: expectedScore(1), passed: true })]));
    const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'component_score.online_exam_theory'`, [campaignId]);
    expect(audit[0].n).toBe(1);
  });
});
