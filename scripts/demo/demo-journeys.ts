import ExcelJS from 'exceljs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock, generateResidentId } from '@skill-ladder/platform';

/**
 * The people and the history the web app's journeys start from, built through the HTTP API as
 * its users would (so every rule and audit event applies): evaluators in the pool, a welder who
 * earned 四级/中级工 in a campaign two months ago (certificate, PDF, QR code), a colleague who may
 * apply now, and a campaign in scoring with draft sheets for the evaluators. Used by
 * `npm run seed:demo` and by the browser tests. The clock is moved back to let the past campaign
 * run through registration, scoring and publicity, then returned to now.
 */
export interface DemoJourneyOptions {
  /** HR of the enterprise that runs the campaigns (an evaluation body for 焊工, or about to be filed as one). */
  hr: { username: string; password: string };
  /** The bureau officer competent for the enterprise. */
  officer: { username: string; password: string };
  /** Password for the accounts created here. */
  password: string;
  /** Prefix of the created usernames, e.g. `demo` → demo.worker, demo.applicant, demo.evaluator1. */
  prefix: string;
  /** Also open a campaign for registration (the seed already has one). */
  openCampaign: boolean;
}

export interface DemoJourneyResult {
  worker: { username: string; name: string; certificateNumber: string };
  applicant: { username: string; name: string };
  evaluators: string[];
  scoringCampaignName: string;
}

const WELDER = '6-18-02-04';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DAY = 86_400_000;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

class Http {
  constructor(private readonly app: NestFastifyApplication) {}

  async login(username: string, password: string): Promise<string> {
    return (await this.call<{ accessToken: string }>(null, 'POST', '/auth/login', { username, password })).accessToken;
  }

