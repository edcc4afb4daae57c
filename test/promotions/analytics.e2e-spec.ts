import ExcelJS from 'exceljs';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const WELDER = '6-18-02-04';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = (session: Session, path: string) =>
  t.http().get(path).set(session.auth).buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The bureau's analytics cover its enterprises and nothing of another region. */
let t: TestApp;

describe('promotions: analytics', () => {
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let steel: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let taiyuanPlant: { org: OrgRef; hr: Session };
  let agency: { org: OrgRef; hr: Session };

  const credential = (hr: Session, id: string, rank: string, issuedOn: string) =>
    s.post(hr, `/api/v1/workers/${id}/credentials`, { occupationCode: WELDER, rank, issuedOn, issuerName: '山西省职业技能鉴定指导中心' });

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-09-30T09:00:00+08:00'));
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    steel = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁钢铁集团');
    machinery = await s.organization(lvliang.officer, 'enterprise', '141182', '汾阳机械厂');
    agency = await s.organization(lvliang.officer, 'dispatch_agency', '141102', '吕梁人力资源派遣有限公司');
    taiyuanPlant = await s.organization(taiyuan.officer, 'enterprise', '140105', '太原重型机械集团');

    // 吕梁钢铁: a 高级工 (技师 opens 2027-06-01), a 高级技师 (特级技师 needs a contribution), a dispatched worker with no level yet.
    await credential(steel.hr, (await s.worker(steel.hr, { fullName: '钢铁高级工' })).id, 'L3', '2022-06-01');
    await credential(steel.hr, (await s.worker(steel.hr, { fullName: '钢铁高级技师' })).id, 'L1', '2020-01-01');
    await s.worker(steel.hr, { fullName: '钢铁派遣工' }, { employmentType: 'dispatched', employerOrganizationId: agency.org.id, hiredOn: '2024-03-01', occupationStartedOn: '2024-03-01' });
    // 汾阳机械: a 中级工 in the trade since 2020, whose 高级工 opens 2027-01-15 (四级 held 4 years).
    await credential(machinery.hr, (await s.worker(machinery.hr, { fullName: '机械中级工' }, { hiredOn: '2020-01-01', occupationStartedOn: '2020-01-01' })).id, 'L4', '2023-01-15');
    // 太原 (another region): two certified workers, and a worker of the Lüliang agency dispatched there.
    await credential(taiyuanPlant.hr, (await s.worker(taiyuanPlant.hr, { fullName: '太原技师' })).id, 'L2', '2019-01-01');
    await credential(taiyuanPlant.hr, (await s.worker(taiyuanPlant.hr, { fullName: '太原高级技师' })).id, 'L1', '2018-01-01');
    await s.worker(taiyuanPlant.hr, { fullName: '派往太原' }, { employmentType: 'dispatched', employerOrganizationId: agency.org.id, hiredOn: '2025-01-01' });
    await s.post(steel.hr, `/api/v1/organizations/${steel.org.id}/tier-policies`, { nationalRank: 'special', termMonths: 36, monthlyAllowance: 3000, quota: { kind: 'fixed', fixed: 1 } });
  });
  afterAll(() => t.close());

  it('the bureau’s region report covers its two enterprises, counted where people work', async () => {
    const res = await t.http().get('/api/v1/analytics/region').set(lvliang.officer.auth).expect(200);
    const r = res.body;
    expect(r.scope).toMatchObject({ kind: 'region', regionCode: '141100', regionName: '吕梁市' });
    expect(r.enterprises.map((e: { name: string; workers: number; highSkilled: number }) => [e.name, e.workers, e.highSkilled])).toEqual([
      ['吕梁钢铁集团', 3, 2],
      ['汾阳机械厂', 1, 0],
    ]);
    expect(r.totals).toEqual({ workers: 4, certified: 3, certificationRate: 75, highSkilled: 2, highSkilledShare: 50 });
    expect(Object.fromEntries(r.byRank.map((x: { rank: string; workers: number }) => [x.rank, x.workers]))).toEqual({ none: 1, L5: 0, L4: 1, L3: 1, L2: 0, L1: 1, special: 0, chief: 0 });
    expect(r.byOccupation).toEqual([expect.objectContaining({ occupationCode: WELDER, occupationName: expect.any(String), workers: 4, highSkilled: 2 })]);
    expect(r.certificationRates).toEqual({
      dispatched: { workers: 1, certified: 0, certificationRate: 0, highSkilled: 0, highSkilledShare: 0 },
      regular: { workers: 3, certified: 3, certificationRate: 100, highSkilled: 2, highSkilledShare: 66.7 },
    });
    expect(r.pipeline).toMatchObject({ now: 1, within6Months: 2, within12Months: 3 });
    expect(r.pipeline.byNextRank.map((x: { rank: string; now: number; within6Months: number; within12Months: number }) => [x.rank, x.now, x.within6Months, x.within12Months])).toEqual([
      ['L5', 1, 1, 1],
      ['L3', 0, 1, 1],
      ['L2', 0, 0, 1],
      ['special', 0, 0, 0],
    ]);
    expect(r.appointments).toEqual([expect.objectContaining({ organizationName: '吕梁钢铁集团', tierName: '特级技师', limit: 1, held: 0, remaining: 1 })]);
    // Nothing of 太原: not its enterprise, not its workers, not the Lüliang agency's worker placed there.
    expect(JSON.stringify(r)).not.toContain('太原');
  });

  it('never shows another region, whichever way it is asked', async () => {
    await t.http().get('/api/v1/analytics/region?regionCode=140100').set(lvliang.officer.auth).expect(404);
    await t.http().get('/api/v1/analytics/region?regionCode=141100').set(taiyuan.officer.auth).expect(404);
    await t.http().get(`/api/v1/analytics/enterprises/${taiyuanPlant.org.id}`).set(lvliang.officer.auth).expect(404);
    const own = await t.http().get('/api/v1/analytics/region').set(taiyuan.officer.auth).expect(200);
    expect(own.body.enterprises.map((e: { name: string }) => e.name)).toEqual(['太原重型机械集团']);
    expect(own.body.totals).toMatchObject({ workers: 3, certified: 2 });
    const county = await t.http().get('/api/v1/analytics/region?regionCode=141182').set(lvliang.officer.auth).expect(200);
    expect(county.body.enterprises.map((e: { name: string }) => e.name)).toEqual(['汾阳机械厂']);
    await t.http().get('/api/v1/analytics/region').set(steel.hr.auth).expect(403);
  });

  it('an enterprise’s HR sees its own enterprise, dispatched workers included', async () => {
    const res = await t.http().get(`/api/v1/analytics/enterprises/${steel.org.id}`).set(steel.hr.auth).expect(200);
    expect(res.body.scope).toMatchObject({ kind: 'enterprise', organizationId: steel.org.id, organizationName: '吕梁钢铁集团' });
    expect(res.body.byEmploymentType.filter((x: { workers: number }) => x.workers > 0).map((x: { employmentType: string; workers: number; certificationRate: number }) => [x.employmentType, x.workers, x.certificationRate])).toEqual([
      ['regular', 2, 100],
      ['dispatched', 1, 0],
    ]);
    await t.http().get(`/api/v1/analytics/enterprises/${machinery.org.id}`).set(steel.hr.auth).expect(404);
    await t.http().get(`/api/v1/analytics/enterprises/${agency.org.id}`).set(agency.hr.auth).expect(422);
    await t.http().get(`/api/v1/analytics/enterprises/${machinery.org.id}`).set(lvliang.officer.auth).expect(200);
  });

  it('exports the same figures as XLSX', async () => {
    const res = await download(lvliang.officer, '/api/v1/analytics/region/export').expect(200);
    expect(res.headers['content-type']).toContain(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map((w) => w.name)).toEqual(['概览', '按企业', '按等级', '按职业', '按用工形式', '晋级储备', '通过率', '考评员宽严', '评聘名额']);
    const enterprises = book.getWorksheet('按企业')!;
    expect(enterprises.getRow(2).values).toEqual([undefined, '吕梁钢铁集团', '141102', 3, 2, 66.7, 2, 66.7]);
    expect(enterprises.rowCount).toBe(3);
    expect(book.getWorksheet('晋级储备')!.getRow(6).values).toEqual([undefined, '合计', 1, 2, 3]);
    const enterprise = await download(steel.hr, `/api/v1/analytics/enterprises/${steel.org.id}/export`).expect(200);
    expect(enterprise.headers['content-disposition']).toContain('analytics-enterprise-2026-09-30.xlsx');
  });
});
