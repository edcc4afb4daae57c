import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { login, type Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import type { TestApp } from '../harness/test-app';
import { DESKTOP, expectText, horizontalOverflow, useJourneys } from './journey-kit';

const WELDER = '6-18-02-04';
const NEW_EVALUATOR = '考评员 钱卫东';
const CANDIDATES = ['韩志刚', '冯晓梅', '曹永胜'];

/**
 * HR's evaluator pool (考评员库) and what hangs on it, in Chromium: coking.hr registers an
 * evaluator with a new account, declares a conflict (回避) with a candidate, sees the swap into that
 * candidate's panel refused, withdraws the conflict and swaps; then exports the filtered
 * certificates and reads the XLSX back, and opens a certificate's detail.
 */
describe('HR evaluator pool, draws and certificates in Chromium (考评员库)', () => {
  const { world, open, shot, signIn } = useJourneys();
  let t: TestApp;
  let base: string;
  let hr: Session;
  let campaignId: string;
  let page: Page;
  const plusDays = (days: number) => new Date(Date.parse(`${t.clock.today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    ({ t, base, hrSession: hr } = world);
    const s = new Scenario(t);
    // A campaign in assessment with its practical draw: three candidates, one panel of the three demo evaluators.
    const standards = await t.http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(hr.auth).expect(200);
    const campaign = await s.post(hr, '/api/v1/campaigns', {
      name: '焊工四级认定（考评员调整演示）',
      occupationCode: WELDER,
      standardVersionId: standards.body.items[0].inForce.id,
      levels: [{ rank: 'L4', capacity: 10 }],
      registrationOpensOn: t.clock.today(),
      registrationClosesOn: plusDays(3),
      assessmentStartsOn: plusDays(5),
      assessmentEndsOn: plusDays(6),
    });
    campaignId = campaign.id;
    await s.post(hr, `/api/v1/campaigns/${campaignId}/file`, {});
    const officer = await login(t, 'lvliang.officer', PASSWORD);
    await s.post(officer, `/api/v1/campaigns/${campaignId}/acknowledge`, {});
    await s.post(hr, `/api/v1/campaigns/${campaignId}/open-registration`, {});
    for (const fullName of CANDIDATES) {
      const worker = await s.worker(hr, { fullName });
      const application = await s.post(hr, `/api/v1/campaigns/${campaignId}/applications`, { rank: 'L4', personId: worker.id });
      await s.post(hr, `/api/v1/applications/${application.id}/approve`, {});
    }
    await s.post(hr, `/api/v1/campaigns/${campaignId}/close-registration`, {});
    await s.post(hr, `/api/v1/campaigns/${campaignId}/start-assessment`, {});
    await s.post(hr, `/api/v1/campaigns/${campaignId}/draws`, { rank: 'L4', component: 'practical' });
    page = await open(DESKTOP);
    await signIn(page, 'coking.hr', '/hr/evaluators');
  });

  const pick = async (label: string, option: string | RegExp, search?: string) => {
    const field = page.getByRole('dialog').last().getByLabel(label, { exact: true });
    await field.click();
    if (search) await field.fill(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  };

  it('registers an evaluator with a new account and finds it by level', async () => {
    const table = page.getByTestId('evaluators');
    await expectText(table, '考评员 高建华');
    await expectText(table, '一级/高级技师');
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByRole('button', { name: '登记考评员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名', { exact: true }).fill(NEW_EVALUATOR);
    await dialog.getByLabel('用户名').fill('demo.evaluator4');
    await dialog.getByLabel('初始密码').fill(PASSWORD);
    await pick('可考评最高等级', '二级/技师');
    await dialog.getByLabel('资格证书编号').fill('KPY 1411');
    await dialog.getByLabel('有效期起').fill('2024-07-01');
    await dialog.getByLabel('有效期起').press('Enter');
    await dialog.getByLabel('有效期止').fill('2029-06-30');
    await dialog.getByLabel('有效期止').press('Enter');
    await expectText(dialog, '焊工（6-18-02-04）');
    await dialog.getByRole('button', { name: '登记' }).click();
    // The API's rule, under the field it names (the account was made; the profile was not).
    await expectText(dialog.locator('.ant-form-item-explain-error'), '证书编号只能包含字母、数字和连字符');
    await expectText(dialog, '账号 demo.evaluator4 已创建');
    await shot(page, '80-hr-evaluator-register');
    // The retry registers the account the first try made instead of making another.
    await dialog.getByLabel('资格证书编号').fill('KPY-1411-9100');
    await dialog.getByRole('button', { name: '登记' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('evaluators').getByRole('row').filter({ hasText: NEW_EVALUATOR });
    await expectText(row, '二级/技师');
    await expectText(row, 'KPY-1411-9100');

    await page.getByLabel('最高等级').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '二级/技师' }).click();
    await page.waitForURL(/rank=L2/);
    // The 一级 evaluators leave the list; the new 二级 one stays.
    await page.getByTestId('evaluators').getByText('考评员 高建华').waitFor({ state: 'detached' });
    await expectText(page.getByTestId('evaluators'), NEW_EVALUATOR);
    expect(await page.getByTestId('evaluators').locator('tbody tr.ant-table-row').count()).toBe(1);
    const pool = await t.http().get('/api/v1/evaluators?highestRank=L2').set(hr.auth).expect(200);
    expect(pool.body.items.map((e: { displayName: string }) => e.displayName)).toEqual([NEW_EVALUATOR]);
  });

  it('deactivates an evaluator with a reason and restores it; a trial draw saves nothing', async () => {
    await page.goto(`${base}/hr/evaluators`);
    let row = page.getByTestId('evaluators').getByRole('row').filter({ hasText: NEW_EVALUATOR });
    await row.getByRole('button', { name: '停用' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '停用' }).click();
    await expectText(dialog.locator('.ant-form-item-explain-error'), '请填写理由');
    await dialog.getByLabel('理由（记入审计）').fill('借调外地半年');
    await dialog.getByRole('button', { name: '停用' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(row, '停用');
    await page.getByLabel('状态').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '停用' }).click();
    await page.getByTestId('evaluators').getByText('考评员 高建华').waitFor({ state: 'detached' });
    row = page.getByTestId('evaluators').getByRole('row').filter({ hasText: NEW_EVALUATOR });
    await row.getByRole('button', { name: '恢复' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('理由（记入审计）').fill('借调提前结束');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const audit = await t.http().get('/api/v1/audit-events?entityType=evaluator_profile').set(hr.auth).expect(200);
    expect(audit.body.items.map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual(
      expect.arrayContaining([
        ['evaluator.deactivate', '借调外地半年'],
        ['evaluator.reactivate', '借调提前结束'],
      ]),
    );

    await page.goto(`${base}/hr/evaluators`);
    await page.getByRole('button', { name: '试抽考评员' }).click();
    dialog = page.getByRole('dialog');
    await pick('申报等级', '四级/中级工');
    for (const name of CANDIDATES) await pick('考生', name, name);
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: '试抽' }).click();
    const preview = page.getByTestId('draw-preview');
    await expectText(preview, '第 1 组');
    await expectText(preview, CANDIDATES[2]);
    await shot(page, '83-hr-evaluators-trial-draw');
    const draws = await t.http().get(`/api/v1/campaigns/${campaignId}/draws?all=true`).set(hr.auth).expect(200);
    expect(draws.body).toHaveLength(1);
    await dialog.getByRole('button', { name: '关闭' }).last().click();
  });

  it('declares a conflict with a candidate and sees it listed', async () => {
    const row = page.getByTestId('evaluators').getByRole('row').filter({ hasText: NEW_EVALUATOR });
    await row.getByRole('button', { name: '回避' }).click();
    const conflicts = page.getByRole('dialog');
    await expectText(conflicts, '本企业尚未申报回避');
    await conflicts.getByRole('button', { name: '申报回避' }).click();
    await pick('须回避的职工', CANDIDATES[0], CANDIDATES[0]);
    await page.getByRole('dialog').last().getByLabel('关联关系（记入审计）').fill('钱卫东与韩志刚为连襟');
    await page.getByRole('dialog').last().getByRole('button', { name: '申报' }).click();
    const list = page.getByTestId('conflicts');
    await expectText(list.getByRole('row'), CANDIDATES[0]);
    await expectText(list, '钱卫东与韩志刚为连襟');
    await shot(page, '81-hr-evaluator-conflicts');
    await conflicts.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
  });

  it('replaces an evaluator in the draw: refused while the conflict stands, done once it is withdrawn', async () => {
    await page.goto(`${base}/hr/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '考评员抽取' }).click();
    await expectText(page.getByRole('row'), '第 1 组');
    await page.getByRole('button', { name: '调整考评员' }).click();
    let dialog = page.getByRole('dialog');
    await pick('换下的考评员', '考评员 高建华');
    await pick('换上的考评员', NEW_EVALUATOR);
    await dialog.getByLabel('调整理由（记入审计）').fill('高建华临时出差');
    await dialog.getByRole('button', { name: '调整' }).click();
    await expectText(dialog.locator('.ant-form-item-explain-error'), '该考评员须回避本组考生');
    await dialog.getByRole('button', { name: '取消' }).click();

    await page.goto(`${base}/hr/evaluators`);
    await page.getByTestId('evaluators').getByRole('row').filter({ hasText: NEW_EVALUATOR }).getByRole('button', { name: '回避' }).click();
    await page.getByTestId('conflicts').getByRole('button', { name: '撤销' }).click();
    await page.getByRole('dialog').last().getByLabel('理由（记入审计）').fill('经核实不属近亲属，申报有误');
    await page.getByRole('dialog').last().getByRole('button', { name: '撤销' }).click();
    await expectText(page.getByTestId('conflicts'), '本企业尚未申报回避');

    await page.goto(`${base}/hr/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '考评员抽取' }).click();
    await page.getByRole('button', { name: '调整考评员' }).click();
    dialog = page.getByRole('dialog');
    await pick('换下的考评员', '考评员 高建华');
    await pick('换上的考评员', NEW_EVALUATOR);
    await dialog.getByLabel('调整理由（记入审计）').fill('高建华临时出差');
    await dialog.getByRole('button', { name: '调整' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const changes = page.getByTestId('draw-changes');
    await expectText(changes, `第 1 组：考评员 高建华 → ${NEW_EVALUATOR}（高建华临时出差`);
    await expectText(page.getByRole('row').filter({ hasText: '第 1 组' }), NEW_EVALUATOR);
    await changes.scrollIntoViewIfNeeded();
    await shot(page, '82-hr-draw-replaced');
    const draws = await t.http().get(`/api/v1/campaigns/${campaignId}/draws`).set(hr.auth).expect(200);
    expect(draws.body[0].panels[0].evaluators.map((e: { displayName: string }) => e.displayName)).toContain(NEW_EVALUATOR);
    expect(draws.body[0].panels[0].evaluators.map((e: { displayName: string }) => e.displayName)).not.toContain('考评员 高建华');
  });

  it('exports the filtered certificates as XLSX and opens one certificate', async () => {
    await page.goto(`${base}/hr/certificates?from=${plusDays(-120)}&to=${t.clock.today()}&rank=L4`);
    const holder = page.getByRole('row').filter({ hasText: world.demo.worker.certificateNumber });
    await expectText(holder, '王建国');
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByRole('button', { name: '导出 XLSX' }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, '四级/中级工');
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出' }).click()]);
    expect(file.suggestedFilename()).toBe(`certificates-valid-${plusDays(-120)}-${t.clock.today()}-L4.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
    const rows = book.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[1]).sort()).toEqual(['刘芳', '王建国']);
    expect(rows.every((r) => r[7] === '四级/中级工')).toBe(true);
    expect(rows.find((r) => r[1] === '王建国')?.[8]).toBe(world.demo.worker.certificateNumber);
    const audit = await t.http().get('/api/v1/audit-events?action=certificate.export').set(hr.auth).expect(200);
    expect(audit.body.items[0].after).toMatchObject({ rank: 'L4', status: 'valid', count: 2 });

    await holder.getByRole('button', { name: world.demo.worker.certificateNumber }).click();
    const detail = page.getByTestId('certificate-detail');
    await expectText(detail, '王建国');
    await expectText(detail, '认定计划');
    await expectText(detail, '/verify');
    await shot(page, '84-hr-certificate-detail');
  });

  it('the bureau shares one of the enterprise’s evaluators with its region after reading the qualification; another enterprise may then draw them', async () => {
    const bureau = await open(DESKTOP);
    await signIn(bureau, 'lvliang.officer', '/bureau/evaluators');
    await expectText(bureau.locator('.page-title'), '辖区考评员');
    const row = bureau.getByTestId('evaluators').getByRole('row').filter({ hasText: '考评员 高建华' });
    await expectText(row, '山西孝义焦煤焦化集团有限公司');
    await expect(bureau.getByRole('button', { name: '登记考评员' }).count()).resolves.toBe(0);
    await row.getByRole('button', { name: '共享至辖区' }).click();
    const dialog = bureau.getByRole('dialog', { name: /共享至辖区/ });
    await expectText(dialog, '资格证书编号');
    await dialog.getByRole('button', { name: '共享', exact: true }).click();
    await expectText(dialog.locator('.ant-form-item-explain-error'), '请填写理由');
    await dialog.getByLabel('理由（记入审计）').fill('全市焊工考评员共享');
    await shot(bureau, '95-bureau-evaluator-sharing');
    await dialog.getByRole('button', { name: '共享', exact: true }).click();
    await expectText(row, '人社局已共享');
    await row.getByRole('button', { name: '取消共享' }).waitFor();

    const machinery = await login(t, 'machinery.hr', PASSWORD);
    const seen = await t.http().get('/api/v1/evaluators?pageSize=100').set(machinery.auth).expect(200);
    expect(seen.body.items.map((e: { displayName: string }) => e.displayName)).toContain('考评员 高建华');
  });
});
