import ExcelJS from 'exceljs';
import { login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import type { TestApp } from '../harness/test-app';
import { DESKTOP, expectText, useJourneys, XLSX } from './journey-kit';

const WELDER = '6-18-02-04';
const DAY = 86_400_000;

/** 6 single choice and 2 short answers of 焊工四级. */
async function bankSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('试题');
  sheet.addRow(['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案']);
  for (let i = 0; i < 6; i++) sheet.addRow(['单选', 'K1 安全', 2, `阅卷单选第${i}题：焊接作业的安全电压是（ ）`, '12V', '36V', '110V', '220V', 'B']);
  for (let i = 0; i < 2; i++) sheet.addRow(['简答', 'K4 工艺', 3, `阅卷简答第${i}题：简述焊接变形的主要原因。`, '', '', '', '', '评分要点：受热不均匀；焊缝金属收缩；刚性拘束']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * 简答题阅卷 in Chromium (screenshots 120–121): HR opens marking on the exam room page, and an
 * evaluator of the theory panel marks a short answer blind from their list.
 */
describe('short-answer marking in Chromium (简答题阅卷)', () => {
  const { world, open, shot, signIn, seriousViolations } = useJourneys();
  let t: TestApp;
  let hr: Session;
  let campaignId: string;
  let sessionId: string;
  /** One of the two on the theory panel. */
  let marker: { username: string; name: string };
  const ok = async (session: Session, method: 'get' | 'post' | 'put', path: string, body?: object) => {
    const res = await t.http()[method](`/api/v1${path}`).set(session.auth).send(body);
    if (res.status >= 300) throw new Error(`${method.toUpperCase()} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const plusDays = (days: number) => new Date(Date.parse(`${t.clock.today()}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

  beforeAll(async () => {
    ({ t, hrSession: hr } = world);
    const s = new Scenario(t);
    const officer = await login(t, 'lvliang.officer', PASSWORD);
    const me = await ok(hr, 'get', '/me');
    await ok(officer, 'post', '/users', { username: 'marking.reviewer', password: PASSWORD, displayName: '审题人', organizationId: me.organization.id, roles: ['hr_admin'] });
    const reviewer = await login(t, 'marking.reviewer', PASSWORD);
    const bank = await ok(hr, 'post', '/question-banks', { occupationCode: WELDER, rank: 'L4', name: '焊工四级阅卷题库' });
    await t.http().post(`/api/v1/question-banks/${bank.id}/items/import`).set(hr.auth).set('content-type', XLSX).send(await bankSheet()).expect(200);
    for (const item of (await ok(hr, 'get', `/question-banks/${bank.id}/items?pageSize=50`)).items) {
      await ok(reviewer, 'post', `/question-banks/${bank.id}/items/${item.id}/status`, { status: 'reviewed' });
      await ok(hr, 'post', `/question-banks/${bank.id}/items/${item.id}/status`, { status: 'active' });
    }
    const blueprint = await ok(hr, 'post', `/question-banks/${bank.id}/blueprints`, {
      name: '含简答', mode: 'per_candidate', durationMinutes: 30, passMark: 60, multipleChoiceRule: 'all_or_nothing',
      rules: [
        { knowledgePoint: 'K1 安全', kind: 'single_choice', difficulty: null, count: 6, pointsEach: 10 },
        { knowledgePoint: 'K4 工艺', kind: 'short_answer', difficulty: null, count: 2, pointsEach: 20 },
      ],
    });
    // Two evaluators with logins, who mark.
    const profiles: string[] = [];
    for (const [i, name] of ['许建国', '韩丽'].entries()) {
      const user = await ok(hr, 'post', '/users', { username: `marking.evaluator${i + 1}`, password: PASSWORD, displayName: `考评员 ${name}`, roles: ['evaluator'] });
      const person = await s.worker(hr, { fullName: name });
      profiles.push(
        (
          await ok(hr, 'post', '/evaluators', {
            userId: user.id, personId: person.id, occupations: [WELDER], highestRank: 'L1',
            qualificationCertificateNumber: `KPY-WEB-MARK-0${i + 1}`, validFrom: '2024-01-01', validUntil: '2029-12-31',
          })
        ).id,
      );
    }
    const standards = await ok(hr, 'get', `/standards?occupationCode=${WELDER}&source=national`);
    campaignId = (
      await ok(hr, 'post', '/campaigns', {
        name: `${t.clock.today().slice(0, 4)}年焊工四级认定（阅卷）`, occupationCode: WELDER, standardVersionId: standards.items[0].inForce.id, levels: [{ rank: 'L4', capacity: 10 }],
        registrationOpensOn: t.clock.today(), registrationClosesOn: plusDays(3), assessmentStartsOn: plusDays(5), assessmentEndsOn: plusDays(6),
      })
    ).id;
    await ok(hr, 'post', `/campaigns/${campaignId}/file`, {});
    await ok(officer, 'post', `/campaigns/${campaignId}/acknowledge`, {});
    await ok(hr, 'post', `/campaigns/${campaignId}/open-registration`, {});
    const w = await s.worker(hr, { fullName: '梁志刚' });
    const application = await ok(hr, 'post', `/campaigns/${campaignId}/applications`, { rank: 'L4', personId: w.id });
    await ok(hr, 'post', `/applications/${application.id}/approve`, {});
    await ok(hr, 'post', `/workers/${w.id}/account`, { username: 'marking.candidate', password: PASSWORD });
    await ok(hr, 'post', `/campaigns/${campaignId}/close-registration`, {});
    sessionId = (
      await ok(hr, 'post', `/campaigns/${campaignId}/exam-sessions`, {
        component: 'theory', place: '集团培训中心', room: '机房3', seatCount: 2,
        startsAt: `${plusDays(5)}T09:00:00+08:00`, endsAt: `${plusDays(5)}T09:30:00+08:00`, invigilatorIds: [profiles[0]],
      })
    ).id;
    await ok(hr, 'post', `/campaigns/${campaignId}/seating`, { component: 'theory' });
    await ok(hr, 'put', `/campaigns/${campaignId}/exam-sessions/${sessionId}/online-exam`, { blueprintId: blueprint.id });
    await ok(hr, 'post', `/campaigns/${campaignId}/start-assessment`, {});
    const draw = await ok(hr, 'post', `/campaigns/${campaignId}/draws`, { rank: 'L4', component: 'theory' });
    // The pool may hold other evaluators: HR puts the two with logins on the panel by hand.
    const panel: string[] = draw.panels[0].evaluators.map((e: { profileId: string }) => e.profileId);
    const others = panel.filter((p) => !profiles.includes(p));
    for (const [i, add] of profiles.filter((p) => !panel.includes(p)).entries()) {
      await ok(hr, 'post', `/campaigns/${campaignId}/draws/${draw.id}/replace-evaluator`, { panelNumber: 1, removeProfileId: others[i], addProfileId: add, reason: '由有阅卷经验的考评员阅卷' });
    }
    marker = { username: 'marking.evaluator1', name: '考评员 许建国' };
    t.clock.travelTo(new Date(`${plusDays(5)}T09:00:05+08:00`));
    const candidate = await login(t, 'marking.candidate', PASSWORD);
    const attempt = await ok(candidate, 'post', `/me/exams/${sessionId}/start`, {});
    for (const item of attempt.items as { number: number; kind: string }[]) {
      await ok(candidate, 'put', `/me/exam-attempts/${attempt.id}/answers/${item.number}`, item.kind === 'single_choice' ? { choice: 'B' } : { text: '焊件受热不均匀，焊缝冷却收缩。' });
    }
    expect(await ok(candidate, 'post', `/me/exam-attempts/${attempt.id}/submit`, {})).toMatchObject({ status: 'awaiting_marking', objectiveScore: 60 });
  });

  it('HR opens marking on the exam room page and sees the progress', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', `/hr/campaigns/${campaignId}/exam-rooms/${sessionId}`);
    const card = page.locator('.ant-card').filter({ hasText: '简答题阅卷' });
    await card.getByRole('button', { name: '开始阅卷' }).click();
    await expectText(page.locator('.ant-message'), '已开始阅卷 1 份');
    await expectText(card, marker.name);
    await shot(page, '120-short-answer-marking-opened');
  });

  it('an evaluator marks a short answer blind from their list', async () => {
    const page = await open(DESKTOP);
    await signIn(page, marker.username, '/evaluator/short-answer-marks');
    await expectText(page.getByRole('table'), 'SA-');
    expect(await page.getByRole('button', { name: '阅卷' }).count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '阅卷' }).first().click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, '评分要点：受热不均匀');
    await expectText(dialog, '焊件受热不均匀，焊缝冷却收缩。');
    expect(await dialog.textContent()).not.toContain('梁志刚');
    await dialog.getByLabel(/给分/).fill('12.5');
    await shot(page, '121-short-answer-mark-form');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '提交给分' }).click();
    await expectText(page.locator('.ant-message'), '已提交');
    // The marked answer leaves the list: one left.
    await page.getByRole('button', { name: '阅卷' }).nth(1).waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: '阅卷' }).count()).toBe(1);
  });

  it('the evaluator corrects the mark they gave from 已评, with a reason (改分)', async () => {
    const page = await open(DESKTOP);
    await signIn(page, marker.username, '/evaluator/short-answer-marks');
    await page.getByText('已评', { exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: 'SA-' });
    await expectText(row, '12.5');
    await row.getByRole('button', { name: '改分' }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, '原给分 12.5 分');
    await dialog.getByLabel(/给分/).fill('13');
    await dialog.getByRole('button', { name: '提交改分' }).click();
    await expectText(dialog, '请填写改分理由');
    await dialog.getByLabel('改分理由').fill('漏看第二个要点');
    await shot(page, '122-short-answer-mark-correct');
    await dialog.getByRole('button', { name: '提交改分' }).click();
    await expectText(page.locator('.ant-message'), '已改分');
    await expectText(row, '13');
  });
});
