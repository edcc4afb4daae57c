import sharp from 'sharp';
import type { Session } from '../harness/auth';
import { pdfText } from '../harness/pdf-text';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { examWorld, WELDER } from './exam-world';

interface Candidate {
  personId: string;
  idNumber: string;
  name: string;
  applicationId: string;
  ticket: string;
  employer: 'coking' | 'agency';
}

/**
 * 考场编排 end to end: sessions with invigilators inside the assessment dates, an invigilator in
 * two overlapping rooms refused, too few seats refused, seating that keeps one employer's
 * candidates apart and out of a room whose invigilator must recuse from them, another tenant's
 * 404, and a worker who sees their own seat and nobody else's.
 */
describe('exam sessions and seating (考场编排)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let campaignId: string;
  const invigilators: { profileId: string; personId: string; name: string }[] = [];
  const candidates: Candidate[] = [];
  let worker: Session;
  let room1: string;
  let room2: string;
  let room3: string;
  let workshop: string;
  let usernames = 0;

  const http = () => t.http();
  const api = (path: string) => `/api/v1/campaigns/${campaignId}${path}`;
  const session = (over: Record<string, unknown> = {}) => ({
    component: 'theory',
    place: '吕梁焦化集团培训中心',
    room: '第1考场',
    seatCount: 3,
    startsAt: '2026-09-08T09:00:00+08:00',
    endsAt: '2026-09-08T10:30:00+08:00',
    invigilatorIds: [],
    ...over,
  });
  const ok = async (who: Session, path: string, body: object = {}) => {
    const res = await http().post(path).set(who.auth).send(body);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  async function invigilator(name: string): Promise<void> {
    const username = `invigilator${++usernames}`;
    const user = await s.post(coking.hr, '/api/v1/users', { username, password: PASSWORD, displayName: name, roles: ['evaluator'] });
    const person = await s.worker(coking.hr, { fullName: name });
    const profile = await s.post(coking.hr, '/api/v1/evaluators', {
      userId: user.id, personId: person.id, occupations: [WELDER], highestRank: 'L1',
      qualificationCertificateNumber: `KPY-EXAM-${String(usernames).padStart(4, '0')}`, validFrom: '2024-01-01', validUntil: '2029-12-31',
    });
    invigilators.push({ profileId: profile.id, personId: person.id, name });
  }

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-09-01T09:00:00+08:00' });
    s = new Scenario(t);
    ({ lvliang, taiyuan, coking, machinery } = await examWorld(t, ['L4']));
    const agency = await s.organization(lvliang.officer, 'dispatch_agency', '141102', '吕梁劳务派遣有限公司');
    const standards = await http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(coking.hr.auth).expect(200);
    const versionId = standards.body.items[0].inForce.id;
    for (const name of ['监考甲', '监考乙', '监考丙']) await invigilator(name);

    // Four of the enterprise's own staff and three dispatched by the agency.
    const people: [string, Candidate['employer']][] = [['王建国', 'coking'], ['李秀英', 'coking'], ['张伟', 'coking'], ['刘洋', 'coking'], ['赵派遣', 'agency'], ['钱派遣', 'agency'], ['孙派遣', 'agency']];
    for (const [name, employer] of people) {
      const w = await s.worker(coking.hr, { fullName: name }, employer === 'agency' ? { employmentType: 'dispatched', employerOrganizationId: agency.org.id } : {});
      candidates.push({ personId: w.id, idNumber: w.idNumber, name, applicationId: '', ticket: '', employer });
    }
    // 监考丙 is 张伟's close relative: 张伟 may not sit a room 监考丙 invigilates.
    await s.post(coking.hr, `/api/v1/workers/${invigilators[2].personId}/relations`, { relatedPersonId: candidates[2].personId, kind: 'relative' });
    worker = await s.workerLogin(coking.hr, candidates[0].personId);

    const campaign = await ok(coking.hr, '/api/v1/campaigns', {
      name: '2026年焊工四级认定', occupationCode: WELDER, standardVersionId: versionId, levels: [{ rank: 'L4', capacity: 20 }],
      registrationOpensOn: '2026-09-01', registrationClosesOn: '2026-09-05', assessmentStartsOn: '2026-09-08', assessmentEndsOn: '2026-09-09',
      allowedEmploymentTypes: ['regular', 'dispatched'],
    });
    campaignId = campaign.id;
    await ok(coking.hr, api('/file'));
    await ok(lvliang.officer, api('/acknowledge'));
    await ok(coking.hr, api('/open-registration'));
    for (const c of candidates) {
      c.applicationId = (await ok(coking.hr, api('/applications'), { rank: 'L4', personId: c.personId })).id;
      c.ticket = (await ok(coking.hr, `/api/v1/applications/${c.applicationId}/approve`)).ticketNumber;
    }
  });
  afterAll(() => t.close());

  it('HR adds sessions with invigilators; times are China time inside the assessment dates, and every change is audited', async () => {
    const first = await http().post(api('/exam-sessions')).set(coking.hr.auth).send(session({ invigilatorIds: [invigilators[0].profileId] })).expect(201);
    expect(first.body).toMatchObject({
      component: 'theory', componentLabel: '理论知识考试', rank: null, room: '第1考场', seatCount: 3, seated: 0, status: 'scheduled', statusLabel: '已安排',
      startsAt: '2026-09-08T01:00:00.000Z', startsAtChina: '2026-09-08 09:00', endsAtChina: '2026-09-08 10:30',
      invigilators: [{ profileId: invigilators[0].profileId, name: '监考甲' }],
    });
    room1 = first.body.id;
    room2 = (await ok(coking.hr, api('/exam-sessions'), session({ room: '第2考场', invigilatorIds: [invigilators[1].profileId] }))).id;
    const list = await http().get(api('/exam-sessions')).set(coking.hr.auth).expect(200);
    expect(list.body.map((x: { room: string }) => x.room)).toEqual(['第1考场', '第2考场']);
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [room1]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['exam_session.create']);
  });

  it('refuses an end before the start, a day outside the assessment dates and a component the level lacks, each under its field', async () => {
    const backwards = await http().post(api('/exam-sessions')).set(coking.hr.auth).send(session({ endsAt: '2026-09-08T08:00:00+08:00' })).expect(422);
    expect(backwards.body).toMatchObject({ code: 'EXAM_SESSION_INVALID', errors: [{ field: 'endsAt', code: 'notAfterStart', message: expect.stringContaining('结束时间须晚于开始时间') }] });
    // 2026-09-09 23:30 in China is still the 9th; 2026-09-10 00:30 is not, though it is the 9th in UTC.
    const late = await http().post(api('/exam-sessions')).set(coking.hr.auth).send(session({ startsAt: '2026-09-09T23:00:00+08:00', endsAt: '2026-09-10T00:30:00+08:00' })).expect(422);
    expect(late.body.errors).toEqual([expect.objectContaining({ field: 'endsAt', code: 'outsideAssessment', message: expect.stringContaining('2026-09-08 至 2026-09-09') })]);
    const review = await http().post(api('/exam-sessions')).set(coking.hr.auth).send(session({ component: 'comprehensive_review' })).expect(422);
    expect(review.body.errors).toEqual([expect.objectContaining({ field: 'component', code: 'notInLevel' })]);
  });

  it.each([
    ['no seats', { seatCount: 0 }, 'seatCount'],
    ['more than 500 seats', { seatCount: 501 }, 'seatCount'],
    ['a time without its offset', { startsAt: '2026-09-08T09:00:00' }, 'startsAt'],
    ['a room name over 50 characters', { room: '考'.repeat(51) }, 'room'],
    ['the same invigilator twice', { invigilatorIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001'] }, 'invigilatorIds'],
  ])('refuses %s with a 400 under the field', async (_name, over, field) => {
    const res = await http().post(api('/exam-sessions')).set(coking.hr.auth).send(session(over)).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses an invigilator already in an overlapping session; back to back is fine', async () => {
    const clash = await http()
      .post(api('/exam-sessions'))
      .set(coking.hr.auth)
      .send(session({ component: 'practical', room: '实训车间', startsAt: '2026-09-08T10:00:00+08:00', endsAt: '2026-09-08T12:00:00+08:00', invigilatorIds: [invigilators[2].profileId, invigilators[0].profileId] }))
      .expect(422);
    expect(clash.body).toMatchObject({ code: 'INVIGILATOR_BUSY', errors: [{ field: 'invigilatorIds[1]', code: 'busy', message: expect.stringContaining('监考甲同一时间已在吕梁焦化集团培训中心第1考场监考') }] });
    const practical = await http()
      .post(api('/exam-sessions'))
      .set(coking.hr.auth)
      .send(session({ component: 'practical', room: '实训车间', startsAt: '2026-09-08T10:30:00+08:00', endsAt: '2026-09-08T12:00:00+08:00', seatCount: 10, invigilatorIds: [invigilators[0].profileId] }))
      .expect(201);
    workshop = practical.body.id;
    const notInPool = await http().post(api('/exam-sessions')).set(coking.hr.auth).send(session({ invigilatorIds: ['00000000-0000-4000-8000-000000000001'] })).expect(422);
    expect(notInPool.body.errors).toEqual([expect.objectContaining({ field: 'invigilatorIds[0]', code: 'notInPool' })]);
  });

  it('another tenant gets 404 for the campaign’s sessions; the bureau of the region reads them', async () => {
    await http().get(api('/exam-sessions')).set(machinery.hr.auth).expect(404);
    await http().post(api('/exam-sessions')).set(machinery.hr.auth).send(session()).expect(404);
    await http().put(api(`/exam-sessions/${room1}`)).set(machinery.hr.auth).send(session()).expect(404);
    await http().get(api(`/exam-sessions/${room1}/seats`)).set(machinery.hr.auth).expect(404);
    await http().post(api('/seating')).set(machinery.hr.auth).send({ component: 'theory' }).expect(404);
    await http().get(api('/exam-sessions')).set(taiyuan.officer.auth).expect(404);
    await http().get(api('/exam-sessions')).set(lvliang.officer.auth).expect(200);
    await http().post(api('/exam-sessions')).set(lvliang.officer.auth).send(session()).expect(403);
  });

  it('seats only once registration has closed, and refuses more candidates than seats', async () => {
    const early = await http().post(api('/seating')).set(coking.hr.auth).send({ component: 'theory' }).expect(409);
    expect(early.body.code).toBe('CAMPAIGN_NOT_READY_FOR_SEATING');
    await ok(coking.hr, api('/close-registration'));
    const short = await http().post(api('/seating')).set(coking.hr.auth).send({ component: 'theory' }).expect(422);
    expect(short.body).toMatchObject({ code: 'SEATS_SHORT', errors: [{ field: 'component', message: '考生7人，考场座位只有6个，请增加考场或座位' }] });
  });

  it('seats every candidate, one employer’s never side by side, and nobody in a room whose invigilator must recuse from them', async () => {
    // 第3考场 is invigilated by 张伟's relative.
    room3 = (await ok(coking.hr, api('/exam-sessions'), session({ room: '第3考场', seatCount: 2, invigilatorIds: [invigilators[2].profileId] }))).id;
    for (let run = 0; run < 3; run++) {
      const seating = await http().post(api('/seating')).set(coking.hr.auth).send({ component: 'theory' }).expect(200);
      expect(seating.body).toMatchObject({ component: 'theory', algorithm: 'seating-v1', candidateCount: 7, seed: expect.any(Number) });
      const plans = await Promise.all([room1, room2, room3].map(async (id) => (await http().get(api(`/exam-sessions/${id}/seats`)).set(coking.hr.auth).expect(200)).body));
      const seated = plans.flatMap((p) => p.seats.map((x: { ticketNumber: string }) => x.ticketNumber)).sort();
      expect(seated).toEqual(candidates.map((c) => c.ticket).sort());
      expect(plans[2].seats.map((x: { fullName: string }) => x.fullName)).not.toContain('张伟');
      // 4 of one employer and 3 of another in rooms of 3, 3 and 2 seats can always be separated.
      expect(plans.map((p) => p.adjacentSameEmployer)).toEqual([0, 0, 0]);
      expect(seating.body.adjacentSameGroup).toBe(0);
      for (const p of plans) expect(p.seats.map((x: { seatNo: number }) => x.seatNo)).toEqual(p.seats.map((_: unknown, i: number) => i + 1));
    }
    const runs = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'exam_seating.run' AND entity_id = $1`, [campaignId]);
    expect(runs[0].n).toBe(3);
  });

  it('refuses to make the recused relative invigilate a room where 张伟 already sits, and to shrink a room below its seated candidates', async () => {
    const zhang = candidates[2];
    const seats = (await http().get(`/api/v1/applications/${zhang.applicationId}/exam-seats`).set(coking.hr.auth).expect(200)).body;
    const roomOfZhang = seats[0].sessionId;
    const plan = (await http().get(api(`/exam-sessions/${roomOfZhang}/seats`)).set(coking.hr.auth).expect(200)).body;
    // 监考丙 leaves 第3考场 first, so the only thing against him is 张伟.
    await http().put(api(`/exam-sessions/${room3}`)).set(coking.hr.auth).send(session({ room: '第3考场', seatCount: 2, invigilatorIds: [] })).expect(200);
    const recused = await http()
      .put(api(`/exam-sessions/${roomOfZhang}`))
      .set(coking.hr.auth)
      .send(session({ room: plan.session.room, seatCount: plan.session.seatCount, invigilatorIds: [invigilators[2].profileId] }))
      .expect(422);
    expect(recused.body).toMatchObject({ code: 'INVIGILATOR_RECUSED', errors: [{ field: 'invigilatorIds[0]', code: 'recused', message: `监考丙须回避准考证号 ${zhang.ticket} 的考生（近亲属 / Close relative）` }] });
    const shrink = await http().put(api(`/exam-sessions/${roomOfZhang}`)).set(coking.hr.auth).send(session({ room: plan.session.room, seatCount: 1 })).expect(422);
    expect(shrink.body).toMatchObject({ code: 'SEATS_TAKEN', errors: [{ field: 'seatCount', code: 'belowSeated' }] });
  });

  it('a candidate never sits two overlapping sessions: the practical moved into the theory hours has no room for anyone', async () => {
    await http()
      .put(api(`/exam-sessions/${workshop}`))
      .set(coking.hr.auth)
      .send(session({ component: 'practical', room: '实训车间', startsAt: '2026-09-08T10:00:00+08:00', endsAt: '2026-09-08T12:00:00+08:00', seatCount: 10 }))
      .expect(200);
    const clash = await http().post(api('/seating')).set(coking.hr.auth).send({ component: 'practical' }).expect(422);
    expect(clash.body.code).toBe('NO_ALLOWED_ROOM');
    expect(clash.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(candidates.map((c) => `candidates.${c.ticket}`).sort());
    await http()
      .put(api(`/exam-sessions/${workshop}`))
      .set(coking.hr.auth)
      .send(session({ component: 'practical', room: '实训车间', startsAt: '2026-09-08T13:00:00+08:00', endsAt: '2026-09-08T15:00:00+08:00', seatCount: 10 }))
      .expect(200);
    const seated = await http().post(api('/seating')).set(coking.hr.auth).send({ component: 'practical' }).expect(200);
    expect(seated.body.candidateCount).toBe(7);
    // Seated, the practical cannot move back over the theory.
    const moveBack = await http()
      .put(api(`/exam-sessions/${workshop}`))
      .set(coking.hr.auth)
      .send(session({ component: 'practical', room: '实训车间', startsAt: '2026-09-08T10:00:00+08:00', endsAt: '2026-09-08T12:00:00+08:00', seatCount: 10 }))
      .expect(422);
    expect(moveBack.body.code).toBe('CANDIDATE_BUSY');
  });

  it('the worker sees their own session and seat, and gets 404 for another candidate’s', async () => {
    const own = await http().get(`/api/v1/applications/${candidates[0].applicationId}/exam-seats`).set(worker.auth).expect(200);
    expect(own.body).toEqual([
      expect.objectContaining({ component: 'theory', componentLabel: '理论知识考试', ticketNumber: candidates[0].ticket, place: '吕梁焦化集团培训中心', startsAtChina: '2026-09-08 09:00', seatLabel: expect.stringMatching(/^0[1-3]$/) }),
      expect.objectContaining({ component: 'practical', componentLabel: '技能考核', room: '实训车间', startsAtChina: '2026-09-08 13:00' }),
    ]);
    await http().get(`/api/v1/applications/${candidates[1].applicationId}/exam-seats`).set(worker.auth).expect(404);
    expect(JSON.stringify(own.body)).not.toContain(candidates[0].idNumber);
  });

  const download = (who: Session, path: string) =>
    http().get(path).set(who.auth).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  /** The PDF as latin1 text: its pages, and the ticket numbers it lists in Keywords (page text is subset glyphs). */
  const inspect = (body: Buffer) => {
    const text = body.toString('latin1');
    // pdfkit writes each info entry as an indirect string object: `/Keywords 12 0 R` … `12 0 obj\n(…)`.
    const ref = /\/Keywords (\d+) 0 R/.exec(text)?.[1];
    const keywords = ref ? new RegExp(`\\n${ref} 0 obj\\n\\(([0-9 ]*)\\)`).exec(text)?.[1].split(' ') ?? [] : [];
    return { text, pages: (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length, keywords };
  };

  it('the worker downloads their own admission ticket: one page carrying their ticket number; another candidate’s is 404', async () => {
    const res = await download(worker, `/api/v1/applications/${candidates[0].applicationId}/admission-ticket`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="admission-ticket-${candidates[0].ticket}.pdf"`);
    const pdf = inspect(res.body as Buffer);
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
    expect(pdf.pages).toBe(1);
    expect(pdf.keywords).toEqual([candidates[0].ticket]);
    expect(pdf.text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    await http().get(`/api/v1/applications/${candidates[1].applicationId}/admission-ticket`).set(worker.auth).expect(404);
    await http().get(api('/admission-tickets')).set(worker.auth).expect(403);
  });

  it('HR prints the tickets of the campaign or of one room as one PDF, one page per candidate, and a room’s check-in list', async () => {
    const all = inspect((await download(coking.hr, api('/admission-tickets')).expect(200)).body as Buffer);
    expect(all.pages).toBe(7);
    expect(all.keywords).toEqual(candidates.map((c) => c.ticket).sort());
    const plan = (await http().get(api(`/exam-sessions/${room1}/seats`)).set(coking.hr.auth).expect(200)).body;
    const one = inspect((await download(coking.hr, api(`/admission-tickets?sessionId=${room1}`)).expect(200)).body as Buffer);
    expect(one.keywords).toEqual(plan.seats.map((x: { ticketNumber: string }) => x.ticketNumber).sort());
    expect(one.pages).toBe(plan.seats.length);
    const list = inspect((await download(coking.hr, api(`/exam-sessions/${room1}/check-in-list`)).expect(200)).body as Buffer);
    expect(list.pages).toBe(1);
    expect(list.keywords).toEqual(plan.seats.map((x: { ticketNumber: string }) => x.ticketNumber));
    await http().get(api('/admission-tickets')).set(machinery.hr.auth).expect(404);
    await http().get(api(`/exam-sessions/${room1}/check-in-list`)).set(machinery.hr.auth).expect(404);
    const bad = await http().get(api('/admission-tickets?component=essay')).set(coking.hr.auth).expect(400);
    expect(bad.body.errors[0].field).toBe('component');
  });

  it('a candidate’s 证件照 is printed in the ticket’s photo box and on the check-in list; without one the box stays empty', async () => {
    const photo = await sharp({ create: { width: 450, height: 600, channels: 3, background: '#3b6fb6' } }).jpeg().toBuffer();
    await http().put(`/api/v1/workers/${candidates[0].personId}/photo`).set(coking.hr.auth).set('content-type', 'image/jpeg').send(photo).expect(200);
    const own = pdfText((await download(worker, `/api/v1/applications/${candidates[0].applicationId}/admission-ticket`).expect(200)).body as Buffer);
    expect(own.images).toEqual([{ width: 360, height: 480, filter: 'DCTDecode' }]);
    expect(own.lines).not.toContain('照片');
    expect(own.lines).toContain(candidates[0].name);
    const all = pdfText((await download(coking.hr, api('/admission-tickets')).expect(200)).body as Buffer);
    expect(all.images).toHaveLength(1);
    expect(all.lines.filter((l) => l === '照片')).toHaveLength(candidates.length - 1);
    // The seating's seed is drawn per run, so the candidate may sit in any of the three rooms.
    const lists = [room1, room2, room3].map(async (room) => pdfText((await download(coking.hr, api(`/exam-sessions/${room}/check-in-list`)).expect(200)).body as Buffer).images.length);
    expect((await Promise.all(lists)).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('cancelling a room needs a reason, frees its seats and keeps the record', async () => {
    const noReason = await http().post(api(`/exam-sessions/${room2}/cancel`)).set(coking.hr.auth).send({}).expect(400);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason' });
    const cancelled = await http().post(api(`/exam-sessions/${room2}/cancel`)).set(coking.hr.auth).send({ reason: '考场停电' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '考场停电', seated: 0 });
    await http().post(api(`/exam-sessions/${room2}/cancel`)).set(coking.hr.auth).send({ reason: '再次' }).expect(409);
    const audit = await t.dataSource.query(`SELECT action, reason FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [room2]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['exam_session.create', 'exam_session.cancel']);
    expect(audit[1].reason).toBe('考场停电');
  });
});