  async call<T = unknown>(token: string | null, method: Method, path: string, body?: unknown, contentType?: string): Promise<T> {
    const raw = Buffer.isBuffer(body);
    const res = await this.app.getHttpAdapter().getInstance().inject({
      method,
      url: `/api/v1${path}`,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': contentType ?? 'application/json' } : {}),
      },
      payload: body === undefined ? undefined : raw ? (body as Buffer) : JSON.stringify(body),
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${path} → ${res.statusCode} ${res.body}`);
    return (res.body ? res.json() : undefined) as T;
  }
}

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export async function seedDemoJourneys(app: NestFastifyApplication, o: DemoJourneyOptions): Promise<DemoJourneyResult> {
  const http = new Http(app);
  const clock = app.get(Clock);
  const offset = clock.now().getTime() - Date.now();
  const backToNow = () => clock.travelTo(new Date(Date.now() + offset));
  const today = clock.today();
  const at = (date: string) => clock.travelTo(new Date(`${date}T09:00:00+08:00`));
  let sequence = 900;
  const idNumber = (birthDate: string) => generateResidentId({ regionCode: '141102', birthDate, sequence: ++sequence });

  try {
    // Two months back: the past campaign starts here.
    const pastStart = plusDays(today, -70);
    at(pastStart);
    const hr = await http.login(o.hr.username, o.hr.password);
    const officer = await http.login(o.officer.username, o.officer.password);

    const filings = await http.call<{ items: { status: string }[] }>(hr, 'GET', '/evaluation-bodies');
    if (!filings.items.some((f) => f.status === 'approved')) {
      const filing = await http.call<{ id: string }>(hr, 'POST', '/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L5', 'L4', 'L3', 'L2'] }], note: '焊工技能等级认定' });
      await http.call(officer, 'POST', `/evaluation-bodies/${filing.id}/approve`, { institutionCode: '0001', stationSerial: '140001', note: '同意备案' });
    }
    const standards = await http.call<{ items: { inForce: { id: string } | null }[] }>(hr, 'GET', `/standards?occupationCode=${WELDER}&source=national`);
    const versionId = standards.items[0]?.inForce?.id;
    if (!versionId) throw new Error('No national standard for 焊工 in force');

    const worker = async (fullName: string, birthDate: string, since: string) =>
      (
        await http.call<{ id: string }>(hr, 'POST', '/workers', {
          fullName,
          idNumber: idNumber(birthDate),
          employment: { employmentType: 'regular', occupationCode: WELDER, occupationStartedOn: since, hiredOn: since },
        })
      ).id;

    // The evaluator pool: three welding evaluators with worker records and qualifications.
    const evaluators: { username: string; token: string; profileId: string }[] = [];
    for (const [i, name] of ['高建华', '孙立新', '赵国强'].entries()) {
      const username = `${o.prefix}.evaluator${i + 1}`;
      const user = await http.call<{ id: string }>(hr, 'POST', '/users', { username, password: o.password, displayName: `考评员 ${name}`, roles: ['evaluator'] });
      const personId = await worker(name, `197${i + 2}-03-29`, '2000-07-01');
      const profile = await http.call<{ id: string }>(hr, 'POST', '/evaluators', {
        userId: user.id,
        personId,
        occupations: [WELDER],
        highestRank: 'L1',
        qualificationCertificateNumber: `KPY-1411-${String(9000 + i)}`,
        validFrom: '2024-01-01',
        validUntil: '2029-12-31',
      });
      evaluators.push({ username, token: '', profileId: profile.id });
    }

    const campaign = async (name: string, opens: string, rank: 'L4', register: string[]) => {
      const c = await http.call<{ id: string }>(hr, 'POST', '/campaigns', {
        name,
        occupationCode: WELDER,
        standardVersionId: versionId,
        levels: [{ rank, capacity: 30 }],
        registrationOpensOn: opens,
        registrationClosesOn: plusDays(opens, 3),
        assessmentStartsOn: plusDays(opens, 5),
        assessmentEndsOn: plusDays(opens, 6),
      });
      await http.call(hr, 'POST', `/campaigns/${c.id}/file`);
      await http.call(officer, 'POST', `/campaigns/${c.id}/acknowledge`);
      await http.call(hr, 'POST', `/campaigns/${c.id}/open-registration`);
      const tickets: Record<string, string> = {};
      for (const personId of register) {
        const application = await http.call<{ id: string }>(hr, 'POST', `/campaigns/${c.id}/applications`, { rank, personId });
        tickets[personId] = (await http.call<{ ticketNumber: string }>(hr, 'POST', `/applications/${application.id}/approve`)).ticketNumber;
      }
      await http.call(hr, 'POST', `/campaigns/${c.id}/close-registration`);
      await http.call(hr, 'POST', `/campaigns/${c.id}/start-assessment`);
      await http.call(hr, 'POST', `/campaigns/${c.id}/draws`, { rank, component: 'practical' });
      await http.call(hr, 'POST', `/campaigns/${c.id}/start-scoring`);
      return { id: c.id, tickets };
    };

    // 王建国 has welded here since 2019: 四级/中级工 from the past campaign, 三级 when ten years are up.
    const wang = { name: '王建国', id: await worker('王建国', '1991-05-29', '2019-07-01') };
    const past = [wang, { name: '刘芳', id: await worker('刘芳', '1993-08-30', '2018-03-01') }, { name: '陈志强', id: await worker('陈志强', '1988-11-29', '2016-09-01') }];
    const pastName = `${pastStart.slice(0, 4)}年焊工四级认定（${Number(pastStart.slice(5, 7))}月批）`;
    const first = await campaign(pastName, pastStart, 'L4', past.map((p) => p.id));
    for (const e of evaluators) e.token = await http.login(e.username, o.password);
    for (const [i, e] of evaluators.entries()) {
      const sheets = await http.call<{ id: string; candidateName: string }[]>(e.token, 'GET', `/score-sheets?campaignId=${first.id}`);
      for (const sheet of sheets) await http.call(e.token, 'POST', `/score-sheets/${sheet.id}/submit`, { score: sheet.candidateName === '陈志强' ? 52 + i : 84 + i * 2 });
    }
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('理论成绩');
    sheet.addRow(['准考证号', '姓名', '成绩']);
    for (const p of past) sheet.addRow([first.tickets[p.id], p.name, p.name === '陈志强' ? 71 : 88]);
    await http.call(hr, 'POST', `/campaigns/${first.id}/theory-scores/import`, Buffer.from(await book.xlsx.writeBuffer()), XLSX);
    const publication = await http.call<{ endsOn: string }>(hr, 'POST', `/campaigns/${first.id}/publish-results`);
    // The window is five working days on the statutory calendar: past holidays it runs longer.
    at(plusDays(publication.endsOn, 1));
    await http.call(hr, 'POST', `/campaigns/${first.id}/finalize`);
    const issued = await http.call<{ items: { certificateNumber: string }[] }>(hr, 'GET', `/certificates?personId=${wang.id}`);

    // Three weeks back: a campaign now in scoring, with a draft sheet per evaluator and candidate.
    const scoringStart = plusDays(today, -20);
    at(scoringStart);
    const scoringName = `${scoringStart.slice(0, 4)}年焊工四级认定（${Number(scoringStart.slice(5, 7))}月批）`;
    const candidates = [
      await worker('周丽娟', '1995-02-28', '2017-04-01'),
      await worker('吴海涛', '1990-06-30', '2015-10-01'),
      await worker('郑晓东', '1992-09-29', '2016-06-01'),
    ];
    await campaign(scoringName, scoringStart, 'L4', candidates);

    backToNow();
    // 李秀英 has welded here for eleven years and holds no certificate yet: she may apply for 四级 now.
    const li = await worker('李秀英', '1989-04-29', '2015-03-01');
    if (o.openCampaign) {
      const open = await http.call<{ id: string }>(hr, 'POST', '/campaigns', {
        name: `${today.slice(0, 4)}年焊工职业技能等级认定（报名中）`,
        occupationCode: WELDER,
        standardVersionId: versionId,
        levels: [{ rank: 'L4', capacity: 60 }, { rank: 'L3', capacity: 40 }],
        registrationOpensOn: today,
        registrationClosesOn: plusDays(today, 14),
        assessmentStartsOn: plusDays(today, 21),
        assessmentEndsOn: plusDays(today, 22),
      });
      await http.call(hr, 'POST', `/campaigns/${open.id}/file`);
      await http.call(officer, 'POST', `/campaigns/${open.id}/acknowledge`);
      await http.call(hr, 'POST', `/campaigns/${open.id}/open-registration`);
      // 考场编排 planned ahead: the theory exam in two rooms and the practical in the workshop; seats once registration closes.
      const day = plusDays(today, 21);
      const rooms = [
        { component: 'theory', room: '第1考场（301）', seatCount: 40, from: '09:00', to: '10:30', invigilatorIds: [evaluators[0].profileId, evaluators[1].profileId] },
        { component: 'theory', room: '第2考场（302）', seatCount: 40, from: '09:00', to: '10:30', invigilatorIds: [evaluators[2].profileId] },
        { component: 'practical', room: '焊接实训车间', seatCount: 20, from: '13:30', to: '17:00', invigilatorIds: [evaluators[0].profileId] },
      ];
      for (const r of rooms) {
        await http.call(hr, 'POST', `/campaigns/${open.id}/exam-sessions`, {
          component: r.component, place: '焦化集团职工培训中心', room: r.room, seatCount: r.seatCount,
          startsAt: `${day}T${r.from}:00+08:00`, endsAt: `${day}T${r.to}:00+08:00`, invigilatorIds: r.invigilatorIds,
        });
      }
    }
    const workerUsername = `${o.prefix}.worker`;
    const applicantUsername = `${o.prefix}.applicant`;
    await http.call(hr, 'POST', `/workers/${wang.id}/account`, { username: workerUsername, password: o.password });
    await http.call(hr, 'POST', `/workers/${li}/account`, { username: applicantUsername, password: o.password });
    return {
      worker: { username: workerUsername, name: wang.name, certificateNumber: issued.items[0].certificateNumber },
      applicant: { username: applicantUsername, name: '李秀英' },
      evaluators: evaluators.map((e) => e.username),
      scoringCampaignName: scoringName,
    };
  } finally {
    backToNow();
  }
}
