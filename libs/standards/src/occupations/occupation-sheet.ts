import { exceljs, mapSheetHeaders, readSheetLines } from '@skill-ladder/platform';

/*
 * The occupation catalogue as a spreadsheet (XLSX): one header row, one occupation per row.
 * Import validates every row and reports each problem with its spreadsheet row number, so a
 * user can fix the file and upload it again.
 */

export const OCCUPATION_CODE_PATTERN = /^\d-\d{2}-\d{2}-\d{2}$/;

export type OccupationColumn = 'code' | 'nameZh' | 'nameEn' | 'workTypes' | 'relatedCodes' | 'sourceNote';

interface ColumnSpec {
  key: OccupationColumn;
  header: string;
  /** Lower-case fragments a header may contain to name this column. */
  matches: string[];
  width: number;
}

/**
 * In matching order: "英文名称 English name" contains "名称" and "name" too, so the English
 * name is claimed before the Chinese one.
 */
const COLUMNS: readonly ColumnSpec[] = [
  { key: 'code', header: '职业编码 Code', matches: ['职业编码', '编码', 'code'], width: 14 },
  { key: 'nameEn', header: '英文名称 English name', matches: ['英文', 'english'], width: 30 },
  { key: 'relatedCodes', header: '相关职业 Related occupations', matches: ['相关', 'related'], width: 26 },
  { key: 'workTypes', header: '工种 Work types', matches: ['工种', 'work type'], width: 24 },
  { key: 'sourceNote', header: '来源 Source', matches: ['来源', 'source'], width: 40 },
  { key: 'nameZh', header: '职业名称 Name', matches: ['职业名称', '名称', 'name'], width: 20 },
];

/** Written in this order. */
const EXPORT_ORDER: readonly OccupationColumn[] = ['code', 'nameZh', 'nameEn', 'workTypes', 'relatedCodes', 'sourceNote'];

const COLUMN_LABELS: Readonly<Record<OccupationColumn, string>> = Object.freeze({
  code: '职业编码',
  nameZh: '职业名称',
  nameEn: '英文名称',
  workTypes: '工种',
  relatedCodes: '相关职业',
  sourceNote: '来源',
});

/** Lists in one cell: 、，, ; ； or new lines separate the items. */
const LIST_SEPARATOR = /[、，,;；\n]+/;

export const MAX_SHEET_ROWS = 5000;

export interface OccupationRow {
  code: string;
  nameZh: string;
  nameEn: string | null;
  workTypes: string[];
  relatedCodes: string[];
  sourceNote: string | null;
}

export interface SheetRowError {
  /** Spreadsheet row number, 1-based as the spreadsheet shows it. */
  row: number;
  column: OccupationColumn | null;
  code: string;
  message: string;
}

export type RawOccupationRow = Partial<Record<OccupationColumn, string>>;

function splitList(value: string | undefined): string[] {
  return (value ?? '').split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item.length > 0);
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** Checks one row's cells (already text); returns the occupation or the row's errors. */
export function validateOccupationRow(raw: RawOccupationRow, row: number): { value: OccupationRow | null; errors: SheetRowError[] } {
  const errors: SheetRowError[] = [];
  const add = (column: OccupationColumn, code: string, message: string) =>
    errors.push({ row, column, code, message: `第${row}行「${COLUMN_LABELS[column]}」：${message}` });
  const code = (raw.code ?? '').trim();
  if (!code) add('code', 'required', '不能为空 / required');
  else if (!OCCUPATION_CODE_PATTERN.test(code)) add('code', 'pattern', '格式应为 6-18-01-01 / must look like 6-18-01-01');
  const nameZh = (raw.nameZh ?? '').trim();
  if (!nameZh) add('nameZh', 'required', '不能为空 / required');
  else if (nameZh.length > 100) add('nameZh', 'length', '不超过100字 / at most 100 characters');
  const nameEn = blankToNull(raw.nameEn);
  if (nameEn && nameEn.length > 200) add('nameEn', 'length', '不超过200字 / at most 200 characters');
  const workTypes = splitList(raw.workTypes);
  if (workTypes.length > 50) add('workTypes', 'tooMany', '最多50个工种 / at most 50 work types');
  if (workTypes.some((w) => w.length > 50)) add('workTypes', 'length', '每个工种不超过50字 / each at most 50 characters');
  if (new Set(workTypes).size !== workTypes.length) add('workTypes', 'duplicate', '工种重复 / duplicate work type');
  const relatedCodes = splitList(raw.relatedCodes);
  const badRelated = relatedCodes.filter((c) => !OCCUPATION_CODE_PATTERN.test(c));
  if (badRelated.length > 0) add('relatedCodes', 'pattern', `编码格式错误：${badRelated.join('、')} / malformed codes`);
  if (relatedCodes.length > 50) add('relatedCodes', 'tooMany', '最多50个相关职业 / at most 50 related occupations');
  if (code && relatedCodes.includes(code)) add('relatedCodes', 'self', '不能把本职业列为相关职业 / an occupation cannot be related to itself');
  if (new Set(relatedCodes).size !== relatedCodes.length) add('relatedCodes', 'duplicate', '相关职业重复 / duplicate code');
  const sourceNote = blankToNull(raw.sourceNote);
  if (sourceNote && sourceNote.length > 500) add('sourceNote', 'length', '不超过500字 / at most 500 characters');
  if (errors.length > 0) return { value: null, errors };
  return { value: { code, nameZh, nameEn, workTypes, relatedCodes, sourceNote }, errors };
}

