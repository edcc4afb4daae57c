import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import type { TestApp } from '../harness/test-app';
import { DESKTOP, expectText, horizontalOverflow, TABLET, useJourneys, XLSX } from './journey-kit';

const WELDER = '6-18-02-04';
const DAY = 86_400_000;

/** 6 single choice, 4 true/false, 2 fill-in of 焊工四级. */
async function bankSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('试题');
  sheet.addRow(['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案']);
  for (let i = 0; i < 6; i++) sheet.addRow(['单选', 'K1 安全', 2, `机考单选第${i}题：焊接作业的安全电压是（ ）`, '12V', '36V', '110V', '220V', 'B']);
  for (let i = 0; i < 4; i++) sheet.addRow(['判断', 'K2 劳保', 2, `机考判断第${i}题：焊工须佩戴护目镜`, '', '', '', '', '对']);
  for (let i = 0; i < 2; i++) sheet.addRow(['填空', 'K3 材料', 3, `机考填空第${i}题：焊条由焊芯和（ ）组成`, '', '', '', '', '药皮']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * 机考 in Chromium on a 768 px tablet (screenshots 110–114): a candidate starts a short 千人千卷
 * exam, answers with autosave, reloads and finds the answer kept with the server's countdown; the
 * invigilator checks each candidate's identity against the photo (核验, or 不符 with a note; no
 * photo says to check the ID card), also at desktop width; the
 * invigilator sees the candidate in the room and gives extra time with a reason; HR moves the
 * session's end later; the candidate
 * hands in and sees the score; after the session, HR marks the candidate who never started absent.
 */
