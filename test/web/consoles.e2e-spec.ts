import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { generateCreditCode } from '@skill-ladder/platform';
import { loginAdmin, login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import type { TestApp } from '../harness/test-app';
import { DESKTOP, expectText, horizontalOverflow, useJourneys, XLSX } from './journey-kit';

/**
 * The HR and bureau consoles' administration screens in Chromium, on the same world as the
 * journeys (journey-kit.ts): the bureau's and platform admin's administration, HR's workers
 * import, evaluation specifications and tiers, question banks and papers.
 */
describe('HR and bureau consoles in Chromium (管理端)', () => {
  const { world, open, shot, signIn } = useJourneys();
  let t: TestApp;
  let base: string;
  let hrSession: Session;
  beforeAll(() => ({ t, base, hrSession } = world));

  describe('bureau administration and platform admin (人社局管理与平台管理)', () => {
    let officer: Session;
    let admin: Session;
    let mappingId: string;
    const nextYear = () => Number(t.clock.today().slice(0, 4)) + 1;
    const plusDays = (days: number) => new Date(Date.parse(`${t.clock.today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

    beforeAll(async () => {
      const s = new Scenario(t);
      admin = await loginAdmin(t);
      officer = await login(t, 'lvliang.officer', PASSWORD);
      // Another city with its own bureau and enterprise: Lüliang's bureau must never see it.
      const taiyuan = await s.post(admin, '/api/v1/organizations', { kind: 'bureau', name: '太原市人力资源和社会保障局', regionCode: '140100' });
      await s.post(admin, '/api/v1/users', { username: 'taiyuan.officer', password: PASSWORD, displayName: '太原市职业能力建设处', organizationId: taiyuan.id, roles: ['bureau_officer'] });
      const taiyuanOfficer = await login(t, 'taiyuan.officer', PASSWORD);
      await s.post(taiyuanOfficer, '/api/v1/organizations', {
        kind: 'enterprise',
        name: '太原不锈钢精密制造有限公司',
        regionCode: '140105',
        creditCode: generateCreditCode({ regionCode: '140105', sequence: 4545 }),
      });
      const mapping = await s.post(officer, '/api/v1/title-mappings', {
        direction: 'skill_to_title', rank: 'L2', titleSeries: 'arts_crafts', titleGrade: 'intermediate',
        titleName: '工艺美术师', years: 3, effectiveFrom: plusDays(30), basis: '吕人社发〔2026〕8号',
      });
      mappingId = mapping.id;
      await s.post(admin, '/api/v1/users', { username: 'platform.ops', password: PASSWORD, displayName: '平台运维', roles: ['platform_admin'] });
    });

    it('the bureau sees only its region’s organizations and opens an HR admin account for one of them, then disables it', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'lvliang.officer', '/bureau/organizations');
      const organizations = page.getByTestId('organizations');
      await expectText(organizations, '吕梁重型机械制造有限公司');
      await expectText(organizations, '山西孝义焦煤焦化集团有限公司');
      await expectText(page.getByTestId('jurisdiction'), '1411');
      expect(await organizations.textContent()).not.toContain('太原不锈钢精密制造有限公司');
      await shot(page, '50-bureau-organizations');

      await organizations.getByRole('row').filter({ hasText: '吕梁重型机械制造有限公司' }).getByRole('link', { name: '账号' }).click();
      await page.waitForURL(/\/bureau\/users\?organization=/);
      await expectText(page.getByTestId('users'), 'machinery.hr');
      await page.getByRole('button', { name: '新建企业管理员' }).click();
      const dialog = page.getByRole('dialog');
      await expectText(dialog, '企业人力资源管理员');
      await dialog.getByLabel('用户名').fill('machinery.hr2');
      await dialog.getByLabel('姓名或部门').fill('重机培训中心');
      await dialog.getByLabel('初始密码').fill('short');
      await dialog.getByRole('button', { name: '创建' }).click();
      // The API's rule, under the field it names.
      await expectText(dialog.locator('.ant-form-item-explain-error'), '密码至少12位');
      await dialog.getByLabel('初始密码').fill(PASSWORD);
      await shot(page, '51-bureau-create-hr-admin');
      await dialog.getByRole('button', { name: '创建' }).click();
      const row = page.getByTestId('users').getByRole('row').filter({ hasText: 'machinery.hr2' });
      await expectText(row, '正常');
      const created = await login(t, 'machinery.hr2', PASSWORD);
      const me = await t.http().get('/api/v1/me').set(created.auth).expect(200);
      expect(me.body).toMatchObject({ roles: ['hr_admin'], organization: expect.objectContaining({ name: '吕梁重型机械制造有限公司' }) });

      await row.getByRole('button', { name: '停用' }).click();
      await page.getByRole('dialog').getByLabel('理由（记入审计）').fill('岗位调整，账号收回');
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await expectText(row, '已停用');
      await shot(page, '52-bureau-hr-admin-disabled');
      await t.http().post('/api/v1/auth/login').send({ username: 'machinery.hr2', password: PASSWORD }).expect(401);
    });

    it('the bureau suspends an evaluation body with a reason and reinstates it; its scope shows occupations × levels', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'lvliang.officer', '/bureau/evaluation-bodies');
      const row = page.getByTestId('evaluation-bodies').getByRole('row').filter({ hasText: '山西孝义焦煤焦化集团有限公司' }).first();
      await expectText(row, '已备案');
      await expectText(row, '焊工');
      await row.getByRole('button', { name: '暂停资格' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await expectText(page.getByRole('dialog').locator('.ant-form-item-explain-error'), '请填写理由');
      await page.getByRole('dialog').getByLabel('理由（记入审计）').fill('考核场地整改期间暂停');
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await expectText(row, '已暂停');
      await expectText(row, '考核场地整改期间暂停');
      const filings = await t.http().get('/api/v1/evaluation-bodies?status=suspended').set(officer.auth).expect(200);
      expect(filings.body.items.map((f: { organizationName: string }) => f.organizationName)).toContain('山西孝义焦煤焦化集团有限公司');

      await row.getByRole('button', { name: '恢复资格' }).click();
      await page.getByRole('dialog').getByLabel('理由（记入审计）').fill('整改完成，经现场核查恢复');
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await expectText(row, '已备案');
    });

    it('HR applies to extend its filing: what is already filed is refused in Chinese, a new occupation goes to the bureau; the filing shows its record', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'coking.hr', '/hr/evaluation-bodies');
      await expectText(page.locator('.page-title'), '评价机构备案');
      await page.getByRole('button', { name: '申请备案' }).click();
      const dialog = page.getByRole('dialog', { name: '申请评价机构备案' });
      await dialog.getByRole('button', { name: '提交人社局' }).click();
      await expectText(dialog.locator('.ant-form-item-explain-error'), '请选择职业');
      async function pick(label: string, search: string, option: string) {
        await dialog.getByLabel(label).click();
        await dialog.getByLabel(label).fill(search);
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
      }
      await pick('职业 1', '6-18-02-04', '焊工');
      await dialog.getByLabel('等级 1').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '四级' }).click();
      await dialog.getByRole('button', { name: '提交人社局' }).click();
      await expectText(dialog.getByRole('alert'), '所申请的职业和等级均已备案');

      await dialog.getByRole('button', { name: '增加职业' }).click();
      await pick('职业 2', '炼焦', '炼焦工');
      await dialog.getByLabel('等级 2').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '三级' }).click();
      await dialog.getByLabel('申请说明（可选）').fill('焦化车间具备实操考核场地');
      await shot(page, '63-hr-filing-apply');
      await dialog.getByRole('button', { name: '提交人社局' }).click();
      await dialog.waitFor({ state: 'detached' });
      const row = page.getByTestId('evaluation-bodies').getByRole('row').filter({ hasText: '待审批' });
      await expectText(row, '炼焦工');
      await row.getByRole('button', { name: '山西孝义焦煤焦化集团有限公司' }).click();
      const drawer = page.locator('.ant-drawer-body');
      await expectText(drawer, '焦化车间具备实操考核场地');
      await expectText(drawer.getByTestId('audit-trail'), 'coking.hr');
      await shot(page, '64-hr-filing-record');

      const pending = await t.http().get('/api/v1/evaluation-bodies?status=applied').set(officer.auth).expect(200);
      expect(pending.body.items).toEqual([
        expect.objectContaining({ organizationName: '山西孝义焦煤焦化集团有限公司', applicationNote: '焦化车间具备实操考核场地', scope: expect.arrayContaining([expect.objectContaining({ occupationCode: '6-10-02-02', ranks: ['L3'] })]) }),
      ]);
    });

    it('the bureau adds a local occupation (a bad code is refused under its field), corrects its name, and finds it in the exported catalogue', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'lvliang.officer', '/bureau/occupations');
      await page.getByRole('button', { name: '新增职业' }).click();
      const dialog = page.getByRole('dialog', { name: '新增职业' });
      await dialog.getByLabel('职业编码', { exact: true }).fill('6-10-9');
      await dialog.getByLabel('职业名称', { exact: true }).fill('智能焦炉巡检员');
      await dialog.getByLabel('工种', { exact: true }).fill('焦炉巡检');
      await dialog.getByLabel('工种', { exact: true }).press('Enter');
      await dialog.getByRole('button', { name: '新增' }).click();
      await expectText(dialog.locator('.ant-form-item-explain-error'), '职业编码格式应为 6-18-01-01');
      await dialog.getByLabel('职业编码', { exact: true }).fill('6-10-02-91');
      await dialog.getByRole('button', { name: '新增' }).click();
      const drawer = page.locator('.ant-drawer-body');
      await expectText(drawer, '地方增补');
      await expectText(drawer, '焦炉巡检');
      await drawer.getByRole('button', { name: '修改' }).click();
      const edit = page.getByRole('dialog', { name: '修改职业 6-10-02-91' });
      await edit.getByLabel('职业名称', { exact: true }).fill('智能焦炉巡检工');
      await edit.getByRole('button', { name: '保存' }).click();
      await edit.waitFor({ state: 'detached' });
      await expectText(drawer, '智能焦炉巡检工');
      await shot(page, '65-bureau-occupation');
      await page.keyboard.press('Escape');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 XLSX' }).click()]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await download.path());
      const rows: string[] = [];
      book.worksheets[0].eachRow((r) => rows.push(JSON.stringify(r.values)));
      expect(rows.find((r) => r.includes('6-10-02-91'))).toContain('智能焦炉巡检工');
    });

    it('the bureau edits its title-mapping rule: an end before the start is refused under the field, then a good end is saved', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'lvliang.officer', '/bureau/title-mappings');
      const row = page.getByTestId('title-mappings').getByRole('row').filter({ hasText: '工艺美术师' });
      await expectText(row, '吕人社发〔2026〕8号');
      await row.getByRole('button', { name: '修改' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/截止日期/).fill(plusDays(10));
      await dialog.getByRole('button', { name: '保存' }).click();
      await expectText(dialog.locator('.ant-form-item-explain-error'), '截止日期早于生效日期');
      await shot(page, '53-bureau-title-mapping-error');
      const end = plusDays(30 + 365 * 3);
      await dialog.getByLabel(/截止日期/).fill(end);
      await dialog.getByLabel('任职年限（年）').fill('4');
      await dialog.getByRole('button', { name: '保存' }).click();
      await expectText(row, `${plusDays(30)} 至 ${end}`);
      await expectText(row, '4年');
      await shot(page, '54-bureau-title-mapping-saved');
      const stored = await t.http().get(`/api/v1/title-mappings/${mappingId}`).set(officer.auth).expect(200);
      expect(stored.body).toMatchObject({ effectiveTo: end, years: 4, titleName: '工艺美术师' });
    });

    it('the bureau loads next year’s holidays: a make-up day on a weekday is refused with the date named, then the year is loaded', async () => {
      const year = nextYear();
      const firstOf = (weekday: number) => {
        const d = new Date(Date.UTC(year, 8, 1));
        while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + 1);
        return d.toISOString().slice(0, 10);
      };
      const [monday, saturday] = [firstOf(1), firstOf(6)];
      const page = await open(DESKTOP);
      await signIn(page, 'lvliang.officer', `/bureau/calendar?year=${year}`);
      await expectText(page.getByTestId('calendar-year'), '临时');
      await page.getByRole('button', { name: `载入 ${year} 年节假日安排` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('放假日').fill(`${year}-01-01\n${year}-10-01~${year}-10-07`);
      await dialog.getByLabel(/调休上班日/).fill(monday);
      await dialog.getByLabel(/依据/).fill(`国务院办公厅关于${year}年部分节假日安排的通知`);
      await dialog.getByRole('button', { name: '载入' }).click();
      await expectText(dialog.locator('.ant-form-item-explain-error'), `调休上班日 ${monday} 不是周六或周日`);
      await shot(page, '55-bureau-calendar-error');
      await dialog.getByLabel(/调休上班日/).fill(saturday);
      await dialog.getByRole('button', { name: '载入' }).click();
      const view = page.getByTestId('calendar-year');
      await expectText(view, '官方安排');
      await expectText(view, '8 天');
      await shot(page, '56-bureau-calendar-loaded');
      const loaded = await t.http().get(`/api/v1/calendar/years/${year}`).set(officer.auth).expect(200);
      expect(loaded.body).toMatchObject({ origin: 'loaded', workdays: [saturday], holidays: expect.arrayContaining([`${year}-01-01`, `${year}-10-07`]) });
      expect(loaded.body.holidays).toHaveLength(8);
    });

    it('the region’s analytics show both enterprises of the city and no other city’s; a county drills down to its own', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'lvliang.officer', '/bureau/analytics');
      const enterprises = page.getByTestId('analytics-enterprises');
      await expectText(enterprises, '山西孝义焦煤焦化集团有限公司');
      await expectText(enterprises, '吕梁重型机械制造有限公司');
      expect(await enterprises.textContent()).not.toContain('太原不锈钢精密制造有限公司');
      await enterprises.getByRole('row').filter({ hasText: '山西孝义焦煤焦化集团有限公司' }).getByRole('button', { name: '141181' }).click();
      await page.waitForURL(/region=141181/);
      await expectText(page.getByText(/辖区 .*（141181）/), '141181');
      await expectText(enterprises, '山西孝义焦煤焦化集团有限公司');
      expect(await enterprises.textContent()).not.toContain('吕梁重型机械制造有限公司');
      await shot(page, '57-bureau-analytics-county');
      // Another city's county is not the bureau's to read, even typed into the address.
      await page.goto(`${base}/bureau/analytics?region=140105`);
      await expectText(page.locator('.ant-empty'), '未找到');
      expect(await page.content()).not.toContain('太原不锈钢精密制造有限公司');
    });

    it('the platform admin creates a bureau for a region and reads the audit trail of it', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'platform.ops', '/admin/organizations');
      await page.getByTestId('organizations').waitFor();
      await page.getByRole('button', { name: '新建人社局' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('名称').fill('大同市人力资源和社会保障局');
      await dialog.getByLabel(/行政区划代码/).fill('140200');
      await shot(page, '58-admin-create-bureau');
      await dialog.getByRole('button', { name: '登记' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByPlaceholder('区划代码，如 141181').fill('140200');
      await page.getByPlaceholder('区划代码，如 141181').press('Enter');
      const row = page.getByTestId('organizations').getByRole('row').filter({ hasText: '大同市人力资源和社会保障局' });
      await expectText(row, '人社局');
      await expectText(row, '140200');
      const bureaus = await t.http().get('/api/v1/organizations?kind=bureau&regionCode=140200').set(admin.auth).expect(200);
      expect(bureaus.body.items).toEqual([expect.objectContaining({ name: '大同市人力资源和社会保障局', regionCode: '140200', status: 'active' })]);

      await page.getByRole('navigation').getByRole('link', { name: '审计日志' }).click();
      await page.getByPlaceholder('操作，如 organization.create').fill('organization.create');
      await page.getByPlaceholder('操作，如 organization.create').press('Enter');
      await page.waitForURL(/action=organization\.create/);
      // Only that action once the filter applies: the other changes of this run leave the list.
      await page.getByTestId('audit-events').getByRole('row').filter({ hasText: 'user.create' }).first().waitFor({ state: 'detached' });
      const event = page.getByTestId('audit-events').getByRole('row').filter({ hasText: 'organization.create' }).first();
      await expectText(event, 'platform.ops');
      await page.getByRole('button', { name: '校验审计链' }).click();
      await expectText(page.getByTestId('audit-chain'), '审计链完整');
      await shot(page, '59-admin-audit');
    });

    it('at 1366×768 the bureau’s and the platform admin’s administration screens fit without sideways scrolling', async () => {
      for (const [username, paths] of [
        ['lvliang.officer', ['/bureau/organizations', '/bureau/users', '/bureau/evaluation-bodies', '/bureau/title-mappings', '/bureau/calendar', '/bureau/occupations', '/bureau/analytics?region=141181']],
        ['platform.ops', ['/admin/organizations', '/admin/users', '/admin/occupations', '/admin/title-mappings', '/admin/calendar', '/admin/audit']],
      ] as const) {
        const page = await open({ width: 1366, height: 768 });
        await signIn(page, username, paths[0]);
        await page.locator('.page-title').waitFor();
        for (const path of paths) {
          await page.goto(`${base}${path}`);
          await page.locator('.page-title').waitFor();
          await page.waitForLoadState('networkidle');
          expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
        }
      }
    }, 150_000);
  });


  describe('HR: workers import, evaluation specifications, tiers and treatment (职工导入、评价规范、等级待遇)', () => {
    const HEADERS = ['姓名', '身份证号码', '用工形式', '派遣单位', '入职日期', '职业编码', '手机号码'];
    async function workbook(rows: string[][]): Promise<Buffer> {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('职工名单');
      sheet.addRow(HEADERS);
      rows.forEach((cells, i) => cells.forEach((text, c) => (sheet.getCell(i + 2, c + 1).value = text)));
      return Buffer.from(await book.xlsx.writeBuffer());
    }
    const totalOf = async (page: Page) => Number(((await page.locator('.ant-pagination-total-text').textContent()) ?? '').replace(/[^\d]/g, ''));

    it('HR imports 20 workers from XLSX: 3 bad rows are listed by row and field and nothing is saved; the fixed file imports all 20', async () => {
      const s = new Scenario(t);
      const good = Array.from({ length: 20 }, (_, i) => [`网页导入${String(i + 1).padStart(2, '0')}`, s.idNumber('141181', '1996-08-18'), '正式职工', '', '2021-03-01', '6-10-02-02', '']);
      const bad = good.map((r) => [...r]);
      bad[2][1] = `${bad[2][1].slice(0, 17)}${bad[2][1][17] === '0' ? '1' : '0'}`; // row 4: check digit
      bad[7][2] = '劳务派遣工'; // row 9: dispatched, no agency
      bad[12][4] = '2021/13/01'; // row 14: not a date

      const page = await open(DESKTOP);
      await signIn(page, 'coking.hr', '/hr/workers');
      await page.locator('.ant-pagination-total-text').waitFor();
      const before = await totalOf(page);
      await page.getByRole('button', { name: /导入$/ }).click();
      const dialog = page.getByRole('dialog', { name: '导入职工' });
      const [template] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载模板' }).click()]);
      expect(template.suggestedFilename()).toBe('workers-import-template.xlsx');
      await shot(page, '30-hr-workers-import');

      await dialog.locator('input[type=file]').setInputFiles({ name: '职工名单.xlsx', mimeType: XLSX, buffer: await workbook(bad) });
      await expectText(dialog.getByRole('alert'), '共 20 行，其中 3 行有误，未导入任何职工');
      const rows = dialog.locator('.ant-table-tbody tr');
      expect(await rows.count()).toBe(3);
      expect((await rows.allTextContents()).map((r) => r.replace(/\s+/g, ''))).toEqual([
        expect.stringMatching(/^4身份证号码身份证号码校验位错误/),
        expect.stringMatching(/^9派遣单位劳务派遣工须填写派遣单位/),
        expect.stringMatching(/^14入职日期日期格式应为YYYY-MM-DD/),
      ]);
      await shot(page, '31-hr-workers-import-errors');
      const none = await t.http().get('/api/v1/workers?name=网页导入').set(hrSession.auth).expect(200);
      expect(none.body.total).toBe(0);

      await dialog.locator('input[type=file]').setInputFiles({ name: '职工名单.xlsx', mimeType: XLSX, buffer: await workbook(good) });
      await expectText(page.locator('.ant-message'), '已导入 20 名职工');
      await dialog.waitFor({ state: 'hidden' });
      await expectText(page.locator('.ant-pagination-total-text'), `共 ${before + 20} 人`);
      await page.getByPlaceholder('姓名（开头匹配）').fill('网页导入');
      await page.getByPlaceholder('姓名（开头匹配）').press('Enter');
      await expectText(page.locator('.ant-pagination-total-text'), '共 20 人');
      await expectText(page.locator('.ant-table-tbody'), '网页导入01');
      await shot(page, '32-hr-workers-imported');

      // The next page starts behind the last worker shown (after=…), in the server's order.
      const firstForty = (await t.http().get('/api/v1/workers?pageSize=40').set(hrSession.auth).expect(200)).body.items as { id: string; fullName: string }[];
      await page.getByPlaceholder('姓名（开头匹配）').fill('');
      await page.getByPlaceholder('姓名（开头匹配）').press('Enter');
      await expectText(page.locator('.ant-table-tbody tr.ant-table-row').first(), firstForty[0].fullName);
      // The next page comes without a count (the count was read once for these filters).
      const [nextPage] = await Promise.all([
        page.waitForRequest((r) => r.url().includes('/api/v1/workers?') && r.url().includes(`after=${firstForty[19].id}`)),
        page.locator('.ant-pagination').getByTitle('2', { exact: true }).click(),
      ]);
      expect(new URL(nextPage.url()).searchParams.get('withTotal')).toBe('false');
      await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.get('after') === firstForty[19].id);
      await expectText(page.locator('.ant-table-tbody tr.ant-table-row').first(), firstForty[20].fullName);
      await expectText(page.locator('.ant-pagination-total-text'), `共 ${before + 20} 人`);
      await shot(page, '123-hr-workers-page-2');

      // An address naming another enterprise's worker as `after` (shared, or stale): the API says
      // 404, and the page falls back to page 2 by position instead of showing only an error.
      const elsewhere = await s.worker(await login(t, 'machinery.hr', PASSWORD), { fullName: '别家职工' });
      await page.goto(`${base}/hr/workers?page=2&after=${elsewhere.id}`);
      await page.waitForURL((url) => url.searchParams.get('page') === '2' && !url.searchParams.has('after'));
      await expectText(page.locator('.ant-table-tbody tr.ant-table-row').first(), firstForty[20].fullName);
    });

    it('HR drafts a new version of its evaluation specification and submits it; the bureau returns it and its comment shows on the version', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'coking.hr', '/hr/standards');
      await page.getByRole('button', { name: '新建评价规范' }).click();
      const create = page.getByRole('dialog', { name: '新建评价规范' });
      await create.getByLabel('职业').fill('炼焦');
      await page.locator('.ant-select-item-option').filter({ hasText: '炼焦工（6-10-02-02）' }).click();
      await create.getByLabel('名称', { exact: true }).fill('炼焦工企业评价规范');
      await create.getByLabel('版本名称').fill('2026版');
      await create.getByRole('button', { name: '创建草稿' }).click();
      await page.waitForURL(/\/hr\/standards\/[0-9a-f-]{36}/);
      const standardId = page.url().split('/').pop()?.split('?')[0] as string;
      await expectText(page.locator('.page-title'), '炼焦工企业评价规范');

      // Version 1 goes through review and is published (the bureau's steps through the API), so HR revises it as version 2.
      const officer = await login(t, 'lvliang.officer', PASSWORD);
      await t.http().post(`/api/v1/standards/${standardId}/versions/1/submit`).set(hrSession.auth).send({}).expect(200);
      await t.http().post(`/api/v1/standards/${standardId}/versions/1/approve`).set(officer.auth).send({ comment: '同意' }).expect(200);
      await page.reload();
      await page.getByRole('button', { name: '发布' }).click();
      await page.getByRole('dialog', { name: '发布版本' }).getByRole('button', { name: '发布' }).click();
      await expectText(page.locator('.ant-descriptions'), '第1版，');

      await page.getByRole('button', { name: '新建版本' }).click();
      await expectText(page.locator('.ant-card-head'), '第2版');
      await page.getByLabel('版本名称').fill('2027版');
      await page.getByLabel('说明').fill('增设智能化焦炉操作考核内容');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expectText(page.locator('.ant-message'), '草稿已保存');
      await page.getByRole('button', { name: '提交审核' }).click();
      await expectText(page.locator('.ant-message'), '已提交人社局审核');
      await expectText(page.locator('.ant-card-head'), '已提交审核');
      await shot(page, '33-hr-standard-submitted');

      await t.http().post(`/api/v1/standards/${standardId}/versions/2/request-changes`).set(officer.auth)
        .send({ comment: '请补充智能化焦炉操作的实操考核评分细则' }).expect(200);
      await page.reload();
      await expectText(page.locator('.ant-card-head'), '退回修改');
      const comment = page.locator('.review-comment').filter({ hasText: '请补充智能化焦炉操作的实操考核评分细则' });
      await expectText(comment, '人社局');
      await expectText(comment, '退回修改');
      await expect(page.getByRole('button', { name: '提交审核' }).isVisible()).resolves.toBe(true);
      await shot(page, '34-hr-standard-returned');
      await page.getByRole('link', { name: '评价规范' }).first().click();
      const listed = page.getByRole('row').filter({ hasText: '炼焦工企业评价规范' });
      await expectText(listed, '第1版 2026版，');
      await expectText(listed, '退回修改');
      await shot(page, '36-hr-standards');

    });

    it('HR answers the bureau in the review thread, checks a worker against a level, and exports the specification and imports it as a new draft', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'coking.hr', '/hr/standards');
      await page.getByRole('link', { name: '炼焦工企业评价规范' }).click();
      await expectText(page.locator('.ant-card-head'), '第2版');
      await page.getByLabel('发表意见').fill('已补充智能化焦炉操作实操评分细则，见第三级考核项目');
      await page.getByRole('button', { name: '发表', exact: true }).click();
      const answer = page.locator('.review-comment').filter({ hasText: '已补充智能化焦炉操作实操评分细则' });
      await expectText(answer, '企业');

      const check = page.locator('.ant-card').filter({ hasText: '申报条件自查' });
      await check.getByLabel('职工').fill(world.demo.worker.name);
      await page.locator('.ant-select-item-option').filter({ hasText: world.demo.worker.name }).click();
      await check.getByLabel('申报等级').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await check.getByRole('button', { name: '审核', exact: true }).click();
      await expectText(page.getByTestId('eligibility-result'), '申报条件');
      await shot(page, '39-hr-standard-thread-eligibility');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出（JSON）' }).click()]);
      const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
      expect(exported).toMatchObject({ format: 'skill-ladder/standard@1', occupation: { code: '6-10-02-02' } });

      // The same enterprise already has this specification with version 2 under review: refused, and said why.
      await page.getByRole('link', { name: '评价规范' }).first().click();
      await page.getByRole('button', { name: /导入$/ }).click();
      let dialog = page.getByRole('dialog', { name: '导入评价规范' });
      await dialog.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
      await dialog.getByRole('button', { name: '导入为草稿' }).click();
      await expectText(dialog, '文件不是评价规范导出文件');
      const file = { name: 'standard.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) };
      await dialog.locator('input[type=file]').setInputFiles(file);
      await dialog.getByRole('button', { name: '导入为草稿' }).click();
      await expectText(dialog, '第2版尚在审核流程中');

      // Another enterprise of the group takes it over as its own draft.
      const other = await open(DESKTOP);
      await signIn(other, 'machinery.hr', '/hr/standards');
      await other.getByRole('button', { name: /导入$/ }).click();
      dialog = other.getByRole('dialog', { name: '导入评价规范' });
      await dialog.locator('input[type=file]').setInputFiles(file);
      await dialog.getByLabel('名称（可选）').fill('炼焦工评价规范（集团共享）');
      await dialog.getByRole('button', { name: '导入为草稿' }).click();
      await expectText(other.locator('.page-title'), '炼焦工评价规范（集团共享）');
      await expectText(other.locator('.ant-card-head'), '草稿');
      await shot(other, '40-hr-standard-imported');
    });

    it('HR adds its own tier 技能专家 and sets its treatment and quota; both are listed', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'coking.hr', '/hr/tiers');
      await page.getByRole('button', { name: '新增等级' }).click();
      const tierDialog = page.getByRole('dialog', { name: '新增企业等级' });
      await tierDialog.getByLabel('名称').fill('技能专家');
      await tierDialog.getByLabel('相当于国家等级').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '特级技师' }).click();
      await tierDialog.getByRole('button', { name: '保存' }).click();
      await expectText(page.locator('.ant-table-tbody'), '技能专家');

      await page.getByRole('button', { name: '设定待遇' }).click();
      const policy = page.getByRole('dialog', { name: '设定等级待遇' });
      await policy.getByLabel('等级').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '技能专家（相当于特级技师）' }).click();
      await policy.getByLabel('享受管理岗位待遇').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '中层干部' }).click();
      await policy.getByLabel('月度津贴（元）').fill('2000');
      await policy.getByLabel('聘期（月）').fill('36');
      await policy.getByRole('radio', { name: '固定名额' }).check();
      await policy.getByLabel('名额数').fill('3');
      await policy.getByRole('button', { name: '保存' }).click();
      await expectText(page.locator('.ant-message'), '待遇已设定');
      const row = page.getByRole('row').filter({ hasText: '技能专家（相当于特级技师）' });
      await expectText(row, '中层干部');
      await expectText(row, '3 名');
      await shot(page, '35-hr-tier-policy');
      const me = await t.http().get('/api/v1/me').set(hrSession.auth).expect(200);
      const listed = await t.http().get(`/api/v1/organizations/${me.body.organization.id}/tier-policies`).set(hrSession.auth).expect(200);
      expect(listed.body.find((p: { tierName: string }) => p.tierName === '技能专家')).toMatchObject({ termMonths: 36, quota: expect.objectContaining({ kind: 'fixed', fixed: 3 }) });
    });

    it('HR reads the evaluator draw of the campaign in scoring, its seed and panel, and the server’s replay confirms it', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'coking.hr', '/hr/campaigns');
      await page.getByTestId('campaign-card').filter({ hasText: world.demo.scoringCampaignName }).getByRole('link').click();
      await page.getByRole('tab', { name: '考评员抽取' }).click();
      const card = page.locator('.ant-card').filter({ hasText: '技能考核' }).filter({ hasText: '随机种子' });
      await expectText(card, '随机种子');
      const campaignId = page.url().split('/').pop() as string;
      const [draw] = (await t.http().get(`/api/v1/campaigns/${campaignId}/draws`).set(hrSession.auth).expect(200)).body;
      await expectText(card, String(draw.seed));
      for (const e of draw.panels[0].evaluators) await expectText(card.getByRole('row').filter({ hasText: '第 1 组' }), e.displayName);
      await card.getByRole('button', { name: '复核抽取' }).click();
      const dialog = page.getByRole('dialog', { name: `复核抽取（种子 ${draw.seed}）` });
      await expectText(dialog, '复算结果与保存的抽取结果一致');
      await shot(page, '38-hr-draw-verified');
    });

    it('HR sets the scoring settings of the campaign in scoring: a window under 5 working days is refused under its field, the threshold is fixed, the chair is chosen', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'coking.hr', '/hr/campaigns');
      await page.getByTestId('campaign-card').filter({ hasText: world.demo.scoringCampaignName }).getByRole('link').click();
      const settings = page.getByTestId('scoring-settings');
      await expectText(settings, '5 个工作日');
      await settings.getByRole('button', { name: '修改评分设置' }).click();
      const dialog = page.getByRole('dialog', { name: '修改评分设置' });
      await expect(dialog.getByLabel('复核阈值（分）').isDisabled()).resolves.toBe(true);
      await expectText(dialog, '评分开始后不能再修改');
      await dialog.getByLabel('公示期（工作日）').fill('3');
      await dialog.getByRole('button', { name: '保存' }).click();
      await expectText(dialog.locator('.ant-form-item-explain-error'), '公示期不少于5个工作日');
      await dialog.getByLabel('公示期（工作日）').fill('7');
      await dialog.getByLabel('评审委员会主任').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await shot(page, '66-hr-scoring-settings');
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expectText(settings, '7 个工作日');
      const campaignId = page.url().split('/').pop() as string;
      const stored = (await t.http().get(`/api/v1/campaigns/${campaignId}/scoring-settings`).set(hrSession.auth).expect(200)).body;
      expect(stored).toMatchObject({ publicityWorkingDays: 7, publicityWorkingDaysIsDefault: false, chairName: expect.any(String) });
      await expectText(settings, stored.chairName);
    });

    it('at 1366×768 these screens fit without sideways scrolling: specifications, a specification with its review thread, tiers, the import dialog', async () => {
      const standard = (await t.http().get('/api/v1/standards?source=enterprise').set(hrSession.auth).expect(200)).body.items.find((s: { title: string }) => s.title === '炼焦工企业评价规范');
      const page = await open({ width: 1366, height: 768 });
      await signIn(page, 'coking.hr', '/hr/standards');
      await page.getByRole('row').filter({ hasText: '炼焦工企业评价规范' }).waitFor();
      for (const path of ['/hr/standards', `/hr/standards/${standard.id}`, '/hr/tiers']) {
        await page.goto(`${base}${path}`);
        await page.locator('.page-title').waitFor();
        await page.waitForLoadState('networkidle');
        expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      }
      await page.goto(`${base}/hr/workers`);
      await page.getByRole('button', { name: /导入$/ }).click();
      await page.getByRole('dialog', { name: '导入职工' }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await shot(page, '37-hr-1366-import');
    }, 120_000);
  });

  describe('HR question banks and papers (题库与组卷)', () => {
    /** Single-choice items of knowledge point K1, stems numbered from `from`. */
    async function itemSheet(rows: number, from = 1, difficulty: (n: number) => number | string = () => 2): Promise<Buffer> {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('试题');
      sheet.addRow(['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案']);
      for (let n = from; n < from + rows; n++) sheet.addRow(['单选', 'K1 安全用电', difficulty(n), `网页题库第${n}题：焊接场所的安全电压为（ ）。`, '12V', '36V', '110V', '220V', 'B']);
      return Buffer.from(await book.xlsx.writeBuffer());
    }

    it('HR creates a bank, imports items (a bad row shown by row and column, then the fixed file), and after review assembles A and B papers', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'coking.hr', '/hr/question-banks');
      await page.getByRole('button', { name: '新建题库' }).click();
      const create = page.getByRole('dialog', { name: '新建题库' });
      await create.getByLabel('职业（已备案）').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '焊工' }).click();
      await create.getByLabel('等级').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '四级/中级工' }).click();
      await create.getByLabel('题库名称').fill('焊工四级理论知识题库（网页）');
      await create.getByRole('button', { name: '创建' }).click();
      await page.waitForURL(/\/hr\/question-banks\/[0-9a-f-]{36}$/);
      const bankId = page.url().split('/').pop() as string;

      await page.getByRole('button', { name: /导入$/ }).click();
      const dialog = page.getByRole('dialog', { name: '导入试题' });
      await dialog.locator('input[type=file]').setInputFiles({ name: '试题.xlsx', mimeType: XLSX, buffer: await itemSheet(12, 1, (n) => (n === 5 ? '六' : 2)) });
      await expectText(dialog, '未导入任何试题');
      const bad = dialog.getByRole('row').filter({ hasText: '难度' });
      await expectText(bad, '6');
      await expectText(bad, '应为1到5的整数');
      await shot(page, '60-hr-bank-import-errors');
      expect((await t.http().get(`/api/v1/question-banks/${bankId}`).set(hrSession.auth).expect(200)).body.itemCounts.draft).toBe(0);
      await dialog.locator('input[type=file]').setInputFiles({ name: '试题.xlsx', mimeType: XLSX, buffer: await itemSheet(12) });
      await expectText(page.locator('.ant-message'), '已导入 12 道试题');
      await expectText(page.locator('.ant-pagination-total-text'), '共 12 题');

      // Another HR officer reviews (the author may not); then the author puts the items in use.
      const officer = await login(t, 'lvliang.officer', PASSWORD);
      const me = await t.http().get('/api/v1/me').set(hrSession.auth).expect(200);
      await new Scenario(t).post(officer, '/api/v1/users', { username: 'coking.reviewer', password: PASSWORD, displayName: '审题人', organizationId: me.body.organization.id, roles: ['hr_admin'] });
      const reviewer = await login(t, 'coking.reviewer', PASSWORD);
      const items = (await t.http().get(`/api/v1/question-banks/${bankId}/items?pageSize=50`).set(hrSession.auth).expect(200)).body.items;
      for (const item of items.slice(1)) {
        await t.http().post(`/api/v1/question-banks/${bankId}/items/${item.id}/status`).set(reviewer.auth).send({ status: 'reviewed' }).expect(200);
        await t.http().post(`/api/v1/question-banks/${bankId}/items/${item.id}/status`).set(hrSession.auth).send({ status: 'active' }).expect(200);
      }
      // The first one through the screen: the author's own review is refused, the reviewer's goes through.
      await page.reload();
      const first = page.getByRole('row').filter({ hasText: items[0].stem });
      await first.getByRole('button', { name: '审核通过' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await expectText(page.getByRole('dialog').getByRole('alert'), '审核人不能是本版本的编写人');
      await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
      await t.http().post(`/api/v1/question-banks/${bankId}/items/${items[0].id}/status`).set(reviewer.auth).send({ status: 'reviewed' }).expect(200);
      await page.reload();
      await page.getByRole('row').filter({ hasText: items[0].stem }).getByRole('button', { name: '启用' }).click();
      await expectText(page.locator('.ant-message'), '已启用');

      await page.getByRole('tab', { name: '组卷方案与试卷' }).click();
      await page.getByRole('button', { name: '新建组卷方案' }).click();
      const editor = page.getByRole('dialog', { name: '新建组卷方案' });
      await editor.getByLabel('方案名称').fill('焊工四级A/B卷（网页）');
      await editor.getByLabel('第1条规则的知识点').fill('K1 安全用电');
      await editor.getByLabel('第1条规则的题量').fill('10');
      await editor.getByLabel('第1条规则的每题分值').fill('5');
      await expectText(editor, '合计 50 分（应为100分）');
      await editor.getByLabel('第1条规则的每题分值').fill('10');
      await expectText(editor, '合计 100 分');
      await shot(page, '61-hr-blueprint-editor');
      await editor.getByRole('button', { name: '保存' }).click();
      const row = page.getByRole('row').filter({ hasText: '焊工四级A/B卷（网页）' });
      await expectText(row, '够用');
      // Before papers exist the blueprint can still change: 90 → 120 minutes, read back into the editor.
      await row.getByRole('button', { name: '修改' }).click();
      const change = page.getByRole('dialog', { name: '修改组卷方案' });
      await expect(change.getByLabel('第1条规则的知识点').inputValue()).resolves.toBe('K1 安全用电');
      await change.getByLabel('时长（分钟）').fill('120');
      await change.getByRole('button', { name: '保存' }).click();
      await change.waitFor({ state: 'detached' });
      await expectText(row, '120分钟');
      await row.getByRole('button', { name: '组卷' }).click();
      const papers = page.getByRole('dialog', { name: /试卷：/ });
      await expectText(papers, '共 10 题，满分 100 分');
      await papers.getByRole('tab', { name: 'B卷' }).waitFor();
      await shot(page, '62-hr-papers');
      const stored = (await t.http().get(`/api/v1/question-banks/${bankId}/blueprints`).set(hrSession.auth).expect(200)).body;
      expect(stored[0]).toMatchObject({ papers: 2, shortfalls: [], durationMinutes: 120 });
      // Assembled papers fix the blueprint: no more changes offered.
      await papers.getByRole('button', { name: '关闭' }).last().click();
      await expect(row.getByRole('button', { name: '修改' }).count()).resolves.toBe(0);
    });
  });
});
