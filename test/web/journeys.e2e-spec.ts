import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemoJourneys, type DemoJourneyResult } from '../../scripts/demo/demo-journeys';
import { generateCreditCode } from '@skill-ladder/platform';
import { loginAdmin, login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { launchBrowser } from './browser';

const WEB_DIR = resolve(__dirname, '../../apps/web/dist');
const SHOTS = resolve(__dirname, '../../test-results/screenshots');
const PHONE = { width: 375, height: 812 };
const TABLET = { width: 768, height: 1024 };
const DESKTOP = { width: 1280, height: 800 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// The smallest valid PDF the API's content sniffing accepts.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/**
 * The web app as its users meet it, in a real headless Chromium, served by the real API on
 * PostgreSQL with the demo journeys' data: a worker on a phone, an evaluator on a tablet, HR on a
 * desktop, anyone verifying a certificate. Screenshots of each step go to test-results/screenshots.
 */
describe('web app journeys in Chromium (网页端)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let demo: DemoJourneyResult;
  let hrSession: Session;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function open(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  async function signIn(page: Page, username: string, path = '/') {
    await page.goto(`${base}${path}`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
  }

  /** axe-core in the page (run through the debugging protocol, which the page's CSP does not govern). */
  async function seriousViolations(page: Page): Promise<string[]> {
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const result = await page.evaluate(async () => {
      const window = globalThis;
      type Node = { target: string[]; html: string; failureSummary: string };
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: Node[] }[] }> } }).axe;
      return (await axe.run()).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => `${n.html.slice(0, 120)} — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`),
      }));
    });
    return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`);
  }

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error('The web app is not built: run `npm run build:web` (npm test builds it first).');
    mkdirSync(SHOTS, { recursive: true });
    t = await createTestApp({ WEB_DIR });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;

    const s = new Scenario(t);
    const admin = await loginAdmin(t);
    const bureau = await s.post(admin, '/api/v1/organizations', { kind: 'bureau', name: '吕梁市人力资源和社会保障局', regionCode: '141100' });
    await s.post(admin, '/api/v1/users', { username: 'lvliang.officer', password: PASSWORD, displayName: '职业能力建设科', organizationId: bureau.id, roles: ['bureau_officer'] });
    const officer = await login(t, 'lvliang.officer', PASSWORD);
    const coking = await s.post(officer, '/api/v1/organizations', {
      kind: 'enterprise',
      name: '山西孝义焦煤焦化集团有限公司',
      regionCode: '141181',
      creditCode: generateCreditCode({ regionCode: '141181', sequence: 4242 }),
    });
    await s.post(officer, '/api/v1/users', { username: 'coking.hr', password: PASSWORD, displayName: '人力资源部', organizationId: coking.id, roles: ['hr_admin'] });
    demo = await seedDemoJourneys(t.app, {
      hr: { username: 'coking.hr', password: PASSWORD },
      officer: { username: 'lvliang.officer', password: PASSWORD },
      password: PASSWORD,
      prefix: 'demo',
      openCampaign: true,
    });
    hrSession = await login(t, 'coking.hr', PASSWORD);
    const machinery = await s.post(officer, '/api/v1/organizations', {
      kind: 'enterprise',
      name: '吕梁重型机械制造有限公司',
      regionCode: '141102',
      creditCode: generateCreditCode({ regionCode: '141102', sequence: 4343 }),
    });
    await s.post(officer, '/api/v1/users', { username: 'machinery.hr', password: PASSWORD, displayName: '重机人力资源部', organizationId: machinery.id, roles: ['hr_admin'] });
    browser = await launchBrowser();
  }, 120_000);

  afterEach(() => {
    // An uncaught error in the page is a defect even when the journey still got through.
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('a wrong password is refused with a Chinese message next to the form', async () => {
    const page = await open(PHONE);
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').fill(demo.worker.username);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expectText(page.getByRole('alert'), '用户名或密码错误');
    await shot(page, '01-login-wrong-password');
    expect(page.url()).toContain('/login');
    expect(await page.content()).not.toContain('INVALID_CREDENTIALS');
  });

  it('a worker on a phone opens the career path and sees the next rung with the date it opens; a reload keeps the session', async () => {
    const page = await open(PHONE);
    const scripts: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.sizes().then((s) => s.responseBodySize));
    });
    await signIn(page, demo.worker.username, '/worker/career');
    await page.waitForURL('**/worker/career');
    const ladder = page.getByRole('list', { name: '职业技能等级阶梯' });
    await expectText(ladder.locator('[aria-current="step"]'), '四级/中级工');
    await expectText(ladder.locator('[data-rank="L3"]'), '预计 2029年7月1日 可申报');
    const next = page.getByTestId('next-rung');
    await expectText(next, '下一级：三级/高级工');
    await expectText(next, '累计从事本职业或相关职业工作满10年');
    await shot(page, '02-worker-career-path');
    // Sign-in and the first screen on a phone: the JavaScript as transferred (precompressed) stays under 300 KB.
    const transferred = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    console.log(`worker's first screen: ${scripts.length} scripts, ${(transferred / 1024).toFixed(1)} KB of JavaScript transferred`);
    expect(transferred).toBeLessThanOrEqual(300 * 1024);
    await next.scrollIntoViewIfNeeded();
    await shot(page, '03-worker-next-rung');

    // Touch targets of the tab bar are at least 44 px high.
    const tab = await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的证书' }).boundingBox();
    expect(tab!.height).toBeGreaterThanOrEqual(44);

    await page.reload();
    await expectText(page.getByTestId('next-rung'), '下一级：三级/高级工');
    expect(page.url()).toContain('/worker/career');

    await page.getByRole('link', { name: '我的证书' }).click();
    const credential = page.getByTestId('credential').first();
    await expectText(credential, demo.worker.certificateNumber);
    await expectText(credential, '有效');
    await credential.getByRole('button', { name: '查验二维码' }).click();
    await page.getByRole('dialog').locator('svg').first().waitFor();
    await shot(page, '04-worker-certificate-qr');
  });

  it('a worker applies to an open campaign with a PDF from the phone and follows the application', async () => {
    const page = await open(PHONE);
    await signIn(page, demo.applicant.username, '/worker/campaigns');
    const campaign = page.getByTestId('open-campaign').filter({ hasText: '四级/中级工' }).first();
    await campaign.getByRole('button', { name: '报名' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles({ name: '焊工培训证明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await shot(page, '05-worker-apply');
    await dialog.getByRole('button', { name: '提交报名' }).click();
    await page.waitForURL('**/worker/applications/*');
    await expectText(page.getByTestId('evidence-file'), '焊工培训证明.pdf');
    await expectText(page.getByTestId('application-status'), '待审核');
    await shot(page, '06-worker-application');

    // The API holds the application and its file, under the worker's own name.
    const id = page.url().split('/').pop() as string;
    const stored = await t.http().get(`/api/v1/applications/${id}`).set(hrSession.auth).expect(200);
    expect(stored.body).toMatchObject({ fullName: demo.applicant.name, rank: 'L4', fileCount: 1 });
  });

  it('an evaluator scores on a tablet, submits, and the sheet is locked, in the page and in the API', async () => {
    const page = await open(TABLET);
    await signIn(page, demo.evaluators[0], '/evaluator/tasks');
    const rows = page.getByRole('row').filter({ hasText: '评分' });
    await rows.first().waitFor();
    await shot(page, '07-evaluator-tasks');
    await rows.first().getByRole('link', { name: '评分' }).click();
    await page.waitForURL('**/evaluator/sheets/*');
    const sheetId = page.url().split('/').pop() as string;

    // A submission needs a score: the form says so before the API is asked.
    await page.getByRole('button', { name: '提交评分' }).click();
    await expectText(page.locator('.ant-form-item-explain-error'), '请填写分数');

    await page.getByLabel(/分数（满分 100）/).fill('86.5');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    await expectText(page.getByRole('status'), '评分已提交并锁定');
    await expect(page.getByLabel(/分数（满分 100）/).isDisabled()).resolves.toBe(true);
    expect(await page.getByRole('button', { name: '提交评分' }).count()).toBe(0);
    await shot(page, '08-evaluator-sheet-locked');

    const evaluator = await login(t, demo.evaluators[0], PASSWORD);
    const locked = await t.http().put(`/api/v1/score-sheets/${sheetId}`).set(evaluator.auth).send({ score: 90 }).expect(409);
    expect(locked.body.code).toBe('SHEET_LOCKED');
    expect((await t.http().get(`/api/v1/score-sheets/${sheetId}`).set(evaluator.auth).expect(200)).body).toMatchObject({ status: 'submitted', score: 86.5 });

    // Another evaluator's sheet: the page says it is not theirs.
    const other = await open(TABLET);
    await signIn(other, demo.evaluators[1], `/evaluator/sheets/${sheetId}`);
    await expectText(other.getByRole('alert'), '不是分配给您的评分任务');
  });

  it('the public verify page answers valid, then revoked after HR revokes the certificate', async () => {
    const number = demo.worker.certificateNumber;
    const phone = await open(PHONE);
    await phone.goto(`${base}/verify?number=${number}&name=${encodeURIComponent(demo.worker.name)}`);
    await expectText(phone.locator('.ant-result-title'), '证书有效');
    await expectText(phone.locator('.ant-descriptions'), '四级/中级工');
    await shot(phone, '09-verify-valid');

    const hr = await open(DESKTOP);
    await signIn(hr, 'coking.hr', '/hr/certificates');
    await hr.getByPlaceholder('证书编号（22位）').fill(number);
    await hr.getByPlaceholder('证书编号（22位）').press('Enter');
    const row = hr.getByRole('row').filter({ hasText: number });
    await row.getByRole('button', { name: '撤销' }).click();
    await hr.getByRole('dialog').getByRole('button', { name: '确认撤销' }).click();
    await expectText(hr.locator('.ant-form-item-explain-error'), '请填写撤销理由');
    await hr.getByLabel('撤销理由（记入审计）').fill('经查实申报材料弄虚作假');
    await hr.getByRole('dialog').getByRole('button', { name: '确认撤销' }).click();
    await expectText(row, '已撤销');
    await shot(hr, '10-hr-certificate-revoked');

    await phone.reload();
    await expectText(phone.locator('.ant-result-title'), '证书已撤销');
    await shot(phone, '11-verify-revoked');

    await phone.goto(`${base}/verify?number=${number}&name=${encodeURIComponent('李四')}`);
    await expectText(phone.locator('.ant-result-title'), '未查到该证书');
  });

  it('a worker reads the result of an application with its component scores once published', async () => {
    const page = await open(PHONE);
    await signIn(page, demo.worker.username, '/worker/campaigns');
    await page.getByTestId('my-application').first().getByRole('link', { name: '详情' }).click();
    const result = page.getByTestId('application-result');
    await expectText(result, '合格');
    await expectText(result, '理论知识考试');
    await expectText(result, '技能考核');
    await expectText(result, demo.worker.certificateNumber);
    await result.scrollIntoViewIfNeeded();
    await shot(page, '12-worker-result');
  });

  it('during publicity a worker files an objection (异议) to an entry, under their name, and sees it pending', async () => {
    // The campaign in scoring gets its last scores and its results published (through the API, as HR would).
    const campaignId = await publishScoringCampaign();
    const page = await open(PHONE);
    await signIn(page, demo.applicant.username, '/worker/publicity');
    await page.getByRole('link', { name: new RegExp(demo.scoringCampaignName.slice(0, 8)) }).first().click();
    const entry = page.getByTestId('publicity-entry').filter({ hasText: '吴海涛' });
    await expectText(entry, '合格');
    await entry.getByRole('button', { name: '提出异议' }).click();
    await page.getByRole('dialog').getByLabel('异议理由').fill('该考生实操考核当天未到考场，成绩与事实不符');
    await page.getByRole('dialog').getByRole('button', { name: '提交异议' }).click();
    await expectText(page.getByTestId('my-objection'), '该考生实操考核当天未到考场');
    await shot(page, '13-worker-objection');

    const notices = await t.http().get(`/api/v1/publicity?subjectId=${campaignId}`).set(hrSession.auth).expect(200);
    const objections = await t.http().get(`/api/v1/publicity/${notices.body.items[0].id}/objections`).set(hrSession.auth).expect(200);
    expect(objections.body).toEqual([expect.objectContaining({ filedByName: demo.applicant.name, status: 'pending', reason: '该考生实操考核当天未到考场，成绩与事实不符' })]);
  });

  /** Submits every open sheet of the campaign in scoring, imports its theory scores and publishes the results. */
  async function publishScoringCampaign(): Promise<string> {
    let campaignId = '';
    const tickets = new Map<string, { ticket: string; name: string }>();
    for (const [i, username] of demo.evaluators.entries()) {
      const session = await login(t, username, PASSWORD);
      const sheets = (await t.http().get('/api/v1/score-sheets').set(session.auth).expect(200)).body.filter((x: { campaignName: string }) => x.campaignName === demo.scoringCampaignName);
      for (const sheet of sheets) {
        campaignId = sheet.campaignId;
        tickets.set(sheet.applicationId, { ticket: sheet.ticketNumber, name: sheet.candidateName });
        if (sheet.status === 'draft') await t.http().post(`/api/v1/score-sheets/${sheet.id}/submit`).set(session.auth).send({ score: 80 + i * 2 }).expect(200);
      }
    }
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('理论成绩');
    sheet.addRow(['准考证号', '姓名', '成绩']);
    for (const { ticket, name } of tickets.values()) sheet.addRow([ticket, name, 78]);
    await t.http().post(`/api/v1/campaigns/${campaignId}/theory-scores/import`).set(hrSession.auth).set('Content-Type', XLSX).send(Buffer.from(await book.xlsx.writeBuffer())).expect(200);
    await t.http().post(`/api/v1/campaigns/${campaignId}/publish-results`).set(hrSession.auth).send({}).expect(200);
    return campaignId;
  }

  it('HR approves the application from the campaigns board; the worker sees it approved with a ticket number', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', '/hr/campaigns');
    const board = page.getByTestId('campaign-board');
    const card = board.getByTestId('campaign-card').filter({ hasText: '报名中' }).first();
    await card.waitFor();
    await shot(page, '14-hr-campaigns-board');
    await card.getByRole('link').click();
    await page.waitForURL('**/hr/campaigns/*');
    const row = page.getByRole('row').filter({ hasText: demo.applicant.name });
    await expectText(row, '符合');
    await row.getByRole('button', { name: '通过', exact: true }).click();
    await expectText(page.locator('.ant-message'), '审核通过，准考证号');
    await shot(page, '15-hr-application-approved');

    const applicant = await login(t, demo.applicant.username, PASSWORD);
    const mine = await t.http().get('/api/v1/applications').set(applicant.auth).expect(200);
    expect(mine.body.items[0]).toMatchObject({ status: 'approved', ticketNumber: expect.any(String) });
  });

  it('HR files a campaign with the bureau and the bureau acknowledges it from its board', async () => {
    const standards = await t.http().get('/api/v1/standards?occupationCode=6-18-02-04&source=national').set(hrSession.auth).expect(200);
    const today = t.clock.today();
    const plus = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const draft = await t.http().post('/api/v1/campaigns').set(hrSession.auth).send({
      name: '焊工三级认定（报备演示）', occupationCode: '6-18-02-04', standardVersionId: standards.body.items[0].inForce.id,
      levels: [{ rank: 'L3', capacity: 20 }], registrationOpensOn: plus(7), registrationClosesOn: plus(14), assessmentStartsOn: plus(21), assessmentEndsOn: plus(22),
    }).expect(201);

    const hr = await open(DESKTOP);
    await signIn(hr, 'coking.hr', `/hr/campaigns/${draft.body.id}`);
    await hr.getByRole('button', { name: '向人社局报备' }).click();
    await hr.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expectText(hr.locator('.ant-card-extra'), '已报备待确认');

    const bureau = await open(DESKTOP);
    await signIn(bureau, 'lvliang.officer', '/bureau/campaigns');
    const card = bureau.getByTestId('campaign-card').filter({ hasText: '焊工三级认定（报备演示）' });
    await expectText(card, '已报备待确认');
    await shot(bureau, '16-bureau-campaigns-board');
    await card.getByRole('link').click();
    await bureau.getByRole('button', { name: '确认备案' }).click();
    await bureau.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expectText(bureau.locator('.ant-card-extra'), '人社局已确认');
    expect((await t.http().get(`/api/v1/campaigns/${draft.body.id}`).set(hrSession.auth).expect(200)).body.status).toBe('acknowledged');
  });

  it('HR creates a campaign within the body’s filed scope from the board', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', '/hr/campaigns');
    await page.getByRole('button', { name: '新建认定计划' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('计划名称').fill('焊工二级技师认定（新建演示）');
    await drawer.getByLabel('职业（备案范围内）').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '焊工' }).click();
    await drawer.getByLabel('依据的标准（现行版本）').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '国家' }).first().click();
    await drawer.getByRole('checkbox', { name: '二级/技师' }).check();
    await drawer.getByLabel(/二级\/技师 名额/).fill('15');
    await shot(page, '18-hr-create-campaign');
    await drawer.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/hr\/campaigns\/[0-9a-f-]{36}$/);
    await expectText(page.locator('.ant-card-extra'), '草稿');
    const id = page.url().split('/').pop() as string;
    const created = await t.http().get(`/api/v1/campaigns/${id}`).set(hrSession.auth).expect(200);
    expect(created.body).toMatchObject({ name: '焊工二级技师认定（新建演示）', status: 'draft', levels: [expect.objectContaining({ rank: 'L2', capacity: 15 })] });
  });

  it('the bureau clears its inbox: a filing approved with codes, an enterprise standard returned once with a comment and then approved', async () => {
    const machineryHr = await login(t, 'machinery.hr', PASSWORD);
    await t.http().post('/api/v1/evaluation-bodies').set(machineryHr.auth).send({ scope: [{ occupationCode: '6-18-01-01', ranks: ['L5', 'L4'] }], note: '车工技能等级认定' }).expect(201);
    const occupation = (await t.http().get('/api/v1/occupations?q=6-18-01-01').set(machineryHr.auth).expect(200)).body.items[0];
    const standard = await t.http().post('/api/v1/standards').set(machineryHr.auth).send({ occupationId: occupation.id, label: '2027版' }).expect(201);
    await t.http().post(`/api/v1/standards/${standard.body.id}/versions/1/submit`).set(machineryHr.auth).send({ comment: '请审核' }).expect(200);

    const page = await open(DESKTOP);
    await signIn(page, 'lvliang.officer', '/bureau/inbox');
    const filing = page.getByTestId('inbox-filing').filter({ hasText: '吕梁重型机械制造有限公司' });
    await filing.waitFor();
    await shot(page, '21-bureau-inbox');
    await filing.getByRole('button', { name: '准予备案' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(/机构代码/).fill('12');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expectText(dialog.locator('.ant-form-item-explain-error'), '机构代码为4位数字');
    await dialog.getByLabel(/机构代码/).fill('0002');
    await dialog.getByLabel(/序列码/).fill('140002');
    await shot(page, '22-bureau-approve-filing');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expectText(page.locator('.ant-message'), '准予备案');
    // The decided filing leaves the inbox once the list is read again.
    await filing.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: /企业评价规范/ }).click();
    const item = page.getByTestId('inbox-standard').filter({ hasText: '车工' });
    await item.getByRole('button', { name: '退回修改' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/修改意见/).fill('请补充高级工以上等级的技能考核权重');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expectText(page.locator('.ant-message'), '退回修改');
    const comments = await t.http().get(`/api/v1/standards/${standard.body.id}/versions/1/comments`).set(machineryHr.auth).expect(200);
    expect(comments.body.map((c: { body: string | null }) => c.body)).toContain('请补充高级工以上等级的技能考核权重');

    await t.http().post(`/api/v1/standards/${standard.body.id}/versions/1/submit`).set(machineryHr.auth).send({ comment: '已补充' }).expect(200);
    await page.reload();
    await page.getByRole('tab', { name: /企业评价规范/ }).click();
    await page.getByTestId('inbox-standard').filter({ hasText: '车工' }).getByRole('button', { name: '审核通过' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expectText(page.locator('.ant-message'), '审核通过');
    const version = await t.http().get(`/api/v1/standards/${standard.body.id}/versions/1`).set(machineryHr.auth).expect(200);
    expect(version.body.status).toBe('approved');
  });

  it('HR finds a worker by name, opens the record and reveals the ID number, which is audited', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', '/hr/workers');
    await page.getByPlaceholder('姓名（开头匹配）').fill(demo.worker.name);
    await page.getByPlaceholder('姓名（开头匹配）').press('Enter');
    await page.waitForURL(/name=/);
    const row = page.getByRole('row').filter({ hasText: demo.worker.name });
    // (His certificate was revoked in an earlier journey, so no level shows here any more.)
    await expectText(row, '正式职工 · 焊工');
    await shot(page, '23-hr-workers');
    await row.getByRole('link', { name: demo.worker.name }).click();
    await page.waitForURL(/\/hr\/workers\/[0-9a-f-]{36}$/);
    const personId = page.url().split('/').pop() as string;
    await expectText(page.locator('.ant-card').filter({ hasText: '技能等级' }), demo.worker.certificateNumber);
    await page.getByRole('button', { name: '查看完整号码' }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, '本次查看已记入审计日志');
    expect((await dialog.locator('.ant-typography').first().textContent())?.trim()).toMatch(/^\d{17}[\dX]$/);
    await shot(page, '24-hr-worker-record');
    const audit = await t.http().get(`/api/v1/audit-events?entityId=${personId}&action=worker.id_number_reveal`).set(hrSession.auth).expect(200);
    expect(audit.body.total).toBe(1);
  });

  it('the bureau reads its region’s analytics across enterprises and exports them', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'lvliang.officer', '/bureau/analytics');
    const enterprises = page.getByTestId('analytics-enterprises');
    await expectText(enterprises, '山西孝义焦煤焦化集团有限公司');
    await expectText(page.getByRole('list', { name: '等级分布' }), '四级/中级工');
    // Shares are percentages: a share can never read above 100 %.
    const rates = await page.locator('.ant-statistic-content-value').allTextContents();
    for (const rate of rates.filter((r) => r.endsWith('%'))) expect(Number(rate.replace('%', ''))).toBeLessThanOrEqual(100);
    await shot(page, '25-bureau-analytics');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 XLSX' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^analytics-region-141100-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('HR of another enterprise typing the campaign’s address sees “不存在或无权访问”, none of its data', async () => {
    const campaigns = await t.http().get('/api/v1/campaigns').set(hrSession.auth).expect(200);
    const foreign = campaigns.body.items[0];
    const page = await open(DESKTOP);
    await signIn(page, 'machinery.hr', `/hr/campaigns/${foreign.id}`);
    await expectText(page.locator('.ant-result-title'), '认定计划不存在或无权访问');
    expect(await page.content()).not.toContain(foreign.name);
    await shot(page, '17-hr-foreign-campaign');
  });

  it('HR dismisses the objection with a reason, and after the publicity window finalizes: the new certificate verifies', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', '/hr/campaigns');
    await page.getByTestId('campaign-card').filter({ hasText: demo.scoringCampaignName }).getByRole('link').click();
    await page.getByRole('tab', { name: '公示与异议' }).click();
    const objection = page.getByTestId('objection').filter({ hasText: '该考生实操考核当天未到考场' });
    await objection.getByRole('button', { name: '处理' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /异议不成立/ }).check();
    await dialog.getByLabel('处理意见（记入审计）').fill('经核查考场签到及监控记录，该考生按时参加实操考核，异议不成立');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expectText(objection, '不成立');
    await shot(page, '19-hr-objection-dismissed');

    const campaignId = (await t.http().get('/api/v1/campaigns?status=publicity').set(hrSession.auth).expect(200)).body.items[0].id;
    const notice = (await t.http().get(`/api/v1/publicity?subjectId=${campaignId}`).set(hrSession.auth).expect(200)).body.items[0];
    const offset = t.clock.now().getTime() - Date.now();
    try {
      // The day after the last working day of the window (holidays lengthen it).
      t.clock.travelTo(new Date(`${notice.endsOn}T09:00:00+08:00`));
      t.clock.travelTo(new Date(t.clock.now().getTime() + 86_400_000));
      await page.reload();
      await page.getByRole('button', { name: '结果定稿并发证' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await expectText(page.locator('.ant-card-extra'), '已完成');
      await page.getByRole('tab', { name: '成绩' }).click();
      const row = page.getByRole('row').filter({ hasText: '吴海涛' });
      await expectText(row, '合格');
      const number = (await row.locator('td').last().textContent())?.trim() as string;
      expect(number).toMatch(/^Y\d{21}$/);
      await shot(page, '20-hr-campaign-finalized');

      const phone = await open(PHONE);
      await phone.goto(`${base}/verify?number=${number}&name=${encodeURIComponent('吴海涛')}`);
      await expectText(phone.locator('.ant-result-title'), '证书有效');
    } finally {
      t.clock.travelTo(new Date(Date.now() + offset));
    }
  });

  it('at 1366×768 the HR and bureau screens fit: nothing cut off or scrolling sideways', async () => {
    const page = await open({ width: 1366, height: 768 });
    const overflow = () => horizontalOverflow(page);
    await signIn(page, 'coking.hr', '/hr/campaigns');
    await page.getByTestId('campaign-board').waitFor();
    for (const path of ['/hr/campaigns', '/hr/workers', '/hr/analytics', '/hr/certificates', '/hr/moderation']) {
      await page.goto(`${base}${path}`);
      await page.locator('.page-title').waitFor();
      await page.waitForLoadState('networkidle');
      expect({ path, overflow: await overflow() }).toEqual({ path, overflow: 0 });
    }
    const campaignId = (await t.http().get('/api/v1/campaigns').set(hrSession.auth).expect(200)).body.items[0].id;
    await page.goto(`${base}/hr/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '报名审核' }).waitFor();
    expect(await overflow()).toBe(0);
    await shot(page, '26-hr-campaign-1366');

    const bureau = await open({ width: 1366, height: 768 });
    await signIn(bureau, 'lvliang.officer', '/bureau/inbox');
    await bureau.locator('.page-title').waitFor();
    for (const path of ['/bureau/inbox', '/bureau/campaigns', '/bureau/workers', '/bureau/analytics', '/bureau/certificates']) {
      await bureau.goto(`${base}${path}`);
      await bureau.locator('.page-title').waitFor();
      await bureau.waitForLoadState('networkidle');
      expect({ path, overflow: await horizontalOverflow(bureau) }).toEqual({ path, overflow: 0 });
    }
  });

  it('sign-in, career path and verify pages have no serious or critical accessibility violations (axe)', async () => {
    const page = await open(PHONE);
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${base}/verify?number=${demo.worker.certificateNumber}&name=${encodeURIComponent(demo.worker.name)}`);
    await page.locator('.ant-result-title').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await signIn(page, demo.worker.username, '/worker/career');
    await page.getByTestId('next-rung').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  describe('promotions and the bureau inbox (评聘、比照认定、以赛代评)', () => {
    let steelHr: Session;
    let candidateId: string;
    let reportedCampaign: string;
    const CANDIDATE = '郝振华';
    const TECHNICIAN = '温晓东';
    const year = () => Number(t.clock.today().slice(0, 4));
    const statisticText = async (card: import('playwright-core').Locator) => ((await card.locator('.ant-statistic-content').textContent()) ?? '').replace(/\s+/g, '');
    async function pick(page: Page, label: string, search: string | null, option: string | RegExp) {
      const field = page.getByRole('dialog').getByLabel(label);
      await field.click();
      if (search) await field.fill(search);
      await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    }

    beforeAll(async () => {
      const s = new Scenario(t);
      const officer = await login(t, 'lvliang.officer', PASSWORD);
      const steel = await s.post(officer, '/api/v1/organizations', {
        kind: 'enterprise',
        name: '吕梁钢铁集团有限公司',
        regionCode: '141102',
        creditCode: generateCreditCode({ regionCode: '141102', sequence: 4545 }),
      });
      await s.post(officer, '/api/v1/users', { username: 'steel.hr', password: PASSWORD, displayName: '钢铁集团人力资源部', organizationId: steel.id, roles: ['hr_admin'] });
      steelHr = await login(t, 'steel.hr', PASSWORD);
      const y = year();
      // A 高级技师 of five years with a provincial technical contribution: eligible for 特级技师.
      candidateId = (await s.worker(steelHr, { fullName: CANDIDATE })).id;
      await s.post(steelHr, `/api/v1/workers/${candidateId}/credentials`, { occupationCode: '6-18-02-04', rank: 'L1', issuedOn: `${y - 5}-01-10`, issuerName: '山西省职业技能鉴定指导中心' });
      await s.post(steelHr, `/api/v1/workers/${candidateId}/innovations`, { kind: 'technical_contribution', title: '高炉炉壳焊接工艺攻关', level: 'provincial', achievedOn: `${y - 2}-05-01` });
      // A 技师 of four years: 工程师 is open to him by comparison (比照).
      const technicianId = (await s.worker(steelHr, { fullName: TECHNICIAN })).id;
      await s.post(steelHr, `/api/v1/workers/${technicianId}/credentials`, { occupationCode: '6-18-02-04', rank: 'L3', issuedOn: `${y - 10}-06-01`, issuerName: '山西省职业技能鉴定指导中心' });
      await s.post(steelHr, `/api/v1/workers/${technicianId}/credentials`, { occupationCode: '6-18-02-04', rank: 'L2', issuedOn: `${y - 4}-01-10`, issuerName: '山西省职业技能鉴定指导中心' });
      // 特级技师: two places, confirmed by the bureau.
      await s.post(steelHr, `/api/v1/organizations/${steel.id}/tier-policies`, {
        nationalRank: 'special',
        postGrade: 'deputy_general_manager',
        titleGrade: 'senior',
        monthlyAllowance: 3000,
        termMonths: 36,
        quota: { kind: 'fixed', fixed: 2 },
        bureauConfirmation: true,
      });
      // Another kind for the bureau's inbox: the enterprise files as an evaluation body.
      await s.post(steelHr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: '6-18-02-04', ranks: ['L3', 'L2'] }], note: '焊工技能等级认定' });
      // And a report received: the demo's finalized campaign reported to the bureau.
      const finalized = (await t.http().get('/api/v1/campaigns?status=finalized').set(hrSession.auth).expect(200)).body.items[0];
      await t.http().post(`/api/v1/campaigns/${finalized.id}/bureau-report/submit`).set(hrSession.auth).expect(200);
      reportedCampaign = finalized.name;
    });

    it('HR applies for and endorses a 比照认定 of 工程师 for a 技师', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'steel.hr', '/hr/title-recognitions');
      await page.getByRole('button', { name: '代职工申请' }).click();
      await pick(page, '职工', TECHNICIAN, TECHNICIAN);
      await pick(page, '比照职称', null, /^工程师（/);
      await page.getByRole('dialog').getByLabel('个人陈述').fill('从事焊接工艺改进十年，主持高炉焊接攻关');
      await page.getByRole('dialog').getByRole('button', { name: '提交申请' }).click();
      const row = page.getByRole('row').filter({ hasText: TECHNICIAN });
      await expectText(row, '待单位推荐');
      await row.getByRole('button', { name: '推荐', exact: true }).click();
      await page.getByRole('dialog').getByLabel('推荐意见').fill('同意推荐');
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await expectText(row, '待人社局审核');
      await shot(page, '40-hr-title-recognitions');
    });

    it('a 特级技师 case through review and publicity to the bureau, which confirms it in its inbox; HR appoints and the quota shown drops', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'steel.hr', '/hr/appointments');
      const quota = page.getByTestId('tier-quota').filter({ hasText: '特级技师' });
      await quota.waitFor();
      expect(await statisticText(quota)).toBe('2/2');

      await page.getByRole('button', { name: '推荐评聘' }).click();
      await pick(page, '职工', CANDIDATE, CANDIDATE);
      await pick(page, '评聘等级', null, '特级技师');
      await page.getByRole('dialog').getByLabel('推荐理由').fill('焊接工艺带头人，主持省级技术攻关');
      await page.getByRole('dialog').getByRole('button', { name: '推荐' }).click();
      await page.waitForURL(/\/hr\/appointments\/[0-9a-f-]{36}$/);
      const appointmentId = page.url().split('/').pop() as string;
      await expectText(page.locator('.ant-card-head'), '已推荐');
      await expectText(page.locator('.ant-card').filter({ hasText: '申报条件审核' }), '符合');
      await shot(page, '41-hr-appointment-nominated');

      await page.getByRole('button', { name: '录入评审评分' }).click();
      const dialog = page.getByRole('dialog');
      const scores = dialog.locator('.ant-input-number-input');
      const count = await scores.count();
      expect(count).toBeGreaterThanOrEqual(9);
      for (let i = 0; i < count; i++) await scores.nth(i).fill(String(85 + (i % 3) * 3));
      await dialog.getByLabel('评审意见').fill('技术创新和解决生产难题能力突出');
      await shot(page, '42-hr-appointment-review');
      await dialog.getByRole('button', { name: '提交评分' }).click();
      await expectText(page.locator('.ant-card-head'), '评审通过');
      await expectText(page.locator('.ant-table-row').filter({ hasText: '评聘评审' }), '通过');

      await page.getByRole('button', { name: '发布公示' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await expectText(page.locator('.ant-card-head'), '公示中');
      await shot(page, '43-hr-appointment-publicity');

      const publicity = (await t.http().get(`/api/v1/appointments/${appointmentId}`).set(steelHr.auth).expect(200)).body.publicity;
      const offset = t.clock.now().getTime() - Date.now();
      try {
        // The day after the window's last working day.
        t.clock.travelTo(new Date(`${publicity.endsOn}T09:00:00+08:00`));
        t.clock.travelTo(new Date(t.clock.now().getTime() + 86_400_000));
        await page.reload();
        await page.getByRole('button', { name: '结束公示' }).click();
        await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
        await expectText(page.locator('.ant-card-head'), '待人社局确认');

        const bureau = await open(DESKTOP);
        await signIn(bureau, 'lvliang.officer', '/bureau/inbox');
        const item = bureau.getByTestId('inbox-appointment').filter({ hasText: CANDIDATE });
        await item.waitFor();
        await bureau.getByTestId('inbox-recognition').filter({ hasText: TECHNICIAN }).waitFor();
        await bureau.getByTestId('inbox-filing').filter({ hasText: '吕梁钢铁集团有限公司' }).waitFor();
        await expectText(bureau.getByTestId('inbox-report').filter({ hasText: reportedCampaign }), '上报期限');
        await expectText(bureau.getByRole('tab', { name: /评聘确认/ }), '1');
        await shot(bureau, '44-bureau-inbox');
        await item.getByRole('button', { name: '办理记录' }).click();
        const trail = item.getByTestId('audit-trail');
        await expectText(trail, '发布公示');
        await expectText(trail, '结束公示');
        await shot(bureau, '45-bureau-inbox-audit-trail');
        await item.getByRole('button', { name: '确认', exact: true }).click();
        await bureau.getByRole('dialog').getByLabel('确认意见').fill('经审核，同意聘任为特级技师');
        await bureau.getByRole('dialog').getByRole('button', { name: '确认' }).click();
        await expectText(bureau.locator('.ant-message'), '确认评聘结果');
        await item.waitFor({ state: 'detached' });

        await page.reload();
        await expectText(page.locator('.ant-card-head'), '已确认');
        await page.getByRole('button', { name: '聘任', exact: true }).click();
        await expectText(page.getByRole('dialog'), '聘任前：名额2人，已聘0人，剩余2人');
        await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
        await expectText(page.locator('.ant-card-head'), '聘任中');
        const after = page.getByTestId('appointment-quota');
        await expectText(after, '剩余1人');
        expect(await statisticText(after)).toBe('1/2');
        await shot(page, '46-hr-appointment-appointed');
        await page.goto(`${base}/hr/appointments?status=appointed`);
        await expectText(page.getByRole('row').filter({ hasText: CANDIDATE }), '聘任中');
        await page.getByTestId('tier-quota').filter({ hasText: '特级技师' }).waitFor();
        expect(await statisticText(page.getByTestId('tier-quota').filter({ hasText: '特级技师' }))).toBe('1/2');
        await shot(page, '47-hr-appointments-quota');
        const audit = await t.http().get(`/api/v1/audit-events?entityId=${appointmentId}`).set(steelHr.auth).expect(200);
        expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['appointment.confirm', 'appointment.appoint']));
      } finally {
        t.clock.travelTo(new Date(Date.now() + offset));
      }
      // A long journey across two users; the machine may be busy.
    }, 180_000);

    it('the bureau recognizes the 工程师 title from its inbox; the worker’s record holds it', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'lvliang.officer', '/bureau/inbox');
      await page.getByRole('tab', { name: /职称比照认定/ }).click();
      const item = page.getByTestId('inbox-recognition').filter({ hasText: TECHNICIAN });
      await item.getByRole('button', { name: '认定', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await expectText(page.locator('.ant-message'), '认定职称');
      await item.waitFor({ state: 'detached' });
      const recognitions = await t.http().get('/api/v1/title-recognitions?status=approved').set(steelHr.auth).expect(200);
      expect(recognitions.body.items).toEqual([expect.objectContaining({ personName: TECHNICIAN, titleName: '工程师', status: 'approved' })]);
    });

    it('the bureau sets a 以赛代评 rule for its region: 市级一类竞赛前10名 → 二级/技师', async () => {
      const page = await open(DESKTOP);
      await signIn(page, 'lvliang.officer', '/bureau/competition-rules');
      await page.getByRole('button', { name: '新建规则' }).click();
      const dialog = page.getByRole('dialog');
      await pick(page, '竞赛级别', null, '市级一类');
      await dialog.getByLabel('名次在前（名）').fill('10');
      await pick(page, '认定等级', null, '二级/技师');
      await dialog.getByLabel('生效日').fill(`${year()}-01-01`);
      await dialog.getByLabel('生效日').press('Enter');
      await dialog.getByLabel('文件依据').fill('吕人社发〔2026〕3号');
      await dialog.getByRole('button', { name: '保存规则' }).click();
      const row = page.getByRole('row').filter({ hasText: '吕人社发〔2026〕3号' });
      await expectText(row, '本局');
      const rules = await t.http().get('/api/v1/competition-rules?appliesIn=141102').set(steelHr.auth).expect(200);
      expect(rules.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ tier: 'city_class_1', maxPlacing: 10, targetRank: 'L2', effectiveFrom: `${year()}-01-01` })]));
      expect(await horizontalOverflow(page)).toBe(0);
      await shot(page, '48-bureau-competition-rules');
    });

    it('the promotion screens fit 1366×768; HR registers an enterprise contest and records a placing (以赛代评)', async () => {
      const page = await open({ width: 1366, height: 768 });
      await signIn(page, 'steel.hr', '/hr/appointments');
      await page.getByTestId('tier-quota').first().waitFor();
      for (const path of ['/hr/appointments', '/hr/title-recognitions', '/hr/competitions', '/hr/competitions?tab=promotions']) {
        await page.goto(`${base}${path}`);
        await page.locator('.page-title').waitFor();
        await page.waitForLoadState('networkidle');
        expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      }
      const appointment = (await t.http().get('/api/v1/appointments').set(steelHr.auth).expect(200)).body.items[0];
      await page.goto(`${base}/hr/appointments/${appointment.id}`);
      await page.getByTestId('appointment-quota').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page)).toBe(0);

      await page.goto(`${base}/hr/competitions`);
      await page.getByRole('button', { name: '登记企业竞赛' }).click();
      let dialog = page.getByRole('dialog');
      await dialog.getByLabel('竞赛名称').fill('吕梁钢铁集团焊工技能比武');
      await dialog.getByLabel('举办日期').fill(`${year() - 1}-10-15`);
      await dialog.getByLabel('举办日期').press('Enter');
      await dialog.getByLabel('主办单位').fill('吕梁钢铁集团有限公司工会');
      await dialog.getByRole('button', { name: '登记' }).click();
      const contest = page.getByRole('row').filter({ hasText: '吕梁钢铁集团焊工技能比武' });
      await expectText(contest, '企业');
      await contest.getByRole('button', { name: '录入名次' }).click();
      dialog = page.getByRole('dialog');
      await pick(page, '职工', CANDIDATE, CANDIDATE);
      await dialog.getByLabel('职业代码').fill('6-18-02-04');
      await dialog.getByLabel('参赛人数').fill('36');
      await dialog.getByRole('button', { name: '保存名次' }).click();
      await expectText(contest, '1人');
      await contest.locator('.ant-table-row-expand-icon').click();
      await expectText(page.getByRole('row').filter({ hasText: CANDIDATE }), '申报晋级');
      expect(await horizontalOverflow(page)).toBe(0);
      await shot(page, '49-hr-competitions-1366');
    }, 120_000);
  });
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
      await shot(page, '59-admin-audit');
    });

    it('at 1366×768 the bureau’s and the platform admin’s administration screens fit without sideways scrolling', async () => {
      for (const [username, paths] of [
        ['lvliang.officer', ['/bureau/organizations', '/bureau/users', '/bureau/evaluation-bodies', '/bureau/title-mappings', '/bureau/calendar', '/bureau/analytics?region=141181']],
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
      await page.getByRole('button', { name: '导入' }).click();
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
      await page.getByRole('button', { name: '导入' }).click();
      await page.getByRole('dialog', { name: '导入职工' }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await shot(page, '37-hr-1366-import');
    });
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

      await page.getByRole('button', { name: '导入' }).click();
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
      await row.getByRole('button', { name: '组卷' }).click();
      const papers = page.getByRole('dialog', { name: /试卷：/ });
      await expectText(papers, '共 10 题，满分 100 分');
      await papers.getByRole('tab', { name: 'B卷' }).waitFor();
      await shot(page, '62-hr-papers');
      const stored = (await t.http().get(`/api/v1/question-banks/${bankId}/blueprints`).set(hrSession.auth).expect(200)).body;
      expect(stored[0]).toMatchObject({ papers: 2, shortfalls: [] });
    });
  });
});

/** How far the page is wider than the window (0: nothing cut off, no sideways scrolling). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });
}

async function expectText(locator: import('playwright-core').Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}
