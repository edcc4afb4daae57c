import ExcelJS from 'exceljs';
import { generateCreditCode } from '@skill-ladder/platform';
import { seedDemoJourneys } from '../../scripts/demo/demo-journeys';
import { login, loginAdmin, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';

/**
 * Pass rates per occupation and evaluator severity in the analytics, on the demo's finalized
 * campaign of the coking group (141181): three candidates scored by three evaluators, 陈志强
 * failing the practical (52/53/54), the others 84/86/88. Scoped like the rest of the report.
 */
describe('promotions: analytics of campaign results (通过率、考评员宽严)', () => {
  let t: TestApp;
  let officer: Session;
  let cokingHr: Session;
  let machineryHr: Session;
  let taiyuanOfficer: Session;
  let cokingId: string;
  let machineryId: string;

  const download = (session: Session, path: string) =>
    t.http().get(path).set(session.auth).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });

  beforeAll(async () => {
    t = await createTestApp();
    const s = new Scenario(t);
    const admin = await loginAdmin(t);
    const bureau = await s.post(admin, '/api/v1/organizations', { kind: 'bureau', name: '吕梁市人力资源和社会保障局', regionCode: '141100' });
    await s.post(admin, '/api/v1/users', { username: 'lvliang.officer', password: PASSWORD, displayName: '职业能力建设科', organizationId: bureau.id, roles: ['bureau_officer'] });
    officer = await login(t, 'lvliang.officer', PASSWORD);
    const org = (name: string, regionCode: string, sequence: number) =>
      s.post(officer, '/api/v1/organizations', { kind: 'enterprise', name, regionCode, creditCode: generateCreditCode({ regionCode, sequence }) });
    cokingId = (await org('山西孝义焦煤焦化集团有限公司', '141181', 4242)).id;
    machineryId = (await org('吕梁重型机械制造有限公司', '141102', 4343)).id;
    await s.post(officer, '/api/v1/users', { username: 'coking.hr', password: PASSWORD, displayName: '人力资源部', organizationId: cokingId, roles: ['hr_admin'] });
    await s.post(officer, '/api/v1/users', { username: 'machinery.hr', password: PASSWORD, displayName: '重机人力资源部', organizationId: machineryId, roles: ['hr_admin'] });
    await seedDemoJourneys(t.app, {
      hr: { username: 'coking.hr', password: PASSWORD },
      officer: { username: 'lvliang.officer', password: PASSWORD },
      password: PASSWORD,
      prefix: 'demo',
      openCampaign: false,
    });
    cokingHr = await login(t, 'coking.hr', PASSWORD);
    machineryHr = await login(t, 'machinery.hr', PASSWORD);
    taiyuanOfficer = (await s.bureau('140100', '太原市人力资源和社会保障局')).officer;
  }, 120_000);
  afterAll(() => t.close());

  it('counts the published results per occupation: 2 of 3 passed', async () => {
    const region = await t.http().get('/api/v1/analytics/region').set(officer.auth).expect(200);
    expect(region.body.passRates).toEqual([
      { occupationCode: WELDER, occupationName: expect.stringContaining('焊工'), candidates: 3, passed: 2, failed: 1, voided: 0, passRate: 66.7 },
    ]);
    const hr = await t.http().get(`/api/v1/analytics/enterprises/${cokingId}`).set(cokingHr.auth).expect(200);
    expect(hr.body.passRates).toEqual(region.body.passRates);
  });

  it('ranks the evaluators by their deviation from the panel mean, strictest first', async () => {
    const res = await t.http().get(`/api/v1/analytics/enterprises/${cokingId}`).set(cokingHr.auth).expect(200);
    // Panel means 86, 86 and 53: 高建华 gave 84, 84, 52 (−2, −2, −1), 赵国强 88, 88, 54.
    expect(res.body.evaluatorSeverity).toEqual({
      minSheets: 3,
      evaluators: [
        expect.objectContaining({ name: '高建华', sheets: 3, candidates: 3, meanScore: 73.33, meanDeviation: -1.67 }),
        expect.objectContaining({ name: '孙立新', sheets: 3, candidates: 3, meanScore: 75, meanDeviation: 0 }),
        expect.objectContaining({ name: '赵国强', sheets: 3, candidates: 3, meanScore: 76.67, meanDeviation: 1.67 }),
      ],
    });
  });

  it('shows another enterprise, county or city none of it', async () => {
    const machinery = await t.http().get(`/api/v1/analytics/enterprises/${machineryId}`).set(machineryHr.auth).expect(200);
    expect(machinery.body).toMatchObject({ passRates: [], evaluatorSeverity: { minSheets: 3, evaluators: [] } });
    const county = await t.http().get('/api/v1/analytics/region?regionCode=141102').set(officer.auth).expect(200);
    expect(county.body).toMatchObject({ passRates: [], evaluatorSeverity: { evaluators: [] } });
    const ownCounty = await t.http().get('/api/v1/analytics/region?regionCode=141181').set(officer.auth).expect(200);
    expect(ownCounty.body.passRates).toEqual([expect.objectContaining({ candidates: 3, passed: 2 })]);
    const taiyuan = await t.http().get('/api/v1/analytics/region').set(taiyuanOfficer.auth).expect(200);
    expect(taiyuan.body).toMatchObject({ passRates: [], evaluatorSeverity: { evaluators: [] } });
    await t.http().get(`/api/v1/analytics/enterprises/${cokingId}`).set(machineryHr.auth).expect(404);
  });

  it('exports both sections in the workbook', async () => {
    const res = await download(officer, '/api/v1/analytics/region/export').expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map((w) => w.name)).toEqual(['概览', '按企业', '按等级', '按职业', '按用工形式', '晋级储备', '通过率', '考评员宽严', '评聘名额']);
    const passRates = book.getWorksheet('通过率')!;
    expect(passRates.getRow(2).values).toEqual([undefined, WELDER, expect.stringContaining('焊工'), 3, 2, 1, 0, 66.7]);
    expect(passRates.rowCount).toBe(2);
    const severity = book.getWorksheet('考评员宽严')!;
    expect(severity.getRow(1).values).toEqual([undefined, '考评员', '评分表数', '考生数', '平均给分', '与评分组均分之差（分，至少3份评分表）']);
    expect([2, 3, 4].map((n) => severity.getRow(n).values)).toEqual([
      [undefined, '高建华', 3, 3, 73.33, -1.67],
      [undefined, '孙立新', 3, 3, 75, 0],
      [undefined, '赵国强', 3, 3, 76.67, 1.67],
    ]);
  });

  it('exports one chart’s view alone when asked, and no view it does not know', async () => {
    const res = await download(cokingHr, `/api/v1/analytics/enterprises/${cokingId}/export?section=passRates`).expect(200);
    expect(res.headers['content-disposition']).toMatch(/analytics-enterprise-\d{4}-\d{2}-\d{2}-passRates\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map((w) => w.name)).toEqual(['通过率']);
    const county = await download(officer, '/api/v1/analytics/region/export?regionCode=141102&section=evaluatorSeverity').expect(200);
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(county.body);
    expect(empty.getWorksheet('考评员宽严')!.rowCount).toBe(1);
    await t.http().get('/api/v1/analytics/region/export?section=salaries').set(officer.auth).expect(400);
    await t.http().get(`/api/v1/analytics/enterprises/${cokingId}/export?section=passRates`).set(machineryHr.auth).expect(404);
  });
});
