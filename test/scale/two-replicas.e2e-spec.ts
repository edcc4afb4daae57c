import { SchedulerRegistry } from '@nestjs/schedule';
import { CampaignSchedulerService } from '@skill-ladder/evaluations';
import { AuditService, ScheduledJobs, SYSTEM_ACTOR, verifyAuditChains } from '@skill-ladder/platform';
import { AppointmentTermJob } from '@skill-ladder/promotions';
import { login, Session } from '../harness/auth';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const CAMPAIGNS = '/api/v1/campaigns';
const TIMERS = ['campaign-registration-window', 'appointment-term-expiry'];

/**
 * Two API replicas on one PostgreSQL database. They run in this one Jest process as two Nest
 * application instances, each with its own module container, connection pool, clock, timers and
 * throttler, sharing nothing but the database and the secrets — what two API processes behind a
 * load balancer share. (Module-level constants are shared in one process; none of them holds
 * state that a request or a job changes; @nestjs/typeorm's process-wide list of data source names
 * warns that "default" is registered twice, which is only a warning: each container resolves its
 * own DataSource, as the first test checks.) Every request below names the replica it goes to.
 */
describe('two API replicas on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session; username: string };
  let campaign: string;

  const both = () => [a, b];
  const travel = (instant: string) => both().forEach((r) => r.clock.travelTo(new Date(instant)));

  beforeAll(async () => {
    a = await createTestApp({ CLOCK_NOW: '2026-09-30T09:00:00+08:00' });
    b = await createTestApp({}, { replicaOf: a });
    // The timers would fire on their own every minute; stopped so the test fires them, on both replicas, with the same method.
    for (const r of both()) for (const name of TIMERS) r.app.get(SchedulerRegistry).getCronJob(name).stop();
    s = new Scenario(a);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    const enterprise = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    const username = (await a.http().get('/api/v1/me').set(enterprise.hr.auth).expect(200)).body.username as string;
    coking = { ...enterprise, username };
    const filing = await s.post(coking.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L4'] }] });
    await a.http().post(`/api/v1/evaluation-bodies/${filing.id}/approve`).set(lvliang.officer.auth).send({ institutionCode: '0000', stationSerial: '000123' }).expect(200);
    const national = await a.http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(coking.hr.auth).expect(200);
    const created = await s.post(coking.hr, CAMPAIGNS, {
      name: '2026年第四季度焊工职业技能等级认定',
      occupationCode: WELDER,
      standardVersionId: national.body.items[0].inForce.id,
      levels: [{ rank: 'L4', capacity: 20 }],
      registrationOpensOn: '2026-10-08',
      registrationClosesOn: '2026-10-20',
      assessmentStartsOn: '2026-11-03',
      assessmentEndsOn: '2026-11-05',
    });
    campaign = created.id;
    await a.http().post(`${CAMPAIGNS}/${campaign}/file`).set(coking.hr.auth).send({}).expect(200);
    await b.http().post(`${CAMPAIGNS}/${campaign}/acknowledge`).set(lvliang.officer.auth).send({}).expect(200);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('the replicas are separate instances: their own pools and clocks', () => {
    expect(a.app).not.toBe(b.app);
    expect(a.dataSource).not.toBe(b.dataSource);
    expect(a.clock).not.toBe(b.clock);
    expect(a.app.get(CampaignSchedulerService)).not.toBe(b.app.get(CampaignSchedulerService));
  });

  it('a refresh token rotated on one replica is refused when replayed on the other, and the session ends on both', async () => {
    const session = await login(a, coking.username, PASSWORD);
    const rotated = await a.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
    const replayed = await b.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    expect(replayed.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The reuse ended the session: the tokens the rotation gave out stop working on either replica.
    expect((await a.http().post('/api/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken }).expect(401)).body.code).toBe('INVALID_REFRESH_TOKEN');
    await b.http().get('/api/v1/me').set({ Authorization: `Bearer ${rotated.body.accessToken}` }).expect(401);
  });

  it('one refresh token spent on both replicas at the same moment rotates once', async () => {
    const session = await login(b, coking.username, PASSWORD);
    const results = await Promise.all(both().map((r) => r.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    expect(results.find((r) => r.status === 401)?.body.code).toBe('REFRESH_TOKEN_REUSED');
  });

  it('the registration-window job runs once for its minute although both replicas fire it', async () => {
    travel('2026-10-08T00:05:00+08:00');
    const runs = await Promise.all(both().map((r) => r.app.get(CampaignSchedulerService).tick()));
    expect(runs.map((r) => r?.ran).sort()).toEqual([false, true]);
    const ran = runs.find((r) => r?.ran);
    expect(ran?.result?.opened).toEqual([campaign]);
    // A replica whose timer fires later in the same minute (a slow start, a skewed clock) does not run it again.
    expect(await b.app.get(CampaignSchedulerService).tick()).toMatchObject({ ran: false, result: null });
    expect(await a.app.get(CampaignSchedulerService).tick()).toMatchObject({ ran: false, result: null });

    const audit = await b.http().get(`/api/v1/audit-events?entityId=${campaign}&action=campaign.open_registration`).set(coking.hr.auth).expect(200);
    expect(audit.body.items).toHaveLength(1);
    const [job] = await a.dataSource.query(`SELECT last_slot, runs::int AS runs, last_run_by FROM scheduled_job_runs WHERE job = 'campaign-registration-window'`);
    const ranOn = runs[0]?.ran ? a : b;
    expect(job).toEqual({ last_slot: '2026-10-07T16:05', runs: 1, last_run_by: ranOn.app.get(ScheduledJobs).instance });

    // The next minute is a new run, on whichever replica gets there first.
    travel('2026-10-08T00:06:00+08:00');
    const next = await Promise.all(both().map((r) => r.app.get(CampaignSchedulerService).tick()));
    expect(next.filter((r) => r?.ran)).toHaveLength(1);
    expect(next.find((r) => r?.ran)?.result).toMatchObject({ opened: [], closed: [] });
  });

  it('the daily term-expiry job runs once per China date across the replicas', async () => {
    const day = await Promise.all([...both(), ...both()].map((r) => r.app.get(AppointmentTermJob).tick()));
    expect(day.filter((r) => r?.ran)).toHaveLength(1);
    expect(day.every((r) => r?.slot === '2026-10-08')).toBe(true);
    travel('2026-10-09T00:10:00+08:00');
    expect(await b.app.get(AppointmentTermJob).tick()).toMatchObject({ ran: true, slot: '2026-10-09' });
    expect(await a.app.get(AppointmentTermJob).tick()).toMatchObject({ ran: false, slot: '2026-10-09' });
  });

  it('40 applications for 20 seats, half through each replica at once, leave exactly 20', async () => {
    const people: string[] = [];
    for (let batch = 0; batch < 4; batch++) {
      const made = await Promise.all(Array.from({ length: 10 }, (_, i) => s.worker(coking.hr, { fullName: `双实例职工${batch * 10 + i + 1}` })));
      people.push(...made.map((w) => w.id));
    }
    const results = await Promise.all(
      people.map((personId, i) => (i % 2 ? b : a).http().post(`${CAMPAIGNS}/${campaign}/applications`).set(coking.hr.auth).send({ rank: 'L4', personId })),
    );
    const accepted = results.filter((r) => r.status === 201);
    expect(accepted).toHaveLength(20);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(20).fill('LEVEL_FULL'));
    // Both replicas took seats: the limit held across them, not within one.
    const byReplica = results.map((r, i) => (r.status === 201 ? i % 2 : -1)).filter((x) => x >= 0);
    expect(new Set(byReplica)).toEqual(new Set([0, 1]));
    const [row] = await b.dataSource.query(
      `SELECT l.seats_taken, (SELECT count(*)::int FROM applications x WHERE x.campaign_id = l.campaign_id AND x.status IN ('pending', 'approved')) AS live
         FROM campaign_levels l WHERE l.campaign_id = $1 AND l.rank = 'L4'`,
      [campaign],
    );
    expect(row).toEqual({ seats_taken: 20, live: 20 });
  });

  it('an audited write waits only for its own organization’s chain, not for another organization', async () => {
    const other = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    // Replica a holds the coking group's audit chain in an open transaction (rolled back: nothing is recorded).
    const holder = a.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await a.app.get(AuditService).record(holder.manager, SYSTEM_ACTOR, {
        action: 'organization.hold', entityType: 'organization', entityId: coking.org.id, organizationId: coking.org.id,
      });
      const settled = (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);
      // Another enterprise registers a worker through replica b meanwhile: its chain is free.
      const elsewhere = b.http().post('/api/v1/workers').set(other.hr.auth).send({
        fullName: '赵其他', idNumber: s.idNumber(),
        employment: { employmentType: 'regular', occupationCode: WELDER, occupationStartedOn: '2012-07-01', hiredOn: '2012-07-01' },
      }).then((r) => r.status);
      expect(await settled(elsewhere, 20_000)).toBe(true);
      expect(await elsewhere).toBe(201);
      // The coking group's own write waits for the chain, and goes through once it is released.
      const same = b.http().post('/api/v1/workers').set(coking.hr.auth).send({
        fullName: '钱同企', idNumber: s.idNumber(),
        employment: { employmentType: 'regular', occupationCode: WELDER, occupationStartedOn: '2012-07-01', hiredOn: '2012-07-01' },
      }).then((r) => r.status);
      // Seen from PostgreSQL: a session of replica b waits on an advisory lock (the chain's), and the request has not answered.
      const waiting = async () => {
        for (let i = 0; i < 200; i++) {
          const [row] = await a.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory'`);
          if (row.n > 0) return row.n;
          await new Promise((r) => setTimeout(r, 50));
        }
        return 0;
      };
      expect(await waiting()).toBe(1);
      expect(await settled(same, 500)).toBe(false);
      await holder.rollbackTransaction();
      expect(await same).toBe(201);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('after writes through both replicas every audit chain is intact', async () => {
    const result = await verifyAuditChains((sql, params) => b.dataSource.query(sql, params as unknown[]));
    expect(result.firstBreak).toBeNull();
    expect(result.events).toBeGreaterThan(50);
  });
});
