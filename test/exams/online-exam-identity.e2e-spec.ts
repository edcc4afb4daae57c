import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { activeBank, examEvaluators, examWorld, openWelderCampaign } from './exam-world';

const BANKS = '/api/v1/question-banks';
const at = (time: string) => new Date(`2026-09-08T${time}+08:00`);

async function bankSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('试题');
  sheet.addRow(['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案']);
  for (let i = 0; i < 12; i++) sheet.addRow(['单选', 'K1 安全', 2, `核验单选第${i}题（ ）`, '甲', '乙', '丙', '丁', 'ABCD'[i % 4]]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

interface RoomCandidate {
  applicationId: string;
  fullName: string;
  hasPhoto: boolean;
  identity: { result: string | null; label: string; note: string | null; checkedAt: string | null; checkedBy: string | null };
}

/**
 * 核验身份 in the online exam room: the invigilator sees the photo of each candidate seated in
 * their room (nobody else does), records that the person matched it and the ID card, or a
 * mismatch with a note; audited, repeatable, refused after the end, and never a gate on the start.
 */
describe('online exam identity check (核验身份)', () => {
  let t: TestApp;
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let campaignId: string;
  const sessionIds: string[] = [];
  const invigilators: { profileId: string; session: Session }[] = [];
  const candidates: { personId: string; applicationId: string; name: string; session: Session }[] = [];
  /** The candidates seated in room A (online) and room B, by application id. */
  let roomA: string[];
  let roomB: string[];

  const http = () => t.http();
  const api = (path: string) => `/api/v1/campaigns/${campaignId}${path}`;
  const online = (path = '', session = sessionIds[0]) => api(`/exam-sessions/${session}/online-exam${path}`);
  const ok = async (who: Session, path: string, body: object = {}) => {
    const res = await http().post(path).set(who.auth).send(body);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const photo = (who: Session, applicationId: string, session = sessionIds[0]) => http().get(online(`/room/candidates/${applicationId}/photo`, session)).set(who.auth);
  const check = (who: Session, applicationId: string, body: object = {}) => http().post(online(`/room/candidates/${applicationId}/identity-check`)).set(who.auth).send(body);
  const room = async (who: Session = invigilators[0].session) => (await http().get(online('/room')).set(who.auth).expect(200)).body;
  const inRoom = async (applicationId: string): Promise<RoomCandidate> => (await room()).candidates.find((c: RoomCandidate) => c.applicationId === applicationId);
  const audits = async (applicationId: string): Promise<{ reason: string | null; before: unknown; after: { result: string; note: string | null; seatNo: number } }[]> =>
    t.dataSource.query(`SELECT reason, before, after FROM audit_events WHERE action = 'exam_seat.identity_checked' AND entity_id = $1 ORDER BY occurred_at, id`, [applicationId]);

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-09-01T09:00:00+08:00' });
    const s = new Scenario(t);
    const world = await examWorld(t, ['L4']);
    ({ coking, machinery } = world);
    const { bankId: bank } = await activeBank(t, world, { name: '焊工四级题库', rank: 'L4', sheet: await bankSheet() });
    const blueprintId = (
      await s.post(coking.hr, `${BANKS}/${bank}/blueprints`, {
        name: '十题', mode: 'per_candidate', durationMinutes: 60, passMark: 60, multipleChoiceRule: 'all_or_nothing',
        rules: [{ knowledgePoint: 'K1 安全', kind: 'single_choice', difficulty: null, count: 10, pointsEach: 10 }],
      })
    ).id;
    invigilators.push(...(await examEvaluators(t, world, ['监考甲', '监考乙'], 'idc')));
    campaignId = await openWelderCampaign(t, world, { name: '2026年焊工四级认定（核验身份）', capacity: 10 });
    for (let k = 0; k < 4; k++) {
      const name = `核验考生${k}`;
      const w = await s.worker(coking.hr, { fullName: name });
      const applicationId = (await ok(coking.hr, api('/applications'), { rank: 'L4', personId: w.id })).id;
      await ok(coking.hr, `/api/v1/applications/${applicationId}/approve`);
      candidates.push({ personId: w.id, applicationId, name, session: await s.workerLogin(coking.hr, w.id) });
    }
    for (const [k, roomName] of ['机房A', '机房B'].entries()) {
      const created = await ok(coking.hr, api('/exam-sessions'), {
        component: 'theory', place: '吕梁焦化集团培训中心', room: roomName, seatCount: 2,
        startsAt: '2026-09-08T09:00:00+08:00', endsAt: '2026-09-08T10:00:00+08:00', invigilatorIds: [invigilators[k].profileId],
      });
      sessionIds.push(created.id);
    }
    await ok(coking.hr, api('/close-registration'));
    await ok(coking.hr, api('/seating'), { component: 'theory' });
    await http().put(online()).set(coking.hr.auth).send({ blueprintId }).expect(200);
    await ok(coking.hr, api('/start-assessment'));
    const seats = async (session: string): Promise<string[]> =>
      (await http().get(api(`/exam-sessions/${session}/seats`)).set(coking.hr.auth).expect(200)).body.seats.map((x: { applicationId: string }) => x.applicationId);
    roomA = await seats(sessionIds[0]);
    roomB = await seats(sessionIds[1]);
    expect([roomA.length, roomB.length]).toEqual([2, 2]);
    // The first candidate of room A has a photo; the second has none.
    const jpeg = await sharp({ create: { width: 450, height: 600, channels: 3, background: '#3b6fb6' } }).jpeg().toBuffer();
    const first = candidates.find((c) => c.applicationId === roomA[0]);
    await http().put(`/api/v1/workers/${first?.personId}/photo`).set(coking.hr.auth).set('content-type', 'image/jpeg').send(jpeg).expect(200);
    t.clock.travelTo(at('08:45:00'));
  }, 300_000);
  afterAll(() => t.close());

  it('the room tells who has a photo, and every candidate starts unchecked', async () => {
    const view = await room();
    expect(view).toMatchObject({ identityUnchecked: 2, identityMismatches: 0 });
    const byId = new Map(view.candidates.map((c: RoomCandidate) => [c.applicationId, c]));
    expect(byId.get(roomA[0])).toMatchObject({ hasPhoto: true, identity: { result: null, label: '未核验 / Not checked', note: null, checkedAt: null, checkedBy: null } });
    expect(byId.get(roomA[1])).toMatchObject({ hasPhoto: false, identity: { result: null } });
  });

  it('the invigilator and HR of the body read the photo of a seated candidate, never cached', async () => {
    for (const who of [invigilators[0].session, coking.hr]) {
      const res = await photo(who, roomA[0]).buffer(true).expect(200);
      expect(res.headers['content-type']).toBe('image/jpeg');
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect((await sharp(res.body).metadata()).width).toBe(360);
    }
  });

  it('nobody else reads it: another room’s invigilator, another enterprise, a candidate seated elsewhere or without a photo', async () => {
    await photo(invigilators[1].session, roomA[0]).expect(404);
    await photo(machinery.hr, roomA[0]).expect(404);
    await photo(invigilators[0].session, roomB[0]).expect(404);
    await photo(invigilators[0].session, roomA[1]).expect(404);
    await photo(invigilators[0].session, '00000000-0000-4000-8000-000000000001').expect(404);
    // Room B does not run online, so its own invigilator has no room there either.
    await photo(invigilators[1].session, roomB[0], sessionIds[1]).expect(404);
    const worker = candidates.find((c) => c.applicationId === roomA[0])?.session as Session;
    await photo(worker, roomA[0]).expect(403);
    await check(invigilators[1].session, roomA[0]).expect(404);
    await check(machinery.hr, roomA[0]).expect(404);
    await check(invigilators[0].session, roomB[0]).expect(404);
    await check(worker, roomA[0]).expect(403);
  });

  it('核验: recorded on the seat with who and when, audited once; the same check again changes nothing', async () => {
    const first = await check(invigilators[0].session, roomA[0]).expect(200);
    expect(first.body).toMatchObject({ identityUnchecked: 1, identityMismatches: 0 });
    const checked = first.body.candidates.find((c: RoomCandidate) => c.applicationId === roomA[0]);
    expect(checked.identity).toEqual({ result: 'verified', label: '已核验 / Identity checked', note: null, checkedAt: expect.any(String), checkedBy: '监考甲' });
    // The clock runs on from where the test put it.
    expect(Date.parse(checked.identity.checkedAt) - at('08:45:00').getTime()).toBeLessThan(60_000);

    t.clock.travelTo(at('08:50:00'));
    await check(invigilators[0].session, roomA[0], { result: 'verified' }).expect(200);
    expect((await inRoom(roomA[0])).identity.checkedAt).toBe(checked.identity.checkedAt);
    const trail = await audits(roomA[0]);
    expect(trail).toEqual([{ reason: null, before: null, after: expect.objectContaining({ result: 'verified', note: null, seatNo: expect.any(Number) }) }]);
  });

  it('不符: a mismatch needs a note, shows in the room, and is audited with it', async () => {
    for (const body of [{ result: 'mismatch' }, { result: 'mismatch', note: '   ' }, { result: 'mismatch', note: '问'.repeat(501) }]) {
      const refused = await check(coking.hr, roomA[1], body).expect(400);
      expect(new Set(refused.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['note']));
    }
    expect((await check(coking.hr, roomA[1], { result: 'absent' }).expect(400)).body.errors[0].field).toBe('result');
    const mismatch = await check(coking.hr, roomA[1], { result: 'mismatch', note: '本人与身份证照片不符，已报考务' }).expect(200);
    expect(mismatch.body).toMatchObject({ identityUnchecked: 0, identityMismatches: 1 });
    expect((await inRoom(roomA[1])).identity).toMatchObject({ result: 'mismatch', label: '人证不符 / Does not match', note: '本人与身份证照片不符，已报考务' });
    expect(await audits(roomA[1])).toEqual([
      { reason: '本人与身份证照片不符，已报考务', before: null, after: expect.objectContaining({ result: 'mismatch', note: '本人与身份证照片不符，已报考务' }) },
    ]);
    // Cleared up at the door: the invigilator records the candidate as checked after all, audited with the mismatch before.
    await check(invigilators[0].session, roomA[1], { note: '核对身份证原件后确认本人' }).expect(200);
    const trail = await audits(roomA[1]);
    expect(trail).toHaveLength(2);
    expect(trail[1]).toMatchObject({ before: { result: 'mismatch' }, after: { result: 'verified', note: '核对身份证原件后确认本人' } });
  });

  it('never a gate: an unchecked candidate starts on the server’s clock like anyone else', async () => {
    const unchecked = candidates.find((c) => c.applicationId === roomA[1]) as (typeof candidates)[number];
    await http().post(online(`/room/candidates/${roomA[1]}/identity-check`)).set(coking.hr.auth).send({ result: 'mismatch', note: '再次核对仍不符' }).expect(200);
    t.clock.travelTo(at('09:00:10'));
    const started = await http().post(`/api/v1/me/exams/${sessionIds[0]}/start`).set(unchecked.session.auth).expect(200);
    expect(started.body.deadline).toBe(at('10:00:00').toISOString());
  });

  it('after the end of the session, checks are refused', async () => {
    t.clock.travelTo(at('10:00:00'));
    const before = (await audits(roomA[0])).length;
    expect((await check(invigilators[0].session, roomA[0], { result: 'mismatch', note: '迟到的记录' }).expect(409)).body.code).toBe('SESSION_ENDED');
    expect((await check(coking.hr, roomA[1]).expect(409)).body.code).toBe('SESSION_ENDED');
    expect(await audits(roomA[0])).toHaveLength(before);
    // The photo stays readable for the room's record.
    await photo(invigilators[0].session, roomA[0]).expect(200);
  });
});