describe('online theory exam in Chromium (机考)', () => {
  const { world, open, shot, signIn } = useJourneys();
  let t: TestApp;
  let hr: Session;
  let campaignId: string;
  let sessionId: string;
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
    await ok(officer, 'post', '/users', { username: 'online.reviewer', password: PASSWORD, displayName: '审题人', organizationId: me.organization.id, roles: ['hr_admin'] });
    const reviewer = await login(t, 'online.reviewer', PASSWORD);
    const bank = await ok(hr, 'post', '/question-banks', { occupationCode: WELDER, rank: 'L4', name: '焊工四级机考题库' });
    await t.http().post(`/api/v1/question-banks/${bank.id}/items/import`).set(hr.auth).set('content-type', XLSX).send(await bankSheet()).expect(200);
    const items = (await ok(hr, 'get', `/question-banks/${bank.id}/items?pageSize=50`)).items;
    for (const item of items) {
      await ok(reviewer, 'post', `/question-banks/${bank.id}/items/${item.id}/status`, { status: 'reviewed' });
      await ok(hr, 'post', `/question-banks/${bank.id}/items/${item.id}/status`, { status: 'active' });
    }
    const blueprint = await ok(hr, 'post', `/question-banks/${bank.id}/blueprints`, {
      name: '机考千人千卷', mode: 'per_candidate', durationMinutes: 30, passMark: 60, multipleChoiceRule: 'all_or_nothing',
      rules: [
        { knowledgePoint: 'K1 安全', kind: 'single_choice', difficulty: null, count: 4, pointsEach: 10 },
        { knowledgePoint: 'K2 劳保', kind: 'true_false', difficulty: null, count: 3, pointsEach: 10 },
        { knowledgePoint: 'K3 材料', kind: 'fill_in', difficulty: null, count: 2, pointsEach: 15 },
      ],
    });

    // The invigilator: an evaluator of the enterprise with a login.
    const user = await ok(hr, 'post', '/users', { username: 'online.invigilator', password: PASSWORD, displayName: '监考 周敏', roles: ['evaluator'] });
    const person = await s.worker(hr, { fullName: '周敏' });
    const profile = await ok(hr, 'post', '/evaluators', {
      userId: user.id, personId: person.id, occupations: [WELDER], highestRank: 'L1',
      qualificationCertificateNumber: 'KPY-WEB-ONLINE-01', validFrom: '2024-01-01', validUntil: '2029-12-31',
    });

    const standards = await ok(hr, 'get', `/standards?occupationCode=${WELDER}&source=national`);
    const campaign = await ok(hr, 'post', '/campaigns', {
      name: `${t.clock.today().slice(0, 4)}年焊工四级认定（机考）`, occupationCode: WELDER, standardVersionId: standards.items[0].inForce.id, levels: [{ rank: 'L4', capacity: 10 }],
      registrationOpensOn: t.clock.today(), registrationClosesOn: plusDays(3), assessmentStartsOn: plusDays(5), assessmentEndsOn: plusDays(6),
    });
    campaignId = campaign.id;
    await ok(hr, 'post', `/campaigns/${campaignId}/file`, {});
    await ok(officer, 'post', `/campaigns/${campaignId}/acknowledge`, {});
    await ok(hr, 'post', `/campaigns/${campaignId}/open-registration`, {});
    const w = await s.worker(hr, { fullName: '秦晓东' });
    const application = await ok(hr, 'post', `/campaigns/${campaignId}/applications`, { rank: 'L4', personId: w.id });
    await ok(hr, 'post', `/applications/${application.id}/approve`, {});
    await ok(hr, 'post', `/workers/${w.id}/account`, { username: 'online.candidate', password: PASSWORD });
    const photo = await sharp({ create: { width: 450, height: 600, channels: 3, background: '#3b6fb6' } }).jpeg().toBuffer();
    await t.http().put(`/api/v1/workers/${w.id}/photo`).set(hr.auth).set('content-type', 'image/jpeg').send(photo).expect(200);
    // Seated but never starts: HR marks them absent (缺考) after the session.
    const absentee = await s.worker(hr, { fullName: '韩立新' });
    await ok(hr, 'post', `/applications/${(await ok(hr, 'post', `/campaigns/${campaignId}/applications`, { rank: 'L4', personId: absentee.id })).id}/approve`, {});
    await ok(hr, 'post', `/campaigns/${campaignId}/close-registration`, {});
    sessionId = (
      await ok(hr, 'post', `/campaigns/${campaignId}/exam-sessions`, {
        component: 'theory', place: '集团培训中心', room: '机房2', seatCount: 2,
        startsAt: `${plusDays(5)}T09:00:00+08:00`, endsAt: `${plusDays(5)}T09:30:00+08:00`, invigilatorIds: [profile.id],
      })
    ).id;
    await ok(hr, 'post', `/campaigns/${campaignId}/seating`, { component: 'theory' });
    await ok(hr, 'put', `/campaigns/${campaignId}/exam-sessions/${sessionId}/online-exam`, { blueprintId: blueprint.id });
    await ok(hr, 'post', `/campaigns/${campaignId}/start-assessment`, {});
    t.clock.travelTo(new Date(`${plusDays(5)}T09:00:05+08:00`));
  });

  it('the candidate on a 768 px tablet starts, answers with autosave, and a reload keeps the answer and the server’s countdown', async () => {
    const page = await open(TABLET);
    await signIn(page, 'online.candidate', '/worker/exams');
    await expectText(page.getByTestId('my-exam'), '机房2');
    await page.getByRole('button', { name: '开始考试' }).click();
    await expectText(page.getByTestId('time-left'), '剩余 29:');
    const first = page.getByTestId('item-1');
    await first.getByText('B. 36V').click();
    await expectText(page.getByTestId('save-state'), '全部已保存');
    await expectText(first, '已保存');
    expect(await horizontalOverflow(page)).toBe(0);
    await shot(page, '110-online-exam-tablet');

    await page.reload();
    await expectText(page.getByTestId('save-state'), '已答 1/9');
    expect(await page.getByTestId('item-1').getByRole('radio', { name: 'B. 36V' }).isChecked()).toBe(true);
    await expectText(page.getByTestId('time-left'), '剩余 29:');
  });

  it('the invigilator checks identity against the photos on a tablet: 核验 one, 不符 with a note for the one without a photo', async () => {
    const page = await open(TABLET);
    await signIn(page, 'online.invigilator', `/evaluator/exam-rooms/${campaignId}/${sessionId}`);
    const checked = page.getByRole('row').filter({ hasText: '秦晓东' });
    const photo = checked.getByTestId('candidate-photo');
    await photo.waitFor();
    // The 360×480 photo in a 60×80 (3:4) box.
    type Img = { naturalWidth: number; naturalHeight: number; getBoundingClientRect(): { width: number; height: number } };
    const size = await photo.evaluate((el) => {
      const img = el as unknown as Img;
      return [img.naturalWidth, img.naturalHeight, img.getBoundingClientRect().width, img.getBoundingClientRect().height];
    });
    expect(size).toEqual([360, 480, 60, 80]);
    const other = page.getByRole('row').filter({ hasText: '韩立新' });
    await expectText(other.getByTestId('candidate-no-photo'), '无照片请核对身份证');
    await expectText(checked.getByTestId('identity'), '未核验');
    await checked.getByRole('button', { name: '核验' }).click();
    await expectText(checked.getByTestId('identity'), '已核验');
    await expectText(checked.getByTestId('identity'), '监考 周敏');

    await other.getByRole('button', { name: '不符' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '记录不符' }).click();
    await expectText(dialog, '请填写不符情况');
    await dialog.getByLabel('不符情况').fill('本人与身份证照片不符，已报考务');
    await dialog.getByRole('button', { name: '记录不符' }).click();
    await expectText(page.locator('.ant-message'), '已记录人证不符');
    await expectText(other.getByTestId('identity'), '人证不符');
    await expectText(page.getByTestId('identity-mismatches'), '人证不符 1 人');
    await expectText(page.getByTestId('identity-mismatches'), '韩立新：本人与身份证照片不符，已报考务');
    await shot(page, '113-exam-room-identity-tablet');
    const audited = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'exam_seat.identity_checked'`);
    expect(audited[0].n).toBe(2);

    const wide = await open(DESKTOP);
    await signIn(wide, 'coking.hr', `/hr/campaigns/${campaignId}/exam-rooms/${sessionId}`);
    await expectText(wide.getByRole('row').filter({ hasText: '秦晓东' }).getByTestId('identity'), '已核验');
    await wide.getByRole('row').filter({ hasText: '秦晓东' }).getByTestId('candidate-photo').waitFor();
    expect(await horizontalOverflow(wide)).toBe(0);
    await shot(wide, '114-exam-room-identity-desktop');
  });

  it('the invigilator sees the candidate in the room and gives extra time with a reason', async () => {
    const page = await open(TABLET);
    await signIn(page, 'online.invigilator', '/evaluator/exam-rooms');
    await page.getByRole('link', { name: '进入考场监控' }).click();
    await page.waitForURL(`**/evaluator/exam-rooms/${campaignId}/${sessionId}`);
    const row = page.getByRole('row').filter({ hasText: '秦晓东' });
    await expectText(row, '1/9');
    await row.getByRole('button', { name: '延时' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('延时理由').fill('考生电脑故障，更换机位');
    await dialog.getByRole('button', { name: '延时' }).click();
    await expectText(page.locator('.ant-message'), '已延时');
    await expectText(row, '10分钟');
    await shot(page, '111-exam-room-extra-time');
  });

  it('HR moves the end of the started session later: the start is locked on the form', async () => {
    const page = await open(TABLET);
    await signIn(page, 'coking.hr', `/hr/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '考场编排' }).click();
    await page.getByRole('row').filter({ hasText: '机房2' }).getByRole('button', { name: '修改' }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog.getByTestId('session-started'), '已有 1 名考生开始机考');
    expect(await dialog.getByLabel('开始（北京时间）').isDisabled()).toBe(true);
    const end = dialog.getByLabel('结束');
    await end.click();
    await end.fill('09:45');
    await end.press('Enter');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectText(page.locator('.ant-message'), '已修改考场');
    await expectText(page.getByRole('row').filter({ hasText: '机房2' }), '09:00–09:45');
  });

  it('the candidate hands in and sees the score', async () => {
    const page = await open(TABLET);
    await signIn(page, 'online.candidate', '/worker/exams');
    await page.getByRole('button', { name: '继续答题' }).click();
    await expectText(page.getByTestId('time-left'), '剩余 39:');
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('button', { name: '确认交卷' }).click();
    await expectText(page.getByTestId('exam-result'), '已交卷，成绩 10 分');
    await shot(page, '112-online-exam-submitted');
  });

  it('after the session, HR marks the seated candidate who never started absent from the room page', async () => {
    t.clock.travelTo(new Date(`${plusDays(6)}T18:00:00+08:00`));
    await ok(hr, 'post', `/campaigns/${campaignId}/draws`, { rank: 'L4', component: 'practical' });
    await ok(hr, 'post', `/campaigns/${campaignId}/start-scoring`, {});
    const page = await open(TABLET);
    await signIn(page, 'coking.hr', `/hr/campaigns/${campaignId}/exam-rooms/${sessionId}`);
    await expectText(page.getByRole('row').filter({ hasText: '韩立新' }), '未开考');
    await page.getByRole('button', { name: '标记缺考' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('缺考原因').fill('考试当日未到场');
    await dialog.getByRole('button', { name: '标记缺考' }).click();
    await expectText(page.getByTestId('absent-result'), '本次标记缺考 1 人');
    const theory = await ok(hr, 'get', `/campaigns/${campaignId}/component-scores?component=theory`);
    expect(theory.find((c: { candidateName: string }) => c.candidateName === '韩立新')).toMatchObject({ status: 'absent', stateReason: '考试当日未到场' });
  });
});
