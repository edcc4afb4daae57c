import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';
import { DESKTOP, expectText, useJourneys } from './journey-kit';

/**
 * The analytics charts (ECharts) of HR and the bureau on the journeys' world: the coking group's
 * finalized 焊工 campaign (3 candidates, 陈志强 failed the practical; evaluators 高建华 84/84/52,
 * 孙立新 86/86/53, 赵国强 88/88/54), each chart with its table and its own XLSX, read back.
 */
describe('analytics charts in Chromium (统计图表)', () => {
  const { open, shot, signIn, seriousViolations } = useJourneys();

  const book = async (file: Download) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    return workbook;
  };
  const exportOf = async (page: Page, card: Locator) => {
    const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /^导出.*（XLSX）$/ }).click()]);
    return file;
  };
  /** The chart drew its bars in SVG: its category labels are on the page. */
  const drawn = async (card: Locator, label: string) => {
    const text = card.locator('[role="img"] svg text').filter({ hasText: label }).first();
    await text.waitFor();
    // In the app's font: the generic sans-serif draws Chinese as empty boxes on a bare system.
    const fontOf = (node: unknown) => (globalThis as unknown as { getComputedStyle(n: unknown): { fontFamily: string } }).getComputedStyle(node).fontFamily;
    expect(await text.evaluate(fontOf)).toContain('Noto Sans SC');
  };

  it('HR sees pass rates and evaluator severity as charts and tables, and exports each chart’s own sheet', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', '/hr/analytics');
    const passRates = page.getByTestId('chart-pass-rates');
    await drawn(passRates, '焊工');
    await expectText(passRates.getByRole('img'), '66.7%');
    await expectText(page.getByTestId('chart-rank').getByRole('img'), '四级/中级工');
    const severity = page.getByTestId('chart-severity');
    await drawn(severity, '高建华');
    await expectText(severity, '负值偏严');
    await shot(page, '85-hr-analytics-charts');

    await severity.scrollIntoViewIfNeeded();
    await severity.getByText('表格', { exact: true }).click();
    const rows = severity.getByRole('table', { name: '考评员评分宽严' }).locator('tbody tr');
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^高建华\s+3\s+3\s+73\.33\s+-1\.67$/),
      expect.stringMatching(/^孙立新\s+3\s+3\s+75\.00\s+0\.00$/),
      expect.stringMatching(/^赵国强\s+3\s+3\s+76\.67\s+\+1\.67$/),
    ]);
    await passRates.getByText('表格', { exact: true }).click();
    expect((await passRates.locator('tbody tr').innerText()).split(/\s+/)).toEqual(['焊工', '3', '2', '1', '0', '66.7%']);
    await shot(page, '86-hr-analytics-tables');

    const severityFile = await exportOf(page, severity);
    expect(severityFile.suggestedFilename()).toMatch(/^analytics-enterprise-\d{4}-\d{2}-\d{2}-evaluatorSeverity\.xlsx$/);
    const sheet = (await book(severityFile)).getWorksheet('考评员宽严')!;
    expect([2, 3, 4].map((n) => sheet.getRow(n).values)).toEqual([
      [undefined, '高建华', 3, 3, 73.33, -1.67],
      [undefined, '孙立新', 3, 3, 75, 0],
      [undefined, '赵国强', 3, 3, 76.67, 1.67],
    ]);
    const passFile = await book(await exportOf(page, passRates));
    expect(passFile.worksheets.map((w) => w.name)).toEqual(['通过率']);
    expect(passFile.getWorksheet('通过率')!.getRow(2).values).toEqual([undefined, '6-18-02-04', expect.stringContaining('焊工'), 3, 2, 1, 0, 66.7]);
    const [all] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 XLSX' }).click()]);
    expect((await book(all)).worksheets.map((w) => w.name)).toEqual(['概览', '按企业', '按等级', '按职业', '按用工形式', '晋级储备', '通过率', '考评员宽严', '评聘名额']);
    await page.mouse.move(0, 0); // the pointer off the last button clicked: hover colours are not the page's
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the bureau sees its region’s charts, and a county without campaigns says so instead of drawing empty axes', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'lvliang.officer', '/bureau/analytics');
    await page.getByTestId('analytics-enterprises').waitFor();
    const passRates = page.getByTestId('chart-pass-rates');
    await drawn(passRates, '焊工');
    await drawn(page.getByTestId('chart-severity'), '赵国强');
    const employment = page.getByTestId('chart-employment');
    await drawn(employment, '劳务派遣工');
    await drawn(page.getByTestId('chart-pipeline'), '三级/高级工');
    await shot(page, '87-bureau-analytics-top');
    await passRates.scrollIntoViewIfNeeded();
    await shot(page, '88-bureau-analytics-charts');
    const file = await book(await exportOf(page, employment));
    expect(file.getWorksheet('按用工形式')!.getRow(1).values).toEqual([undefined, '用工形式', '职工人数', '持证人数', '持证率(%)', '高技能人才', '高技能人才占比(%)']);
    await page.mouse.move(0, 0); // the pointer off the last button clicked: hover colours are not the page's
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByPlaceholder('区县代码，如 141181').fill('141102');
    await page.getByPlaceholder('区县代码，如 141181').press('Enter');
    await page.waitForURL(/region=141102/);
    await expectText(page.getByTestId('chart-pass-rates'), '暂无已公布的认定结果');
    await expectText(page.getByTestId('chart-severity'), '暂无评分表达到 3 份的考评员');
    await expectText(page.getByTestId('chart-rank'), '暂无在岗职工');
    expect(await page.getByTestId('chart-pass-rates').locator('svg text').count()).toBe(0);
    await page.getByTestId('chart-severity').scrollIntoViewIfNeeded();
    await shot(page, '89-bureau-analytics-county-empty');
    const county = await book(await exportOf(page, page.getByTestId('chart-pass-rates')));
    expect(county.getWorksheet('通过率')!.rowCount).toBe(1);
  });
});
