import ExcelJS from 'exceljs';
import { mapHeaders, parseOccupationLines, readOccupationSheet, validateOccupationRow, writeOccupationSheet } from './occupation-sheet';

describe('occupation spreadsheet rows', () => {
  it('accepts a full row, splitting lists on Chinese and Latin separators', () => {
    expect(
      validateOccupationRow({ code: ' 6-18-02-04 ', nameZh: '焊工', nameEn: 'Welder', workTypes: '电焊工、气焊工;钎焊工', relatedCodes: '6-18-01-01，6-18-01-02', sourceNote: '' }, 3),
    ).toEqual({
      value: {
        code: '6-18-02-04',
        nameZh: '焊工',
        nameEn: 'Welder',
        workTypes: ['电焊工', '气焊工', '钎焊工'],
        relatedCodes: ['6-18-01-01', '6-18-01-02'],
        sourceNote: null,
      },
      errors: [],
    });
  });

  it.each([
    [{ nameZh: '焊工' }, 'code', 'required'],
    [{ code: '6180204', nameZh: '焊工' }, 'code', 'pattern'],
    [{ code: '6-18-02-04' }, 'nameZh', 'required'],
    [{ code: '6-18-02-04', nameZh: '焊'.repeat(101) }, 'nameZh', 'length'],
    [{ code: '6-18-02-04', nameZh: '焊工', relatedCodes: '6-18-02-04' }, 'relatedCodes', 'self'],
    [{ code: '6-18-02-04', nameZh: '焊工', relatedCodes: '6-18-1-1' }, 'relatedCodes', 'pattern'],
    [{ code: '6-18-02-04', nameZh: '焊工', workTypes: '电焊工、电焊工' }, 'workTypes', 'duplicate'],
  ])('reports %j as %s/%s with the row number', (raw, column, code) => {
    const { value, errors } = validateOccupationRow(raw, 7);
    expect(value).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ row: 7, column, code, message: expect.stringContaining('第7行') })]);
  });

  it('recognises headers in Chinese or English, English name before Chinese name', () => {
    const map = mapHeaders(['English name', '职业名称', 'Code', '备注']);
    expect(Object.fromEntries(map)).toEqual({ nameEn: 0, nameZh: 1, code: 2 });
  });

  it('reports a missing required column on the header row', () => {
    const parsed = parseOccupationLines([{ row: 2, cells: ['名称'] }]);
    expect(parsed.errors).toEqual([expect.objectContaining({ row: 2, column: 'code', code: 'missingColumn' })]);
  });

  it('reports a code repeated in the file on its second row', () => {
    const parsed = parseOccupationLines([
      { row: 1, cells: ['职业编码', '职业名称'] },
      { row: 2, cells: ['6-18-02-04', '焊工'] },
      { row: 4, cells: ['6-18-02-04', '电焊工'] },
    ]);
    expect(parsed.rows.map((r) => r.row)).toEqual([2]);
    expect(parsed.errors).toEqual([expect.objectContaining({ row: 4, column: 'code', code: 'duplicateInFile' })]);
  });

  it('round-trips through a real XLSX workbook', async () => {
    const items = [
      { code: '6-18-01-01', nameZh: '车工', nameEn: 'Lathe operator', workTypes: ['数控车工'], relatedCodes: ['6-18-01-02'], sourceNote: '国家职业分类大典（2022年版）' },
      { code: '6-18-01-02', nameZh: '铣工', nameEn: null, workTypes: [], relatedCodes: [], sourceNote: null },
    ];
    const parsed = await readOccupationSheet(await writeOccupationSheet(items));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 2, value: items[0] },
      { row: 3, value: items[1] },
    ]);
  });

  it('skips blank rows and keeps spreadsheet row numbers in errors', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('导入');
    sheet.addRow(['职业编码', '职业名称']);
    sheet.addRow(['6-16-01-05', '井下采矿工']);
    sheet.addRow([]);
    sheet.addRow(['bad', '炼焦工']);
    const parsed = await readOccupationSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed.rows.map((r) => r.value.code)).toEqual(['6-16-01-05']);
    expect(parsed.errors).toEqual([expect.objectContaining({ row: 4, column: 'code', code: 'pattern' })]);
  });
});
