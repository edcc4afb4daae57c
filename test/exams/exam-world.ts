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