/** Which column each header cell names; a header naming nothing is ignored. */
export function mapHeaders(headers: readonly string[]): Map<OccupationColumn, number> {
  return mapSheetHeaders(headers, COLUMNS);
}

export interface ParsedSheet {
  rows: { row: number; value: OccupationRow }[];
  errors: SheetRowError[];
}

/**
 * Reads the first worksheet. The first non-empty row is the header; blank rows are skipped.
 * A code that appears twice is reported on its second row.
 */
export async function readOccupationSheet(buffer: Buffer): Promise<ParsedSheet> {
  return parseOccupationLines(await readSheetLines(buffer));
}

/** The text of a sheet's rows, parsed and validated; separate from exceljs so it is testable alone. */
export function parseOccupationLines(lines: readonly { row: number; cells: readonly string[] }[]): ParsedSheet {
  const errors: SheetRowError[] = [];
  const [header, ...body] = lines;
  if (!header) return { rows: [], errors: [{ row: 1, column: null, code: 'empty', message: '文件中没有数据 / the sheet is empty' }] };
  const columns = mapHeaders(header.cells);
  const missing = (['code', 'nameZh'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((column) => ({
        row: header.row,
        column,
        code: 'missingColumn',
        message: `第${header.row}行：缺少「${COLUMN_LABELS[column]}」列 / missing column`,
      })),
    };
  }
  if (body.length > MAX_SHEET_ROWS) {
    return { rows: [], errors: [{ row: body[MAX_SHEET_ROWS].row, column: null, code: 'tooManyRows', message: `最多${MAX_SHEET_ROWS}行 / at most ${MAX_SHEET_ROWS} rows` }] };
  }
  const rows: ParsedSheet['rows'] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const line of body) {
    const raw: RawOccupationRow = {};
    for (const [key, index] of columns) raw[key] = line.cells[index] ?? '';
    const { value, errors: rowErrors } = validateOccupationRow(raw, line.row);
    errors.push(...rowErrors);
    if (!value) continue;
    const first = firstRowOfCode.get(value.code);
    if (first !== undefined) {
      errors.push({ row: line.row, column: 'code', code: 'duplicateInFile', message: `第${line.row}行「职业编码」：与第${first}行重复 / same code as row ${first}` });
      continue;
    }
    firstRowOfCode.set(value.code, line.row);
    rows.push({ row: line.row, value });
  }
  return { rows, errors };
}

export async function writeOccupationSheet(items: readonly OccupationRow[]): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  const sheet = workbook.addWorksheet('职业目录 Occupations');
  const specs = EXPORT_ORDER.map((key) => COLUMNS.find((c) => c.key === key)!);
  sheet.columns = specs.map((spec) => ({ header: spec.header, key: spec.key, width: spec.width }));
  sheet.getRow(1).font = { bold: true };
  for (const item of items) {
    sheet.addRow({
      code: item.code,
      nameZh: item.nameZh,
      nameEn: item.nameEn ?? '',
      workTypes: item.workTypes.join('、'),
      relatedCodes: item.relatedCodes.join('、'),
      sourceNote: item.sourceNote ?? '',
    });
  }
  // Codes stay text: a spreadsheet program must not read 6-18-01-01 as a date.
  sheet.getColumn('code').numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
