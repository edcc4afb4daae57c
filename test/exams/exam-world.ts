import { login, Session } from '../harness/auth';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import type { TestApp } from '../harness/test-app';

export const WELDER = '6-18-02-04';

export interface ExamWorld {
  lvliang: { org: OrgRef; officer: Session };
  taiyuan: { org: OrgRef; officer: Session };
  /** Filed as an evaluation body for 焊工 at `ranks`. */
  coking: { org: OrgRef; hr: Session };
  /** Not filed. */
  machinery: { org: OrgRef; hr: Session };
  /** A second HR officer of the coking group, who reviews items the first one wrote. */
  reviewer: Session;
}

/**
 * The tenants the exam specs work with: the 吕梁 bureau with a filed enterprise (and a second HR
 * officer to review) and an unfiled one, and another city's bureau that must see nothing.
 */
export async function examWorld(t: TestApp, ranks: string[]): Promise<ExamWorld> {
  const s = new Scenario(t);
  const lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
  const taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
  const coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
  const machinery = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义重型机械有限公司');
  await s.post(lvliang.officer, '/api/v1/users', { username: 'coking.reviewer', password: PASSWORD, displayName: '审题人', organizationId: coking.org.id, roles: ['hr_admin'] });
  const reviewer = await login(t, 'coking.reviewer', PASSWORD);
  const filing = await s.post(coking.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks }] });
  const approved = await t.http().post(`/api/v1/evaluation-bodies/${filing.id}/approve`).set(lvliang.officer.auth).send({ institutionCode: '0000', stationSerial: '000123' });
  if (approved.status !== 200) throw new Error(`filing approval → ${approved.status}`);
  return { lvliang, taiyuan, coking, machinery, reviewer };
}

export interface ExamEvaluator {
  profileId: string;
  personId: string;
  name: string;
  session: Session;
}

/**
 * Evaluator accounts of the coking group for 焊工 (up to 一级), each with a worker record and a
 * pool profile, signed in. `prefix` keeps each spec's usernames and qualification numbers apart.
 */
export async function examEvaluators(t: TestApp, world: ExamWorld, names: readonly string[], prefix: string): Promise<ExamEvaluator[]> {
  const s = new Scenario(t);
  const out: ExamEvaluator[] = [];
  for (const name of names) {
    const n = out.length + 1;
    const username = `${prefix.toLowerCase()}.evaluator${n}`;
    const user = await s.post(world.coking.hr, '/api/v1/users', { username, password: PASSWORD, displayName: name, roles: ['evaluator'] });
    const person = await s.worker(world.coking.hr, { fullName: name });
    const profile = await s.post(world.coking.hr, '/api/v1/evaluators', {
      userId: user.id, personId: person.id, occupations: [WELDER], highestRank: 'L1',
      qualificationCertificateNumber: `KPY-${prefix.toUpperCase()}-${String(n).padStart(4, '0')}`, validFrom: '2024-01-01', validUntil: '2029-12-31',
    });
    out.push({ profileId: profile.id, personId: person.id, name, session: await login(t, username, PASSWORD) });
  }
  return out;
}

/**
 * A 焊工 bank of the coking group at `rank`, filled from an XLSX item sheet, every item reviewed by
 * the second HR officer and put in use by the first.
 */
export async function activeBank<Item extends { id: string } = { id: string }>(
  t: TestApp,
  world: ExamWorld,
  bank: { name: string; rank: string; sheet: Buffer },
): Promise<{ bankId: string; items: Item[] }> {
  const s = new Scenario(t);
  const http = () => t.http();
  const BANKS = '/api/v1/question-banks';
  const bankId = (await s.post(world.coking.hr, BANKS, { occupationCode: WELDER, rank: bank.rank, name: bank.name })).id as string;
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await http().post(`${BANKS}/${bankId}/items/import`).set(world.coking.hr.auth).set('content-type', XLSX).send(bank.sheet).expect(200);
  const items: Item[] = (await http().get(`${BANKS}/${bankId}/items?pageSize=50`).set(world.coking.hr.auth).expect(200)).body.items;
  for (const item of items) {
    await http().post(`${BANKS}/${bankId}/items/${item.id}/status`).set(world.reviewer.auth).send({ status: 'reviewed' }).expect(200);
    await http().post(`${BANKS}/${bankId}/items/${item.id}/status`).set(world.coking.hr.auth).send({ status: 'active' }).expect(200);
  }
  return { bankId, items };
}

/**
 * A 焊工 四级 campaign of the coking group by the national standard, filed, acknowledged by the
 * 吕梁 bureau and open for registration (2026-09-01 … 05), assessed on 2026-09-08 and 09.
 */
export async function openWelderCampaign(t: TestApp, world: ExamWorld, campaign: { name: string; capacity: number; allowedEmploymentTypes?: string[] }): Promise<string> {
  const post = async (who: Session, path: string, body: object = {}) => {
    const res = await t.http().post(path).set(who.auth).send(body);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const standards = await t.http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(world.coking.hr.auth).expect(200);
  const { id } = await post(world.coking.hr, '/api/v1/campaigns', {
    name: campaign.name, occupationCode: WELDER, standardVersionId: standards.body.items[0].inForce.id, levels: [{ rank: 'L4', capacity: campaign.capacity }],
    registrationOpensOn: '2026-09-01', registrationClosesOn: '2026-09-05', assessmentStartsOn: '2026-09-08', assessmentEndsOn: '2026-09-09',
    ...(campaign.allowedEmploymentTypes ? { allowedEmploymentTypes: campaign.allowedEmploymentTypes } : {}),
  });
  await post(world.coking.hr, `/api/v1/campaigns/${id}/file`);
  await post(world.lvliang.officer, `/api/v1/campaigns/${id}/acknowledge`);
  await post(world.coking.hr, `/api/v1/campaigns/${id}/open-registration`);
  return id as string;
}
