import { EvaluationBodiesService, formatCertificateNumber } from '@skill-ladder/evaluations';
import { DomainError } from '@skill-ladder/platform';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const BODIES = '/api/v1/evaluation-bodies';

describe('evaluation bodies (评价机构备案)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let shanxi: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let cokingFiling: string;

  const scopeCheck = (organizationId: string, ranks: string[], occupation = WELDER) =>
    t.dataSource.transaction((em) => t.app.get(EvaluationBodiesService).assertInScope(em, organizationId, occupation, ranks));
  const refused = async (organizationId: string, ranks: string[], occupation = WELDER) => {
    const error = await scopeCheck(organizationId, ranks, occupation).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  };
  const apply = (hr: Session, body: object) => t.http().post(BODIES).set(hr.auth).send(body);
  const decide = (officer: Session, id: string, decision: string, body: object = {}) => t.http().post(`${BODIES}/${id}/${decision}`).set(officer.auth).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    s = new Scenario(t);
    shanxi = await s.bureau('140000', '山西省人力资源和社会保障厅');
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义重型机械有限公司');
  });
  afterAll(() => t.close());

  it('a bureau files an enterprise for 焊工 (6-18-02-04) L4–L2 and assigns its codes', async () => {
    const applied = await apply(coking.hr, { scope: [{ occupationCode: WELDER, ranks: ['L2', 'L4', 'L3'] }], note: '焊工队伍 320 人，具备实操考核场地' }).expect(201);
    expect(applied.body).toMatchObject({
      organizationId: coking.org.id,
      organizationName: '山西吕梁焦化集团',
      bureauId: lvliang.org.id,
      status: 'applied',
      statusLabel: '待审核 / Applied',
      provinceCode: '14',
      institutionCode: null,
      stationSerial: null,
      scope: [{ occupationCode: WELDER, ranks: ['L4', 'L3', 'L2'], rankLabels: ['四级/中级工', '三级/高级工', '二级/技师'] }],
      allowedDecisions: ['approve', 'reject'],
    });
    cokingFiling = applied.body.id;

    const approved = await decide(lvliang.officer, cokingFiling, 'approve', { institutionCode: '0000', stationSerial: '000123', note: '材料齐全' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', institutionCode: '0000', stationSerial: '000123', provinceCode: '14', decisionNote: '材料齐全', allowedDecisions: ['suspend'] });
    expect(approved.body.approvedAt).toEqual(expect.any(String));

    const credentials = await scopeCheck(coking.org.id, ['L4', 'L3', 'L2']);
    expect(credentials).toEqual({ institutionCode: '0000', stationSerial: '000123', provinceCode: '14', bodyName: '山西吕梁焦化集团' });
    expect(formatCertificateNumber({ bodyType: 'Y', ...credentials, year: 2026, levelDigit: 3, serial: 1 })).toBe('Y000014000123263000001');

    const audit = await t.http().get(`/api/v1/audit-events?entityId=${cokingFiling}&action=evaluation_body.approve`).set(coking.hr.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ before: expect.objectContaining({ status: 'applied' }), after: expect.objectContaining({ status: 'approved', institutionCode: '0000' }) })]);
  });

  it('a bureau of another region, and HR of another enterprise, get 404', async () => {
    await t.http().get(`${BODIES}/${cokingFiling}`).set(taiyuan.officer.auth).expect(404);
    await decide(taiyuan.officer, cokingFiling, 'suspend', { reason: '越权' }).expect(404);
    await t.http().get(`${BODIES}/${cokingFiling}`).set(machinery.hr.auth).expect(404);
    const foreignList = await t.http().get(BODIES).set(taiyuan.officer.auth).expect(200);
    expect(foreignList.body.total).toBe(0);
    const ownList = await t.http().get(BODIES).set(machinery.hr.auth).expect(200);
    expect(ownList.body.items.map((f: { organizationId: string }) => f.organizationId)).not.toContain(coking.org.id);
    const regionList = await t.http().get(`${BODIES}?status=approved&occupationCode=${WELDER}`).set(lvliang.officer.auth).expect(200);
    expect(regionList.body.items.map((f: { id: string }) => f.id)).toContain(cokingFiling);
  });

  it('only the bureau the filing was made to decides; HR may not', async () => {
    await t.http().get(`${BODIES}/${cokingFiling}`).set(shanxi.officer.auth).expect(200);
    const province = await decide(shanxi.officer, cokingFiling, 'suspend', { reason: '省厅检查' }).expect(403);
    expect(province.body.code).toBe('NOT_THE_DECIDING_BUREAU');
    const hr = await decide(coking.hr, cokingFiling, 'suspend', { reason: '自行暂停' }).expect(403);
    expect(hr.body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('illegal transitions answer 409 INVALID_TRANSITION', async () => {
    const again = await decide(lvliang.officer, cokingFiling, 'approve', { institutionCode: '0000', stationSerial: '000123' }).expect(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
    expect((await decide(lvliang.officer, cokingFiling, 'reinstate', { reason: '无' }).expect(409)).body.code).toBe('INVALID_TRANSITION');
    expect((await decide(lvliang.officer, cokingFiling, 'reject', { reason: '无' }).expect(409)).body.code).toBe('INVALID_TRANSITION');
  });

  it('assertInScope refuses levels and occupations outside the filing with OUTSIDE_FILED_SCOPE', async () => {
    const low = await refused(coking.org.id, ['L5', 'L4']);
    expect(low).toMatchObject({ status: 422, code: 'OUTSIDE_FILED_SCOPE' });
    expect(low.errors).toEqual([expect.objectContaining({ field: 'ranks', message: expect.stringContaining('L5') })]);
    expect(await refused(coking.org.id, ['L1'])).toMatchObject({ code: 'OUTSIDE_FILED_SCOPE' });
    expect(await refused(coking.org.id, ['L3'], '6-18-01-01')).toMatchObject({ code: 'OUTSIDE_FILED_SCOPE' });
    expect(await refused(machinery.org.id, ['L3'])).toMatchObject({ code: 'OUTSIDE_FILED_SCOPE' });
  });

  it('suspend → assertInScope refuses with BODY_SUSPENDED; reinstate → allowed again; both audited with the reason', async () => {
    const noReason = await decide(lvliang.officer, cokingFiling, 'suspend', {}).expect(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['reason']));
    expect(noReason.body.errors.every((e: { field: string; message: string }) => e.field === 'reason' && e.message.includes('请填写理由'))).toBe(true);
    const suspended = await decide(lvliang.officer, cokingFiling, 'suspend', { reason: '考核现场管理不规范，责令整改' }).expect(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', statusLabel: '已暂停 / Suspended', institutionCode: '0000', allowedDecisions: ['reinstate'] });
    expect(await refused(coking.org.id, ['L3'])).toMatchObject({ status: 409, code: 'BODY_SUSPENDED' });

    const audit = await t.http().get(`/api/v1/audit-events?entityId=${cokingFiling}&action=evaluation_body.suspend`).set(lvliang.officer.auth).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        reason: '考核现场管理不规范，责令整改',
        before: expect.objectContaining({ status: 'approved' }),
        after: expect.objectContaining({ status: 'suspended' }),
      }),
    ]);

    await decide(lvliang.officer, cokingFiling, 'reinstate', { reason: '整改完成' }).expect(200);
    await expect(scopeCheck(coking.org.id, ['L3'])).resolves.toMatchObject({ stationSerial: '000123' });
  });

  it('a suspended organization may not run campaigns even with an approved filing', async () => {
    await t.http().patch(`/api/v1/organizations/${coking.org.id}`).set(lvliang.officer.auth).send({ status: 'suspended', reason: '停业整顿' }).expect(200);
    expect(await refused(coking.org.id, ['L3'])).toMatchObject({ code: 'BODY_SUSPENDED' });
    await t.http().patch(`/api/v1/organizations/${coking.org.id}`).set(lvliang.officer.auth).send({ status: 'active', reason: '恢复' }).expect(200);
    await expect(scopeCheck(coking.org.id, ['L3'])).resolves.toBeDefined();
  });

  it('the scope is extended by a new filing that keeps the body’s codes', async () => {
    const covered = await apply(coking.hr, { scope: [{ occupationCode: WELDER, ranks: ['L4', 'L3'] }] }).expect(409);
    expect(covered.body.code).toBe('SCOPE_ALREADY_FILED');
    const extension = await apply(coking.hr, { scope: [{ occupationCode: WELDER, ranks: ['L5', 'L4'] }] }).expect(201);
    const second = await apply(coking.hr, { scope: [{ occupationCode: WELDER, ranks: ['L1'] }] }).expect(409);
    expect(second.body.code).toBe('FILING_PENDING');
    const recoded = await decide(lvliang.officer, extension.body.id, 'approve', { institutionCode: '0000', stationSerial: '000999' }).expect(409);
    expect(recoded.body.code).toBe('BODY_CODES_ASSIGNED');
    const approved = await decide(lvliang.officer, extension.body.id, 'approve', {}).expect(200);
    expect(approved.body).toMatchObject({ institutionCode: '0000', stationSerial: '000123' });
    await expect(scopeCheck(coking.org.id, ['L5', 'L4', 'L3', 'L2'])).resolves.toMatchObject({ stationSerial: '000123' });
    expect(await refused(coking.org.id, ['L1'])).toMatchObject({ code: 'OUTSIDE_FILED_SCOPE' });

    // Suspending the extension halts only its levels.
    await decide(lvliang.officer, extension.body.id, 'suspend', { reason: '五级考核暂停' }).expect(200);
    expect(await refused(coking.org.id, ['L5'])).toMatchObject({ code: 'BODY_SUSPENDED' });
    await expect(scopeCheck(coking.org.id, ['L4', 'L3'])).resolves.toBeDefined();
  });

  it('rejection needs a reason and is final; the enterprise may file anew', async () => {
    const filing = await apply(machinery.hr, { scope: [{ occupationCode: WELDER, ranks: ['L3'] }] }).expect(201);
    await decide(lvliang.officer, filing.body.id, 'reject', { reason: '   ' }).expect(400);
    const rejected = await decide(lvliang.officer, filing.body.id, 'reject', { reason: '无实操考核场地' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionNote: '无实操考核场地', allowedDecisions: [] });
    expect((await decide(lvliang.officer, filing.body.id, 'suspend', { reason: '无' }).expect(409)).body.code).toBe('INVALID_TRANSITION');
    await apply(machinery.hr, { scope: [{ occupationCode: WELDER, ranks: ['L3'] }] }).expect(201);
  });

  it('a first approval must assign codes, and codes are unique in the province', async () => {
    const [pending] = (await t.http().get(`${BODIES}?status=applied&organizationId=${machinery.org.id}`).set(lvliang.officer.auth).expect(200)).body.items;
    const missing = await decide(lvliang.officer, pending.id, 'approve', {}).expect(422);
    expect(missing.body).toMatchObject({ code: 'BODY_CODES_REQUIRED' });
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['institutionCode', 'stationSerial']);
    const badFormat = await decide(lvliang.officer, pending.id, 'approve', { institutionCode: '12', stationSerial: '12345X' }).expect(400);
    expect(badFormat.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['institutionCode', 'stationSerial']);

    const sameCodes = await decide(lvliang.officer, pending.id, 'approve', { institutionCode: '0000', stationSerial: '000123' }).expect(409);
    expect(sameCodes.body.code).toBe('STATION_SERIAL_TAKEN');
    await decide(lvliang.officer, pending.id, 'approve', { institutionCode: '0001', stationSerial: '000200' }).expect(200);

    const third = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁钢铁有限公司');
    const filing = await apply(third.hr, { scope: [{ occupationCode: WELDER, ranks: ['L4'] }] }).expect(201);
    const sameInstitution = await decide(lvliang.officer, filing.body.id, 'approve', { institutionCode: '0001', stationSerial: '000300' }).expect(409);
    expect(sameInstitution.body).toMatchObject({ code: 'INSTITUTION_CODE_TAKEN', errors: [expect.objectContaining({ field: 'institutionCode' })] });
    // A failed approval changes nothing.
    expect((await t.http().get(`${BODIES}/${filing.body.id}`).set(third.hr.auth).expect(200)).body.status).toBe('applied');
    await decide(lvliang.officer, filing.body.id, 'approve', { institutionCode: '0000', stationSerial: '000300' }).expect(200);
  });

  it('files with the most local bureau covering the enterprise, or the one named if it covers it', async () => {
    const ent = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义煤机厂');
    const elsewhere = await apply(ent.hr, { bureauId: taiyuan.org.id, scope: [{ occupationCode: WELDER, ranks: ['L4'] }] }).expect(422);
    expect(elsewhere.body).toMatchObject({ code: 'BUREAU_NOT_COMPETENT', errors: [expect.objectContaining({ field: 'bureauId' })] });
    const provincial = await apply(ent.hr, { bureauId: shanxi.org.id, scope: [{ occupationCode: WELDER, ranks: ['L4'] }] }).expect(201);
    expect(provincial.body).toMatchObject({ bureauId: shanxi.org.id, bureauName: '山西省人力资源和社会保障厅' });
    await decide(lvliang.officer, provincial.body.id, 'approve', { institutionCode: '0000', stationSerial: '000400' }).expect(403);
    await decide(shanxi.officer, provincial.body.id, 'approve', { institutionCode: '0000', stationSerial: '000400' }).expect(200);
  });

  it('only enterprises apply, and the scope is validated field by field', async () => {
    const agency = await s.organization(lvliang.officer, 'dispatch_agency', '141102');
    expect((await apply(agency.hr, { scope: [{ occupationCode: WELDER, ranks: ['L4'] }] }).expect(403)).body.code).toBe('FILING_ENTERPRISE_ONLY');
    await apply(lvliang.officer, { scope: [{ occupationCode: WELDER, ranks: ['L4'] }] }).expect(403);
    const bad = await apply(machinery.hr, { scope: [{ occupationCode: '61802', ranks: ['L0', 'special'] }] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['scope[0].occupationCode', 'scope[0].ranks']);
    await apply(machinery.hr, { scope: [] }).expect(400);
    await t.http().get(`${BODIES}/not-a-uuid`).set(lvliang.officer.auth).expect(400);
  });
});
