import ExcelJS from 'exceljs';
import { parseTheoryLines, readTheorySheet, theoryComponentScore } from './theory-sheet';

describe('theory score import (理论成绩导入)', () => {
  it('reads ticket and score columns in any order, reporting each bad row by its number', () => {
    const parsed = parseTheoryLines(
      [
        { row: 1, cells: ['序号', '考生成绩', '准考证号'] },
        { row: 2, cells: ['1', '78', 'A001'] },
        { row: 3, cells: ['2', '101', 'A002'] },
        { row: 4, cells: ['3', '缺考', 'A003'] },
        { row: 5, cells: ['4', '66.55', 'A004'] },
        { row: 6, cells: ['5', '80', ''] },
        { row: 7, cells: ['6', '90', 'A001'] },
        { row: 8, cells: ['7', '59.5', 'A005'] },
      ],
      100,
    );
    expect(parsed.fatal).toBe(false);
    expect(parsed.rows).toEqual([
      { row: 2, ticketNumber: 'A001', score: 78 },
      { row: 8, ticketNumber: 'A005', score: 59.5 },
    ]);
    expect(parsed.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'scoreRange'], [4, 'scoreInvalid'], [5, 'scoreDecimals'], [6, 'ticketRequired'], [7, 'duplicateInFile'],
    ]);
  });

  it('refuses a sheet without the two columns or without rows', () => {
    expect(parseTheoryLines([{ row: 1, cells: ['姓名', '成绩'] }], 100)).toMatchObject({ fatal: true, errors: [{ code: 'missingColumn' }] });
    expect(parseTheoryLines([], 100)).toMatchObject({ fatal: true, errors: [{ code: 'empty' }] });
  });

  it('reads a real workbook, numbers as the cells show them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('成绩');
    sheet.addRow(['准考证号', '成绩']);
    sheet.addRow(['20260001', 88.5]);
    sheet.addRow([]);
    sheet.addRow(['20260002', 61]);
    const parsed = await readTheorySheet(Buffer.from(await workbook.xlsx.writeBuffer()), 100);
    expect(parsed.rows).toEqual([
      { row: 2, ticketNumber: '20260001', score: 88.5 },
      { row: 4, ticketNumber: '20260002', score: 61 },
    ]);
  });
});

describe('theoryComponentScore', () => {
  it.each([
    [87.5, 100, 87.5],
    [87.5, 50, 43.8],
    [0, 100, 0],
    [100, 100, 100],
  ])('a paper of %d, a component out of %d: %d', (paper, max, expected) => expect(theoryComponentScore(paper, max)).toBe(expected));
  it('refuses a paper score outside 0–100', () => {
    expect(() => theoryComponentScore(100.5, 100)).toThrow(RangeError);
  });
});
