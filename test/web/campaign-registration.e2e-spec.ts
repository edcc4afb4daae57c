import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { EXAMPLE_EXCEPTIONAL_ROUTES } from '@skill-ladder/standards';
import type { Page } from 'playwright-core';
import { login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import type { TestApp } from '../harness/test-app';
import { DESKTOP, expectText, PDF, PHONE, useJourneys, XLSX } from './journey-kit';

/**
 * Registration of an enterprise's campaign in Chromium (issue #11, screenshots 70–74): HR imports
 * applications from the campaign's XLSX template (a bad row refused with nothing saved, then the
 * fixed file), reads and adds an application's evidence, admits an ineligible applicant through a
 * 破格 route with a reason, reports the results to the bureau which sees the report received, and a
 * worker withdraws an application from the phone.
 */
describe('campaign registration in Chromium (报名、材料、破格、结果上报、撤回)', () => {
  const { world, open, shot, signIn } = useJourneys();
  let t: TestApp;
  let hrSession: Session;
  let openCampaign: { id: string; name: string };
  let finalizedCampaign: { id: string; name: string };
  const imported = ['赵铁柱', '钱卫东', '孙建华'];
  const idNumbers = new Map<string, string>();
  let applicantApplication: string;

  const get = async (path: string, session = hrSession) => (await t.http().get(path).set(session.auth).expect(200)).body;
  const importedApplications = async () =>
    (await get(`/api/v1/campaigns/${openCampaign.id}/applications?pageSize=200`)).items.filter((a: { source: string }) => a.source === 'import');

  beforeAll(async () => {
    ({ t, hrSession } = world);
    const s = new Scenario(t);
    [openCampaign] = (await get('/api/v1/campaigns?status=registration_open')).items;
    [finalizedCampaign] = (await get('/api/v1/campaigns?status=finalized')).items;
    for (const fullName of imported) idNumbers.set(fullName, (await s.worker(hrSession, { fullName })).idNumber);
    // 李秀英 applies for 四级 herself with one PDF.
    const applicant = await login(t, world.demo.applicant.username, PASSWORD);
    applicantApplication = (await s.post(applicant, `/api/v1/campaigns/${openCampaign.id}/applications`, { rank: 'L4' })).id;
    await t.http().post(`/api/v1/applications/${applicantApplication}/files?filename=${encodeURIComponent('焊工培训证明.pdf')}`).set(applicant.auth).set('content-type', 'application/pdf').send(PDF).expect(201);
  });

  async function openCampaignPage(page: Page, campaignId: string) {
    await signIn(page, 'coking.hr', `/hr/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '报名审核' }).waitFor();
  }

  async function sheetWith(template: Buffer, rows: string[][]): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    rows.forEach((cells, i) => cells.forEach((text, c) => (sheet.getCell(i + 2, c + 1).value = text)));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('HR downloads the template, uploads a sheet with a bad row (shown by row and column, nothing saved), then the fixed sheet', async () => {
    const page = await open(DESKTOP);
    await openCampaignPage(page, openCampaign.id);
    await page.getByRole('button', { name: '批量报名（XLSX）' }).click();
    const dialog = page.getByRole('dialog', { name: '批量报名' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载报名模板' }).click()]);
    const template = readFileSync((await download.path()) as string);
    const headers = new ExcelJS.Workbook();
    await headers.xlsx.load(template as unknown as ExcelJS.Buffer);
    expect([1, 2, 3].map((c) => headers.worksheets[0].getRow(1).getCell(c).text)).toEqual(['身份证号码', '姓名', '申报等级']);

    const good = imported.map((name) => [idNumbers.get(name) as string, name, '四级/中级工']);
    const bad = [...good];
    bad[1] = [good[1][0], '钱卫国', '四级/中级工']; // spreadsheet row 3: the name does not match the ID number
    await dialog.locator('input[type=file]').setInputFiles({ name: '报名名单.xlsx', mimeType: XLSX, buffer: await sheetWith(template, bad) });
    await expectText(dialog.locator('.ant-alert-error'), '共 3 行，其中 1 行有误，未保存任何报名');
    const problem = dialog.getByRole('row').filter({ hasText: '与该身份证号码登记的姓名不一致' });
    expect((await problem.getByRole('cell').allTextContents()).slice(0, 2)).toEqual(['3', '姓名']);
    await shot(page, '70-hr-applications-import-refused');
    expect(await importedApplications()).toEqual([]);

    await dialog.locator('input[type=file]').setInputFiles({ name: '报名名单.xlsx', mimeType: XLSX, buffer: await sheetWith(template, good) });
    await expectText(page.locator('.ant-message'), '已报名 3 人');
    await dialog.waitFor({ state: 'hidden' });
    for (const name of imported) await page.getByRole('row').filter({ hasText: name }).waitFor();
    expect((await importedApplications()).map((a: { fullName: string }) => a.fullName).sort()).toEqual([...imported].sort());
  });

  it('HR opens an application’s evidence, downloads the worker’s file and adds one on the worker’s behalf', async () => {
    const page = await open(DESKTOP);
    await openCampaignPage(page, openCampaign.id);
    const row = page.getByRole('row').filter({ hasText: world.demo.applicant.name });
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    const evidence = page.getByTestId('application-evidence');
    const file = evidence.getByTestId('evidence-file').filter({ hasText: '焊工培训证明.pdf' });
    await file.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), file.getByRole('button', { name: '下载' }).click()]);
    expect(download.suggestedFilename()).toBe('焊工培训证明.pdf');
    expect(readFileSync((await download.path()) as string).equals(PDF)).toBe(true);

    await evidence.locator('input[type=file]').setInputFiles({ name: '技能培训学时证明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await evidence.getByTestId('evidence-file').filter({ hasText: '技能培训学时证明.pdf' }).waitFor();
    await row.getByRole('cell').nth(6).filter({ hasText: /^2$/ }).waitFor();
    await shot(page, '71-hr-application-evidence');
    expect((await get(`/api/v1/applications/${applicantApplication}/files`)).map((f: { filename: string }) => f.filename).sort()).toEqual(['技能培训学时证明.pdf', '焊工培训证明.pdf'].sort());
  });

  /** A 三级 campaign on the enterprise's own specification, which adds the example 破格 routes to the national one. */
  async function exceptionalCampaign(): Promise<string> {
    const s = new Scenario(t);
    const officer = await login(t, 'lvliang.officer', PASSWORD);
    const today = t.clock.today();
    const plus = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const national = (await get('/api/v1/standards?occupationCode=6-18-02-04&source=national')).items[0];
    const levels = (await get(`/api/v1/standards/${national.id}/versions/1`)).levels;
    levels.find((l: { rank: string }) => l.rank === 'L3').routes.push(...structuredClone(EXAMPLE_EXCEPTIONAL_ROUTES.L3 ?? []));
    const spec = await s.post(hrSession, '/api/v1/standards', { occupationId: national.occupation.id, title: '孝义焦化焊工企业评价规范（破格）', levels });
    const version = (path: string) => `/api/v1/standards/${spec.id}/versions/1${path}`;
    await t.http().post(version('/submit')).set(hrSession.auth).send({}).expect(200);
    await t.http().post(version('/approve')).set(officer.auth).send({}).expect(200);
    const versionId = (await t.http().post(version('/publish')).set(officer.auth).send({ effectiveFrom: plus(7) }).expect(200)).body.id;
    const campaign = await s.post(hrSession, '/api/v1/campaigns', {
      name: '焊工三级认定（破格演示）', occupationCode: '6-18-02-04', standardVersionId: versionId, levels: [{ rank: 'L3', capacity: 10 }],
      registrationOpensOn: today, registrationClosesOn: plus(14), assessmentStartsOn: plus(21), assessmentEndsOn: plus(22),
    });
    await s.post(hrSession, `/api/v1/campaigns/${campaign.id}/file`, {});
    await s.post(officer, `/api/v1/campaigns/${campaign.id}/acknowledge`, {});
    await s.post(hrSession, `/api/v1/campaigns/${campaign.id}/open-registration`, {});
    return campaign.id;
  }

  it('HR sees why an applicant needs 破格 and admits them through an exceptional route with a reason', async () => {
    const campaignId = await exceptionalCampaign();
    const wang = (await get(`/api/v1/workers?name=${encodeURIComponent(world.demo.worker.name)}`)).items[0];
    const application = await new Scenario(t).post(hrSession, `/api/v1/campaigns/${campaignId}/applications`, { rank: 'L3', personId: wang.id });
    expect(application.eligible).toBe(false);

    const page = await open(DESKTOP);
    await openCampaignPage(page, campaignId);
    const row = page.getByRole('row').filter({ hasText: world.demo.worker.name });
    await expectText(row, '不符合');
    await row.getByRole('button', { name: '破格通过' }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog.getByTestId('exceptional-why'), '要求');
    await dialog.getByRole('button', { name: '破格通过' }).click();
    await expectText(dialog, '请选择破格路径');
    await dialog.getByRole('radio').first().check();
    await dialog.getByLabel('破格理由（记入审计）').fill('主持焦炉焊接工艺攻关，获市级技术创新一等奖');
    await dialog.getByText('请填写理由').waitFor({ state: 'hidden' });
    await shot(page, '72-hr-exceptional-approval');
    await dialog.getByRole('button', { name: '破格通过' }).click();
    await expectText(page.locator('.ant-message'), '已破格通过');

    const stored = await get(`/api/v1/applications/${application.id}`);
    expect(stored).toMatchObject({ status: 'approved', exceptional: true, exceptionalRouteCode: expect.stringContaining('L3-exceptional'), ticketNumber: expect.any(String) });
    await page.getByText('全部', { exact: true }).click();
    await expectText(page.getByRole('row').filter({ hasText: world.demo.worker.name }), '破格');
  });

  it('HR reports the finalized results to the bureau (late), sees it sent, and the bureau finds it received in its inbox', async () => {
    const page = await open(DESKTOP);
    await openCampaignPage(page, finalizedCampaign.id);
    await page.getByRole('tab', { name: '结果上报' }).click();
    const report = page.getByTestId('bureau-report');
    await expectText(report.getByTestId('bureau-report-status'), '待上报（已逾期）');
    await expectText(report, '上报期限');
    await report.getByRole('button', { name: '上报人社局' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认上报' }).click();
    await expectText(report.getByTestId('bureau-report-status'), '已上报（逾期）');
    expect(await report.getByRole('button', { name: '上报人社局' }).count()).toBe(0);
    await shot(page, '73a-hr-report-sent');
    expect(await get(`/api/v1/campaigns/${finalizedCampaign.id}/bureau-report`)).toMatchObject({ status: 'submitted_late', submittedAt: expect.any(String) });

    const bureau = await open(DESKTOP);
    await signIn(bureau, 'lvliang.officer', '/bureau/inbox');
    await bureau.getByRole('tab', { name: /结果上报/ }).click();
    const received = bureau.getByTestId('inbox-report').filter({ hasText: finalizedCampaign.name });
    await expectText(received, '上报期限');
    await expectText(received, '逾期');
    await shot(bureau, '73b-bureau-report-received');
  });

  it('a worker withdraws an application from the phone after confirming, and the seat is freed', async () => {
    const seatsTaken = async () => (await get(`/api/v1/campaigns/${openCampaign.id}`)).levels.find((l: { rank: string }) => l.rank === 'L4').seatsTaken;
    const before = await seatsTaken();
    const page = await open(PHONE);
    await signIn(page, world.demo.applicant.username, `/worker/applications/${applicantApplication}`);
    await expectText(page.getByTestId('application-status'), '待审核');
    await page.getByRole('button', { name: '撤回报名' }).click();
    const dialog = page.getByRole('dialog', { name: '撤回报名' });
    await expectText(dialog, '名额将释放');
    await dialog.getByLabel('撤回原因（选填）').fill('本人今年暂不参加');
    await dialog.getByRole('button', { name: '确认撤回' }).click();
    await expectText(page.getByTestId('application-status'), '已撤回');
    await expectText(page.locator('.ant-descriptions'), '本人今年暂不参加');
    expect(await page.locator('.ant-descriptions').first().textContent()).not.toContain('NaN');
    expect(await page.getByRole('button', { name: '撤回报名' }).count()).toBe(0);
    await shot(page, '74-worker-application-withdrawn');
    expect(await get(`/api/v1/applications/${applicantApplication}`)).toMatchObject({ status: 'withdrawn', withdrawalReason: '本人今年暂不参加' });
    expect(await seatsTaken()).toBe(before - 1);
  });
});
