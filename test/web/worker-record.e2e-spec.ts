import type { Locator, Page } from 'playwright-core';
import type { Session } from '../harness/auth';
import type { TestApp } from '../harness/test-app';
import type { DemoJourneyResult } from '../../scripts/demo/demo-journeys';
import { DESKTOP, expectText, horizontalOverflow, useJourneys } from './journey-kit';

/**
 * HR changes a worker's record (职工档案) from the worker's page: details, an earlier certificate,
 * a title, training, a 师徒 relation (a refused one first), an honor, an innovation, the sign-in
 * account, the end of an employment and a new one; each change is still there after a reload.
 */
describe('HR edits a worker’s record in Chromium (职工档案维护)', () => {
  const { world, open, shot, signIn } = useJourneys();
  let t: TestApp;
  let demo: DemoJourneyResult;
  let hrSession: Session;
  beforeAll(() => ({ t, demo, hrSession } = world));

  const pick = async (page: Page, dialog: Locator, label: string, option: string) => {
    await dialog.getByLabel(label, { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  };
  const date = async (dialog: Locator, label: string, value: string) => {
    const input = dialog.getByLabel(label, { exact: true });
    await input.fill(value);
    await input.press('Enter');
  };
  const tab = (page: Page, name: RegExp) => page.getByRole('tab', { name }).click();
  const facts = (page: Page) => page.getByTestId('worker-facts');

  async function openRecord(page: Page): Promise<string> {
    await signIn(page, 'coking.hr', '/hr/workers');
    await page.getByPlaceholder('姓名（开头匹配）').fill(demo.worker.name);
    await page.getByPlaceholder('姓名（开头匹配）').press('Enter');
    await page.waitForURL(/name=/);
    await page.getByRole('row').filter({ hasText: demo.worker.name }).getByRole('link', { name: demo.worker.name }).click();
    await page.waitForURL(/\/hr\/workers\/[0-9a-f-]{36}$/);
    return page.url().split('/').pop() as string;
  }

  it('changes details, records a certificate, a title, training and a 师徒 relation (refusing a relation to himself), and all of it survives a reload', async () => {
    const page = await open(DESKTOP);
    const personId = await openRecord(page);

    await page.getByRole('button', { name: '修改基本信息' }).click();
    let dialog = page.getByRole('dialog', { name: '修改基本信息' });
    await dialog.getByLabel('手机号码').fill('13912345678');
    await pick(page, dialog, '学历', '大专');
    await dialog.getByLabel('修改原因（记入审计，可不填）').fill('职工本人提交变更');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectText(page.locator('.ant-message'), '基本信息已保存');
    await dialog.waitFor({ state: 'hidden' });
    await expectText(page.getByTestId('worker-details'), '13912345678');

    await page.getByRole('button', { name: '录入证书' }).click();
    dialog = page.getByRole('dialog', { name: '录入已取得的技能等级证书' });
    await dialog.getByLabel('职业', { exact: true }).fill('焊工');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '6-18-02-04' }).first().click();
    await pick(page, dialog, '等级', '五级');
    await dialog.getByLabel('证书编号（按证书填写）').fill('S000014110005123');
    await date(dialog, '发证日期', '2019-06-20');
    await dialog.getByLabel('发证机构').fill('山西省职业技能鉴定指导中心');
    await shot(page, '90-hr-worker-credential');
    await dialog.getByRole('button', { name: '录入' }).click();
    await expectText(page.locator('.ant-message'), '证书已录入');
    await expectText(page.getByTestId('worker-credentials'), 'S000014110005123');

    await tab(page, /^职称/);
    await facts(page).getByRole('button', { name: '录入职称' }).click();
    dialog = page.getByRole('dialog', { name: '录入专业技术职称' });
    await pick(page, dialog, '职称系列', '工程技术');
    await pick(page, dialog, '级别', '助理级/初级');
    await dialog.getByLabel('职称名称').fill('助理工程师');
    await date(dialog, '取得日期', '2020-12-01');
    await dialog.getByRole('button', { name: '录入' }).click();
    await expectText(page.locator('.ant-message'), '职称已录入');
    await expectText(facts(page), '助理工程师');

    await tab(page, /^培训/);
    await facts(page).getByRole('button', { name: '录入培训' }).click();
    dialog = page.getByRole('dialog', { name: '录入培训学时' });
    await dialog.getByLabel('培训名称').fill('焊接安全与工艺培训');
    await dialog.getByLabel('学时').fill('40');
    await date(dialog, '结业日期', '2025-06-30');
    await dialog.getByRole('button', { name: '录入' }).click();
    await expectText(page.locator('.ant-message'), '培训已录入');
    await expectText(facts(page), '焊接安全与工艺培训');

    // A relation to himself: the API refuses it, and says so under the field that named him.
    await tab(page, /^师徒与亲属/);
    await facts(page).getByRole('button', { name: '登记关系' }).click();
    dialog = page.getByRole('dialog', { name: '登记师徒、亲属或上下级关系' });
    await pick(page, dialog, '关系', `${demo.worker.name} 是对方的徒弟`);
    await dialog.getByLabel('对方职工').fill(demo.worker.name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: demo.worker.name }).first().click();
    await dialog.getByRole('button', { name: '登记' }).click();
    const fieldError = dialog.locator('.ant-form-item').filter({ hasText: '对方职工' }).locator('.ant-form-item-explain-error');
    await expectText(fieldError, '不能与本人建立关系');
    await shot(page, '91-hr-worker-relation-refused');
    await dialog.getByLabel('对方职工').fill('高建华');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '高建华' }).first().click();
    await dialog.getByRole('button', { name: '登记' }).click();
    await expectText(page.locator('.ant-message'), '关系已登记');
    await dialog.waitFor({ state: 'hidden' });
    const relationRow = facts(page).getByRole('row').filter({ hasText: '高建华' });
    await expectText(relationRow, '师傅');

    await page.reload();
    await expectText(page.getByTestId('worker-details'), '13912345678');
    await expectText(page.getByTestId('worker-details'), '大专');
    await expectText(page.getByTestId('worker-credentials'), 'S000014110005123');
    await tab(page, /^职称（1）/);
    await expectText(facts(page), '助理工程师');
    await tab(page, /^培训（1）/);
    await expectText(facts(page), '40');
    await tab(page, /^师徒与亲属（1）/);
    await expectText(facts(page).getByRole('row').filter({ hasText: '高建华' }), '师傅');
    expect(await horizontalOverflow(page)).toBe(0);
    await facts(page).scrollIntoViewIfNeeded();
    await shot(page, '92-hr-worker-record-edited');

    // The master's own record shows the apprentice; the changes are audited.
    const master = await t.http().get(`/api/v1/workers?name=${encodeURIComponent('高建华')}`).set(hrSession.auth).expect(200);
    const masterRecord = await t.http().get(`/api/v1/workers/${master.body.items[0].id}`).set(hrSession.auth).expect(200);
    expect(masterRecord.body.relations).toEqual([expect.objectContaining({ kind: 'master', direction: 'outgoing', otherPersonId: personId })]);
    const audit = await t.http().get(`/api/v1/audit-events?entityId=${personId}&action=worker.update`).set(hrSession.auth).expect(200);
    expect(audit.body.items[0]).toMatchObject({ reason: '职工本人提交变更', after: { phone: '13912345678', education: 'associate' } });
    expect(Object.keys(audit.body.items[0].after).sort()).toEqual(['education', 'phone']);
  });

  it('records an honor and an innovation, opens and disables the sign-in account, ends an employment (refusing an end before the hire) and adds a new one', async () => {
    const page = await open(DESKTOP);
    const personId = await openRecord(page);
    const plusDays = (days: number) => new Date(Date.parse(`${t.clock.today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const endsOn = plusDays(30);
    const hiredOn = plusDays(31);

    await tab(page, /^荣誉/);
    await facts(page).getByRole('button', { name: '录入荣誉' }).click();
    let dialog = page.getByRole('dialog', { name: '录入荣誉' });
    await pick(page, dialog, '荣誉类别', '技术能手');
    await pick(page, dialog, '级别', '市级');
    await dialog.getByLabel('荣誉名称').fill('吕梁市技术能手');
    await date(dialog, '授予日期', '2024-05-01');
    await dialog.getByRole('button', { name: '录入' }).click();
    await expectText(page.locator('.ant-message'), '荣誉已录入');
    await expectText(facts(page), '吕梁市技术能手');

    await tab(page, /^技术创新/);
    await facts(page).getByRole('button', { name: '录入成果' }).click();
    dialog = page.getByRole('dialog', { name: '录入技术创新成果' });
    await pick(page, dialog, '成果类别', '实用新型专利');
    await dialog.getByLabel('成果名称').fill('焊缝自动跟踪装置');
    await date(dialog, '取得日期', '2023-09-01');
    await dialog.getByRole('button', { name: '录入' }).click();
    await expectText(page.locator('.ant-message'), '创新成果已录入');
    await expectText(facts(page), '焊缝自动跟踪装置');

    const details = page.getByTestId('worker-details');
    if (await details.getByRole('button', { name: '开通账号' }).count()) {
      await details.getByRole('button', { name: '开通账号' }).click();
      dialog = page.getByRole('dialog', { name: '开通职工登录账号' });
      await dialog.getByLabel('用户名').fill('wang.record');
      await dialog.getByLabel('初始密码').fill('Worker-Passw0rd-2026');
      await dialog.getByRole('button', { name: '开通' }).click();
      await expectText(page.locator('.ant-message'), '账号已开通');
    }
    await details.getByRole('button', { name: '停用' }).click();
    dialog = page.getByRole('dialog', { name: '停用登录账号' });
    await dialog.getByLabel('理由（记入审计）').fill('职工调岗，暂停使用');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expectText(page.locator('.ant-message'), '账号已停用');
    await expectText(details, '已停用');

    const employments = page.getByTestId('worker-employments');
    await employments.getByRole('button', { name: '结束用工' }).first().click();
    dialog = page.getByRole('dialog', { name: '结束用工关系' });
    await date(dialog, '离职日期', '1990-01-01');
    await dialog.getByLabel('离职原因（记入审计）').fill('合同期满');
    await dialog.getByRole('button', { name: '结束用工关系' }).click();
    await expectText(dialog.locator('.ant-form-item-explain-error'), '离职日期早于入职日期');
    await shot(page, '93-hr-worker-end-employment-refused');
    // An end ahead of today: the employment runs until then, so the record stays this HR's to change.
    await date(dialog, '离职日期', endsOn);
    await dialog.getByRole('button', { name: '结束用工关系' }).click();
    await expectText(page.locator('.ant-message'), '用工关系已结束');
    await dialog.waitFor({ state: 'hidden' });

    // The next employment, from the day after (学徒 after the contract): beside the ending one.
    await employments.getByRole('button', { name: '新增用工关系' }).click();
    dialog = page.getByRole('dialog', { name: '新增用工关系' });
    await pick(page, dialog, '用工形式', '学徒');
    await date(dialog, '入职日期', hiredOn);
    await dialog.getByLabel('岗位（可不填）').fill('焦炉维修学徒');
    await dialog.getByRole('button', { name: '新增' }).click();
    await expectText(page.locator('.ant-message'), '用工关系已新增');
    await expectText(employments, '焦炉维修学徒');

    await page.reload();
    await expectText(page.getByTestId('worker-employments'), endsOn);
    await expectText(page.getByTestId('worker-employments').getByRole('row').filter({ hasText: '焦炉维修学徒' }), '在岗');
    await expectText(page.getByTestId('worker-details'), '已停用');
    await tab(page, /^荣誉（1）/);
    await expectText(facts(page), '吕梁市技术能手');
    await tab(page, /^技术创新（1）/);
    await expectText(facts(page), '焊缝自动跟踪装置');
    await facts(page).scrollIntoViewIfNeeded();
    await shot(page, '94-hr-worker-record-after');

    const record = await t.http().get(`/api/v1/workers/${personId}`).set(hrSession.auth).expect(200);
    expect(record.body.employments.filter((e: { endedOn: string | null }) => e.endedOn === endsOn)).toHaveLength(1);
    const ended = await t.http().get(`/api/v1/audit-events?entityId=${personId}&action=worker.employment_end`).set(hrSession.auth).expect(200);
    expect(ended.body.items[0]).toMatchObject({ reason: '合同期满' });
  });

  it('a long record pages its tables, and the bureau reads the same record without any way to change it', async () => {
    const found = await t.http().get(`/api/v1/workers?name=${encodeURIComponent('孙立新')}`).set(hrSession.auth).expect(200);
    const id = found.body.items[0].id;
    for (let i = 1; i <= 12; i++) {
      await t.http().post(`/api/v1/workers/${id}/trainings`).set(hrSession.auth)
        .send({ name: `安全生产轮训第${i}期`, hours: 8, completedOn: `2025-${String(i).padStart(2, '0')}-15` }).expect(201);
    }
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', `/hr/workers/${id}`);
    await tab(page, /^培训（12）/);
    await expectText(facts(page), '安全生产轮训第1期');
    expect(await facts(page).locator('tr.ant-table-row:visible').count()).toBe(10);
    await facts(page).locator('.ant-pagination:visible').getByTitle('2', { exact: true }).click();
    await expectText(facts(page), '安全生产轮训第12期');
    expect(await facts(page).locator('tr.ant-table-row:visible').count()).toBe(2);

    const officer = await open(DESKTOP);
    await signIn(officer, 'lvliang.officer', `/bureau/workers/${id}`);
    await expectText(officer.getByTestId('worker-details'), '孙立新');
    await tab(officer, /^培训（12）/);
    await expectText(facts(officer), '安全生产轮训第1期');
    expect(await officer.getByRole('button', { name: /修改基本信息|录入|登记|新增|结束用工|停用|开通账号/ }).count()).toBe(0);
  });
});
