import ExcelJS from 'exceljs';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = ['姓名', '身份证号码', '用工形式', '派遣单位', '入职日期', '职业编码', '手机号码'];

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('职工名单');
  sheet.addRow(HEADERS);
  rows.forEach((cells, i) => cells.forEach((text, c) => (sheet.getCell(i + 2, c + 1).value = text)));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('workers: XLSX import (all or nothing, per-row report)', () => {
  let t: TestApp;
  let s: Scenario;
  let bureau: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let agency: { org: OrgRef; hr: Session };

  beforeAll(async () => {
    t = await createTestApp();
    s = new Scenario(t);
    bureau = await s.bureau('141100');
    coking = await s.organization(bureau.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(bureau.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    agency = await s.organization(bureau.officer, 'dispatch_agency', '141102', '吕梁人力资源派遣有限公司');
  });
  afterAll(() => t.close());

  const upload = (session: Session, file: Buffer) => t.http().post('/api/v1/workers/import').set(session.auth).set('content-type', XLSX).send(file);
  const count = async (orgId: string) => (await t.dataSource.query('SELECT count(*)::int AS n FROM persons WHERE organization_id = $1', [orgId]))[0].n as number;

  it('the template has the Chinese headers and an example row that passes the rules', async () => {
    const res = await t.http().get('/api/v1/workers/import/template').set(coking.hr.auth).buffer(true)
      .parse((r, done) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => done(null, Buffer.concat(chunks))); })
      .expect(200);
    expect(res.headers['content-type']).toContain(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    const sheet = book.worksheets[0];
    expect((sheet.getRow(1).values as string[]).filter(Boolean)).toEqual(['姓名', '身份证号码', '用工形式', '派遣单位', '从事本职业起始日期', '入职日期', '职业编码', '岗位', '手机号码', '文化程度']);
    expect(sheet.getRow(2).getCell(1).text).toBe('王建国');
    // The example row as it stands imports (into an enterprise with no one of that ID number yet).
    const fresh = await s.organization(bureau.officer, 'enterprise', '141102', '模板试用企业');
    const ok = await upload(fresh.hr, res.body).expect(200);
    expect(ok.body).toMatchObject({ rows: 1, created: 1, badRows: [] });
    await t.http().get('/api/v1/workers/import/template').set(bureau.officer.auth).expect(403);
  });

  it('20 rows with 3 bad ones: the report names those rows and fields and nothing is written; fixed, all 20 are imported', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => [`导入职工${i + 1}`, s.idNumber(), '正式职工', '', '2020-03-01', '6-18-02-04', `1380000${String(1000 + i)}`]);
    rows[3] = [rows[3][0], rows[3][1], '劳务派遣工', '吕梁人力资源派遣有限公司', '2021-05-10', '', '']; // a good dispatched worker, agency by name
    const good = rows.map((r) => [...r]);
    const brokenId = `${rows[4][1].slice(0, 17)}${rows[4][1][17] === '0' ? '1' : '0'}`;
    rows[4][1] = brokenId; // row 6: check digit wrong
    rows[9][2] = '劳务派遣工'; // row 11: dispatched without an agency
    rows[14][4] = '2021-02-30'; // row 16: no such day
    rows[14][6] = '123'; // and a bad phone on the same row
    const before = await count(coking.org.id);

    const res = await upload(coking.hr, await workbook(rows)).expect(200);
    expect(res.body).toMatchObject({ rows: 20, created: 0, workerIds: [] });
    expect(res.body.badRows.map((r: { row: number }) => r.row)).toEqual([6, 11, 16]);
    expect(res.body.badRows[0].errors).toEqual([expect.objectContaining({ field: 'idNumber', fieldLabel: '身份证号码', message: expect.stringContaining('第6行「身份证号码」：身份证号码校验位错误') })]);
    expect(res.body.badRows[1].errors).toEqual([expect.objectContaining({ field: 'agency', code: 'required', message: expect.stringContaining('劳务派遣工须填写派遣单位') })]);
    expect(res.body.badRows[2].errors.map((e: { field: string }) => e.field).sort()).toEqual(['hiredOn', 'phone']);
    expect(JSON.stringify(res.body)).not.toContain(brokenId);
    expect(await count(coking.org.id)).toBe(before);

    const fixed = await upload(coking.hr, await workbook(good)).expect(200);
    expect(fixed.body).toMatchObject({ rows: 20, created: 20, badRows: [] });
    expect(await count(coking.org.id)).toBe(before + 20);
    const list = await t.http().get('/api/v1/workers?name=导入职工&pageSize=50').set(coking.hr.auth).expect(200);
    expect(list.body.total).toBe(20);
    const dispatched = await t.http().get(`/api/v1/workers/${fixed.body.workerIds[3]}`).set(agency.hr.auth).expect(200);
    expect(dispatched.body.employments[0]).toMatchObject({ employmentType: 'dispatched', employerOrganizationId: agency.org.id, workOrganizationId: coking.org.id, hiredOn: '2021-05-10' });
    const audit = await t.http().get('/api/v1/audit-events?action=worker.import').set(coking.hr.auth).expect(200);
    expect(audit.body.total).toBe(1);

    // The same file again: every row is already on file, so nothing is written twice.
    const again = await upload(coking.hr, await workbook(good)).expect(200);
    expect(again.body.created).toBe(0);
    expect(again.body.badRows).toHaveLength(20);
    expect(again.body.badRows[0].errors[0]).toMatchObject({ field: 'idNumber', code: 'alreadyRegistered' });
    expect(await count(coking.org.id)).toBe(before + 20);
  });

  it('writes into the importer’s own enterprise only, refuses other files and roles', async () => {
    const file = await workbook([['别家职工', s.idNumber(), '正式职工', '', '2022-01-01', '', '']]);
    const res = await upload(machinery.hr, file).expect(200);
    const worker = res.body.workerIds[0];
    await t.http().get(`/api/v1/workers/${worker}`).set(machinery.hr.auth).expect(200);
    await t.http().get(`/api/v1/workers/${worker}`).set(coking.hr.auth).expect(404);
    expect((await upload(agency.hr, file).expect(403)).body.code).toBe('WORKER_IMPORT_RESTRICTED');
    await upload(bureau.officer, file).expect(403);
    expect((await upload(coking.hr, Buffer.from('%PDF-1.4 not a workbook')).expect(415)).body.code).toBe('XLSX_REQUIRED');
    const headless = new ExcelJS.Workbook();
    headless.addWorksheet('x').addRow(['姓名', '手机号码']);
    const missing = await upload(coking.hr, Buffer.from(await headless.xlsx.writeBuffer())).expect(422);
    expect(missing.body.code).toBe('IMPORT_SHEET_INVALID');
    expect(missing.body.errors.map((e: { message: string }) => e.message).join()).toContain('缺少「身份证号码」列');
  });
});
