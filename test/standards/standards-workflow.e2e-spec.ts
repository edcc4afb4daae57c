import { login, Session } from '../harness/auth';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { loadStandardsReferenceData, StandardsService } from '@skill-ladder/standards';

/** A new occupation's enterprise evaluation specification, from draft to published, and what may not happen to it. */
describe('standards: versions, bureau review and immutability', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let lvliangColleague: Session;
  let taiyuan: { org: OrgRef; officer: Session };
  let mine: { org: OrgRef; hr: Session };
  let otherMine: { org: OrgRef; hr: Session };
  let occupationId: string;
  let standardId: string;
  let v1: { id: string; levels: any[] };
  const TODAY = '2026-09-30';
  const base = () => `/api/v1/standards/${standardId}`;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date(`${TODAY}T09:00:00+08:00`));
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    mine = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁智采煤业有限公司');
    otherMine = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义综采装备有限公司');
    await s.post(lvliang.officer, '/api/v1/users', {
      username: 'lvliang.reviewer',
      password: PASSWORD,
      displayName: '复核人',
      organizationId: lvliang.org.id,
      roles: ['bureau_officer'],
    });
    lvliangColleague = await login(t, 'lvliang.reviewer', PASSWORD);
  });
  afterAll(() => t.close());

  it('ships the ladder, the starter occupations and published national standards as reference data', async () => {
    const ladder = await t.http().get('/api/v1/ladder').set(mine.hr.auth).expect(200);
    expect(ladder.body.map((r: { code: string }) => r.code)).toEqual(['apprentice', 'L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief']);
    expect(ladder.body[3]).toMatchObject({ labelZh: '三级/高级工', labelEn: 'Level 3 / Senior worker', certificateLevel: 3, appointment: false });

    const welding = await t.http().get('/api/v1/occupations?q=6-18-02').set(mine.hr.auth).expect(200);
    expect(welding.body.items).toEqual([expect.objectContaining({ code: '6-18-02-04', nameZh: '焊工', sourceNote: expect.stringContaining('国家职业分类大典（2022年版）') })]);
    const coal = await t.http().get(`/api/v1/occupations?q=${encodeURIComponent('采矿')}`).set(mine.hr.auth).expect(200);
    expect(coal.body.items.map((o: { code: string }) => o.code)).toEqual(['6-16-01-05']);

    const national = await t.http().get('/api/v1/standards?occupationCode=6-18-02-04').set(mine.hr.auth).expect(200);
    expect(national.body.items).toHaveLength(1);
    expect(national.body.items[0]).toMatchObject({ source: 'national', organizationId: null, inForce: { version: 1, status: 'published' } });
    const version = await t.http().get(`/api/v1/standards/${national.body.items[0].id}/versions/1`).set(mine.hr.auth).expect(200);
    expect(version.body.levels.map((l: { rank: string }) => l.rank)).toEqual(['L5', 'L4', 'L3', 'L2', 'L1']);
    expect(version.body.levels[3].components.map((c: { kind: string; passMark: number }) => [c.kind, c.passMark])).toEqual([
      ['theory', 60],
      ['practical', 60],
      ['comprehensive_review', 60],
    ]);
    expect(version.body).toMatchObject({ editable: false, allowedActions: [] });
  });

  it('loads reference data idempotently, leaving edits and published versions alone', async () => {
    const count = async () =>
      (await t.dataSource.query(
        `SELECT (SELECT count(*) FROM occupations)::int AS o, (SELECT count(*) FROM standards)::int AS s,
                (SELECT count(*) FROM standard_versions)::int AS v, (SELECT count(*) FROM title_mappings)::int AS m,
                (SELECT count(*) FROM ladder_ranks)::int AS l`,
      ))[0];
    const before = await count();
    expect(before).toEqual({ o: 10, s: 3, v: 3, m: 5, l: 8 });
    const admin = await s.admin();
    const turner = (await t.http().get('/api/v1/occupations?q=6-18-01-01').set(admin.auth).expect(200)).body.items[0];
    await t.http().patch(`/api/v1/occupations/${turner.id}`).set(admin.auth).send({ workTypes: ['数控车工', '普通车工'] }).expect(200);
    await t.dataSource.transaction((em) => loadStandardsReferenceData(em));
    expect(await count()).toEqual(before);
    const after = await t.http().get(`/api/v1/occupations/${turner.id}`).set(admin.auth).expect(200);
    expect(after.body.workTypes).toEqual(['数控车工', '普通车工']);
  });

  it('a bureau adds a new occupation; HR may not', async () => {
    const body = { code: '6-16-01-90', nameZh: '煤矿智能化综采工', nameEn: 'Smart longwall operator', sourceNote: '吕梁市新职业（试点）' };
    await t.http().post('/api/v1/occupations').set(mine.hr.auth).send(body).expect(403);
    const created = await t.http().post('/api/v1/occupations').set(lvliang.officer.auth).send(body).expect(201);
    expect(created.body).toMatchObject({ code: '6-16-01-90', organizationId: lvliang.org.id, label: '6-16-01-90 煤矿智能化综采工 / Smart longwall operator' });
    occupationId = created.body.id;
    const again = await t.http().post('/api/v1/occupations').set(lvliang.officer.auth).send(body).expect(409);
    expect(again.body.code).toBe('OCCUPATION_CODE_TAKEN');
  });

  it('HR drafts an evaluation specification for it, starting from the national template', async () => {
    const res = await t.http().post('/api/v1/standards').set(mine.hr.auth).send({ occupationId, label: '2026版' }).expect(201);
    expect(res.body).toMatchObject({
      title: '煤矿智能化综采工企业评价规范',
      source: 'enterprise',
      organizationId: mine.org.id,
      organizationName: '吕梁智采煤业有限公司',
      basedOnStandardId: null,
      inForce: null,
      latestVersion: { version: 1, status: 'draft', label: '2026版' },
    });
    standardId = res.body.id;
    const twice = await t.http().post('/api/v1/standards').set(mine.hr.auth).send({ occupationId }).expect(409);
    expect(twice.body.code).toBe('STANDARD_EXISTS');
  });

  it('validates level definitions with field paths', async () => {
    const draft = await t.http().get(`${base()}/versions/1`).set(mine.hr.auth).expect(200);
    const levels = structuredClone(draft.body.levels);
    levels[0].components[0].passMark = 50;
    levels[2].routes[1].conditions[0].years = 'four';
    levels[3].components[2].rubric[0].weight = 50;
    const res = await t.http().patch(`${base()}/versions/1`).set(mine.hr.auth).send({ levels }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'levels[0].components[0].passMark',
      'levels[2].routes[1].conditions[0].years',
      'levels[3].components[2].rubric',
    ]);
  });

  it('HR edits and submits; HR cannot approve its own; another region’s bureau sees nothing', async () => {
    const draft = await t.http().get(`${base()}/versions/1`).set(mine.hr.auth).expect(200);
    expect(draft.body).toMatchObject({ editable: true, allowedActions: ['submit'] });
    const levels = structuredClone(draft.body.levels);
    // 破格: a city-level 工匠 with 四级 may apply for 三级 at once.
    levels[2].routes.push({
      code: 'L3-exceptional-craftsman',
      kind: 'exceptional',
      label: '破格：市级及以上工匠',
      conditions: [{ kind: 'level_held', rank: 'L4', years: 0, occupationScope: 'related' }, { kind: 'honor', kinds: ['craftsman'], minLevel: 'city' }],
    });
    const edited = await t.http().patch(`${base()}/versions/1`).set(mine.hr.auth).send({ levels, notes: '适用于综采工作面' }).expect(200);
    expect(edited.body.levels[2].routes.map((r: { code: string }) => r.code)).toContain('L3-exceptional-craftsman');
    v1 = { id: edited.body.id, levels };

    const submitted = await t.http().post(`${base()}/versions/1/submit`).set(mine.hr.auth).send({ comment: '请审核' }).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', editable: false, allowedActions: ['withdraw'] });
    const locked = await t.http().patch(`${base()}/versions/1`).set(mine.hr.auth).send({ notes: '改一下' }).expect(409);
    expect(locked.body.code).toBe('VERSION_NOT_EDITABLE');

    const own = await t.http().post(`${base()}/versions/1/approve`).set(mine.hr.auth).send({}).expect(403);
    expect(own.body.code).toBe('ROLE_NOT_ALLOWED');

    await t.http().get(base()).set(taiyuan.officer.auth).expect(404);
    await t.http().get(`${base()}/versions/1`).set(taiyuan.officer.auth).expect(404);
    const foreign = await t.http().post(`${base()}/versions/1/approve`).set(taiyuan.officer.auth).send({}).expect(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    await t.http().get(base()).set(otherMine.hr.auth).expect(404);
    const list = await t.http().get('/api/v1/standards').set(taiyuan.officer.auth).expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(standardId);
  });

  it('the bureau of the region requests changes, HR resubmits, the bureau approves and publishes', async () => {
    const view = await t.http().get(`${base()}/versions/1`).set(lvliang.officer.auth).expect(200);
    expect(view.body.allowedActions).toEqual(['withdraw', 'request_changes', 'approve']);

    await t.http().post(`${base()}/versions/1/request-changes`).set(lvliang.officer.auth).send({}).expect(400);
    const back = await t.http()
      .post(`${base()}/versions/1/request-changes`)
      .set(lvliang.officer.auth)
      .send({ comment: '技能考核每名考评员最多3名考生', fieldPath: 'levels[0].components[1].candidatesPerEvaluator' })
      .expect(200);
    expect(back.body).toMatchObject({ status: 'changes_requested', reviewedAt: expect.any(String) });
    const hrView = await t.http().get(`${base()}/versions/1`).set(mine.hr.auth).expect(200);
    expect(hrView.body).toMatchObject({ editable: true, allowedActions: ['submit'] });

    const levels = structuredClone(v1.levels);
    for (const level of levels) level.components.find((c: { kind: string }) => c.kind === 'practical').candidatesPerEvaluator = 3;
    await t.http().patch(`${base()}/versions/1`).set(mine.hr.auth).send({ levels }).expect(200);
    await t.http().post(`${base()}/versions/1/submit`).set(mine.hr.auth).send({ comment: '已按意见修改' }).expect(200);

    const approved = await t.http().post(`${base()}/versions/1/approve`).set(lvliang.officer.auth).send({ comment: '同意' }).expect(200);
    expect(approved.body.status).toBe('approved');
    const early = await t.http().post(`${base()}/versions/1/publish`).set(lvliang.officer.auth).send({ effectiveFrom: '2026-09-29' }).expect(422);
    expect(early.body.code).toBe('EFFECTIVE_DATE_IN_PAST');
    const published = await t.http().post(`${base()}/versions/1/publish`).set(lvliang.officer.auth).send({ effectiveFrom: TODAY }).expect(200);
    expect(published.body).toMatchObject({ status: 'published', effectiveFrom: TODAY, effectiveTo: null, editable: false });

    const standard = await t.http().get(base()).set(mine.hr.auth).expect(200);
    expect(standard.body.inForce).toMatchObject({ version: 1, status: 'published', effectiveFrom: TODAY });

    const thread = await t.http().get(`${base()}/versions/1/comments`).set(mine.hr.auth).expect(200);
    expect(thread.body.map((c: { action: string; authorRole: string; body: string | null }) => [c.action, c.authorRole, c.body])).toEqual([
      ['submit', 'hr_admin', '请审核'],
      ['request_changes', 'bureau_officer', '技能考核每名考评员最多3名考生'],
      ['submit', 'hr_admin', '已按意见修改'],
      ['approve', 'bureau_officer', '同意'],
      ['publish', 'bureau_officer', null],
    ]);
    expect(thread.body[1].fieldPath).toBe('levels[0].components[1].candidatesPerEvaluator');

    const audit = await t.http().get(`/api/v1/audit-events?entityId=${v1.id}`).set(lvliang.officer.auth).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(
      [
        'standard_version.approve',
        'standard_version.create',
        'standard_version.publish',
        'standard_version.request_changes',
        'standard_version.submit',
        'standard_version.submit',
        'standard_version.update',
        'standard_version.update',
      ].sort(),
    );
  });

  it('a published version is immutable and illegal steps are refused', async () => {
    const edit = await t.http().patch(`${base()}/versions/1`).set(mine.hr.auth).send({ notes: '发布后修改' }).expect(409);
    expect(edit.body).toMatchObject({ status: 409, code: 'VERSION_IMMUTABLE' });
    const resubmit = await t.http().post(`${base()}/versions/1/submit`).set(mine.hr.auth).send({}).expect(409);
    expect(resubmit.body.code).toBe('INVALID_TRANSITION');
    const reapprove = await t.http().post(`${base()}/versions/1/approve`).set(lvliang.officer.auth).send({}).expect(409);
    expect(reapprove.body.code).toBe('INVALID_TRANSITION');
    await expect(t.dataSource.query(`UPDATE standard_versions SET levels = '[]' WHERE id = $1`, [v1.id])).rejects.toThrow(/immutable/);
  });

  it('a new version starts as a copy of the latest, one at a time, and the submitter cannot approve it', async () => {
    const v2 = await t.http().post(`${base()}/versions`).set(mine.hr.auth).send({ label: '2027版' }).expect(201);
    expect(v2.body).toMatchObject({ version: 2, status: 'draft', label: '2027版', createdFromVersionId: v1.id, notes: '适用于综采工作面' });
    const v1Now = await t.http().get(`${base()}/versions/1`).set(mine.hr.auth).expect(200);
    expect(v2.body.levels).toEqual(v1Now.body.levels);
    const another = await t.http().post(`${base()}/versions`).set(mine.hr.auth).send({}).expect(409);
    expect(another.body.code).toBe('OPEN_VERSION_EXISTS');

    // A bureau officer may act for the enterprise, but another officer must then approve.
    await t.http().post(`${base()}/versions/2/submit`).set(lvliang.officer.auth).send({}).expect(200);
    const self = await t.http().post(`${base()}/versions/2/approve`).set(lvliang.officer.auth).send({}).expect(403);
    expect(self.body.code).toBe('SELF_APPROVAL');
    await t.http().post(`${base()}/versions/2/approve`).set(lvliangColleague.auth).send({}).expect(200);

    const same = await t.http().post(`${base()}/versions/2/publish`).set(mine.hr.auth).send({ effectiveFrom: TODAY }).expect(422);
    expect(same.body.code).toBe('EFFECTIVE_DATE_NOT_AFTER_CURRENT');
    await t.http().post(`${base()}/versions/2/publish`).set(mine.hr.auth).send({ effectiveFrom: '2027-01-01' }).expect(200);
    const versions = await t.http().get(`${base()}/versions`).set(mine.hr.auth).expect(200);
    expect(versions.body.map((v: { version: number; status: string; effectiveFrom: string; effectiveTo: string | null }) => [v.version, v.status, v.effectiveFrom, v.effectiveTo])).toEqual([
      [2, 'published', '2027-01-01', null],
      [1, 'published', TODAY, '2026-12-31'],
    ]);
  });

  it('other modules pin a published version and find the one in force', async () => {
    const standards = t.app.get(StandardsService);
    const system = { userId: null, username: 'system', requestId: null };
    const inForce = await standards.getPublishedVersion({ occupationCode: '6-16-01-90', organizationId: mine.org.id, on: '2026-12-31' });
    expect(inForce).toMatchObject({ id: v1.id, version: 1, source: 'enterprise', organizationId: mine.org.id });
    expect((await standards.getPublishedVersion({ occupationCode: '6-16-01-90', organizationId: mine.org.id, on: '2027-01-01' }))?.version).toBe(2);
    expect(await standards.getPublishedVersion({ occupationCode: '6-16-01-90', organizationId: otherMine.org.id, on: '2026-12-31' })).toBeNull();
    const welding = await standards.getPublishedVersion({ occupationCode: '6-18-02-04', organizationId: mine.org.id });
    expect(welding).toMatchObject({ source: 'national', organizationId: null });
    const level = await standards.getLevel(v1.id, 'L3');
    expect(level.definition.occupationCode).toBe('6-16-01-90');
    expect(level.definition.routes.map((r) => r.kind)).toContain('exceptional');

    await t.dataSource.transaction((em) => standards.pinVersion(em, system, v1.id, { type: 'campaign', id: '00000000-0000-4000-8000-000000000001' }));
    await t.dataSource.transaction((em) => standards.pinVersion(em, system, v1.id, { type: 'campaign', id: '00000000-0000-4000-8000-000000000001' }));
    const pinned = await t.http().get(`${base()}/versions/1`).set(mine.hr.auth).expect(200);
    expect(pinned.body.pinnedCount).toBe(1);

    await t.http().post(`${base()}/versions`).set(mine.hr.auth).send({}).expect(201);
    const v3 = await t.http().get(`${base()}/versions/3`).set(mine.hr.auth).expect(200);
    await expect(
      t.dataSource.transaction((em) => standards.pinVersion(em, system, v3.body.id, { type: 'campaign', id: '00000000-0000-4000-8000-000000000002' })),
    ).rejects.toMatchObject({ code: 'VERSION_NOT_PUBLISHED' });
  });

  it('retires a version with a reason, from a date', async () => {
    await t.http().post(`${base()}/versions/2/retire`).set(mine.hr.auth).send({}).expect(400);
    const retired = await t.http().post(`${base()}/versions/2/retire`).set(mine.hr.auth).send({ comment: '新版本替代', retiredOn: '2027-01-01' }).expect(200);
    // Retired before it took effect: never in force.
    expect(retired.body).toMatchObject({ status: 'retired', effectiveFrom: '2027-01-01', effectiveTo: '2026-12-31' });
    const again = await t.http().post(`${base()}/versions/2/retire`).set(mine.hr.auth).send({ comment: '再次' }).expect(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
  });

  it('exports a standard as JSON that another enterprise imports as its own draft', async () => {
    const doc = await t.http().get(`${base()}/export?version=1`).set(lvliang.officer.auth).expect(200);
    expect(doc.body).toMatchObject({
      format: 'skill-ladder/standard@1',
      occupation: { code: '6-16-01-90', nameZh: '煤矿智能化综采工' },
      standard: { title: '煤矿智能化综采工企业评价规范', source: 'enterprise' },
      version: { version: 1, status: 'published', effectiveFrom: TODAY },
    });
    const imported = await t.http().post('/api/v1/standards/import').set(otherMine.hr.auth).send({ document: doc.body }).expect(201);
    expect(imported.body).toMatchObject({ version: 1, status: 'draft', standard: { organizationId: otherMine.org.id, source: 'enterprise' } });
    expect(imported.body.levels).toEqual(doc.body.version.levels);

    const broken = structuredClone(doc.body);
    broken.version.levels[1].components[0].weight = 90;
    const bad = await t.http().post('/api/v1/standards/import').set(otherMine.hr.auth).send({ document: broken }).expect(400);
    expect(bad.body.errors[0].field).toBe('document.version.levels[1].components');
    const unknown = await t.http().post('/api/v1/standards/import').set(otherMine.hr.auth).send({ document: { ...doc.body, occupation: { code: '9-99-99-99' } } }).expect(422);
    expect(unknown.body.code).toBe('OCCUPATION_UNKNOWN');
    // The bureau imports on behalf of an enterprise in its region only.
    await t.http().post('/api/v1/standards/import').set(taiyuan.officer.auth).send({ document: doc.body, organizationId: mine.org.id }).expect(404);
  });
});
