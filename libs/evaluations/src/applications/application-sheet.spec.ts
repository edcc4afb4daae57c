import ExcelJS from 'exceljs';
import { generateResidentId } from '@skill-ladder/platform';
import { parseApplicationLines, parseRank, readApplicationSheet, validateApplicationRow, writeApplicationTemplate } from './application-sheet';

const ID_A = generateResidentId({ regionCode: '141102', birthDate: '1990-03-07', sequence: 11 });
const ID_B = generateResidentId({ regionCode: '141102', birthDate: '1988-11-20', sequence: 12 });
const HEADER = { row: 1, cells: ['身份证号码', '姓名', '申报等级'] };

describe('application spreadsheet', () => {
  it.each([
    ['四级/中级工', 'L4'],
    ['四级', 'L4'],
    ['中级工', 'L4'],
    ['L4', 'L4'],
    ['l4', 'L4'],
    ['4', 'L4'],
    ['4级', 'L4'],
    [' 三级 / 高级工 ', 'L3'],
    ['二级／技师', 'L2'],
    ['技师', 'L2'],
    ['高级技师', 'L1'],
    ['一级/高级技师', 'L1'],
    ['五级/初级工', 'L5'],
    ['四级/高级工', null],
    ['特级技师', null],
    ['六级', null],
    ['', null],
  ])('reads the level %p as %p', (text, rank) => {
    expect(parseRank(text)).toBe(rank);
  });

  it('validates every cell of a row, never echoing the ID number', () => {
    const bad = validateApplicationRow({ idNumber: '141102199003071230', fullName: '', rank: '特级' }, 7, ['L4', 'L3']);
    expect(bad.value).toBeNull();
    expect(bad.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [7, 'idNumber', 'invalid'],
      [7, 'fullName', 'required'],
      [7, 'rank', 'invalid'],
    ]);
    expect(bad.errors.every((e) => e.message.startsWith('第7行「'))).toBe(true);
    expect(JSON.stringify(bad.errors)).not.toContain('141102199003071230');
    const outside = validateApplicationRow({ idNumber: ID_A, fullName: '张三', rank: '二级/技师' }, 3, ['L4', 'L3']);
    expect(outside.errors).toEqual([expect.objectContaining({ field: 'rank', code: 'notInCampaign' })]);
    expect(outside.errors[0].message).toContain('四级/中级工、三级/高级工');
    const ok = validateApplicationRow({ idNumber: ` ${ID_A.toLowerCase()} `, fullName: ' 张三 ', rank: '中级工' }, 2, ['L4']);
    expect(ok).toEqual({ value: { idNumber: ID_A, fullName: '张三', rank: 'L4' }, errors: [] });
  });

  it('maps headers in any order and reports missing columns', () => {
    const parsed = parseApplicationLines([{ row: 1, cells: ['申报等级', '备注', '姓名', '身份证号码'] }, { row: 2, cells: ['四级', '', '张三', ID_A] }], ['L4']);
    expect(parsed).toEqual({ rows: [{ row: 2, value: { idNumber: ID_A, fullName: '张三', rank: 'L4' } }], errors: [], fatal: false });
    const missing = parseApplicationLines([{ row: 1, cells: ['姓名', '备注'] }, { row: 2, cells: ['张三', ''] }], ['L4']);
    expect(missing.fatal).toBe(true);
    expect(missing.errors.map((e) => e.field)).toEqual(['idNumber', 'rank']);
    expect(parseApplicationLines([], ['L4'])).toMatchObject({ fatal: true, errors: [{ code: 'empty' }] });
    expect(parseApplicationLines([HEADER], ['L4'])).toMatchObject({ fatal: true, errors: [{ code: 'empty' }] });
  });

  it('reports the same person at the same level on its later row, but allows another level', () => {
    const parsed = parseApplicationLines(
      [HEADER, { row: 2, cells: [ID_A, '张三', '四级'] }, { row: 3, cells: [ID_B, '李四', '四级'] }, { row: 5, cells: [ID_A, '张三', '中级工'] }, { row: 6, cells: [ID_A, '张三', '三级'] }],
      ['L4', 'L3'],
    );
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 6]);
    expect(parsed.errors).toEqual([expect.objectContaining({ row: 5, field: 'idNumber', code: 'duplicateInFile' })]);
    expect(parsed.errors[0].message).toContain('第2行');
  });

  it('refuses more rows than one import takes', () => {
    const lines = [HEADER, ...Array.from({ length: 2001 }, (_, i) => ({ row: i + 2, cells: [ID_A, '张三', '四级'] }))];
    expect(parseApplicationLines(lines, ['L4'])).toMatchObject({ fatal: true, rows: [], errors: [{ code: 'tooManyRows', row: 2002 }] });
  });

  it('writes a template with zh-CN headers and the campaign’s levels, which reads back as empty', async () => {
    const buffer = await writeApplicationTemplate({ name: '2026年焊工认定', ranks: ['L4', 'L3'] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('报名名单');
    expect([1, 2, 3].map((c) => sheet.getRow(1).getCell(c).text)).toEqual(['身份证号码', '姓名', '申报等级']);
    expect(sheet.getCell(2, 3).dataValidation).toMatchObject({ type: 'list', formulae: ['"四级/中级工,三级/高级工"'] });
    expect(book.worksheets[1].getCell(1, 1).text).toContain('2026年焊工认定');
    expect(await readApplicationSheet(buffer, ['L4', 'L3'])).toMatchObject({ fatal: true, errors: [{ code: 'empty' }] });

    [ID_A, '张三', '三级/高级工'].forEach((text, i) => (sheet.getCell(2, i + 1).value = text));
    const filled = Buffer.from(await book.xlsx.writeBuffer());
    expect((await readApplicationSheet(filled, ['L4', 'L3'])).rows).toEqual([{ row: 2, value: { idNumber: ID_A, fullName: '张三', rank: 'L3' } }]);
  });
});
