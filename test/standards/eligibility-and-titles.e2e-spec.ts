import ExcelJS from 'exceljs';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: (string | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('职业');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Eligibility of a real worker, title options from the mapping rules, enterprise tiers and the occupation spreadsheet. */
describe('standards: eligibility, title options, tiers and the occupation catalogue', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let welder: { org: OrgRef; hr: Session };
  let other: { org: OrgRef; hr: Session };
  let workerId: string;
  let colleagueId: string;
  let workerSession: Session;
  let nationalWelding: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-09-30T09:00:00+08:00'));
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    welder = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁钢铁焊接有限公司');
    other = await s.organization(lvliang.officer, 'enterprise', '141182', '汾阳机械厂');
    // A welder since 2012 (default scenario employment): 四级 in 2018, 三级 in 2022-06-01.
    const worker = await s.worker(welder.hr, { fullName: '张焊工' });
    workerId = worker.id;
    await s.post(welder.hr, `/api/v1/workers/${workerId}/credentials`, { occupationCode: '6-18-02-04', rank: 'L4', issuedOn: '2018-05-20', issuerName: '山西省职业技能鉴定指导中心' });
    await s.post(welder.hr, `/api/v1/workers/${workerId}/credentials`, { occupationCode: '6-18-02-04', rank: 'L3', issuedOn: '2022-06-01', issuerName: '山西省职业技能鉴定指导中心' });
    workerSession = await s.workerLogin(welder.hr, workerId);
    colleagueId = (await s.worker(welder.hr, { fullName: '李同事' })).id;
    const standards = await t.http().get('/api/v1/standards?occupationCode=6-18-02-04&source=national').set(welder.hr.auth).expect(200);
    nationalWelding = standards.body.items[0].id;
  });
  afterAll(() => t.close());

  describe('eligibility of a real worker', () => {
    const check = (session: Session, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/standards/${nationalWelding}/versions/1/eligibility`).set(session.auth).send(body);

    it('explains every route and condition, with the date the unmet ones will be met', async () => {
      const res = await check(welder.hr, { personId: workerId, rank: 'L2' }).expect(200);
      expect(res.body).toMatchObject({
        standardId: nationalWelding,
        version: 1,
        occupationCode: '6-18-02-04',
        personId: workerId,
        rank: 'L2',
        rankLabel: '二级/技师',
        asOf: '2026-09-30',
        eligible: false,
        succeededRoute: null,
        earliestDate: '2027-06-01',
        earliestRoute: 'L2-after-L3',
      });
      expect(res.body.routes.map((r: { code: string }) => r.code)).toEqual(['L2-after-L3', 'L2-junior-title-and-L3', 'L2-intermediate-title']);
      expect(res.body.routes[0].conditions[0]).toMatchObject({
        kind: 'level_held',
        label: '取得本职业或相关职业三级/高级工证书满5年',
        required: { value: 5, unit: 'years' },
        actual: { value: 4, unit: 'years' },
        met: false,
        metOn: '2027-06-01',
        evidence: [{ source: 'credentials', date: '2022-06-01' }],
      });
      expect(res.body.routes[2]).toMatchObject({ met: false, metOn: null });
    });

    it('the day before and the day of the anniversary', async () => {
      const before = await check(welder.hr, { personId: workerId, rank: 'L2', asOf: '2027-05-31' }).expect(200);
      expect(before.body.eligible).toBe(false);
      const on = await check(welder.hr, { personId: workerId, rank: 'L2', asOf: '2027-06-01' }).expect(200);
      expect(on.body).toMatchObject({ eligible: true, succeededRoute: 'L2-after-L3', earliestDate: '2027-06-01' });
    });

    it('is open to the worker themself and the bureau of the region, and to nobody else', async () => {
      const own = await check(workerSession, { personId: workerId, rank: 'L3' }).expect(200);
      expect(own.body).toMatchObject({ eligible: true, succeededRoute: 'L3-years-in-occupation' });
      await check(workerSession, { personId: colleagueId, rank: 'L3' }).expect(404);
      await check(lvliang.officer, { personId: workerId, rank: 'L3' }).expect(200);
      await check(taiyuan.officer, { personId: workerId, rank: 'L3' }).expect(404);
      await check(other.hr, { personId: workerId, rank: 'L3' }).expect(404);
    });

    it('refuses a level the version does not define, and bad input', async () => {
      const special = await check(welder.hr, { personId: workerId, rank: 'special' }).expect(422);
      expect(special.body).toMatchObject({ code: 'LEVEL_NOT_DEFINED', errors: [{ field: 'rank' }] });
      const bad = await check(welder.hr, { personId: 'not-a-uuid', rank: 'L9', asOf: '2026-02-30' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['asOf', 'personId', 'rank']);
      await t.http().post(`/api/v1/standards/${nationalWelding}/versions/7/eligibility`).set(welder.hr.auth).send({ personId: workerId, rank: 'L3' }).expect(404);
    });
  });

  describe('title options and mapping rules', () => {
    const options = (session: Session, asOf = '2026-09-30') => t.http().get(`/api/v1/workers/${workerId}/title-options?asOf=${asOf}`).set(session.auth);

    it('follow the seeded national mapping', async () => {
      const res = await options(workerSession).expect(200);
      expect(res.body).toMatchObject({ asOf: '2026-09-30', regionCode: '141102' });
      expect(res.body.titles.map((o: { titleName: string; status: string; opensOn: string | null; source: string; years: number }) => [o.titleName, o.status, o.opensOn, o.source, o.years])).toEqual([
        ['助理工程师', 'available', '2024-06-01', 'national', 2],
        ['工程师', 'not_qualified', null, 'national', 3],
        ['高级工程师', 'not_qualified', null, 'national', 4],
      ]);
      expect(res.body.titles[0]).toMatchObject({ titleSeries: 'engineering', titleSeriesLabel: '工程技术', requiredRankLabel: '三级/高级工', basis: { rank: 'L3', obtainedOn: '2022-06-01' } });
      expect(res.body.skillLevels.map((o: { rank: string; status: string }) => [o.rank, o.status])).toEqual([
        ['L3', 'held'],
        ['L2', 'not_qualified'],
      ]);
      const before = await options(welder.hr, '2024-05-31').expect(200);
      expect(before.body.titles[0]).toMatchObject({ status: 'pending', opensOn: '2024-06-01' });
      await options(lvliang.officer).expect(200);
      await options(taiyuan.officer).expect(404);
      await options(other.hr).expect(404);
    });

    it('lists the national rules to everyone signed in', async () => {
      const res = await t.http().get('/api/v1/title-mappings?direction=skill_to_title').set(workerSession.auth).expect(200);
      expect(res.body.items.map((m: { rank: string; titleName: string; years: number; scope: string; basis: string }) => [m.rank, m.titleName, m.years, m.scope, m.basis])).toEqual([
        ['L1', '高级工程师', 4, 'national', '人社部发〔2020〕96号'],
        ['L2', '工程师', 3, 'national', '人社部发〔2020〕96号'],
        ['L3', '助理工程师', 2, 'national', '人社部发〔2020〕96号'],
      ]);
    });

    it('a bureau’s rule for its region takes precedence over the national default there only', async () => {
      const rule = {
        direction: 'skill_to_title',
        rank: 'L3',
        titleSeries: 'engineering',
        titleGrade: 'junior',
        titleName: '助理工程师',
        years: 3,
        effectiveFrom: '2026-01-01',
        basis: '吕人社发〔2026〕1号',
      };
      await t.http().post('/api/v1/title-mappings').set(welder.hr.auth).send(rule).expect(403);
      const created = await t.http().post('/api/v1/title-mappings').set(lvliang.officer.auth).send(rule).expect(201);
      expect(created.body).toMatchObject({ scope: 'regional', regionCode: '141100', organizationId: lvliang.org.id, rankLabel: '三级/高级工' });
      const overlap = await t.http().post('/api/v1/title-mappings').set(lvliang.officer.auth).send({ ...rule, effectiveFrom: '2026-06-01' }).expect(409);
      expect(overlap.body.code).toBe('TITLE_MAPPING_OVERLAP');
      await t.http().post('/api/v1/title-mappings').set(taiyuan.officer.auth).send({ ...rule, years: 1 }).expect(201);

      const res = await options(workerSession).expect(200);
      expect(res.body.titles[0]).toMatchObject({ titleName: '助理工程师', status: 'available', opensOn: '2025-06-01', source: 'regional', regionCode: '141100', years: 3 });
      // Before the Lüliang rule took effect the national default applied.
      const earlier = await options(workerSession, '2025-12-31').expect(200);
      expect(earlier.body.titles[0]).toMatchObject({ source: 'national', opensOn: '2024-06-01' });

      const applies = await t.http().get('/api/v1/title-mappings?appliesIn=141102&direction=skill_to_title&activeOn=2026-09-30').set(welder.hr.auth).expect(200);
      expect(applies.body.items.map((m: { regionCode: string | null; rank: string }) => `${m.regionCode ?? 'national'}:${m.rank}`)).toEqual([
        'national:L1',
        'national:L2',
        'national:L3',
        '141100:L3',
      ]);

      const rewrite = await t.http().patch(`/api/v1/title-mappings/${created.body.id}`).set(lvliang.officer.auth).send({ years: 1 }).expect(409);
      expect(rewrite.body.code).toBe('TITLE_MAPPING_IN_FORCE');
      const foreign = await t.http().patch(`/api/v1/title-mappings/${created.body.id}`).set(taiyuan.officer.auth).send({ effectiveTo: '2026-12-31' }).expect(403);
      expect(foreign.body.code).toBe('TITLE_MAPPING_NOT_OWNED');
      await t.http().delete(`/api/v1/title-mappings/${created.body.id}`).set(lvliang.officer.auth).expect(409);
      const ended = await t.http().patch(`/api/v1/title-mappings/${created.body.id}`).set(lvliang.officer.auth).send({ effectiveTo: '2026-12-31', reason: '改按全省规则' }).expect(200);
      expect(ended.body.effectiveTo).toBe('2026-12-31');
      const future = await t.http().post('/api/v1/title-mappings').set(lvliang.officer.auth).send({ ...rule, years: 2, effectiveFrom: '2027-01-01' }).expect(201);
      await t.http().delete(`/api/v1/title-mappings/${future.body.id}`).set(lvliang.officer.auth).expect(204);
    });
  });

  describe('enterprise tiers', () => {
    const tiers = (org: string) => `/api/v1/organizations/${org}/tiers`;

    it('HR maps its own tiers to national ranks; no tier without a mapping', async () => {
      const missing = await t.http().post(tiers(welder.org.id)).set(welder.hr.auth).send({ name: '技能专家' }).expect(400);
      expect(missing.body.errors[0].field).toBe('nationalRank');
      await t.http().post(tiers(welder.org.id)).set(welder.hr.auth).send({ name: '技能专家', nationalRank: 'special' }).expect(201);
      await t.http().post(tiers(welder.org.id)).set(welder.hr.auth).send({ name: '一级技师', nationalRank: 'L2', subOrder: 1 }).expect(201);
      await t.http().post(tiers(welder.org.id)).set(welder.hr.auth).send({ name: '二级技师', nationalRank: 'L2' }).expect(201);
      const clash = await t.http().post(tiers(welder.org.id)).set(welder.hr.auth).send({ name: '三级技师', nationalRank: 'L2' }).expect(409);
      expect(clash.body.code).toBe('TIER_POSITION_TAKEN');

      const list = await t.http().get(tiers(welder.org.id)).set(lvliang.officer.auth).expect(200);
      expect(list.body.map((x: { label: string }) => x.label)).toEqual(['二级技师（相当于二级/技师）', '一级技师（相当于二级/技师）', '技能专家（相当于特级技师）']);
      await t.http().get(tiers(welder.org.id)).set(workerSession.auth).expect(200);
    });

    it('nobody else maintains them, and other regions do not see them', async () => {
      await t.http().get(tiers(welder.org.id)).set(taiyuan.officer.auth).expect(404);
      await t.http().get(tiers(welder.org.id)).set(other.hr.auth).expect(404);
      await t.http().post(tiers(welder.org.id)).set(other.hr.auth).send({ name: '首席', nationalRank: 'chief' }).expect(404);
      await t.http().post(tiers(welder.org.id)).set(lvliang.officer.auth).send({ name: '首席', nationalRank: 'chief' }).expect(403);
    });
  });

  describe('the occupation catalogue as XLSX', () => {
    const upload = (session: Session, file: Buffer, query = '') =>
      t.http().post(`/api/v1/occupations/import${query}`).set(session.auth).set('content-type', XLSX).send(file);

    it('exports the catalogue', async () => {
      const res = await t.http().get('/api/v1/occupations/export').set(welder.hr.auth).buffer(true).parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(res.headers['content-type']).toContain(XLSX);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body);
      const rows: string[][] = [];
      book.worksheets[0].eachRow((row) => rows.push([row.getCell(1).text, row.getCell(2).text]));
      expect(rows[0]).toEqual(['职业编码 Code', '职业名称 Name']);
      expect(rows).toContainEqual(['6-18-02-04', '焊工']);
    });

    it('rejects a file with bad rows, listing each by row, and imports nothing', async () => {
      const file = await workbook([
        ['职业编码', '职业名称', '相关职业'],
        ['6-16-01-91', '矿井智能巡检工', ''],
        ['6-16-01-9', '格式错误', ''],
        ['6-16-01-92', '', '6-99-99-99'],
        ['6-18-02-04', '电焊工', ''],
      ]);
      const res = await upload(lvliang.officer, file).expect(422);
      expect(res.body.code).toBe('IMPORT_ROWS_INVALID');
      expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
        'rows[3].code:pattern',
        'rows[4].nameZh:required',
        'rows[5].code:notOwned',
      ]);
      const search = await t.http().get('/api/v1/occupations?q=6-16-01-91').set(welder.hr.auth).expect(200);
      expect(search.body.total).toBe(0);
      const related = await upload(lvliang.officer, await workbook([['职业编码', '职业名称', '相关职业'], ['6-16-01-93', '综采维护工', '6-99-99-99']])).expect(422);
      expect(related.body.errors).toEqual([expect.objectContaining({ field: 'rows[2].relatedCodes', code: 'unknownOccupation' })]);
    });

    it('imports valid rows, with a dry run first, and reports what changed', async () => {
      const file = await workbook([
        ['Code', 'Name', 'English name', 'Work types', 'Related occupations', 'Source'],
        ['6-16-01-91', '矿井智能巡检工', 'Smart mine inspector', '巡检、运维', '6-16-01-05', '吕梁市人社局'],
      ]);
      const dry = await upload(lvliang.officer, file, '?dryRun=true').expect(200);
      expect(dry.body).toEqual({ rows: 1, created: 1, updated: 0, unchanged: 0, applied: false });
      expect((await t.http().get('/api/v1/occupations?q=6-16-01-91').set(welder.hr.auth)).body.total).toBe(0);
      const done = await upload(lvliang.officer, file).expect(200);
      expect(done.body).toEqual({ rows: 1, created: 1, updated: 0, unchanged: 0, applied: true });
      const found = await t.http().get('/api/v1/occupations?q=6-16-01-91').set(welder.hr.auth).expect(200);
      expect(found.body.items[0]).toMatchObject({ nameZh: '矿井智能巡检工', workTypes: ['巡检', '运维'], relatedCodes: ['6-16-01-05'], organizationId: lvliang.org.id });
      const again = await upload(lvliang.officer, file).expect(200);
      expect(again.body).toMatchObject({ unchanged: 1, created: 0 });
      await upload(welder.hr, file).expect(403);
      await t.http().post('/api/v1/occupations/import').set(lvliang.officer.auth).send({ rows: [] }).expect(415);
      const garbage = await upload(lvliang.officer, Buffer.from('not a workbook')).expect(422);
      expect(garbage.body.code).toBe('IMPORT_FILE_UNREADABLE');
    });
  });
});
