import type * as ExcelJS from 'exceljs';
import { exceljs } from './exceljs';

/** A non-empty row of an uploaded sheet as text, numbered as the spreadsheet shows it. */
export interface SheetLine {
  row: number;
  cells: string[];
}

/**
 * The first worksheet of an XLSX as the text of its non-empty rows: cells as displayed (formatted
 * numbers read as the person typed them), date cells as YYYY-MM-DD (exceljs keeps a date cell as
 * midnight UTC of that calendar day). Throws if the buffer is not a workbook.
 */
export async function readSheetLines(buffer: Buffer): Promise<SheetLine[]> {
  const workbook = new (exceljs().Workbook)();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const lines: SheetLine[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    if (cells.some((cell) => cell.trim().length > 0)) lines.push({ row: rowNumber, cells });
  });
  return lines;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return cell.text ?? '';
}
