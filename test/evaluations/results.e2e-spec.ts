import ExcelJS from 'exceljs';
import { CertificatesService } from '@skill-ladder/evaluations';
import { Session } from '../harness/auth';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const at = (date: string) => new Date(`${date}T09:00:00+08:00`);

interface Candidate {
  id: string;
  idNumber: string;
  name: string;
  applicationId: string;
  ticket: string;
}

/**
 * A full campaign through HTTP: filing, registration, the draw, score sheets, theory import,
 * moderation (复核), results, publicity with an upheld and a dismissed objection, finalization
 * with certificates, verification, the worker's profile, the report to the bureau, and the
 * carry-over of a failed candidate's passed component into a later campaign.
 */
describe('scoring, results, publicity and finalization (评分、结果、公示、发证)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let versionId: string;
  let campaignId: string;
  const evaluators: { profileId: string; session: Session; name: string }[] = [];
  const c: Record<'wang' | 'li' | 'zhang' | 'liu', Candidate> = {} as never;
  let wangSession: Session;
  let objector: Session;
  let noticeId: string;
  const idNumbers: string[] = [];
  let usernames = 0;

  const http = () => t.http();
  const get = (session: Session, path: string) => http().get(`/api/v1${path}`).set(session.auth);
  const post = (session: Session, path: string, body: object = {}) => http().post(`/api/v1${path}`).set(session.auth).send(body);
  const ok = async (session: Session, path: string, body: object = {}) => {
    const res = await post(session, path, body);
    if (res.status !== 200 && res.status !== 201) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const expectNoIdNumber = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const idNumber of idNumbers) expect(text).not.toContain(idNumber);
  };
  const workbook = async (rows: (string | number)[][]) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('成绩');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  };
  const download = (session: Session, path: string) =>
    get(session, path).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });

  /** An evaluator of `hr`'s enterprise with a worker record and a login. */
  async function evaluatorOf(hr: Session, name: string, occupation = WELDER): Promise<{ profileId: string; personId: string; session: Session; name: string }> {
    const username = `evaluator${++usernames}`;
    const user = await s.post(hr, '/api/v1/users', { username, password: PASSWORD, displayName: name, roles: ['evaluator'] });
    const person = await s.worker(hr, { fullName: name });
    idNumbers.push(person.idNumber);
    const profile = await s.post(hr, '/api/v1/evaluators', {
      userId: user.id, personId: person.id, occupations: [occupation], highestRank: 'L1',
      qualificationCertificateNumber: `KPY-1411-${String(usernames).padStart(4, '0')}`, validFrom: '2024-01-01', validUntil: '2029-12-31',
    });
    const session = await http().post('/api/v1/auth/login').send({ username, password: PASSWORD });
    return { profileId: profile.id, personId: person.id, name, session: { token: session.body.accessToken, refreshToken: session.body.refreshToken, auth: { Authorization: `Bearer ${session.body.accessToken}` } } };
  }

  async function registerEvaluator(name: string): Promise<void> {
    evaluators.push(await evaluatorOf(coking.hr, name));
  }

  /** A campaign for 四级/中级工 on the national standard, through filing, registration and the practical draw. */
  async function campaignUpToDraw(
    name: string,
    dates: [string, string, string, string],
    register: (campaign: string) => Promise<void>,
    afterDraw?: (campaign: string) => Promise<void>,
  ): Promise<string> {
    const [opens, closes, starts, ends] = dates;
    const campaign = await ok(coking.hr, '/campaigns', {
      name, occupationCode: WELDER, standardVersionId: versionId, levels: [{ rank: 'L4', capacity: 20 }],
      registrationOpensOn: opens, registrationClosesOn: closes, assessmentStartsOn: starts, assessmentEndsOn: ends,
    });
    await ok(coking.hr, `/campaigns/${campaign.id}/file`);
    await ok(lvliang.officer, `/campaigns/${campaign.id}/acknowledge`);
    await ok(coking.hr, `/campaigns/${campaign.id}/open-registration`);
    await register(campaign.id);
    await ok(coking.hr, `/campaigns/${campaign.id}/close-registration`);
    await ok(coking.hr, `/campaigns/${campaign.id}/start-assessment`);
    await ok(coking.hr, `/campaigns/${campaign.id}/draws`, { rank: 'L4', component: 'practical' });
    await afterDraw?.(campaign.id);
    return campaign.id;
  }

  async function approve(applicationId: string): Promise<string> {
    const approved = await ok(coking.hr, `/applications/${applicationId}/approve`);
    return approved.ticketNumber;
  }

  const sheetOf = async (evaluator: number, candidate: Candidate, campaign = campaignId) => {
    const list = await get(evaluators[evaluator].session, `/score-sheets?campaignId=${campaign}`).expect(200);
    return list.body.find((sheet: { applicationId: string }) => sheet.applicationId === candidate.applicationId);
  };
  const componentScore = async (candidate: Candidate, component: string, campaign = campaignId) => {
    const list = await get(coking.hr, `/campaigns/${campaign}/component-scores?component=${component}`).expect(200);
    return list.body.find((cs: { applicationId: string }) => cs.applicationId === candidate.applicationId);
  };

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-09-01T09:00:00+08:00', PUBLIC_BASE_URL: 'https://skills.lvliang.example' });
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    const filing = await s.post(coking.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L5', 'L4', 'L3'] }] });
    await s.post(lvliang.officer, `/api/v1/evaluation-bodies/${filing.id}/approve`, { institutionCode: '0000', stationSerial: '000123' });
    const standards = await get(coking.hr, `/standards?occupationCode=${WELDER}&source=national`).expect(200);
    versionId = standards.body.items[0].inForce.id;
    for (const name of ['考评员甲', '考评员乙', '考评员丙']) await registerEvaluator(name);
    for (const [key, name] of [['wang', '王建国'], ['li', '李秀英'], ['zhang', '张伟'], ['liu', '刘洋']] as const) {
      const worker = await s.worker(coking.hr, { fullName: name });
      idNumbers.push(worker.idNumber);
      c[key] = { id: worker.id, idNumber: worker.idNumber, name, applicationId: '', ticket: '' };
    }
    wangSession = await s.workerLogin(coking.hr, c.wang.id);
    const objectorWorker = await s.worker(coking.hr, { fullName: '赵敏' });
    idNumbers.push(objectorWorker.idNumber);
    objector = await s.workerLogin(coking.hr, objectorWorker.id);

    campaignId = await campaignUpToDraw('2026年焊工四级认定', ['2026-09-01', '2026-09-05', '2026-09-08', '2026-09-09'], async (id) => {
      // 王建国 applies himself; HR registers the others.
      const own = await ok(wangSession, `/campaigns/${id}/applications`, { rank: 'L4' });
      c.wang.applicationId = own.id;
      for (const key of ['li', 'zhang', 'liu'] as const) c[key].applicationId = (await ok(coking.hr, `/campaigns/${id}/applications`, { rank: 'L4', personId: c[key].id })).id;
      for (const key of ['wang', 'li', 'zhang', 'liu'] as const) c[key].ticket = await approve(c[key].applicationId);
    });
  });
  afterAll(() => t.close());

  it('starts scoring: one draft sheet per drawn evaluator and candidate; theory comes from the exam system', async () => {
    // The committee chair is one of the practical evaluators: they may not moderate what they scored.
    await http().put(`/api/v1/campaigns/${campaignId}/scoring-settings`).set(coking.hr.auth).send({ chairProfileId: evaluators[0].profileId }).expect(200);
    const started = await ok(coking.hr, `/campaigns/${campaignId}/start-scoring`);
    expect(started).toEqual({ campaignId, componentScores: 8, sheets: 12, carriedOver: 0, theoryFromOnlineExams: 0 });
    const again = await post(coking.hr, `/campaigns/${campaignId}/start-scoring`).expect(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');

    const mine = await get(evaluators[0].session, '/score-sheets').expect(200);
    expect(mine.body).toHaveLength(4);
    expect(mine.body[0]).toMatchObject({ campaignId, component: 'practical', componentLabel: '技能考核 / Practical skills exam', status: 'draft', maxScore: 100, rubric: [] });
    expectNoIdNumber(mine.body);
    const campaign = await get(coking.hr, `/campaigns/${campaignId}`).expect(200);
    expect(campaign.body).toMatchObject({ status: 'scoring', allowedActions: ['publish_results'] });
  });

  it('component scores of a campaign one may not see, or that does not exist, are 404, not an empty list', async () => {
    await get(coking.hr, `/campaigns/${campaignId}/component-scores`).expect(200);
    const other = await s.organization(lvliang.officer, 'enterprise', '141102');
    const foreign = await get(other.hr, `/campaigns/${campaignId}/component-scores`).expect(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    await get(taiyuan.officer, `/campaigns/${campaignId}/component-scores`).expect(404);
    await get(coking.hr, '/campaigns/00000000-0000-4000-8000-000000000000/component-scores').expect(404);
    await get(evaluators[1].session, `/campaigns/${campaignId}/component-scores`).expect(404);
    await get(evaluators[0].session, `/campaigns/${campaignId}/component-scores`).expect(200);
  });

  it('an evaluator sees only their own sheets: another evaluator’s sheet, HR and workers get 404 or 403', async () => {
    const sheet = await sheetOf(0, c.wang);
    await get(evaluators[0].session, `/score-sheets/${sheet.id}`).expect(200);
    await get(evaluators[1].session, `/score-sheets/${sheet.id}`).expect(404);
    await http().put(`/api/v1/score-sheets/${sheet.id}`).set(evaluators[1].session.auth).send({ score: 10 }).expect(404);
    await post(evaluators[1].session, `/score-sheets/${sheet.id}/submit`, { score: 10 }).expect(404);
    await get(coking.hr, `/score-sheets/${sheet.id}`).expect(403);
    await get(wangSession, '/score-sheets').expect(403);
  });

  it('drafts save; a submitted sheet is locked; a retried submission answers the same', async () => {
    const sheet = await sheetOf(0, c.wang);
    const draft = await http().put(`/api/v1/score-sheets/${sheet.id}`).set(evaluators[0].session.auth).send({ score: 80, note: '焊缝成形良好' }).expect(200);
    expect(draft.body).toMatchObject({ status: 'draft', score: 80, note: '焊缝成形良好' });
    const invalid = await http().put(`/api/v1/score-sheets/${sheet.id}`).set(evaluators[0].session.auth).send({ score: 100.5 }).expect(422);
    expect(invalid.body).toMatchObject({ code: 'SHEET_INVALID', errors: [expect.objectContaining({ field: 'score', code: 'range' })] });

    const first = await post(evaluators[0].session, `/score-sheets/${sheet.id}/submit`, { score: 85 }).expect(200);
    expect(first.body).toMatchObject({ status: 'submitted', score: 85, statusLabel: '已提交（锁定） / Submitted, locked' });
    const retry = await post(evaluators[0].session, `/score-sheets/${sheet.id}/submit`, { score: 85 }).expect(200);
    expect(retry.body).toEqual(first.body);
    const empty = await post(evaluators[0].session, `/score-sheets/${sheet.id}/submit`).expect(200);
    expect(empty.body).toEqual(first.body);
    expect((await post(evaluators[0].session, `/score-sheets/${sheet.id}/submit`, { score: 95 }).expect(409)).body.code).toBe('SHEET_LOCKED');
    expect((await http().put(`/api/v1/score-sheets/${sheet.id}`).set(evaluators[0].session.auth).send({ score: 95 }).expect(409)).body.code).toBe('SHEET_LOCKED');
    const audit = await get(coking.hr, `/audit-events?entityId=${sheet.id}&action=score_sheet.submit`).expect(200);
    expect(audit.body.total).toBe(1);
  });

  it('scoring progress: per level and component, candidates by state and each evaluator’s sheets submitted, drafted or not started', async () => {
    // 考评员乙 saves a draft for 李秀英; 考评员甲 submitted 王建国 above.
    const draft = await sheetOf(1, c.li);
    await http().put(`/api/v1/score-sheets/${draft.id}`).set(evaluators[1].session.auth).send({ score: 70 }).expect(200);
    const progress = await get(coking.hr, `/campaigns/${campaignId}/scoring-progress`).expect(200);
    expect(progress.body.campaignId).toBe(campaignId);
    expect(progress.body.components.map((x: { rank: string; component: string }) => `${x.rank} ${x.component}`)).toEqual(['L4 theory', 'L4 practical']);
    const [theory, practical] = progress.body.components;
    expect(theory).toMatchObject({ candidates: 4, pending: 4, scored: 0, sheetsSubmitted: 0, sheetsDrafted: 0, sheetsNotStarted: 0, evaluators: [] });
    expect(practical).toMatchObject({
      componentLabel: '技能考核 / Practical skills exam', candidates: 4, pending: 4, scored: 0, carriedOver: 0, absent: 0, voided: 0,
      sheetsSubmitted: 1, sheetsDrafted: 1, sheetsNotStarted: 10,
    });
    // The most outstanding first: HR chases 考评员丙 before the others.
    expect(practical.evaluators[0]).toEqual({ evaluatorProfileId: evaluators[2].profileId, evaluatorName: '考评员丙', submitted: 0, drafted: 0, notStarted: 4 });
    expect(practical.evaluators.slice(1)).toEqual(expect.arrayContaining([
      { evaluatorProfileId: evaluators[0].profileId, evaluatorName: '考评员甲', submitted: 1, drafted: 0, notStarted: 3 },
      { evaluatorProfileId: evaluators[1].profileId, evaluatorName: '考评员乙', submitted: 0, drafted: 1, notStarted: 3 },
    ]));
    expect(practical.evaluators).toHaveLength(3);
    // The bureau of the region reads it; another enterprise, another region and evaluators do not.
    await get(lvliang.officer, `/campaigns/${campaignId}/scoring-progress`).expect(200);
    const other = await s.organization(lvliang.officer, 'enterprise', '141102');
    expect((await get(other.hr, `/campaigns/${campaignId}/scoring-progress`).expect(404)).body.code).toBe('NOT_FOUND');
    await get(taiyuan.officer, `/campaigns/${campaignId}/scoring-progress`).expect(404);
    await get(evaluators[0].session, `/campaigns/${campaignId}/scoring-progress`).expect(403);
  });

  it('aggregates each candidate’s practical exam; a spread above 15 goes to moderation (复核)', async () => {
    const scores: [Candidate, number[]][] = [
      [c.wang, [85, 88, 90]],
      [c.li, [60, 80, 90]],
      [c.zhang, [50, 55, 52]],
      [c.liu, [45, 50, 48]],
    ];
    for (const [candidate, byEvaluator] of scores) {
      for (const [i, score] of byEvaluator.entries()) {
        const sheet = await sheetOf(i, candidate);
        if (sheet.status !== 'submitted') await post(evaluators[i].session, `/score-sheets/${sheet.id}/submit`, { score }).expect(200);
      }
    }
    // 263 / 3 = 87.666… → 87.7 (half away from zero, one decimal)
    expect(await componentScore(c.wang, 'practical')).toMatchObject({ status: 'scored', source: 'sheets', score: 87.7, spread: 5, sheets: expect.any(Array) });
    const moderated = await componentScore(c.li, 'practical');
    expect(moderated).toMatchObject({ status: 'moderation', statusLabel: '待复核 / Awaiting moderation', score: null, aggregateScore: 76.7, spread: 30, moderationThreshold: 15 });
    expect(moderated.sheets.map((x: { score: number }) => x.score).sort()).toEqual([60, 80, 90]);
    expect(await componentScore(c.zhang, 'practical')).toMatchObject({ status: 'scored', score: 52.3 });
  });

  it('imports theory scores from the exam system’s XLSX with a per-row report', async () => {
    const sheet = await workbook([
      ['准考证号', '姓名', '成绩'],
      [c.wang.ticket, '王建国', 92],
      [c.li.ticket, '李秀英', 75],
      [c.zhang.ticket, '张伟', 81],
      [c.liu.ticket, '刘洋', 70],
      ['X-0000', '某某', 66],
      [c.wang.ticket, '王建国', 93],
    ]);
    const report = await http().post(`/api/v1/campaigns/${campaignId}/theory-scores/import`).set(coking.hr.auth).set('Content-Type', XLSX).send(sheet).expect(200);
    expect(report.body).toMatchObject({ rows: 6, imported: 4, unchanged: 0 });
    expect(report.body.badRows.map((r: { row: number; code: string }) => [r.row, r.code])).toEqual([[6, 'unknownTicket'], [7, 'duplicateInFile']]);
    const again = await http().post(`/api/v1/campaigns/${campaignId}/theory-scores/import`).set(coking.hr.auth).set('Content-Type', XLSX).send(sheet).expect(200);
    expect(again.body).toMatchObject({ imported: 0, unchanged: 4 });
    expect(await componentScore(c.wang, 'theory')).toMatchObject({ status: 'scored', source: 'import', score: 92 });
  });

  describe('the committee chair (评审委员会主任)', () => {
    // Chairs here assess another occupation, so no later draw of welders picks them.
    const OTHER_OCCUPATION = '6-18-01-01';
    const appoint = (chairProfileId: string) => http().put(`/api/v1/campaigns/${campaignId}/scoring-settings`).set(coking.hr.auth).send({ chairProfileId });
    afterAll(async () => {
      await appoint(evaluators[0].profileId).expect(200);
    });

    it('the publicity window may be lengthened but never set below the 5 working days of the notice; the threshold is fixed once scoring started', async () => {
      const put = (body: object) => http().put(`/api/v1/campaigns/${campaignId}/scoring-settings`).set(coking.hr.auth).send(body);
      const short = await put({ publicityWorkingDays: 3 }).expect(400);
      expect(short.body.errors).toEqual([expect.objectContaining({ field: 'publicityWorkingDays', message: expect.stringContaining('公示期不少于5个工作日') })]);
      expect((await put({ publicityWorkingDays: 7 }).expect(200)).body).toMatchObject({ publicityWorkingDays: 7, publicityWorkingDaysIsDefault: false });
      expect((await put({ moderationThreshold: 10 }).expect(409)).body.code).toBe('SETTINGS_LOCKED');
      expect((await put({ publicityWorkingDays: null }).expect(200)).body).toMatchObject({ publicityWorkingDays: 5, publicityWorkingDaysIsDefault: true });
      // Nor may a publication itself ask for a shorter window.
      const publish = await http().post(`/api/v1/campaigns/${campaignId}/publish-results`).set(coking.hr.auth).send({ workingDays: 3 }).expect(400);
      expect(publish.body.errors).toEqual([expect.objectContaining({ field: 'workingDays', message: expect.stringContaining('公示期不少于5个工作日') })]);
    });

    it('a chair related to the candidate may not moderate that candidate’s component (回避), audited nowhere', async () => {
      const chair = await evaluatorOf(coking.hr, '主任周', OTHER_OCCUPATION);
      await s.post(coking.hr, `/api/v1/workers/${chair.personId}/relations`, { relatedPersonId: c.li.id, kind: 'relative' });
      expect((await appoint(chair.profileId).expect(200)).body).toMatchObject({ chairProfileId: chair.profileId, chairName: '主任周' });
      const cs = await componentScore(c.li, 'practical');
      expect(cs.status).toBe('moderation');
      await get(chair.session, `/component-scores/${cs.id}`).expect(200);
      const refused = await post(chair.session, `/component-scores/${cs.id}/moderate`, { action: 'confirm', reason: '确认' }).expect(403);
      expect(refused.body).toMatchObject({ code: 'MODERATOR_CONFLICT', detail: expect.stringContaining('近亲属') });
      expect((await get(coking.hr, `/component-scores/${cs.id}`).expect(200)).body.status).toBe('moderation');
      const audit = await get(coking.hr, `/audit-events?entityId=${cs.id}&action=component_score.moderate`).expect(200);
      expect(audit.body.total).toBe(0);
    });

    it('the chair comes from the body’s pool: a profile shared by another region’s bureau is refused, one shared within the region is accepted', async () => {
      const boiler = await s.organization(taiyuan.officer, 'enterprise', '140105', '太原锅炉集团');
      const foreign = await evaluatorOf(boiler.hr, '太原考评员', OTHER_OCCUPATION);
      await http().patch(`/api/v1/evaluators/${foreign.profileId}/sharing`).set(taiyuan.officer.auth).send({ sharedWithRegion: true, reason: '太原市共享' }).expect(200);
      const refused = await appoint(foreign.profileId).expect(422);
      expect(refused.body).toMatchObject({ code: 'UNKNOWN_EVALUATOR', errors: [expect.objectContaining({ field: 'chairProfileId', code: 'unknownEvaluator' })] });
      expect((await get(coking.hr, `/campaigns/${campaignId}/scoring-settings`).expect(200)).body.chairName).toBe('主任周');

      const xiaoyi = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义重型机械有限公司');
      const neighbour = await evaluatorOf(xiaoyi.hr, '孝义考评员', OTHER_OCCUPATION);
      expect((await appoint(neighbour.profileId).expect(422)).body.code).toBe('UNKNOWN_EVALUATOR');
      await http().patch(`/api/v1/evaluators/${neighbour.profileId}/sharing`).set(lvliang.officer.auth).send({ sharedWithRegion: true, reason: '吕梁市共享' }).expect(200);
      expect((await appoint(neighbour.profileId).expect(200)).body).toMatchObject({ chairProfileId: neighbour.profileId });
      // Once the sharing is withdrawn the appointed chair is out of the pool and may no longer moderate.
      await http().patch(`/api/v1/evaluators/${neighbour.profileId}/sharing`).set(lvliang.officer.auth).send({ sharedWithRegion: false, reason: '停止共享' }).expect(200);
      const cs = await componentScore(c.li, 'practical');
      expect((await post(neighbour.session, `/component-scores/${cs.id}/moderate`, { action: 'confirm', reason: '确认' }).expect(403)).body.code).toBe('CHAIR_NOT_IN_POOL');
    });
  });

  it('publication waits for moderation; the chair who scored it may not moderate, HR does with a reason in the audit trail', async () => {
    expect((await post(coking.hr, `/campaigns/${campaignId}/publish-results`).expect(409)).body.code).toBe('SCORES_INCOMPLETE');
    const cs = await componentScore(c.li, 'practical');
    const chair = await post(evaluators[0].session, `/component-scores/${cs.id}/moderate`, { action: 'confirm', reason: '确认' }).expect(403);
    expect(chair.body.code).toBe('MODERATOR_IS_EVALUATOR');
    await get(evaluators[1].session, `/component-scores/${cs.id}`).expect(404);
    const noReason = await post(coking.hr, `/component-scores/${cs.id}/moderate`, { action: 'rescore', score: 72 }).expect(400);
    expect([...new Set(noReason.body.errors.map((e: { field: string }) => e.field))]).toEqual(['reason']);
    const done = await post(coking.hr, `/component-scores/${cs.id}/moderate`, { action: 'rescore', score: 72, reason: '复核现场录像，第二道焊缝存在气孔' }).expect(200);
    expect(done.body).toMatchObject({ status: 'scored', source: 'moderation', score: 72, aggregateScore: 76.7, moderation: { action: 'rescore', reason: '复核现场录像，第二道焊缝存在气孔' } });
    expect((await post(coking.hr, `/component-scores/${cs.id}/moderate`, { action: 'confirm', reason: '再次' }).expect(409)).body.code).toBe('NOT_IN_MODERATION');

    const audit = await get(coking.hr, `/audit-events?entityId=${cs.id}&action=component_score.moderate`).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        reason: '复核现场录像，第二道焊缝存在气孔',
        before: expect.objectContaining({ status: 'moderation', score: null, aggregateScore: 76.7 }),
        after: expect.objectContaining({ status: 'scored', score: 72, action: 'rescore' }),
      }),
    ]);
  });

  it('results: pass only if every component reaches its mark; the weighted total (30/70) ranks', async () => {
    const preview = await get(coking.hr, `/campaigns/${campaignId}/results`).expect(200);
    expect(preview.body).toMatchObject({ stage: 'preview', passed: 2, failed: 2, voided: 0 });
    const byName = Object.fromEntries(preview.body.items.map((i: { name: string }) => [i.name, i]));
    // 92 × 0.3 + 87.7 × 0.7 = 88.99; 75 × 0.3 + 72 × 0.7 = 72.9; 81 × 0.3 + 52.3 × 0.7 = 60.91; 70 × 0.3 + 47.7 × 0.7 = 54.39
    expect(byName['王建国']).toMatchObject({ status: 'passed', weightedTotal: 88.99, position: 1 });
    expect(byName['李秀英']).toMatchObject({ status: 'passed', weightedTotal: 72.9, position: 2 });
    expect(byName['张伟']).toMatchObject({ status: 'failed', weightedTotal: 60.91, position: 3, failedComponents: ['practical'] });
    expect(byName['刘洋']).toMatchObject({ status: 'failed', weightedTotal: 54.39, position: 4, failedComponents: ['practical'] });
    expect(byName['刘洋'].components).toEqual([
      expect.objectContaining({ component: 'theory', score: 70, passed: true }),
      expect.objectContaining({ component: 'practical', score: 47.7, passed: false }),
    ]);
    expectNoIdNumber(preview.body);
    await get(taiyuan.officer, `/campaigns/${campaignId}/results`).expect(404);
    await get(lvliang.officer, `/campaigns/${campaignId}/results`).expect(200);
  });

  it('publishes the results: the public list shows name, masked ID, occupation, level and result for 5 working days', async () => {
    const published = await ok(coking.hr, `/campaigns/${campaignId}/publish-results`);
    expect(published).toMatchObject({ workingDays: 5, publishedOn: '2026-09-01', startsOn: '2026-09-01', endsOn: '2026-09-07', provisional: false, entries: 4 });
    noticeId = published.noticeId;
    const notice = await get(objector, `/publicity/${noticeId}`).expect(200);
    expect(notice.body).toMatchObject({ subjectType: 'campaign_results', subjectId: campaignId, phase: 'open', endsOn: '2026-09-07' });
    const wang = notice.body.entries.find((e: { personId: string }) => e.personId === c.wang.id);
    expect(wang.payload).toEqual({ name: '王建国', idNumberMasked: expect.stringMatching(/^\d{6}\*{8}\d{3}[\dX]$/), occupation: '焊工', level: '四级/中级工', result: '合格 / Passed' });
    expectNoIdNumber(notice.body);
    expect((await get(coking.hr, `/campaigns/${campaignId}`).expect(200)).body.status).toBe('publicity');
    expect((await post(coking.hr, `/campaigns/${campaignId}/publish-results`).expect(409)).body.code).toBe('INVALID_TRANSITION');
  });

  it('objections: upheld → the result is corrected and publicized again; dismissed → stands with its reason; finalization waits', async () => {
    const upheld = await ok(objector, `/publicity/${noticeId}/objections`, { personId: c.zhang.id, reason: '张伟实操考核第二题评分漏计，请核查' });
    const dismissed = await ok(objector, `/publicity/${noticeId}/objections`, { personId: c.wang.id, reason: '王建国考试当天似乎迟到' });
    expect((await post(coking.hr, `/campaigns/${campaignId}/finalize`).expect(409)).body.code).toMatch(/^(PUBLICITY_WINDOW_OPEN|OBJECTIONS_PENDING)$/);
    // Without an upheld objection a published result cannot change.
    expect((await post(coking.hr, `/campaigns/${campaignId}/results/${c.zhang.applicationId}/correct`, { component: 'practical', score: 60, reason: '更正' }).expect(409)).body.code).toBe(
      'NO_CORRECTION_REQUIRED',
    );

    t.clock.travelTo(at('2026-09-03'));
    await ok(coking.hr, `/objections/${dismissed.id}/resolve`, { outcome: 'dismissed', resolution: '经核查考场签到记录，该考生按时到场，异议不成立' });
    await ok(coking.hr, `/objections/${upheld.id}/resolve`, { outcome: 'upheld', resolution: '经核查评分记录，第二题确有漏计，异议成立' });
    const pending = await get(coking.hr, `/campaigns/${campaignId}/results`).expect(200);
    expect(pending.body.items.find((i: { name: string }) => i.name === '张伟')).toMatchObject({ correctionRequired: true, status: 'failed' });
    expect(pending.body.items.find((i: { name: string }) => i.name === '王建国')).toMatchObject({ correctionRequired: false, status: 'passed' });
    const flagged = await t.dataSource.query(`SELECT entity_id FROM audit_events WHERE action = 'campaign_result.correction_required'`);
    expect(flagged).toEqual([{ entity_id: c.zhang.applicationId }]);
    expect((await post(coking.hr, `/campaigns/${campaignId}/finalize`).expect(409)).body.code).toMatch(/^(PUBLICITY_WINDOW_OPEN|CORRECTIONS_PENDING)$/);

    const corrected = await ok(coking.hr, `/campaigns/${campaignId}/results/${c.zhang.applicationId}/correct`, {
      component: 'practical', score: 60, reason: '经核查评分记录，实操第二题漏计，更正为60分',
    });
    // 81 × 0.3 + 60 × 0.7 = 66.3: now passed, third place
    expect(corrected).toMatchObject({ status: 'passed', weightedTotal: 66.3, position: 3, correctionRequired: false, revision: 2 });
    const notice = await get(coking.hr, `/publicity/${noticeId}`).expect(200);
    expect(notice.body).toMatchObject({ round: 2, startsOn: '2026-09-03', endsOn: '2026-09-09' });
    expect(notice.body.entries.find((e: { personId: string }) => e.personId === c.zhang.id)).toMatchObject({ revision: 2, payload: expect.objectContaining({ result: '合格 / Passed' }) });
    const objections = await get(coking.hr, `/publicity/${noticeId}/objections`).expect(200);
    expect(objections.body.items ?? objections.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: dismissed.id, status: 'dismissed', resolution: '经核查考场签到记录，该考生按时到场，异议不成立' })]),
    );
    const audit = await get(coking.hr, `/audit-events?action=component_score.correct`).expect(200);
    expect(audit.body.items[0]).toMatchObject({ reason: '经核查评分记录，实操第二题漏计，更正为60分', before: expect.objectContaining({ score: 52.3 }), after: expect.objectContaining({ score: 60 }) });
    expect((await post(coking.hr, `/campaigns/${campaignId}/finalize`).expect(409)).body.code).toBe('PUBLICITY_WINDOW_OPEN');
  });

  it('finalization is one transaction: a certificate that cannot be issued undoes everything, serials included', async () => {
    t.clock.travelTo(at('2026-09-10'));
    // 张伟 already holds a valid 四级 welder certificate (issued elsewhere), so his issuance fails after 王建国’s and 李秀英’s.
    const held = await t.dataSource.transaction((em) =>
      t.app.get(CertificatesService).issue(em, { userId: null, username: 'test-setup', requestId: null }, {
        bodyOrganizationId: coking.org.id, personId: c.zhang.id, occupationCode: WELDER, rank: 'L4', issuedOn: '2026-09-10', route: 'campaign',
      }),
    );
    expect(held.certificateNumber).toBe('Y000014000123264000001');
    const refused = await post(coking.hr, `/campaigns/${campaignId}/finalize`).expect(409);
    expect(refused.body.code).toBe('CERTIFICATE_ALREADY_HELD');
    expect((await get(coking.hr, `/campaigns/${campaignId}`).expect(200)).body.status).toBe('publicity');
    expect((await get(coking.hr, `/publicity/${noticeId}`).expect(200)).body.phase).toBe('closed');
    expect((await get(coking.hr, `/certificates?personId=${c.wang.id}`).expect(200)).body.total).toBe(0);
    expect((await get(coking.hr, `/campaigns/${campaignId}/results`).expect(200)).body.items.every((i: { certificateNumber: string | null }) => i.certificateNumber === null)).toBe(true);
    await get(lvliang.officer, `/campaigns/${campaignId}/bureau-report`).expect(409);
    await ok(coking.hr, `/certificates/${held.id}/revoke`, { reason: '重复发证，予以撤销' });
  });

  it('finalizes after the window: one certificate per passed candidate (22 characters), verifiable by anyone; the worker’s profile shows it', async () => {
    await post(lvliang.officer, `/campaigns/${campaignId}/finalize`).expect(403);
    const final = await ok(coking.hr, `/campaigns/${campaignId}/finalize`);
    expect(final).toMatchObject({ finalizedOn: '2026-09-10', passedComponentsKept: 1, reportDueOn: '2026-09-23', reportDueProvisional: false });
    // Serials follow the ranking: 王建国, 李秀英, 张伟.
    expect(final.certificates.map((x: { personId: string }) => x.personId)).toEqual([c.wang.id, c.li.id, c.zhang.id]);
    // Serial 1 went to the certificate issued before; the rolled-back attempt left no gap.
    expect(final.certificates.map((x: { certificateNumber: string }) => x.certificateNumber)).toEqual([
      'Y000014000123264000002', 'Y000014000123264000003', 'Y000014000123264000004',
    ]);
    for (const x of final.certificates) expect(x.certificateNumber).toMatch(/^Y\d{4}\d{2}\d{6}26[1-5]\d{6}$/);
    expect((await get(coking.hr, `/campaigns/${campaignId}`).expect(200)).body.status).toBe('finalized');
    expect((await post(coking.hr, `/campaigns/${campaignId}/finalize`).expect(409)).body.code).toBe('INVALID_TRANSITION');

    const verified = await http().get('/api/v1/public/certificates/Y000014000123264000002').query({ name: '王建国' }).expect(200);
    expect(verified.body).toMatchObject({ status: 'valid', holderName: '王建国', occupationName: '焊工', levelLabel: '四级/中级工', issuingBody: '山西吕梁焦化集团', issuedOn: '2026-09-10' });
    expectNoIdNumber(verified.body);
    await http().get('/api/v1/public/certificates/Y000014000123264000002').query({ name: '李秀英' }).expect(404);
    const revoked = await http().get('/api/v1/public/certificates/Y000014000123264000001').query({ name: '张伟' }).expect(200);
    expect(revoked.body.status).toBe('revoked');

    const profile = await get(wangSession, `/workers/${c.wang.id}`).expect(200);
    expect(profile.body.credentials).toEqual(expect.arrayContaining([expect.objectContaining({ certificateNumber: 'Y000014000123264000002', rank: 'L4', source: 'issued' })]));
    const results = await get(coking.hr, `/campaigns/${campaignId}/results`).expect(200);
    expect(results.body).toMatchObject({ stage: 'finalized', passed: 3, failed: 1 });
    expect(results.body.items.find((i: { name: string }) => i.name === '刘洋')).toMatchObject({ status: 'failed', certificateNumber: null });
  });

  it('the bureau covering the body sees and exports the report, due 10 working days after finalization; HR reports it', async () => {
    const report = await get(lvliang.officer, `/campaigns/${campaignId}/bureau-report`).expect(200);
    expect(report.body).toMatchObject({ finalizedOn: '2026-09-10', dueOn: '2026-09-23', status: 'due', submittedAt: null, organizationName: '山西吕梁焦化集团', occupationName: '焊工' });
    expect(report.body.items).toHaveLength(4);
    expectNoIdNumber(report.body);
    await get(taiyuan.officer, `/campaigns/${campaignId}/bureau-report`).expect(404);

    const file = await download(lvliang.officer, `/campaigns/${campaignId}/bureau-report/xlsx`).expect(200);
    expect(file.headers['content-type']).toContain(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body);
    const rows = book.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[3])).toEqual(['王建国', '李秀英', '张伟', '刘洋']);
    expect(rows[0][rows[0].length - 1]).toBe('Y000014000123264000002');
    expectNoIdNumber(rows);

    await post(lvliang.officer, `/campaigns/${campaignId}/bureau-report/submit`).expect(403);
    const submitted = await ok(coking.hr, `/campaigns/${campaignId}/bureau-report/submit`);
    expect(submitted).toMatchObject({ status: 'submitted', statusLabel: '已上报 / Submitted' });
    expect((await post(coking.hr, `/campaigns/${campaignId}/bureau-report/submit`).expect(409)).body.code).toBe('REPORT_ALREADY_SUBMITTED');
  });

  it('a failed candidate keeps the passed theory exam: a later campaign of the same standard asks only for the practical', async () => {
    const later = await campaignUpToDraw('2026年焊工四级补考', ['2026-09-10', '2026-09-14', '2026-09-16', '2026-09-17'], async (id) => {
      c.liu.applicationId = (await ok(coking.hr, `/campaigns/${id}/applications`, { rank: 'L4', personId: c.liu.id })).id;
      c.liu.ticket = await approve(c.liu.applicationId);
    }, async (id) => {
      // The only candidate carries theory over, so there is nobody to draw proctors for.
      const refused = await post(coking.hr, `/campaigns/${id}/draws`, { rank: 'L4', component: 'theory' }).expect(422);
      expect(refused.body.code).toBe('ALL_CARRIED_OVER');
    });
    const started = await ok(coking.hr, `/campaigns/${later}/start-scoring`);
    expect(started).toEqual({ campaignId: later, componentScores: 2, sheets: 3, carriedOver: 1, theoryFromOnlineExams: 0 });
    expect(await componentScore(c.liu, 'theory', later)).toMatchObject({ status: 'scored', source: 'carried_over', score: 70, carriedOverFrom: '2026-09-10' });
    expect(await sheetOf(0, c.liu, later)).toMatchObject({ component: 'practical' });
    // The first campaign's chair reads only the campaign they chair; another is out of reach.
    expect((await get(evaluators[0].session, `/campaigns/${campaignId}/component-scores`).expect(200)).body.length).toBeGreaterThan(0);
    await get(evaluators[0].session, `/campaigns/${later}/component-scores`).expect(404);
    await get(evaluators[0].session, `/component-scores/${(await componentScore(c.liu, 'practical', later)).id}`).expect(404);
    const theory = await workbook([['准考证号', '成绩'], [c.liu.ticket, 88]]);
    const report = await http().post(`/api/v1/campaigns/${later}/theory-scores/import`).set(coking.hr.auth).set('Content-Type', XLSX).send(theory).expect(200);
    expect(report.body).toMatchObject({ imported: 0, badRows: [expect.objectContaining({ code: 'carriedOver' })] });

    for (const [i, score] of [66, 70, 68].entries()) {
      const sheet = await sheetOf(i, c.liu, later);
      await post(evaluators[i].session, `/score-sheets/${sheet.id}/submit`, { score }).expect(200);
    }
    const results = await get(coking.hr, `/campaigns/${later}/results`).expect(200);
    // 70 × 0.3 + 68 × 0.7 = 68.6
    expect(results.body.items).toEqual([
      expect.objectContaining({
        name: '刘洋', status: 'passed', weightedTotal: 68.6,
        components: [expect.objectContaining({ component: 'theory', score: 70, carriedOver: true }), expect.objectContaining({ component: 'practical', score: 68, carriedOver: false })],
      }),
    ]);
  });

  it('absent (缺考) and voided (作弊, 违纪) are states with reasons, audited', async () => {
    const later = (await get(coking.hr, `/campaigns?status=scoring`).expect(200)).body.items[0].id;
    const practical = await componentScore(c.liu, 'practical', later);
    const theory = await componentScore(c.liu, 'theory', later);
    expect((await post(coking.hr, `/component-scores/${practical.id}/absent`, { reason: '未到场' }).expect(409)).body.code).toBe('SCORES_ALREADY_GIVEN');
    expect((await post(coking.hr, `/component-scores/${theory.id}/void`, { kind: 'cheating', reason: '作弊' }).expect(409)).body.code).toBe('SCORE_CARRIED_OVER');
    await post(coking.hr, `/component-scores/${practical.id}/void`, { kind: 'fraud', reason: '代考' }).expect(400);
    const voided = await ok(coking.hr, `/component-scores/${practical.id}/void`, { kind: 'cheating', reason: '实操考核时使用他人焊件' });
    expect(voided).toMatchObject({ status: 'voided', statusLabel: '成绩无效 / Voided', voidKind: 'cheating', voidKindLabel: '作弊 / Cheating', stateReason: '实操考核时使用他人焊件' });
    const results = await get(coking.hr, `/campaigns/${later}/results`).expect(200);
    expect(results.body.items[0]).toMatchObject({ status: 'voided', weightedTotal: null, position: null });
    const audit = await get(coking.hr, `/audit-events?entityId=${practical.id}&action=component_score.void`).expect(200);
    expect(audit.body.items[0]).toMatchObject({ reason: '实操考核时使用他人焊件', before: expect.objectContaining({ status: 'scored' }), after: expect.objectContaining({ status: 'voided' }) });

    // A voided result is publicized as such and keeps nothing for a retake.
    const published = await ok(coking.hr, `/campaigns/${later}/publish-results`);
    const notice = await get(coking.hr, `/publicity/${published.noticeId}`).expect(200);
    expect(notice.body.entries[0].payload).toMatchObject({ name: '刘洋', result: '成绩无效 / Voided' });
  });
});
