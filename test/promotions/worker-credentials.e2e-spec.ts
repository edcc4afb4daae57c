import { generateCreditCode } from '@skill-ladder/platform';
import { seedDemoJourneys, type DemoJourneyResult } from '../../scripts/demo/demo-journeys';
import { login, loginAdmin, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

/** 我的证书 and the chair's moderation queue: the reads the web app's worker and evaluator screens use. */
describe('a worker’s credentials and the moderation queue across campaigns', () => {
  let t: TestApp;
  let s: Scenario;
  let demo: DemoJourneyResult;
  let hr: Session;
  let otherHr: Session;
  let worker: Session;
  let applicant: Session;
  let wangId: string;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://skills.lvliang.example' });
    s = new Scenario(t);
    const admin = await loginAdmin(t);
    const bureau = await s.post(admin, '/api/v1/organizations', { kind: 'bureau', name: '吕梁市人力资源和社会保障局', regionCode: '141100' });
    await s.post(admin, '/api/v1/users', { username: 'lvliang.officer', password: PASSWORD, displayName: '经办人', organizationId: bureau.id, roles: ['bureau_officer'] });
    const officer = await login(t, 'lvliang.officer', PASSWORD);
    const coking = await s.post(officer, '/api/v1/organizations', { kind: 'enterprise', name: '孝义焦化', regionCode: '141181', creditCode: generateCreditCode({ regionCode: '141181', sequence: 77 }) });
    await s.post(officer, '/api/v1/users', { username: 'coking.hr', password: PASSWORD, displayName: 'HR', organizationId: coking.id, roles: ['hr_admin'] });
    demo = await seedDemoJourneys(t.app, { hr: { username: 'coking.hr', password: PASSWORD }, officer: { username: 'lvliang.officer', password: PASSWORD }, password: PASSWORD, prefix: 'demo', openCampaign: true });
    hr = await login(t, 'coking.hr', PASSWORD);
    otherHr = (await s.organization(officer, 'enterprise', '141102', '吕梁重机')).hr;
    worker = await login(t, demo.worker.username, PASSWORD);
    applicant = await login(t, demo.applicant.username, PASSWORD);
    wangId = (await t.http().get('/api/v1/me').set(worker.auth).expect(200)).body.personId;
  }, 120_000);
  afterAll(() => t.close());

  const credentials = (session: Session, personId: string) => t.http().get(`/api/v1/workers/${personId}/credentials`).set(session.auth);

  it('the worker reads each credential with its level name and digit, occupation, status, and the certificate to open', async () => {
    const res = await credentials(worker, wangId).expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        occupationCode: '6-18-02-04',
        occupationName: '焊工',
        rank: 'L4',
        rankLabel: '四级/中级工',
        levelDigit: 4,
        certificateNumber: demo.worker.certificateNumber,
        source: 'issued',
        sourceLabel: '本平台评价发证',
        status: 'valid',
        statusLabel: '有效',
        certificateId: expect.any(String),
        verificationUrl: `https://skills.lvliang.example/verify?number=${demo.worker.certificateNumber}&name=%E7%8E%8B%E5%BB%BA%E5%9B%BD`,
      }),
    ]);
    await t.http().get(`/api/v1/certificates/${res.body[0].certificateId}/pdf`).set(worker.auth).expect(200);
  });

  it('newest first; a credential obtained elsewhere has no certificate to open here', async () => {
    await s.post(hr, `/api/v1/workers/${wangId}/credentials`, { occupationCode: '6-18-02-04', rank: 'L5', issuedOn: '2020-06-30', issuerName: '山西省职业技能鉴定指导中心', certificateNumber: 'S000014000000201500001' });
    const list = (await credentials(worker, wangId).expect(200)).body;
    expect(list.map((c: { rank: string }) => c.rank)).toEqual(['L4', 'L5']);
    expect(list[1]).toMatchObject({ source: 'external', sourceLabel: '外部取得', certificateId: null, verificationUrl: null, levelDigit: 5 });
  });

  it('another worker and another enterprise’s HR get 404; the enterprise’s HR reads them', async () => {
    await credentials(applicant, wangId).expect(404);
    await credentials(otherHr, wangId).expect(404);
    const seen = await credentials(hr, wangId).expect(200);
    expect(seen.body[0].certificateId).toEqual(expect.any(String));
  });

  it('an applicant reads the result of an application with its component scores only once published', async () => {
    const own = (await t.http().get(`/api/v1/applications?personId=${wangId}`).set(worker.auth).expect(200)).body.items[0];
    const result = await t.http().get(`/api/v1/applications/${own.id}/result`).set(worker.auth).expect(200);
    expect(result.body).toMatchObject({
      stage: 'finalized',
      noticeId: expect.any(String),
      result: {
        status: 'passed',
        certificateNumber: demo.worker.certificateNumber,
        components: [expect.objectContaining({ component: 'theory', score: 88, passed: true }), expect.objectContaining({ component: 'practical', passed: true })],
      },
    });
    await t.http().get(`/api/v1/applications/${own.id}/result`).set(applicant.auth).expect(404);
    await t.http().get(`/api/v1/applications/${own.id}/result`).set(otherHr.auth).expect(404);

    // A campaign still in scoring shows nothing of the scores so far (no preview for candidates).
    const scoring = (await t.http().get('/api/v1/applications?status=approved&pageSize=50').set(hr.auth).expect(200)).body.items.find(
      (a: { campaignName: string }) => a.campaignName === demo.scoringCampaignName,
    );
    expect((await t.http().get(`/api/v1/applications/${scoring.id}/result`).set(hr.auth).expect(200)).body).toEqual({
      applicationId: scoring.id,
      stage: 'not_published',
      noticeId: null,
      publishedOn: null,
      finalizedOn: null,
      result: null,
    });
  });

  it('the moderation queue lists only the components of campaigns the evaluator chairs', async () => {
    const scoring = (await t.http().get('/api/v1/score-sheets').set((await login(t, demo.evaluators[0], PASSWORD)).auth).expect(200)).body.filter(
      (sheet: { campaignName: string }) => sheet.campaignName === demo.scoringCampaignName,
    );
    const campaignId = scoring[0].campaignId;
    const candidate = scoring[0].applicationId;
    // The three evaluators disagree by 30 points on one candidate: moderation (复核).
    for (const [i, username] of demo.evaluators.entries()) {
      const session = await login(t, username, PASSWORD);
      const sheet = (await t.http().get(`/api/v1/score-sheets?campaignId=${campaignId}`).set(session.auth).expect(200)).body.find((x: { applicationId: string }) => x.applicationId === candidate);
      await t.http().post(`/api/v1/score-sheets/${sheet.id}/submit`).set(session.auth).send({ score: [60, 75, 90][i] }).expect(200);
    }
    const chair = await login(t, demo.evaluators[2], PASSWORD);
    const other = await login(t, demo.evaluators[1], PASSWORD);
    expect((await t.http().get('/api/v1/component-scores?status=moderation').set(chair.auth).expect(200)).body).toEqual([]);

    const pool = (await t.http().get('/api/v1/evaluators').set(hr.auth).expect(200)).body;
    const chairProfile = (pool.items ?? pool).find((e: { displayName: string }) => e.displayName === '考评员 赵国强');
    await t.http().put(`/api/v1/campaigns/${campaignId}/scoring-settings`).set(hr.auth).send({ chairProfileId: chairProfile.id }).expect(200);

    const queue = (await t.http().get('/api/v1/component-scores?status=moderation').set(chair.auth).expect(200)).body;
    expect(queue).toEqual([expect.objectContaining({ campaignId, campaignName: demo.scoringCampaignName, applicationId: candidate, status: 'moderation', spread: 30 })]);
    expect((await t.http().get('/api/v1/component-scores?status=moderation').set(other.auth).expect(200)).body).toEqual([]);
    expect((await t.http().get('/api/v1/component-scores?status=moderation').set(otherHr.auth).expect(200)).body).toEqual([]);
    expect((await t.http().get('/api/v1/component-scores?status=moderation').set(hr.auth).expect(200)).body).toHaveLength(1);
    await t.http().get('/api/v1/component-scores').set(worker.auth).expect(403);
  });
});
