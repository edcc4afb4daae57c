import { login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import type { TestApp } from '../harness/test-app';
import { DESKTOP, expectText, horizontalOverflow, PHONE, useJourneys } from './journey-kit';

const WELDER = '6-18-02-04';
const DAY = 86_400_000;

/**
 * 考场编排 in Chromium (screenshots 100–109): HR adds a room on the campaign page, is told under the
 * field that the invigilator is already in another room at that time, picks another, runs the
 * seating and reads the seat plan; a candidate on a 375 px phone sees their room and seat and
 * downloads their admission ticket.
 */
describe('exam sessions and admission tickets in Chromium (考场编排与准考证)', () => {
  const { world, open, shot, signIn } = useJourneys();
  let t: TestApp;
  let hrSession: Session;
  let campaignId: string;
  let applicationId: string;
  let ticket: string;
  const invigilators: { id: string; displayName: string }[] = [];
  const ok = async (session: Session, method: 'get' | 'post', path: string, body?: object) => {
    const res = await t.http()[method](`/api/v1${path}`).set(session.auth).send(body);
    if (res.status >= 300) throw new Error(`${method.toUpperCase()} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const plusDays = (days: number) => new Date(Date.parse(`${t.clock.today()}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

  beforeAll(async () => {
    ({ t, hrSession } = world);
    const s = new Scenario(t);
    const officer = await login(t, 'lvliang.officer', PASSWORD);
    const agency = await s.organization(officer, 'dispatch_agency', '141181', '孝义市劳务派遣有限公司');
    const standards = await ok(hrSession, 'get', `/standards?occupationCode=${WELDER}&source=national`);
    const campaign = await ok(hrSession, 'post', '/campaigns', {
      name: `${t.clock.today().slice(0, 4)}年焊工四级认定（考场编排）`,
      occupationCode: WELDER,
      standardVersionId: standards.items[0].inForce.id,
      levels: [{ rank: 'L4', capacity: 10 }],
      registrationOpensOn: t.clock.today(),
      registrationClosesOn: plusDays(3),
      assessmentStartsOn: plusDays(5),
      assessmentEndsOn: plusDays(6),
      allowedEmploymentTypes: ['regular', 'dispatched'],
    });
    campaignId = campaign.id;
    await ok(hrSession, 'post', `/campaigns/${campaignId}/file`, {});
    await ok(officer, 'post', `/campaigns/${campaignId}/acknowledge`, {});
    await ok(hrSession, 'post', `/campaigns/${campaignId}/open-registration`, {});
    const people: [string, boolean][] = [['韩立新', false], ['冯雪梅', false], ['曹文斌', true], ['彭丽华', true]];
    for (const [index, [fullName, dispatched]] of people.entries()) {
      const w = await s.worker(hrSession, { fullName }, dispatched ? { employmentType: 'dispatched', employerOrganizationId: agency.org.id } : {});
      const application = await ok(hrSession, 'post', `/campaigns/${campaignId}/applications`, { rank: 'L4', personId: w.id });
      const approved = await ok(hrSession, 'post', `/applications/${application.id}/approve`, {});
      if (index === 0) {
        await ok(hrSession, 'post', `/workers/${w.id}/account`, { username: 'exam.candidate', password: PASSWORD });
        applicationId = application.id;
        ticket = approved.ticketNumber;
      }
    }
    await ok(hrSession, 'post', `/campaigns/${campaignId}/close-registration`, {});
    const pool = await ok(hrSession, 'get', `/evaluators?occupationCode=${WELDER}&status=active`);
    invigilators.push(...pool.items.slice(0, 2).map((e: { id: string; displayName: string }) => ({ id: e.id, displayName: e.displayName })));
    // 第2考场, already set up, takes the first invigilator from 09:00 to 10:30 on the first day.
    await ok(hrSession, 'post', `/campaigns/${campaignId}/exam-sessions`, {
      component: 'theory', place: '集团培训中心', room: '第2考场（302）', seatCount: 3,
      startsAt: `${plusDays(5)}T09:00:00+08:00`, endsAt: `${plusDays(5)}T10:30:00+08:00`, invigilatorIds: [invigilators[0].id],
    });
  });

  it('HR adds a room: the invigilator already in 第2考场 is refused under the field, another is accepted; the seating puts the agency’s two apart', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', `/hr/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '考场编排' }).click();
    await expectText(page.getByRole('row'), '第2考场（302）');
    await shot(page, '100-exam-sessions-tab');

    await page.getByRole('button', { name: '新增考场' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新增考场' });
    await dialog.getByLabel('考点').fill('集团培训中心');
    await dialog.getByLabel('考场', { exact: true }).fill('第1考场（301）');
    await dialog.getByLabel('座位数').fill('2');
    await dialog.getByLabel('监考人员').click();
    await page.locator('.ant-select-item-option').filter({ hasText: invigilators[0].displayName }).click();
    await dialog.getByLabel('考点').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectText(dialog.locator('.ant-form-item-explain-error'), '同一时间已在集团培训中心第2考场（302）监考');
    await shot(page, '101-invigilator-busy');

    await dialog.locator('.ant-select-selection-item-remove').first().click();
    await dialog.getByLabel('监考人员').click();
    await page.locator('.ant-select-item-option').filter({ hasText: invigilators[1].displayName }).click();
    await dialog.getByLabel('考点').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectText(page.locator('.ant-message'), '已新增考场');
    const room1 = page.getByRole('row').filter({ hasText: '第1考场（301）' });
    await expectText(room1, invigilators[1].displayName);
    await expectText(room1, '0/2');

    await page.getByRole('button', { name: '编排考场：理论知识考试' }).click();
    await expectText(page.locator('.ant-message'), '已编排 4 名考生');
    await expectText(room1, '2/2');
    await expectText(page.getByRole('row').filter({ hasText: '第2考场（302）' }), '2/3');
    expect(await horizontalOverflow(page)).toBe(0);
    await shot(page, '102-seating-done');

    await page.getByRole('row').filter({ hasText: '第2考场（302）' }).getByRole('button', { name: '座位表' }).click();
    const plan = page.getByRole('dialog').filter({ hasText: '座位表' });
    await expectText(plan, '相邻座位均不同单位');
    expect(await plan.locator('tbody tr').count()).toBe(2);
    await shot(page, '103-seat-plan');
    await plan.getByRole('button', { name: '关闭', exact: true }).last().click();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载全部准考证' }).click();
    expect((await download).suggestedFilename()).toMatch(/^admission-tickets-\d{6}\.pdf$/);
  });

  it('the candidate on a 375 px phone sees their room and seat and downloads their own admission ticket', async () => {
    const page = await open(PHONE);
    await signIn(page, 'exam.candidate', `/worker/applications/${applicationId}`);
    const seat = page.getByTestId('exam-seat');
    await expectText(seat, '理论知识考试');
    await expectText(seat, '集团培训中心');
    await expectText(seat, `${plusDays(5)} 09:00 至 10:30`);
    expect(await seat.getByText(/^0[1-3]$/).count()).toBe(1);
    expect(await horizontalOverflow(page)).toBe(0);
    await seat.scrollIntoViewIfNeeded();
    await shot(page, '104-worker-exam-seat');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载准考证' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`admission-ticket-${ticket}.pdf`);
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
