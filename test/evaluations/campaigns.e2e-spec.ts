import { SchedulerRegistry } from '@nestjs/schedule';
import ExcelJS from 'exceljs';
import { CampaignDrawsService, CampaignSchedulerService } from '@skill-ladder/evaluations';
import { generateResidentId } from '@skill-ladder/platform';
import { Session } from '../harness/auth';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CAMPAIGNS = '/api/v1/campaigns';
const APPLICATIONS = '/api/v1/applications';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

interface Panel {
  number: number;
  evaluators: { profileId: string; displayName: string; workload: number }[];
  candidates: { applicationId: string; personId: string; ticketNumber: string }[];
}

/**
 * Issue 4 end to end: a bureau files 吕梁焦化 as an evaluation body for 焊工 L4–L2; HR runs a
 * campaign on the national 焊工 standard through filing, the bureau's acknowledgement and the
 * scheduler; workers (a dispatched one too) apply, HR imports a spreadsheet, seats hold under
 * concurrency, and evaluators are drawn per level and component with recusal.
 */
describe('campaigns, applications and campaign draws (认定计划、报名与抽取考评员)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let agency: { org: OrgRef; hr: Session };
  let versionId: string;
  let campaign: string;
  let capacityCampaign: string;
  let regular: { id: string; session: Session };
  let dispatched: { id: string; session: Session };
  let regularApplication: string;
  let dispatchedApplication: string;

  const scheduler = () => t.app.get(CampaignSchedulerService).runScheduledTransitions();
  const act = (session: Session, id: string, action: string, body: object = {}) => t.http().post(`${CAMPAIGNS}/${id}/${action}`).set(session.auth).send(body);
  const getCampaign = async (id: string, session: Session = coking.hr) => (await t.http().get(`${CAMPAIGNS}/${id}`).set(session.auth).expect(200)).body;
  const apply = (session: Session, id: string, body: object) => t.http().post(`${CAMPAIGNS}/${id}/applications`).set(session.auth).send(body);
  const seats = async (id: string, rank = 'L4') => (await getCampaign(id)).levels.find((l: { rank: string }) => l.rank === rank).seatsTaken;
  const campaignBody = (over: Record<string, unknown> = {}) => ({
    name: '2026年第四季度焊工职业技能等级认定',
    occupationCode: WELDER,
    standardVersionId: versionId,
    levels: [{ rank: 'L4', capacity: 30 }, { rank: 'L3', capacity: 10 }],
    registrationOpensOn: '2026-10-08',
    registrationClosesOn: '2026-10-20',
    assessmentStartsOn: '2026-11-03',
    assessmentEndsOn: '2026-11-05',
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp({ CLOCK_NOW: '2026-09-30T09:00:00+08:00' });
    // The job runs every minute on its own; stopped here so the test decides when it runs (the same method).
    t.app.get(SchedulerRegistry).getCronJob('campaign-registration-window').stop();
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    agency = await s.organization(lvliang.officer, 'dispatch_agency', '141102', '吕梁人力劳务派遣有限公司');
    const standards = await t.http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(coking.hr.auth).expect(200);
    versionId = standards.body.items[0].inForce.id;

    const regularWorker = await s.worker(coking.hr, { fullName: '王正式' });
    const dispatchedWorker = await s.worker(coking.hr, { fullName: '李派遣' }, { employmentType: 'dispatched', employerOrganizationId: agency.org.id });
    regular = { id: regularWorker.id, session: await s.workerLogin(coking.hr, regularWorker.id) };
    dispatched = { id: dispatchedWorker.id, session: await s.workerLogin(coking.hr, dispatchedWorker.id) };
  });
  afterAll(() => t.close());

  it('a bureau files the enterprise as an evaluation body for 焊工 (6-18-02-04) L4–L2', async () => {
    const filing = await s.post(coking.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L4', 'L3', 'L2'] }] });
    const approved = await t.http().post(`/api/v1/evaluation-bodies/${filing.id}/approve`).set(lvliang.officer.auth)
      .send({ institutionCode: '0000', stationSerial: '000123' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', scope: [{ occupationCode: WELDER, ranks: ['L4', 'L3', 'L2'] }] });
  });

  describe('campaigns', () => {
    it('HR creates a campaign on the national 焊工 standard; the version is pinned', async () => {
      const res = await t.http().post(CAMPAIGNS).set(coking.hr.auth).send(campaignBody()).expect(201);
      campaign = res.body.id;
      expect(res.body).toMatchObject({
        organizationId: coking.org.id,
        occupationCode: WELDER,
        occupationName: '焊工',
        status: 'draft',
        statusLabel: '草稿 / Draft',
        standard: { versionId, version: 1, source: 'national' },
        allowedEmploymentTypes: ['regular', 'dispatched', 'outsourced', 'intern', 'apprentice'],
        bureauId: null,
        allowedActions: ['file', 'cancel'],
        levels: [
          { rank: 'L4', rankLabel: '四级/中级工 / Level 4', capacity: 30, seatsTaken: 0, seatsLeft: 30, components: [{ kind: 'theory' }, { kind: 'practical' }] },
          { rank: 'L3', capacity: 10, seatsTaken: 0 },
        ],
      });
      expect(res.body.levels[0].components[1]).toMatchObject({ label: '技能考核 / Practical skills exam', minEvaluators: 3, oddEvaluators: true, candidatesPerEvaluator: 5 });
      const standard = await t.http().get(`/api/v1/standards/${res.body.standard.standardId}/versions/1`).set(coking.hr.auth).expect(200);
      expect(standard.body.pinnedCount).toBeGreaterThanOrEqual(1);

      const capacity = await t.http().post(CAMPAIGNS).set(coking.hr.auth)
        .send(campaignBody({ name: '焊工四级认定（扩招）', levels: [{ rank: 'L4', capacity: 50 }], allowedEmploymentTypes: ['regular'] })).expect(201);
      capacityCampaign = capacity.body.id;
    });

    it('refuses levels outside the filed scope, a body without a filing, disordered dates and a foreign standard', async () => {
      const outside = await t.http().post(CAMPAIGNS).set(coking.hr.auth).send(campaignBody({ levels: [{ rank: 'L1', capacity: 5 }] })).expect(422);
      expect(outside.body).toMatchObject({ code: 'OUTSIDE_FILED_SCOPE', errors: [expect.objectContaining({ field: 'ranks' })] });
      expect((await t.http().post(CAMPAIGNS).set(machinery.hr.auth).send(campaignBody()).expect(422)).body.code).toBe('OUTSIDE_FILED_SCOPE');
      const dates = await t.http().post(CAMPAIGNS).set(coking.hr.auth)
        .send(campaignBody({ registrationOpensOn: '2026-09-01', registrationClosesOn: '2026-11-10' })).expect(422);
      expect(dates.body.code).toBe('INVALID_CAMPAIGN_DATES');
      expect(dates.body.errors.map((e: { field: string }) => e.field)).toEqual(['registrationOpensOn', 'assessmentStartsOn']);
      const twice = await t.http().post(CAMPAIGNS).set(coking.hr.auth).send(campaignBody({ levels: [{ rank: 'L4', capacity: 1 }, { rank: 'L4', capacity: 2 }] })).expect(422);
      expect(twice.body).toMatchObject({ code: 'DUPLICATE_LEVEL', errors: [{ field: 'levels[1].rank' }] });
      const otherOccupation = (await t.http().get('/api/v1/standards?occupationCode=6-18-01-01&source=national').set(coking.hr.auth).expect(200)).body.items[0];
      const mismatch = await t.http().post(CAMPAIGNS).set(coking.hr.auth).send(campaignBody({ standardVersionId: otherOccupation.inForce.id })).expect(422);
      expect(mismatch.body.code).toBe('STANDARD_OCCUPATION_MISMATCH');
      await t.http().post(CAMPAIGNS).set(coking.hr.auth).send(campaignBody({ standardVersionId: '00000000-0000-4000-8000-000000000000' })).expect(404);
      await t.http().post(CAMPAIGNS).set(lvliang.officer.auth).send(campaignBody()).expect(403);
      await t.http().post(CAMPAIGNS).set(agency.hr.auth).send(campaignBody()).expect(403);
    });

    it('HR files; the bureau returns it with a reason; HR corrects and refiles; the bureau acknowledges', async () => {
      const filed = await act(coking.hr, campaign, 'file').expect(200);
      expect(filed.body).toMatchObject({ status: 'filed', bureauId: lvliang.org.id, bureauName: '吕梁市人力资源和社会保障局', allowedActions: ['cancel'] });
      await act(lvliang.officer, campaign, 'return').expect(400);
      await act(taiyuan.officer, campaign, 'return', { reason: '越权' }).expect(404);
      const returned = await act(lvliang.officer, campaign, 'return', { reason: '请注明考核场地' }).expect(200);
      expect(returned.body).toMatchObject({ status: 'returned', statusReason: '请注明考核场地' });
      const patched = await t.http().patch(`${CAMPAIGNS}/${campaign}`).set(coking.hr.auth).send({ name: '2026年第四季度焊工职业技能等级认定（焦化实训基地）' }).expect(200);
      expect(patched.body.name).toContain('焦化实训基地');
      await act(coking.hr, campaign, 'file').expect(200);
      const acknowledged = await act(lvliang.officer, campaign, 'acknowledge', { note: '同意' }).expect(200);
      expect(acknowledged.body).toMatchObject({ status: 'acknowledged', statusReason: null });
      await t.http().patch(`${CAMPAIGNS}/${campaign}`).set(coking.hr.auth).send({ name: '再改' }).expect(409);

      await act(coking.hr, capacityCampaign, 'file').expect(200);
      await act(lvliang.officer, capacityCampaign, 'acknowledge').expect(200);

      const audit = await t.http().get(`/api/v1/audit-events?entityId=${campaign}&action=campaign.return`).set(coking.hr.auth).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ reason: '请注明考核场地', before: expect.objectContaining({ status: 'filed' }), after: expect.objectContaining({ status: 'returned' }) })]);
    });

    it('illegal transitions answer 409 INVALID_TRANSITION; roles outside their part are refused', async () => {
      const twice = await act(lvliang.officer, campaign, 'acknowledge').expect(409);
      expect(twice.body).toMatchObject({ status: 409, code: 'INVALID_TRANSITION' });
      expect((await act(coking.hr, campaign, 'start-assessment').expect(409)).body.code).toBe('INVALID_TRANSITION');
      expect((await act(coking.hr, campaign, 'close-registration').expect(409)).body.code).toBe('INVALID_TRANSITION');
      expect((await act(coking.hr, campaign, 'file').expect(409)).body.code).toBe('INVALID_TRANSITION');
      await act(coking.hr, campaign, 'acknowledge').expect(403);
      await act(lvliang.officer, campaign, 'open-registration').expect(403);
    });

    it('lists are scoped: the bureau sees its region’s filed campaigns, others nothing; workers see nothing before registration opens', async () => {
      const region = await t.http().get(CAMPAIGNS).set(lvliang.officer.auth).expect(200);
      expect(region.body.items.map((c: { id: string }) => c.id).sort()).toEqual([campaign, capacityCampaign].sort());
      expect((await t.http().get(CAMPAIGNS).set(taiyuan.officer.auth).expect(200)).body.total).toBe(0);
      expect((await t.http().get(CAMPAIGNS).set(machinery.hr.auth).expect(200)).body.total).toBe(0);
      await t.http().get(`${CAMPAIGNS}/${campaign}`).set(machinery.hr.auth).expect(404);
      expect((await t.http().get(CAMPAIGNS).set(regular.session.auth).expect(200)).body.total).toBe(0);
    });

    it('registration opens on its date by the scheduler, without anyone acting', async () => {
      expect(await scheduler()).toMatchObject({ ran: true, opened: [], closed: [] });
      expect((await getCampaign(campaign)).status).toBe('acknowledged');
      t.clock.travelTo(new Date('2026-10-08T00:05:00+08:00'));
      const run = await scheduler();
      expect(run.opened.sort()).toEqual([campaign, capacityCampaign].sort());
      expect((await getCampaign(campaign)).status).toBe('registration_open');
      expect(await scheduler()).toMatchObject({ opened: [], closed: [] });
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${campaign}&action=campaign.open_registration`).set(coking.hr.auth).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ actorUsername: 'system', after: expect.objectContaining({ status: 'registration_open', by: 'scheduler' }) })]);
      const visible = await t.http().get(CAMPAIGNS).set(dispatched.session.auth).expect(200);
      expect(visible.body.items.map((c: { id: string }) => c.id).sort()).toEqual([campaign, capacityCampaign].sort());
    });
  });

  describe('applications', () => {
    it('a regular worker and a dispatched worker apply; each gets the eligibility report as of today', async () => {
      const mine = await apply(regular.session, campaign, { rank: 'L4' }).expect(201);
      regularApplication = mine.body.id;
      expect(mine.body).toMatchObject({
        personId: regular.id,
        fullName: '王正式',
        idNumberMasked: expect.stringMatching(/^\d{6}\*{8}\d{3}[\dX]$/),
        rank: 'L4',
        status: 'pending',
        statusLabel: '待审核 / Pending review',
        source: 'worker',
        employmentType: 'regular',
        employerOrganizationId: coking.org.id,
        eligible: true,
        eligibilityAsOf: '2026-10-08',
        routeCode: 'L4-years-in-occupation',
        ticketNumber: null,
      });
      expect(mine.body.eligibilityReport).toMatchObject({ rank: 'L4', asOf: '2026-10-08', eligible: true, succeededRoute: 'L4-years-in-occupation' });
      const theirs = await apply(dispatched.session, campaign, { rank: 'L4' }).expect(201);
      dispatchedApplication = theirs.body.id;
      expect(theirs.body).toMatchObject({
        organizationId: coking.org.id,
        employmentType: 'dispatched',
        employmentTypeLabel: '劳务派遣工 / Dispatched worker',
        employerOrganizationId: agency.org.id,
        employerOrganizationName: '吕梁人力劳务派遣有限公司',
        eligible: true,
      });
      expect((await apply(regular.session, campaign, { rank: 'L4' }).expect(409)).body.code).toBe('ALREADY_APPLIED');
      expect(await seats(campaign)).toBe(2);
    });

    it('a worker of another enterprise cannot apply (404); nor can HR register a worker who works elsewhere', async () => {
      const outsider = await s.worker(machinery.hr, { fullName: '赵外厂' });
      const outsiderSession = await s.workerLogin(machinery.hr, outsider.id);
      await apply(outsiderSession, campaign, { rank: 'L4' }).expect(404);
      await apply(coking.hr, campaign, { rank: 'L4', personId: outsider.id }).expect(404);
      await apply(machinery.hr, campaign, { rank: 'L4', personId: outsider.id }).expect(404);
      await apply(agency.hr, campaign, { rank: 'L4', personId: dispatched.id }).expect(404);
      expect((await apply(coking.hr, campaign, { rank: 'L4' }).expect(422)).body.code).toBe('PERSON_REQUIRED');
      expect((await apply(coking.hr, campaign, { rank: 'L2', personId: regular.id }).expect(422)).body.code).toBe('LEVEL_NOT_IN_CAMPAIGN');
      // The capacity campaign admits regular staff only.
      const wrongType = await apply(dispatched.session, capacityCampaign, { rank: 'L4' }).expect(422);
      expect(wrongType.body).toMatchObject({ code: 'EMPLOYMENT_TYPE_NOT_ALLOWED', errors: [expect.objectContaining({ message: expect.stringContaining('劳务派遣工') })] });
    });

    it('the agency (employer of record) sees the dispatched worker’s application, read only; others see nothing', async () => {
      const list = await t.http().get(APPLICATIONS).set(agency.hr.auth).expect(200);
      expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([dispatchedApplication]);
      await t.http().get(`${APPLICATIONS}/${dispatchedApplication}`).set(agency.hr.auth).expect(200);
      await t.http().get(`${APPLICATIONS}/${regularApplication}`).set(agency.hr.auth).expect(404);
      expect((await t.http().post(`${APPLICATIONS}/${dispatchedApplication}/approve`).set(agency.hr.auth).send({}).expect(403)).body.code).toBe('APPLICATION_READ_ONLY');
      await t.http().get(`${CAMPAIGNS}/${campaign}/applications`).set(agency.hr.auth).expect(404);
      await t.http().get(`${APPLICATIONS}/${regularApplication}`).set(machinery.hr.auth).expect(404);
      await t.http().get(`${APPLICATIONS}/${regularApplication}`).set(dispatched.session.auth).expect(404);
      await t.http().get(`${APPLICATIONS}/${regularApplication}`).set(taiyuan.officer.auth).expect(404);
      await t.http().get(`${APPLICATIONS}/${regularApplication}`).set(lvliang.officer.auth).expect(200);
      const own = await t.http().get(APPLICATIONS).set(regular.session.auth).expect(200);
      expect(own.body.items.map((a: { id: string }) => a.id)).toEqual([regularApplication]);
    });

    it('evidence files: checked by content and size, downloadable only by those who see the application', async () => {
      const upload = (session: Session, body: Buffer, type: string, query = '') =>
        t.http().post(`${APPLICATIONS}/${dispatchedApplication}/files${query}`).set(session.auth).set('content-type', type).send(body);
      const stored = await upload(dispatched.session, PDF, 'application/pdf', `?filename=${encodeURIComponent('焊工五级证书.pdf')}`).expect(201);
      expect(stored.body).toMatchObject({ filename: '焊工五级证书.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
      const photo = await upload(coking.hr, PNG, 'application/octet-stream').expect(201);
      expect(photo.body).toMatchObject({ filename: 'evidence-2.png', contentType: 'image/png' });
      expect((await upload(dispatched.session, Buffer.from('MZ not a document'), 'application/pdf').expect(415)).body.code).toBe('FILE_TYPE_NOT_ALLOWED');
      expect((await upload(dispatched.session, PNG, 'application/pdf').expect(415)).body.code).toBe('FILE_TYPE_MISMATCH');
      const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
      expect((await upload(dispatched.session, big, 'application/pdf').expect(413)).body.code).toBe('FILE_TOO_LARGE');
      await upload(agency.hr, PDF, 'application/pdf').expect(403);
      await upload(regular.session, PDF, 'application/pdf').expect(404);

      const files = await t.http().get(`${APPLICATIONS}/${dispatchedApplication}/files`).set(agency.hr.auth).expect(200);
      expect(files.body.map((f: { filename: string }) => f.filename)).toEqual(['焊工五级证书.pdf', 'evidence-2.png']);
      const download = (session: Session) =>
        t.http().get(`${APPLICATIONS}/${dispatchedApplication}/files/${stored.body.id}`).set(session.auth).buffer(true).parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      const got = await download(agency.hr).expect(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('焊工五级证书.pdf')}`);
      expect(Buffer.compare(got.body as Buffer, PDF)).toBe(0);
      await download(dispatched.session).expect(200);
      await download(machinery.hr).expect(404);
      await download(regular.session).expect(404);
      expect((await getApplication(dispatchedApplication)).fileCount).toBe(2);
    });

    it('HR approves both; each gets an admission ticket number unique in the campaign', async () => {
      const a = await t.http().post(`${APPLICATIONS}/${regularApplication}/approve`).set(coking.hr.auth).send({ note: '材料齐全' }).expect(200);
      const b = await t.http().post(`${APPLICATIONS}/${dispatchedApplication}/approve`).set(coking.hr.auth).send({}).expect(200);
      expect(a.body).toMatchObject({ status: 'approved', statusLabel: '审核通过 / Approved', ticketNumber: expect.stringMatching(/^\d{6}4\d{5}$/) });
      expect(b.body.ticketNumber).toMatch(/^\d{6}4\d{5}$/);
      expect(b.body.ticketNumber).not.toBe(a.body.ticketNumber);
      expect(Number(b.body.ticketNumber.slice(-5))).toBe(Number(a.body.ticketNumber.slice(-5)) + 1);
      expect((await t.http().post(`${APPLICATIONS}/${regularApplication}/approve`).set(coking.hr.auth).send({}).expect(409)).body.code).toBe('INVALID_TRANSITION');
      await t.http().post(`${APPLICATIONS}/${regularApplication}/approve`).set(regular.session.auth).send({}).expect(403);
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${regularApplication}&action=application.approve`).set(coking.hr.auth).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ before: expect.objectContaining({ status: 'pending' }), after: expect.objectContaining({ status: 'approved', ticketNumber: a.body.ticketNumber }) })]);
      expect(JSON.stringify(audit.body.items[0].after)).not.toContain('王正式');
    });

    it('an ineligible application is not approved the ordinary way, nor by 破格 when the standard names no such route; rejection frees the seat', async () => {
      const newcomer = await s.worker(coking.hr, { fullName: '孙新手' }, { occupationStartedOn: '2024-03-01', hiredOn: '2024-03-01' });
      const pending = await apply(coking.hr, campaign, { rank: 'L3', personId: newcomer.id }).expect(201);
      expect(pending.body).toMatchObject({ source: 'hr', eligible: false, routeCode: null });
      expect(pending.body.eligibilityReport.routes.map((r: { code: string; met: boolean }) => r.met)).not.toContain(true);
      const plain = await t.http().post(`${APPLICATIONS}/${pending.body.id}/approve`).set(coking.hr.auth).send({}).expect(422);
      expect(plain.body.code).toBe('APPLICANT_NOT_ELIGIBLE');
      await t.http().post(`${APPLICATIONS}/${pending.body.id}/approve-exceptional`).set(coking.hr.auth).send({ routeCode: 'L3-exceptional-breakthrough' }).expect(400);
      // The national template defines no 破格 route; an enterprise specification may (see applications.e2e-spec.ts).
      const none = await t.http().post(`${APPLICATIONS}/${pending.body.id}/approve-exceptional`).set(coking.hr.auth)
        .send({ routeCode: 'L3-exceptional-breakthrough', reason: '主持焊接工艺攻关' }).expect(422);
      expect(none.body).toMatchObject({ code: 'NO_EXCEPTIONAL_ROUTE', errors: [expect.objectContaining({ field: 'routeCode' })] });
      const eligibleOne = await apply(coking.hr, campaign, { rank: 'L3', personId: regular.id }).expect(201);
      expect((await t.http().post(`${APPLICATIONS}/${eligibleOne.body.id}/approve-exceptional`).set(coking.hr.auth).send({ routeCode: 'L3-exceptional-breakthrough', reason: '无' }).expect(422)).body.code).toBe('EXCEPTIONAL_NOT_NEEDED');
      expect(await seats(campaign, 'L3')).toBe(2);
      await t.http().post(`${APPLICATIONS}/${pending.body.id}/reject`).set(coking.hr.auth).send({}).expect(400);
      const rejected = await t.http().post(`${APPLICATIONS}/${pending.body.id}/reject`).set(coking.hr.auth).send({ reason: '不符合申报条件' }).expect(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: '不符合申报条件', ticketNumber: null });
      expect(await seats(campaign, 'L3')).toBe(1);
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${pending.body.id}&action=application.reject`).set(coking.hr.auth).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ reason: '不符合申报条件' })]);
      expect((await t.http().post(`${APPLICATIONS}/${eligibleOne.body.id}/approve`).set(coking.hr.auth).send({}).expect(200)).body.ticketNumber).toMatch(/^\d{6}3\d{5}$/);
    });

    it('withdrawal before the window closes frees the seat; the worker may apply again', async () => {
      const worker = await s.worker(coking.hr, { fullName: '周撤回' });
      const session = await s.workerLogin(coking.hr, worker.id);
      const first = await apply(session, campaign, { rank: 'L4' }).expect(201);
      expect(await seats(campaign)).toBe(3);
      await t.http().post(`${APPLICATIONS}/${first.body.id}/withdraw`).set(regular.session.auth).send({}).expect(404);
      await t.http().post(`${APPLICATIONS}/${first.body.id}/withdraw`).set(agency.hr.auth).send({}).expect(404);
      const withdrawn = await t.http().post(`${APPLICATIONS}/${first.body.id}/withdraw`).set(session.auth).send({ reason: '本人放弃' }).expect(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawalReason: '本人放弃', withdrawnAt: expect.any(String) });
      expect(await seats(campaign)).toBe(2);
      expect((await t.http().post(`${APPLICATIONS}/${first.body.id}/withdraw`).set(session.auth).send({}).expect(409)).body.code).toBe('INVALID_TRANSITION');
      await apply(session, campaign, { rank: 'L4' }).expect(201);
      expect(await seats(campaign)).toBe(3);
    });

    it('XLSX: the template has zh-CN headers; twenty rows with three bad ones save nothing and report the three; the corrected file saves seventeen; a re-upload adds none', async () => {
      const template = await t.http().get(`${CAMPAIGNS}/${campaign}/applications/template`).set(coking.hr.auth).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(template.headers['content-type']).toContain(XLSX);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(template.body as unknown as ExcelJS.Buffer);
      const sheet = book.worksheets[0];
      expect([1, 2, 3].map((c) => sheet.getRow(1).getCell(c).text)).toEqual(['身份证号码', '姓名', '申报等级']);

      const listed = await Promise.all(Array.from({ length: 18 }, (_, i) => s.worker(coking.hr, { fullName: `导入职工${i + 1}` })));
      const levelTexts = ['四级/中级工', '中级工', 'L4', '四级'];
      const valid = listed.slice(0, 17).map((w, i) => [w.idNumber, `导入职工${i + 1}`, levelTexts[i % levelTexts.length]]);
      const badId = generateResidentId({ regionCode: '141102', birthDate: '1991-05-05', sequence: 777 });
      const broken = `${badId.slice(0, 17)}${badId[17] === '0' ? '1' : '0'}`;
      const rows = [...valid];
      rows.splice(3, 0, [broken, '钱无效', '四级/中级工']); // spreadsheet row 5
      rows.splice(10, 0, [listed[17].idNumber, '名字不对', '四级/中级工']); // row 12
      rows.splice(17, 0, [listed[0].idNumber, '导入职工1', '一级/高级技师']); // row 19
      expect(rows).toHaveLength(20);
      rows.forEach((cells, i) => cells.forEach((text, c) => (sheet.getCell(i + 2, c + 1).value = text)));
      const file = Buffer.from(await book.xlsx.writeBuffer());
      const upload = (sheetFile = file) => t.http().post(`${CAMPAIGNS}/${campaign}/applications/import`).set(coking.hr.auth).set('content-type', XLSX).send(sheetFile);

      const before = await seats(campaign);
      const refused = await upload().expect(200);
      expect(refused.body).toMatchObject({ rows: 20, created: 0, applications: [], alreadyRegistered: [] });
      expect(refused.body.badRows).toEqual([
        { row: 5, errors: [expect.objectContaining({ field: 'idNumber', code: 'invalid', message: expect.stringContaining('第5行「身份证号码」') })] },
        { row: 12, errors: [expect.objectContaining({ field: 'fullName', code: 'mismatch' })] },
        { row: 19, errors: [expect.objectContaining({ field: 'rank', code: 'notInCampaign' })] },
      ]);
      expect(JSON.stringify(refused.body)).not.toContain(broken);
      expect(await seats(campaign)).toBe(before);
      expect((await t.http().get(`${CAMPAIGNS}/${campaign}/applications?status=pending&rank=L4`).set(coking.hr.auth).expect(200)).body.items.filter((a: { source: string }) => a.source === 'import')).toEqual([]);

      // The corrected file: the three bad rows taken out.
      [19, 12, 5].forEach((row) => sheet.spliceRows(row, 1));
      const fixed = Buffer.from(await book.xlsx.writeBuffer());
      const res = await upload(fixed).expect(200);
      expect(res.body).toMatchObject({ rows: 17, created: 17, alreadyRegistered: [], badRows: [] });
      expect(res.body.applications.map((a: { row: number }) => a.row)).toEqual(Array.from({ length: 17 }, (_, i) => i + 2));
      expect(await seats(campaign)).toBe(before + 17);
      const imported = await t.http().get(`${CAMPAIGNS}/${campaign}/applications?status=pending&rank=L4`).set(coking.hr.auth).expect(200);
      expect(imported.body.items.filter((a: { source: string }) => a.source === 'import')).toHaveLength(17);

      const again = await upload(fixed).expect(200);
      expect(again.body).toMatchObject({ rows: 17, created: 0, applications: [], badRows: [] });
      expect(again.body.alreadyRegistered.map((a: { row: number }) => a.row)).toEqual(res.body.applications.map((a: { row: number }) => a.row));
      expect((await upload().expect(200)).body).toMatchObject({ created: 0, badRows: [expect.objectContaining({ row: 5 }), expect.objectContaining({ row: 12 }), expect.objectContaining({ row: 19 })] });
      expect(await seats(campaign)).toBe(before + 17);

      expect((await t.http().post(`${CAMPAIGNS}/${campaign}/applications/import`).set(coking.hr.auth).set('content-type', XLSX).send(PDF).expect(415)).body.code).toBe('XLSX_REQUIRED');
      await t.http().post(`${CAMPAIGNS}/${campaign}/applications/import`).set(machinery.hr.auth).set('content-type', XLSX).send(file).expect(404);
    });

    it('capacity holds on real PostgreSQL: 100 simultaneous applications for 50 seats leave exactly 50', async () => {
      const people: string[] = [];
      for (let batch = 0; batch < 10; batch++) {
        const made = await Promise.all(Array.from({ length: 10 }, (_, i) => s.worker(coking.hr, { fullName: `扩招职工${batch * 10 + i + 1}` })));
        people.push(...made.map((w) => w.id));
      }
      const results = await Promise.all(people.map((personId) => apply(coking.hr, capacityCampaign, { rank: 'L4', personId })));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((x) => x === 201)).toHaveLength(50);
      expect(statuses.filter((x) => x === 409)).toHaveLength(50);
      expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['LEVEL_FULL']));
      const [row] = await t.dataSource.query(
        `SELECT l.seats_taken, (SELECT count(*)::int FROM applications a WHERE a.campaign_id = l.campaign_id AND a.status IN ('pending', 'approved')) AS live
           FROM campaign_levels l WHERE l.campaign_id = $1 AND l.rank = 'L4'`,
        [capacityCampaign],
      );
      expect(row).toEqual({ seats_taken: 50, live: 50 });
      expect((await getCampaign(capacityCampaign)).levels[0]).toMatchObject({ capacity: 50, seatsTaken: 50, seatsLeft: 0 });
    });

    it('registration closes by the scheduler after its last day; then nobody applies or withdraws', async () => {
      t.clock.travelTo(new Date('2026-10-21T00:10:00+08:00'));
      const run = await scheduler();
      expect(run.closed.sort()).toEqual([campaign, capacityCampaign].sort());
      expect((await getCampaign(campaign)).status).toBe('registration_closed');
      const late = await s.worker(coking.hr, { fullName: '吴迟到' });
      expect((await apply(coking.hr, campaign, { rank: 'L4', personId: late.id }).expect(409)).body.code).toBe('REGISTRATION_NOT_OPEN');
      expect((await t.http().post(`${APPLICATIONS}/${regularApplication}/withdraw`).set(regular.session.auth).send({}).expect(409)).body.code).toBe('REGISTRATION_CLOSED');
      const cancelled = await act(coking.hr, capacityCampaign, 'cancel', { reason: '场地不足，改期举办' }).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', statusReason: '场地不足，改期举办' });
      expect((await act(coking.hr, capacityCampaign, 'cancel', { reason: '再次' }).expect(409)).body.code).toBe('INVALID_TRANSITION');
    });

    it('assessment starts once every application is decided; it cannot then be cancelled', async () => {
      expect((await act(coking.hr, campaign, 'start-assessment').expect(409)).body.code).toBe('APPLICATIONS_PENDING');
      const pending = await t.http().get(`${CAMPAIGNS}/${campaign}/applications?status=pending&pageSize=200`).set(coking.hr.auth).expect(200);
      for (const a of pending.body.items) await t.http().post(`${APPLICATIONS}/${a.id}/approve`).set(coking.hr.auth).send({}).expect(200);
      const started = await act(coking.hr, campaign, 'start-assessment').expect(200);
      expect(started.body.status).toBe('assessing');
      expect(started.body.allowedActions).not.toContain('cancel');
      expect((await act(coking.hr, campaign, 'cancel', { reason: '取消' }).expect(409)).body.code).toBe('INVALID_TRANSITION');
      const approved = await t.http().get(`${CAMPAIGNS}/${campaign}/applications?status=approved&rank=L4&pageSize=200`).set(coking.hr.auth).expect(200);
      expect(approved.body.total).toBe(20);
      expect(new Set(approved.body.items.map((a: { ticketNumber: string }) => a.ticketNumber)).size).toBe(20);
      expect((await t.http().post(`${APPLICATIONS}/${regularApplication}/files`).set(regular.session.auth).set('content-type', 'application/pdf').send(PDF).expect(409)).body.code)
        .toBe('CAMPAIGN_NOT_IN_REGISTRATION');
    });
  });

  describe('campaign draws', () => {
    const DRAWS = () => `${CAMPAIGNS}/${campaign}/draws`;
    let usernames = 0;
    let certificates = 0;
    const ev: Record<string, { id: string; personId: string }> = {};

    async function registerEvaluator(name: string): Promise<{ id: string; personId: string }> {
      const user = await s.post(coking.hr, '/api/v1/users', { username: `kpy${++usernames}`, password: PASSWORD, displayName: name, roles: ['evaluator'] });
      const person = await s.worker(coking.hr, { fullName: name });
      const profile = await s.post(coking.hr, '/api/v1/evaluators', {
        userId: user.id,
        personId: person.id,
        occupations: [WELDER],
        highestRank: 'L1',
        qualificationCertificateNumber: `KPY-1411-${String(++certificates).padStart(4, '0')}`,
        validFrom: '2024-01-01',
        validUntil: '2029-12-31',
      });
      return { id: profile.id, personId: person.id };
    }
    const draw = (body: object) => t.http().post(DRAWS()).set(coking.hr.auth).send({ rank: 'L4', ...body });
    const panelOf = (panels: Panel[], personId: string) => panels.find((p) => p.candidates.some((c) => c.personId === personId)) as Panel;
    const ids = (panel: Panel) => panel.evaluators.map((e) => e.profileId);
    let practical: { id: string; seed: number; panels: Panel[] };
    let theory: { id: string; seed: number; panels: Panel[] };

    it('a pool too small for the rules gets a clear error naming the constraint', async () => {
      ev.clean1 = await registerEvaluator('考评员甲');
      ev.clean2 = await registerEvaluator('考评员乙');
      const res = await draw({ component: 'practical' }).expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'POOL_TOO_SMALL' });
      expect(res.body.detail).toContain('20 名考生按规则至少需要 5 名考评员');
      expect(res.body.errors[0]).toMatchObject({ field: 'component', code: 'POOL_TOO_SMALL', message: expect.stringContaining('考评员库 2 名') });
      expect((await draw({ component: 'comprehensive_review' }).expect(422)).body.code).toBe('COMPONENT_NOT_IN_LEVEL');
      expect((await draw({ component: 'practical', rank: 'L2' }).expect(422)).body.code).toBe('LEVEL_NOT_IN_CAMPAIGN');
      await t.http().post(DRAWS()).set(machinery.hr.auth).send({ rank: 'L4', component: 'practical' }).expect(404);
      await t.http().post(DRAWS()).set(lvliang.officer.auth).send({ rank: 'L4', component: 'practical' }).expect(403);
    });

    it('a campaign draw never gives an evaluator their own apprentice or relative; the seed is recorded', async () => {
      // Six evaluators: 师傅 of the regular worker, a relative of the dispatched one, four others.
      // One panel of five would hold one of the two conflicted, so the draw must split.
      ev.master = await registerEvaluator('师傅丙');
      ev.relative = await registerEvaluator('表亲丁');
      ev.clean3 = await registerEvaluator('考评员戊');
      ev.clean4 = await registerEvaluator('考评员己');
      await s.post(coking.hr, `/api/v1/workers/${ev.master.personId}/relations`, { relatedPersonId: regular.id, kind: 'master' });
      await s.post(coking.hr, `/api/v1/workers/${dispatched.id}/relations`, { relatedPersonId: ev.relative.personId, kind: 'relative' });

      // HR cannot choose the seed (and so its panel): the server makes it.
      const chosen = await draw({ component: 'practical', seed: 7 }).expect(400);
      expect(chosen.body.errors).toEqual([{ field: 'seed', code: 'serverGenerated', message: '随机种子由系统生成，不能指定 / the seed is generated by the server and cannot be chosen' }]);
      expect((await t.http().get(DRAWS()).set(coking.hr.auth).expect(200)).body).toEqual([]);

      const res = await draw({ component: 'practical' }).expect(201);
      practical = res.body;
      expect(res.body).toMatchObject({
        rank: 'L4',
        component: 'practical',
        componentLabel: '技能考核 / Practical skills exam',
        status: 'current',
        algorithm: 'panels-v1',
        seed: expect.any(Number),
        rule: { minEvaluators: 3, oddCount: true, candidatesPerEvaluator: 5, workloadCap: null },
        assessmentDate: '2026-11-03',
        candidateCount: 20,
        evaluatorCount: 6,
      });
      expect(practical.panels).toHaveLength(2);
      expect(ids(panelOf(practical.panels, regular.id))).not.toContain(ev.master.id);
      expect(ids(panelOf(practical.panels, dispatched.id))).not.toContain(ev.relative.id);
      expect(practical.panels.flatMap(ids).sort()).toEqual(Object.values(ev).map((e) => e.id).sort());
      expect(practical.panels.flatMap((p) => p.candidates).every((c) => /^\d{12}$/.test(c.ticketNumber))).toBe(true);
      for (const p of practical.panels) {
        expect(p.evaluators).toHaveLength(3);
        expect(p.candidates.length).toBeLessThanOrEqual(15);
        expect(p.evaluators.every((e) => e.workload === p.candidates.length)).toBe(true);
      }
      expect((await draw({ component: 'practical' }).expect(409)).body.code).toBe('ALREADY_DRAWN');
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${campaign}&action=campaign_draw.draw`).set(coking.hr.auth).expect(200);
      expect(audit.body.items[0].after).toMatchObject({ drawId: practical.id, seed: practical.seed, inputs: { occupationCode: WELDER, assessmentDate: '2026-11-03' } });
      expect(audit.body.items[0].after.inputs.candidates).toHaveLength(20);
      expect(audit.body.items[0].after.inputs.pool.map((e: { profileId: string }) => e.profileId).sort()).toEqual(Object.values(ev).map((e) => e.id).sort());
    });

    it('workload counts across draws: a cap the practical exam already used up names WORKLOAD_CAP', async () => {
      const capped = await draw({ component: 'theory', workloadCap: 12 }).expect(422);
      expect(capped.body.code).toBe('WORKLOAD_CAP');
      const res = await draw({ component: 'theory' }).expect(201);
      theory = res.body;
      expect(res.body).toMatchObject({ component: 'theory', rule: { minEvaluators: 2, oddCount: false, candidatesPerEvaluator: 15 }, evaluatorCount: 2 });
      expect(theory.panels).toHaveLength(1);
      expect(ids(theory.panels[0])).not.toContain(ev.master.id);
      expect(ids(theory.panels[0])).not.toContain(ev.relative.id);
      expect(theory.panels[0].evaluators.every((e) => e.workload > 20)).toBe(true);
    });

    it('a manual change needs a reason, keeps every rule and is audited', async () => {
      const [out, stays] = ids(theory.panels[0]);
      const replace = (addProfileId: string, reason = '原考评员因病无法到场') =>
        t.http().post(`${DRAWS()}/${theory.id}/replace-evaluator`).set(coking.hr.auth).send({ panelNumber: 1, removeProfileId: out, addProfileId, reason });
      const conflicted = await replace(ev.master.id).expect(422);
      expect(conflicted.body).toMatchObject({ code: 'CONFLICT_OF_INTEREST', errors: [expect.objectContaining({ field: 'addProfileId', message: expect.stringContaining('徒弟') })] });
      expect((await replace(stays).expect(422)).body.code).toBe('ALREADY_DRAWN');
      await t.http().post(`${DRAWS()}/${theory.id}/replace-evaluator`).set(coking.hr.auth).send({ panelNumber: 1, removeProfileId: out, addProfileId: stays }).expect(400);
      const spare = Object.values(ev).map((e) => e.id).find((id) => ![out, stays, ev.master.id, ev.relative.id].includes(id)) as string;
      const changed = await replace(spare).expect(200);
      expect(ids(changed.body.panels[0]).sort()).toEqual([stays, spare].sort());
      expect(changed.body.changes).toEqual([expect.objectContaining({ panelNumber: 1, removedProfileId: out, addedProfileId: spare, reason: '原考评员因病无法到场' })]);
      expect(changed.body.seed).toBe(theory.seed);
      // The replay is judged on the panels as drawn: the manual change, kept apart, is undone first.
      const verified = await t.http().get(`${DRAWS()}/${theory.id}/verify`).set(coking.hr.auth).expect(200);
      expect(verified.body).toMatchObject({ drawId: theory.id, seed: theory.seed, matches: true, differences: [], manualChanges: 1 });
      expect(verified.body.drawn[0].evaluatorProfileIds).toEqual([out, stays].sort());
      const audit = await t.http().get(`/api/v1/audit-events?entityId=${campaign}&action=campaign_draw.replace_evaluator`).set(coking.hr.auth).expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({ reason: '原考评员因病无法到场', before: expect.objectContaining({ evaluatorProfileIds: [out, stays].sort() }) }),
      ]);
    });

    it('verify replays a saved draw from its recorded seed and inputs, saving nothing; anyone who may read the draw may verify it', async () => {
      const shape = (panels: Panel[]) => panels.map((p) => ({ number: p.number, evaluatorProfileIds: ids(p).sort(), candidatePersonIds: p.candidates.map((c) => c.personId).sort() }));
      const auditCount = async () => (await t.http().get(`/api/v1/audit-events?entityId=${campaign}`).set(coking.hr.auth).expect(200)).body.total;
      const before = await auditCount();
      const verified = await t.http().get(`${DRAWS()}/${practical.id}/verify`).set(coking.hr.auth).expect(200);
      expect(verified.body).toEqual({
        drawId: practical.id,
        seed: practical.seed,
        algorithm: 'panels-v1',
        matches: true,
        differences: [],
        manualChanges: 0,
        drawn: shape(practical.panels),
        replayed: shape(practical.panels),
      });
      expect((await t.http().get(`${DRAWS()}/${practical.id}/verify`).set(lvliang.officer.auth).expect(200)).body.matches).toBe(true);
      expect(await auditCount()).toBe(before);
      await t.http().get(`${DRAWS()}/${practical.id}/verify`).set(machinery.hr.auth).expect(404);
      await t.http().get(`${DRAWS()}/${practical.id}/verify`).set(regular.session.auth).expect(403);
    });

    it('a redraw needs a reason, gets a fresh server-made seed and supersedes the old one', async () => {
      const refused = await draw({ component: 'practical', seed: practical.seed, reason: '复核抽取结果' }).expect(400);
      expect(refused.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([['seed', 'serverGenerated']]);
      const again = await draw({ component: 'practical', reason: '复核抽取结果' }).expect(201);
      expect(again.body.id).not.toBe(practical.id);
      expect(again.body.seed).not.toBe(practical.seed);
      expect((await t.http().get(`${DRAWS()}/${again.body.id}/verify`).set(coking.hr.auth).expect(200)).body).toMatchObject({ seed: again.body.seed, matches: true });
      // The superseded draw still replays: its inputs (workloads included) were recorded as they were.
      expect((await t.http().get(`${DRAWS()}/${practical.id}/verify`).set(coking.hr.auth).expect(200)).body.matches).toBe(true);
      const list = await t.http().get(DRAWS()).set(coking.hr.auth).expect(200);
      expect(list.body.map((d: { id: string }) => d.id).sort()).toEqual([again.body.id, theory.id].sort());
      const all = await t.http().get(`${DRAWS()}?all=true`).set(lvliang.officer.auth).expect(200);
      expect(all.body.find((d: { id: string }) => d.id === practical.id)).toMatchObject({ status: 'superseded' });
      await t.http().get(DRAWS()).set(machinery.hr.auth).expect(404);
      await t.http().get(DRAWS()).set(regular.session.auth).expect(403);
      const stale = await t.http().post(`${DRAWS()}/${practical.id}/replace-evaluator`).set(coking.hr.auth)
        .send({ panelNumber: 1, removeProfileId: ids(practical.panels[0])[0], addProfileId: ev.clean1.id, reason: '调整' }).expect(409);
      expect(stale.body.code).toBe('DRAW_SUPERSEDED');
    });

    it('verify notices saved panels that no longer match the record', async () => {
      // Swap one evaluator of each panel of the superseded draw behind the application's back.
      const [first, second] = practical.panels.map((p) => ids(p)[0]);
      await t.dataSource.query(`UPDATE campaign_panel_members SET panel_no = 3 - panel_no WHERE draw_id = $1 AND evaluator_profile_id = ANY($2::uuid[])`, [practical.id, [first, second]]);
      const verified = await t.http().get(`${DRAWS()}/${practical.id}/verify`).set(coking.hr.auth).expect(200);
      expect(verified.body).toMatchObject({ matches: false, differences: ['第 1 组考评员不一致 / panel 1: the evaluators differ', '第 2 组考评员不一致 / panel 2: the evaluators differ'] });
      await t.http().get(`${DRAWS()}/00000000-0000-4000-8000-000000000000/verify`).set(coking.hr.auth).expect(404);
    });

    it('scoring can ask which candidates an evaluator was given, per component', async () => {
      const service = t.app.get(CampaignDrawsService);
      const current = (await t.http().get(DRAWS()).set(coking.hr.auth).expect(200)).body as { component: string; panels: Panel[] }[];
      const someone = current.find((d) => d.component === 'theory')!.panels[0].evaluators[0].profileId;
      const assignments = await service.assignedCandidates(someone, { campaignId: campaign });
      const theoryAssignment = assignments.find((a) => a.component === 'theory');
      expect(theoryAssignment).toMatchObject({ campaignId: campaign, rank: 'L4', panelNumber: 1 });
      expect(theoryAssignment!.candidates).toHaveLength(20);
      const practicalDraw = current.find((d) => d.component === 'practical')!;
      const practicalPanel = practicalDraw.panels.find((p) => ids(p).includes(someone));
      const practicalAssignment = assignments.find((a) => a.component === 'practical');
      expect(practicalAssignment?.candidates.map((c) => c.applicationId).sort()).toEqual(practicalPanel?.candidates.map((c) => c.applicationId).sort());
      expect(await service.assignedCandidates(someone, { component: 'comprehensive_review' })).toEqual([]);
    });
  });

  async function getApplication(id: string) {
    return (await t.http().get(`${APPLICATIONS}/${id}`).set(coking.hr.auth).expect(200)).body;
  }
});
