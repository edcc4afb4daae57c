import ExcelJS from 'exceljs';

/** A non-empty row of an uploaded sheet as text, numbered as the spreadsheet shows it. */
export interface SheetLine {
  row: number;
  cells: string[];
}

/**
 * The first worksheet of an XLSX as the text of its non-empty rows (cells as displayed, so dates
 * and formatted numbers read as the person typed them). Throws if the buffer is not a workbook.
 */
export async function readSheetLines(buffer: Buffer): Promise<SheetLine[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const lines: SheetLine[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
    if (cells.some((cell) => cell.trim().length > 0)) lines.push({ row: rowNumber, cells });
  });
  return lines;
}
