import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SchedulerRegistry } from '@nestjs/schedule';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganizationsService, UsersService } from '@skill-ladder/identity';
import { Clock, generateCreditCode, generateResidentId, OrganizationKind, Principal, Role, SYSTEM_ACTOR } from '@skill-ladder/platform';
import { CampaignsService, EvaluationBodiesService } from '@skill-ladder/evaluations';
import { StandardsService } from '@skill-ladder/standards';
import { EmploymentType, WorkersService } from '@skill-ladder/workforce';
import { AppConfig } from '@skill-ladder/config';
import { ensurePlatformAdmin } from '../apps/api/src/bootstrap-admin';
import { seedDemoJourneys } from './demo/demo-journeys';

/**
 * The scenario of `npm run seed:demo [-- --workers N]`: a Lüliang scenario built through the services the API
 * uses: the city bureau, a coking group in 孝义, a machinery maker in 离石, a dispatch agency,
 * HR admins, evaluators, and N workers (default 300) of every employment type with fake but
 * valid ID numbers. Workers go in batches, so 100 000 take minutes, not hours.
 */
export const DEMO_PASSWORD = 'SkillLadder-demo-2026';
const BATCH = 2000;
const COUNTIES = ['141102', '141121', '141122', '141123', '141124', '141125', '141126', '141127', '141128', '141129', '141130', '141181', '141182'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '建国志强伟明军红霞丽华平海波涛鹏飞斌宇杰磊勇刚静敏燕芳娟艳琴兰云峰亮超辉鑫龙凤晶丹玲秀英桂兵宏卫东新民永胜';
// Occupations from the reference catalogue: 焊工, 车工, 电工, 井下采矿工, 炼焦工.
const OCCUPATIONS = ['6-18-02-04', '6-18-01-01', '6-31-01-03', '6-16-01-05', '6-10-02-02'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEMO_USERNAMES = ['lvliang.officer', 'coking.hr', 'machinery.hr', 'agency.hr', ...[1, 2, 3].flatMap((i) => [`coking.evaluator${i}`, `machinery.evaluator${i}`])];
const BUREAU_REGION = '141100';
const ORGANIZATION_NAMES = ['吕梁市人力资源和社会保障局', '山西孝义焦煤焦化集团有限公司', '吕梁重型机械制造有限公司', '吕梁市人力资源派遣服务有限公司'];

/**
 * Builds the scenario in one transaction, so a failure at any step leaves the database as it
 * was. Returns the exit code: 0 when created or already complete, 1 when the database holds
 * part of it or something in its way (which is then listed).
 */
export async function seedDemo(app: NestFastifyApplication, config: AppConfig, workerCount: number, write: (text: string) => void): Promise<number> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const found = await findDemoData(dataSource);
  if (found.length) {
    const complete = DEMO_USERNAMES.every((u) => found.includes(`user ${u}`));
    write(
      complete
        ? `Demo data is already present (found ${found.join(', ')}); nothing to do.`
        : `Not seeding: the database already holds ${found.join(', ')}. The demo adds its whole scenario or nothing; ` +
            'use an empty database (or remove these) and run it again. Nothing was changed.',
    );
    return complete ? 0 : 1;
  }
  // Seeding before the first start: the platform administrator comes first, as `npm start` would make it.
  const bootstrap = await ensurePlatformAdmin(app, config);
  if (bootstrap.generatedPassword) {
    write(`Created platform admin '${config.ADMIN_USERNAME}' with password: ${bootstrap.generatedPassword}  (shown once)`);
  }
  try {
    await inOneTransaction(app, dataSource, async () => {
      const organizations = app.get(OrganizationsService);
      const users = app.get(UsersService);
      const workers = app.get(WorkersService);
      const [admin] = await dataSource.query(`SELECT user_id FROM user_roles WHERE role = 'platform_admin' ORDER BY granted_at LIMIT 1`);
      const platform = actor({ userId: admin.user_id, roles: ['platform_admin'], organizationId: null, kind: null, region: null });

      const bureau = await organizations.create(platform, { kind: 'bureau', name: '吕梁市人力资源和社会保障局', regionCode: '141100' });
      const officer = await dataSource.transaction((em) =>
        users.createAccount(em, SYSTEM_ACTOR, { username: 'lvliang.officer', password: DEMO_PASSWORD, displayName: '吕梁市人社局 职业能力建设科', organizationId: bureau.id, roles: ['bureau_officer'] }),
      );
      const bureauActor = actor({ userId: officer.id, roles: ['bureau_officer'], organizationId: bureau.id, kind: 'bureau', region: '141100' });

      const orgs = [
        { key: 'coking', kind: 'enterprise' as const, name: '山西孝义焦煤焦化集团有限公司', region: '141181' },
        { key: 'machinery', kind: 'enterprise' as const, name: '吕梁重型机械制造有限公司', region: '141102' },
        { key: 'agency', kind: 'dispatch_agency' as const, name: '吕梁市人力资源派遣服务有限公司', region: '141102' },
      ];
      const created: Record<string, { id: string; hr: Principal }> = {};
      let seq = 1000;
      for (const o of orgs) {
        const org = await organizations.create(bureauActor, { kind: o.kind, name: o.name, regionCode: o.region, creditCode: generateCreditCode({ regionCode: o.region, sequence: ++seq }) });
        const hr = await dataSource.transaction((em) =>
          users.createAccount(em, bureauActor, { username: `${o.key}.hr`, password: DEMO_PASSWORD, displayName: `${o.name} 人力资源部`, organizationId: org.id, roles: ['hr_admin'] }),
        );
        created[o.key] = { id: org.id, hr: actor({ userId: hr.id, roles: ['hr_admin'], organizationId: org.id, kind: o.kind, region: o.region }) };
        if (o.kind === 'enterprise') {
          for (let i = 1; i <= 3; i++) {
            await dataSource.transaction((em) =>
              users.createAccount(em, created[o.key].hr, { username: `${o.key}.evaluator${i}`, password: DEMO_PASSWORD, displayName: `考评员${i}`, organizationId: org.id, roles: ['evaluator'] }),
            );
          }
        }
      }

      const random = rng(20261125);
      const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
      const types: EmploymentType[] = ['regular', 'regular', 'regular', 'regular', 'dispatched', 'dispatched', 'outsourced', 'intern', 'apprentice'];
      const started = Date.now();
      let total = 0;
      let n = 0;
      while (n < workerCount) {
        const size = Math.min(BATCH, workerCount - n);
        const byEnterprise: Record<string, Parameters<WorkersService['bulkRegister']>[2]> = { coking: [], machinery: [] };
        for (let i = 0; i < size; i++, n++) {
          const enterprise = n % 3 === 0 ? 'machinery' : 'coking';
          const type = pick(types);
          const year = 1966 + Math.floor(random() * 38);
          const birthDate = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
          const hiredYear = Math.max(year + 18, 2026 - Math.floor(random() * 25));
          const hiredOn = `${Math.min(hiredYear, 2026)}-0${1 + Math.floor(random() * 9)}-01`;
          byEnterprise[enterprise].push({
            fullName: pick([...SURNAMES]) + pick([...GIVEN]) + (random() < 0.5 ? pick([...GIVEN]) : ''),
            idNumber: generateResidentId({ regionCode: pick(COUNTIES), birthDate, sequence: n % 1000 }),
            education: pick(['junior_high', 'senior_high', 'secondary_vocational', 'technician_college_senior', 'associate', 'bachelor'] as const),
            employment: {
              employmentType: type,
              employerOrganizationId: type === 'dispatched' ? created.agency.id : undefined,
              occupationCode: pick(OCCUPATIONS),
              occupationStartedOn: hiredOn,
              hiredOn,
            },
          });
        }
        for (const key of Object.keys(byEnterprise)) {
          if (byEnterprise[key].length === 0) continue;
          const result = await dataSource.transaction((em) => workers.bulkRegister(em, created[key].hr, byEnterprise[key]));
          total += result.created;
          await dataSource.transaction(async (em) => {
            // About a third hold a skill certificate from earlier evaluations (issued elsewhere).
            await em.query(
              `INSERT INTO person_credentials (person_id, organization_id, occupation_code, rank, issued_on, issuer_name, source)
               SELECT e.person_id, e.work_org_id, e.occupation_code, (ARRAY['L5','L4','L4','L3','L3','L2'])[1 + floor(random() * 6)::int],
                      greatest(e.hired_on, DATE '2010-01-01') + (floor(random() * 1500))::int, '山西省职业技能鉴定指导中心', 'external'
                 FROM employments e WHERE e.person_id = ANY($1::uuid[]) AND random() < 0.35`,
              [result.ids],
            );
          });
        }
        if (workerCount >= 10000) write(`  ${n} / ${workerCount} workers (${Math.round((Date.now() - started) / 1000)} s)`);
      }

      // The coking group is filed as an evaluation body for 焊工 and runs a campaign open for registration.
      const bodies = app.get(EvaluationBodiesService);
      const filing = await bodies.apply(created.coking.hr, { scope: [{ occupationCode: '6-18-02-04', ranks: ['L5', 'L4', 'L3', 'L2'] }], note: '焊工技能等级认定' });
      await bodies.decide(bureauActor, filing.id, 'approve', { institutionCode: '0001', stationSerial: '140001', note: '同意备案' });
      const today = app.get(Clock).today();
      const plus = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
      const version = await app.get(StandardsService).getPublishedVersion({ occupationCode: '6-18-02-04', organizationId: created.coking.id, on: plus(21) });
      const campaigns = app.get(CampaignsService);
      let campaignLine = '';
      if (version) {
        const campaign = await campaigns.create(created.coking.hr, {
          name: `${today.slice(0, 4)}年焊工职业技能等级认定（第一批）`,
          occupationCode: '6-18-02-04',
          standardVersionId: version.id,
          levels: [{ rank: 'L4', capacity: 60 }, { rank: 'L3', capacity: 40 }],
          registrationOpensOn: today,
          registrationClosesOn: plus(14),
          assessmentStartsOn: plus(21),
          assessmentEndsOn: plus(22),
        });
        await campaigns.act(created.coking.hr, campaign.id, 'file', null);
        await campaigns.act(bureauActor, campaign.id, 'acknowledge', null);
        await campaigns.act(created.coking.hr, campaign.id, 'open_registration', null);
        campaignLine = `Campaign '${campaign.name}' is open for registration until ${plus(14)}.`;
      }
      const journeys = await seedDemoJourneys(app, {
        hr: { username: 'coking.hr', password: DEMO_PASSWORD },
        officer: { username: 'lvliang.officer', password: DEMO_PASSWORD },
        password: DEMO_PASSWORD,
        prefix: 'demo',
        openCampaign: !version,
      });

      write(
        [
          '',
          `Demo data for 吕梁市 created: 1 bureau, 2 enterprises, 1 dispatch agency, ${total} workers in ${Math.round((Date.now() - started) / 100) / 10} s.`,
          ...(campaignLine ? [campaignLine] : []),
          `Sign in with password '${DEMO_PASSWORD}' as: lvliang.officer (bureau), coking.hr, machinery.hr, agency.hr (HR),`,
          '  coking.evaluator1..3, machinery.evaluator1..3 (evaluators).',
          `Web app journeys: ${journeys.worker.username} (${journeys.worker.name}, 四级/中级工 certificate ${journeys.worker.certificateNumber}),`,
          `  ${journeys.applicant.username} (${journeys.applicant.name}, may apply now), ${journeys.evaluators.join(', ')} (evaluators scoring '${journeys.scoringCampaignName}').`,
          '',
        ].join('\n'),
      );
    });
  } catch (error) {
    write(`Seeding failed, so nothing was kept: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
  return 0;
}

/** What of the scenario, or in its way, the database already holds: demo users, the region's active bureau, organizations of the same names. */
async function findDemoData(dataSource: DataSource): Promise<string[]> {
  const users: { username: string }[] = await dataSource.query(`SELECT username FROM users WHERE username = ANY($1) ORDER BY username`, [DEMO_USERNAMES]);
  const orgs: { name: string; region_code: string; kind: string }[] = await dataSource.query(
    `SELECT name, region_code, kind FROM organizations
      WHERE (kind = 'bureau' AND status = 'active' AND region_code = $1) OR name = ANY($2) ORDER BY created_at`,
    [BUREAU_REGION, ORGANIZATION_NAMES],
  );
  return [...users.map((u) => `user ${u.username}`), ...orgs.map((o) => `${o.kind} '${o.name}' (${o.region_code})`)];
}

/**
 * Runs `work` with every query of the data source on one connection in one transaction: the
 * services open their own transactions, which then become savepoints inside it.
 */
async function inOneTransaction<T>(app: NestFastifyApplication, dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  // The scheduled jobs (one runs every minute) would take the shared runner below too and interleave their
  // savepoints with the seed's ("savepoint typeorm_2 does not exist" when a long seed crossed a minute), so they
  // are paused while the scenario is written.
  const paused = [...app.get(SchedulerRegistry, { strict: false }).getCronJobs().values()].filter((job) => job.isActive);
  for (const job of paused) job.stop();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const release = runner.release.bind(runner);
  const createQueryRunner = dataSource.createQueryRunner;
  runner.release = async () => undefined;
  dataSource.createQueryRunner = () => runner;
  try {
    await runner.startTransaction();
    const result = await work();
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    dataSource.createQueryRunner = createQueryRunner;
    await release();
    for (const job of paused) job.start();
  }
}

function actor(a: { userId: string; roles: Role[]; organizationId: string | null; kind: OrganizationKind | null; region: string | null }): Principal {
  return {
    userId: a.userId,
    username: 'seed-demo',
    sessionId: 'seed-demo',
    organizationId: a.organizationId,
    organizationKind: a.kind,
    regionCode: a.region,
    personId: null,
    roles: a.roles,
    actingAs: a.roles[0],
    requestId: 'seed-demo',
  };
}
