import ExcelJS from 'exceljs';
import { generateResidentId, PiiCipher } from '@skill-ladder/platform';
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

  it('2,100 rows in one file: every row is stored exactly, its ID number decrypts and is found by its blind index; a second file with one of them is refused whole', async () => {
    const big = await s.organization(bureau.officer, 'enterprise', '141102', '吕梁大批量导入企业');
    const day = (i: number) => new Date(Date.UTC(1970, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    const rows = Array.from({ length: 2100 }, (_, i) => {
      const dispatched = i % 7 === 3;
      return [i === 1500 ? '阿依古丽·买买提' : `批量职工${i}`, generateResidentId({ regionCode: '141127', birthDate: day(i), sequence: i % 1000 }),
        dispatched ? '劳务派遣工' : '正式职工', dispatched ? '吕梁人力资源派遣有限公司' : '', `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`, i % 2 ? '6-18-02-04' : '', i % 3 ? `139${String(i).padStart(8, '0')}` : ''];
    });
    const res = await upload(big.hr, await workbook(rows)).expect(200);
    expect(res.body).toMatchObject({ rows: 2100, created: 2100, badRows: [] });
    const ids: string[] = res.body.workerIds;
    expect(new Set(ids).size).toBe(2100);

    const cipher = t.app.get(PiiCipher);
    const stored: Record<string, any>[] = await t.dataSource.query(
      `SELECT p.id, p.full_name, p.id_number_cipher, p.id_number_index, p.id_number_masked, p.birth_date::text AS birth_date, p.phone,
              e.employment_type, e.employer_org_id, e.work_org_id, e.hired_on::text AS hired_on, e.occupation_code
         FROM persons p JOIN employments e ON e.person_id = p.id WHERE p.organization_id = $1`,
      [big.org.id],
    );
    expect(stored).toHaveLength(2100);
    const byId = new Map(stored.map((r) => [r.id, r]));
    rows.forEach(([name, idNumber, type, agencyName, hiredOn, occupation, phone], i) => {
      const r = byId.get(ids[i]) as Record<string, any>;
      expect({ name: r.full_name, id: cipher.decrypt(r.id_number_cipher), index: Buffer.compare(r.id_number_index, cipher.blindIndex(idNumber)) })
        .toEqual({ name, id: idNumber, index: 0 });
      expect(r).toMatchObject({
        id_number_masked: `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
        birth_date: day(i),
        phone: phone || null,
        employment_type: type === '劳务派遣工' ? 'dispatched' : 'regular',
        employer_org_id: agencyName ? agency.org.id : big.org.id,
        work_org_id: big.org.id,
        hired_on: hiredOn,
        occupation_code: occupation || null,
      });
    });

    // Found by its blind index: registering row 1500 elsewhere links the imported record.
    const linked = await t.http().post('/api/v1/workers').set(machinery.hr.auth)
      .send({ fullName: rows[1500][0], idNumber: rows[1500][1], employment: { employmentType: 'regular', hiredOn: '2023-01-01' } }).expect(200);
    expect(linked.body.id).toBe(ids[1500]);

    // A new file with one imported number among new ones: refused whole, that row named.
    const next = [['新职工甲', generateResidentId({ regionCode: '141127', birthDate: '1980-05-05', sequence: 1 }), '正式职工', '', '2024-01-01', '', ''], rows[2099]];
    const refused = await upload(big.hr, await workbook(next)).expect(200);
    expect(refused.body).toMatchObject({ rows: 2, created: 0, badRows: [{ row: 3, errors: [expect.objectContaining({ field: 'idNumber', code: 'alreadyRegistered' })] }] });
    expect(await count(big.org.id)).toBe(2100);
    const audit = await t.http().get('/api/v1/audit-events?action=worker.import').set(big.hr.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ after: expect.objectContaining({ rows: 2100, created: 2100, skipped: 0 }) })]);
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
