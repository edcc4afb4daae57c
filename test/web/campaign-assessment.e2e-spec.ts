import type { Page } from 'playwright-core';
import { login, Session } from '../harness/auth';
import { PASSWORD } from '../harness/scenario';
import type { TestApp } from '../harness/test-app';
import { DESKTOP, expectText, horizontalOverflow, useJourneys } from './journey-kit';

const WELDER = '6-18-02-04';
const DAY = 86_400_000;

/**
 * HR assessing a campaign (评分进度、缺考与成绩无效、成绩保留、公示日历、修改计划) in Chromium, on the
 * journeys' world: the demo campaign in scoring, and a retake campaign where 陈志强 keeps the theory
 * exam he passed before (screenshots 75–79).
 */
describe('HR campaign assessment in Chromium (认定计划考核与结果)', () => {
  const { world, open, shot, signIn } = useJourneys();
  let t: TestApp;
  let hrSession: Session;
  let scoringId: string;
  let retakeId: string;
  const api = (session: Session, method: 'get' | 'post' | 'put' | 'patch', path: string, body?: object) =>
    t.http()[method](`/api/v1${path}`).set(session.auth).send(body);
  const ok = async (session: Session, method: 'get' | 'post' | 'put' | 'patch', path: string, body?: object) => {
    const res = await api(session, method, path, body);
    if (res.status >= 300) throw new Error(`${method.toUpperCase()} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const plusDays = (days: number) => new Date(Date.parse(`${t.clock.today()}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  const evaluator = (i: number) => login(t, world.demo.evaluators[i], PASSWORD);

  async function openCampaign(page: Page, id: string, tab?: string): Promise<void> {
    await signIn(page, 'coking.hr', `/hr/campaigns/${id}`);
    if (tab) await page.getByRole('tab', { name: tab }).click();
  }

  beforeAll(async () => {
    ({ t, hrSession } = world);
    const scoring = await ok(hrSession, 'get', '/campaigns?status=scoring');
    scoringId = scoring.items.find((c: { name: string }) => c.name === world.demo.scoringCampaignName).id;

    // 考评员一 submits one sheet and saves a draft of another; the other two have not started.
    const first = await evaluator(0);
    const sheets = (await ok(first, 'get', `/score-sheets?campaignId=${scoringId}`)) as { id: string; candidateName: string }[];
    const byName = new Map(sheets.map((x) => [x.candidateName, x.id]));
    await ok(first, 'post', `/score-sheets/${byName.get('周丽娟')}/submit`, { score: 82 });
    await ok(first, 'put', `/score-sheets/${byName.get('吴海涛')}`, { score: 75 });

    // A retake: 陈志强 failed the practical two months ago but passed theory, which carries over.
    const chen = (await ok(hrSession, 'get', `/workers?name=${encodeURIComponent('陈志强')}`)).items[0].id;
    const standards = await ok(hrSession, 'get', `/standards?occupationCode=${WELDER}&source=national`);
    const officer = await login(t, 'lvliang.officer', PASSWORD);
    const retake = await ok(hrSession, 'post', '/campaigns', {
      name: `${t.clock.today().slice(0, 4)}年焊工四级补考`,
      occupationCode: WELDER,
      standardVersionId: standards.items[0].inForce.id,
      levels: [{ rank: 'L4', capacity: 10 }],
      registrationOpensOn: t.clock.today(),
      registrationClosesOn: plusDays(3),
      assessmentStartsOn: plusDays(5),
      assessmentEndsOn: plusDays(6),
    });
    retakeId = retake.id;
    await ok(hrSession, 'post', `/campaigns/${retakeId}/file`, {});
    await ok(officer, 'post', `/campaigns/${retakeId}/acknowledge`, {});
    await ok(hrSession, 'post', `/campaigns/${retakeId}/open-registration`, {});
    const application = await ok(hrSession, 'post', `/campaigns/${retakeId}/applications`, { rank: 'L4', personId: chen });
    await ok(hrSession, 'post', `/applications/${application.id}/approve`, {});
    await ok(hrSession, 'post', `/campaigns/${retakeId}/close-registration`, {});
    await ok(hrSession, 'post', `/campaigns/${retakeId}/start-assessment`, {});
    await ok(hrSession, 'post', `/campaigns/${retakeId}/draws`, { rank: 'L4', component: 'practical' });
    const started = await ok(hrSession, 'post', `/campaigns/${retakeId}/start-scoring`);
    expect(started.carriedOver).toBe(1);
    for (const i of [0, 1, 2]) {
      const session = await evaluator(i);
      for (const sheet of await ok(session, 'get', `/score-sheets?campaignId=${retakeId}`)) await ok(session, 'post', `/score-sheets/${sheet.id}/submit`, { score: 55 + i });
    }
  });

  it('scoring progress: per component, each evaluator’s sheets submitted, drafted or not started, the laggards first', async () => {
    const page = await open(DESKTOP);
    await openCampaign(page, scoringId, '评分进度');
    const practical = page.getByTestId('progress-component').filter({ hasText: '技能考核' });
    await expectText(practical, '四级/中级工 · 技能考核');
    await expectText(practical, '考生 3 人');
    await expectText(practical, '评分表 9 份：已提交 1，草稿 1，未开始 7');
    const rows = practical.getByRole('row');
    // Two evaluators have all three sheets to do; 考评员一 (高建华) has one draft and one untouched.
    await expectText(rows.nth(1), '待催办：3 份');
    const gao = rows.filter({ hasText: '高建华' });
    await expectText(gao, '待催办：2 份');
    expect((await gao.locator('td').allInnerTexts()).slice(1, 4)).toEqual(['1', '1', '1']);
    const theory = page.getByTestId('progress-component').filter({ hasText: '理论知识考试' });
    await expectText(theory, '待导入 3');
    await expectText(theory, '由考试系统导入');
    expect(await horizontalOverflow(page)).toBe(0);
    await practical.scrollIntoViewIfNeeded();
    await shot(page, '75-campaign-scoring-progress');
  });

  it('marks a candidate absent (缺考) and voids another’s component for cheating, each with a reason, from the results table', async () => {
    const page = await open(DESKTOP);
    await openCampaign(page, scoringId, '成绩');
    const table = page.getByTestId('results');

    // 周丽娟 has a submitted sheet: she was there, so she cannot be marked absent.
    await table.getByRole('row').filter({ hasText: '周丽娟' }).getByRole('button', { name: '技能考核 成绩详情' }).click();
    let drawer = page.locator('.ant-drawer-open');
    await expectText(drawer, '周丽娟 · 技能考核');
    await expectText(drawer.getByRole('row').filter({ hasText: '高建华' }), '82');
    expect(await drawer.getByRole('button', { name: '标记缺考' }).isDisabled()).toBe(true);
    await page.locator('.ant-drawer-open .ant-drawer-close').click();

    await table.getByRole('row').filter({ hasText: '郑晓东' }).getByRole('button', { name: '技能考核 成绩详情' }).click();
    drawer = page.locator('.ant-drawer-open').filter({ hasText: '郑晓东' });
    await drawer.getByRole('button', { name: '标记缺考' }).click();
    let dialog = page.getByRole('dialog').filter({ hasText: '标记缺考：郑晓东' });
    await dialog.getByRole('button', { name: '标记缺考' }).click();
    await expectText(dialog.locator('.ant-form-item-explain-error'), '请填写理由');
    await dialog.getByLabel('缺考原因（记入审计）').fill('考核当日未到场，未请假');
    await dialog.getByRole('button', { name: '标记缺考' }).click();
    await expectText(page.locator('.ant-message'), '已标记缺考');
    await expectText(drawer, '考核当日未到场，未请假');
    await expectText(drawer.getByRole('row').filter({ hasText: '高建华' }), '已作废');
    await shot(page, '76-component-absent');
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await expectText(table.getByRole('row').filter({ hasText: '郑晓东' }), '缺考');

    await table.getByRole('row').filter({ hasText: '吴海涛' }).getByRole('button', { name: '技能考核 成绩详情' }).click();
    drawer = page.locator('.ant-drawer-open').filter({ hasText: '吴海涛' });
    await drawer.getByRole('button', { name: '成绩无效（作弊、违纪）' }).click();
    dialog = page.getByRole('dialog').filter({ hasText: '成绩无效：吴海涛' });
    await dialog.getByLabel('作弊').check();
    await dialog.getByLabel('原因（记入审计）').fill('考场携带手机并查阅资料');
    await shot(page, '77-component-void');
    await dialog.getByRole('button', { name: '确认无效' }).click();
    await expectText(drawer, '作弊');
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    const wu = table.getByRole('row').filter({ hasText: '吴海涛' });
    await expectText(wu, '成绩无效');

    // The API holds both, with their reasons, and the audit trail has them.
    const scores = await ok(hrSession, 'get', `/campaigns/${scoringId}/component-scores?component=practical`);
    const state = Object.fromEntries(scores.map((x: { candidateName: string; status: string; stateReason: string | null }) => [x.candidateName, [x.status, x.stateReason]]));
    expect(state).toMatchObject({ 郑晓东: ['absent', '考核当日未到场，未请假'], 吴海涛: ['voided', '考场携带手机并查阅资料'] });
    const progress = await ok(hrSession, 'get', `/campaigns/${scoringId}/scoring-progress`);
    expect(progress.components.find((c: { component: string }) => c.component === 'practical')).toMatchObject({ absent: 1, voided: 1, pending: 1 });
  });

  it('publishes the retake for publicity: the window is drawn on the working-day calendar before and after', async () => {
    const page = await open(DESKTOP);
    await openCampaign(page, retakeId);
    await page.getByRole('button', { name: '发布结果并公示' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '今天发布的公示期' });
    const calendar = dialog.getByTestId('publicity-calendar');
    await expectText(calendar, '个工作日');
    const preview = await calendar.locator('[data-counted]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date')));
    expect(preview).toHaveLength(5);
    await shot(page, '79-publish-publicity-calendar');
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(page.locator('.ant-card-head'), '公示');

    const notices = await ok(hrSession, 'get', `/publicity?subjectId=${retakeId}`);
    const notice = notices.items[0];
    await page.getByRole('tab', { name: '公示与异议' }).click();
    const published = page.locator('[data-testid=publicity-calendar]:visible');
    await published.locator(`[data-date="${notice.endsOn}"][data-counted]`).waitFor();
    const counted = await published.locator('[data-counted]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date')));
    // The calendar counts what the API counted: the same days, ending on the notice's last day.
    expect(counted).toHaveLength(notice.workingDays);
    expect(counted[0]).toBe(notice.startsOn);
    expect(counted[counted.length - 1]).toBe(notice.endsOn);
    expect(preview).toEqual(counted);
    const [y, m, d] = notice.endsOn.split('-').map(Number);
    await expectText(published, `至 ${y}年${m}月${d}日 止`);
  });

  it('results show the carried-over theory exam (成绩保留) and a result corrected after an upheld objection', async () => {
    const notice = (await ok(hrSession, 'get', `/publicity?subjectId=${retakeId}`)).items[0];
    const chen = (await ok(hrSession, 'get', `/workers?name=${encodeURIComponent('陈志强')}`)).items[0].id;
    const worker = await login(t, world.demo.worker.username, PASSWORD);
    const objection = await ok(worker, 'post', `/publicity/${notice.id}/objections`, { reason: '实操第二题评分漏计', personId: chen });
    await ok(hrSession, 'post', `/objections/${objection.id}/resolve`, { outcome: 'upheld', resolution: '经核查评分记录，第二题漏计分' });

    const page = await open(DESKTOP);
    await openCampaign(page, retakeId, '成绩');
    const row = page.getByTestId('results').getByRole('row').filter({ hasText: '陈志强' });
    await expectText(row, '成绩保留');
    await expectText(row, '不合格');
    await expectText(row, '异议成立，待更正');
    await row.getByRole('button', { name: '理论知识考试 成绩详情' }).click();
    const drawer = page.locator('.ant-drawer-open').filter({ hasText: '陈志强' });
    await expectText(drawer, '在此前的认定中合格，本次免考');
    expect(await drawer.getByRole('button', { name: '标记缺考' }).count()).toBe(0);
    await page.locator('.ant-drawer-open .ant-drawer-close').click();

    await row.getByRole('button', { name: '更正成绩' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '更正成绩：陈志强' });
    await dialog.getByLabel('更正的考核项目').click();
    // A carried-over component is not corrected here: only the practical is offered.
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    expect(await options.allInnerTexts()).toEqual([expect.stringContaining('技能考核')]);
    await options.first().click();
    await dialog.getByLabel('更正后的分数').fill('66');
    await dialog.getByLabel(/更正理由/).fill('经核查评分记录，实操第二题漏计10分');
    await dialog.getByRole('button', { name: '更正并重新公示' }).click();
    await expectText(page.locator('.ant-message'), '成绩已更正');
    await row.getByText('异议成立，待更正').waitFor({ state: 'detached' });
    await row.getByText('合格', { exact: true }).first().waitFor();
    await row.scrollIntoViewIfNeeded();
    await shot(page, '78-results-carry-over-corrected');

    const results = await ok(hrSession, 'get', `/campaigns/${retakeId}/results`);
    expect(results.items[0]).toMatchObject({ name: '陈志强', status: 'passed', correctionRequired: false });
    expect(results.items[0].components).toEqual(
      expect.arrayContaining([expect.objectContaining({ component: 'theory', carriedOver: true }), expect.objectContaining({ component: 'practical', score: 66, passed: true })]),
    );
  });

  it('edits a draft campaign’s details; the API’s refusal shows under the dates; once filed there is nothing to edit', async () => {
    const standards = await ok(hrSession, 'get', `/standards?occupationCode=${WELDER}&source=national`);
    const draft = await ok(hrSession, 'post', '/campaigns', {
      name: '焊工四级认定（草稿）',
      occupationCode: WELDER,
      standardVersionId: standards.items[0].inForce.id,
      levels: [{ rank: 'L4', capacity: 20 }],
      registrationOpensOn: plusDays(10),
      registrationClosesOn: plusDays(20),
      assessmentStartsOn: plusDays(25),
      assessmentEndsOn: plusDays(26),
    });
    const page = await open(DESKTOP);
    await openCampaign(page, draft.id);
    await page.getByRole('button', { name: '修改计划' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '修改认定计划' });
    await dialog.getByLabel('计划名称').fill('2027年焊工四级认定（第一批）');
    await dialog.getByLabel('四级/中级工 名额').fill('35');
    // Registration closing after the assessment starts: the API refuses, under the dates.
    const closes = dialog.locator('.ant-picker-range').first().locator('input').nth(1);
    await closes.click();
    await closes.fill(plusDays(30));
    await closes.press('Enter');
    await dialog.getByLabel('计划名称').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await dialog.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
    await closes.click();
    await closes.fill(plusDays(18));
    await closes.press('Enter');
    await dialog.getByLabel('计划名称').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectText(page.locator('.ant-message'), '认定计划已修改');
    await expectText(page.locator('.ant-card-head'), '2027年焊工四级认定（第一批）');
    await expectText(page.locator('.ant-descriptions'), '四级/中级工 0/35');

    const stored = await ok(hrSession, 'get', `/campaigns/${draft.id}`);
    expect(stored).toMatchObject({ name: '2027年焊工四级认定（第一批）', registrationClosesOn: plusDays(18), levels: [expect.objectContaining({ capacity: 35 })] });
    const audit = await ok(hrSession, 'get', `/audit-events?entityId=${draft.id}&action=campaign.update`);
    expect(audit.total).toBe(1);

    await ok(hrSession, 'post', `/campaigns/${draft.id}/file`, {});
    await page.reload();
    await expectText(page.locator('.ant-card-head'), '2027年焊工四级认定（第一批）');
    expect(await page.getByRole('button', { name: '修改计划' }).count()).toBe(0);
    expect((await api(hrSession, 'patch', `/campaigns/${draft.id}`, { name: '再改一次' })).status).toBe(409);
  });
});
