import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { DemoJourneyResult } from '../../scripts/demo/demo-journeys';
import { generateCreditCode } from '@skill-ladder/platform';
import { login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import type { TestApp } from '../harness/test-app';
import { DESKTOP, expectText, horizontalOverflow, PDF, PHONE, TABLET, useJourneys, XLSX } from './journey-kit';

/**
 * The web app as its users meet it, in a real headless Chromium, served by the real API on
 * PostgreSQL with the demo journeys' data: a worker on a phone, an evaluator on a tablet, HR on a
 * desktop, anyone verifying a certificate, and the promotions with the bureau's inbox. The HR and
 * bureau consoles' own screens are in consoles.e2e-spec.ts (a second file, so the two run side by
 * side). Screenshots of each step go to test-results/screenshots.
 */
describe('web app journeys in Chromium (网页端)', () => {
  const { world, open, shot, signIn, seriousViolations } = useJourneys();
  let t: TestApp;
  let base: string;
  let demo: DemoJourneyResult;
  let hrSession: Session;
  beforeAll(() => ({ t, base, demo, hrSession } = world));

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
    // The application page belongs to 报名认定: its tab stays the current one.
    await expectText(page.locator('.shell__tabs [aria-current="page"]'), '报名认定');
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
    // A finalized campaign whose exams were not seated here does not say seating is still to come.
    await expectText(page.getByText('本次认定没有在系统中编排考场'), '本次认定没有在系统中编排考场');
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
    await expectText(page.getByRole('table', { name: '等级分布' }), '四级/中级工');
    // Shares are percentages: a share can never read above 100 %.
    const rates = await page.locator('.ant-statistic-content-value').allTextContents();
    for (const rate of rates.filter((r) => r.endsWith('%'))) expect(Number(rate.replace('%', ''))).toBeLessThanOrEqual(100);
    // The charts load on their own (a lazy chunk): the screenshot shows them drawn, not their placeholders.
    await page.locator('[role="img"] svg').first().waitFor();
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

      // 批量下载证书: one PDF of the campaign's certificates, a page each, named after the campaign.
      const numbers = (await page.getByTestId('results').locator('tbody td:last-child').allTextContents()).map((v) => v.trim()).filter((v) => /^Y\d{21}$/.test(v));
      expect(numbers).toContain(number);
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '批量下载证书 (PDF)' }).click()]);
      expect(pdf.suggestedFilename()).toBe(`证书-${demo.scoringCampaignName}.pdf`);
      const bytes = readFileSync((await pdf.path()) as string);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(numbers.length);
      await expectText(page.locator('.ant-message'), '证书已下载');
      await shot(page, '20b-hr-batch-certificates-pdf');

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
  }, 120_000);

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
});
