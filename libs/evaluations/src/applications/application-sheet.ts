import { exceljs, mapSheetHeaders, normalizeResidentId, readSheetLines, validateResidentId } from '@skill-ladder/platform';
import { rankLabel } from '@skill-ladder/vocabulary';
import { NATIONAL_RANKS, NationalRank } from '../draw/ranks';

/*
 * HR registers candidates from a spreadsheet (XLSX): a header row with zh-CN column names, one
 * candidate per row. Every row is checked and each problem is reported with the row number the
 * spreadsheet shows, so the file can be fixed and uploaded again.
 */

export type ApplicationColumn = 'idNumber' | 'fullName' | 'rank';

interface ColumnSpec {
  key: ApplicationColumn;
  header: string;
  /** Fragments a header may contain to name this column. */
  matches: string[];
  width: number;
}

export const APPLICATION_COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { key: 'idNumber', header: '身份证号码', matches: ['身份证', '证件号码', 'id number'], width: 24 },
  { key: 'fullName', header: '姓名', matches: ['姓名', 'name'], width: 14 },
  { key: 'rank', header: '申报等级', matches: ['申报等级', '等级', 'level'], width: 18 },
]);

export const APPLICATION_COLUMN_LABELS: Readonly<Record<ApplicationColumn, string>> = Object.freeze({
  idNumber: '身份证号码',
  fullName: '姓名',
  rank: '申报等级',
});

export const MAX_APPLICATION_ROWS = 2000;
/** Rows of the template that offer the level as a drop-down list. */
const TEMPLATE_ROWS = 500;

export interface ApplicationRowValue {
  idNumber: string;
  fullName: string;
  rank: NationalRank;
}

export interface ApplicationSheetError {
  /** Spreadsheet row number, 1-based as the spreadsheet shows it. */
  row: number;
  field: ApplicationColumn | null;
  code: string;
  message: string;
}

export interface ParsedApplicationSheet {
  rows: { row: number; value: ApplicationRowValue }[];
  errors: ApplicationSheetError[];
  /** Set when the sheet as a whole cannot be read (no header, missing columns, too many rows). */
  fatal: boolean;
}

/** Every way the sheet may name a level: 四级, 中级工, 四级/中级工, L4, 4. */
const RANK_WORDS: Readonly<Record<string, NationalRank>> = Object.freeze(
  Object.fromEntries(
    NATIONAL_RANKS.flatMap((rank) => {
      const zh = rankLabel(rank);
      const [number, name] = zh.split('/');
      return [rank, rank.slice(1), `${rank.slice(1)}级`, number, name, zh].map((word) => [word.toUpperCase(), rank] as const);
    }),
  ),
);

/** The level a cell names, or null; `四级/中级工` and `二级/技师` read whole, each part must agree. */
export function parseRank(text: string): NationalRank | null {
  const compact = text.replace(/\s+/g, '').replace(/／/g, '/').toUpperCase();
  if (!compact) return null;
  if (RANK_WORDS[compact]) return RANK_WORDS[compact];
  const parts = compact.split('/').filter(Boolean).map((p) => RANK_WORDS[p]);
  if (parts.length === 0 || parts.some((p) => p === undefined)) return null;
  return parts.every((p) => p === parts[0]) ? (parts[0] as NationalRank) : null;
}

function message(row: number, field: ApplicationColumn, text: string): string {
  return `第${row}行「${APPLICATION_COLUMN_LABELS[field]}」：${text}`;
}

/** Checks one row's cells (already text). ID numbers are never echoed back. */
export function validateApplicationRow(
  raw: Partial<Record<ApplicationColumn, string>>,
  row: number,
  campaignRanks: readonly NationalRank[],
): { value: ApplicationRowValue | null; errors: ApplicationSheetError[] } {
  const errors: ApplicationSheetError[] = [];
  const add = (field: ApplicationColumn, code: string, text: string) => errors.push({ row, field, code, message: message(row, field, text) });
  const idNumber = normalizeResidentId(raw.idNumber ?? '');
  if (!idNumber) add('idNumber', 'required', '不能为空 / required');
  else if (!validateResidentId(idNumber).valid) add('idNumber', 'invalid', '不是有效的18位居民身份证号码 / not a valid 18-character resident ID number');
  const fullName = (raw.fullName ?? '').trim();
  if (!fullName) add('fullName', 'required', '不能为空 / required');
  else if (fullName.length > 50) add('fullName', 'length', '不超过50字 / at most 50 characters');
  const rankText = (raw.rank ?? '').trim();
  const rank = parseRank(rankText);
  if (!rankText) add('rank', 'required', '不能为空 / required');
  else if (!rank) add('rank', 'invalid', '无法识别的等级，请填写如“四级/中级工” / unknown level, write e.g. 四级/中级工');
  else if (!campaignRanks.includes(rank)) {
    add('rank', 'notInCampaign', `本计划不认定该等级（可选：${campaignRanks.map((r) => rankLabel(r)).join('、')}） / not a level of this campaign`);
  }
  if (errors.length > 0 || !rank) return { value: null, errors };
  return { value: { idNumber, fullName, rank }, errors };
}

/** Which column each header cell names; cells naming nothing are ignored. */
export function mapApplicationHeaders(headers: readonly string[]): Map<ApplicationColumn, number> {
  return mapSheetHeaders(headers, APPLICATION_COLUMNS);
}

/**
 * The text of a sheet's non-empty rows, parsed and validated. The first row is the header. The
 * same person at the same level twice is reported on the later row.
 */
export function parseApplicationLines(lines: readonly { row: number; cells: readonly string[] }[], campaignRanks: readonly NationalRank[]): ParsedApplicationSheet {
  const [header, ...body] = lines;
  if (!header) return { rows: [], errors: [{ row: 1, field: null, code: 'empty', message: '文件中没有数据 / the sheet is empty' }], fatal: true };
  const columns = mapApplicationHeaders(header.cells);
  const missing = APPLICATION_COLUMNS.filter((c) => !columns.has(c.key));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((c) => ({ row: header.row, field: c.key, code: 'missingColumn', message: `第${header.row}行：缺少「${c.header}」列 / missing column` })),
      fatal: true,
    };
  }
  if (body.length === 0) return { rows: [], errors: [{ row: header.row + 1, field: null, code: 'empty', message: '没有报名数据 / no candidates listed' }], fatal: true };
  if (body.length > MAX_APPLICATION_ROWS) {
    return {
      rows: [],
      errors: [{ row: body[MAX_APPLICATION_ROWS].row, field: null, code: 'tooManyRows', message: `一次最多导入${MAX_APPLICATION_ROWS}行 / at most ${MAX_APPLICATION_ROWS} rows` }],
      fatal: true,
    };
  }
  const rows: ParsedApplicationSheet['rows'] = [];
  const errors: ApplicationSheetError[] = [];
  const firstRow = new Map<string, number>();
  for (const line of body) {
    const raw: Partial<Record<ApplicationColumn, string>> = {};
    for (const [key, index] of columns) raw[key] = line.cells[index] ?? '';
    const { value, errors: rowErrors } = validateApplicationRow(raw, line.row, campaignRanks);
    errors.push(...rowErrors);
    if (!value) continue;
    const key = `${value.idNumber}|${value.rank}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      errors.push({ row: line.row, field: 'idNumber', code: 'duplicateInFile', message: message(line.row, 'idNumber', `与第${first}行重复 / same candidate and level as row ${first}`) });
      continue;
    }
    firstRow.set(key, line.row);
    rows.push({ row: line.row, value });
  }
  return { rows, errors, fatal: false };
}

/** Reads the first worksheet; throws if the buffer is not a workbook exceljs can open. */
export async function readApplicationSheet(buffer: Buffer, campaignRanks: readonly NationalRank[]): Promise<ParsedApplicationSheet> {
  return parseApplicationLines(await readSheetLines(buffer), campaignRanks);
}

/** The template HR downloads: zh-CN headers, ID numbers kept as text, the campaign's levels as a drop-down. */
export async function writeApplicationTemplate(campaign: { name: string; ranks: readonly NationalRank[] }): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  const sheet = workbook.addWorksheet('报名名单');
  sheet.columns = APPLICATION_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  // 18-digit ID numbers must stay text: as numbers a spreadsheet program rounds them.
  sheet.getColumn('idNumber').numFmt = '@';
  const labels = campaign.ranks.map((r) => rankLabel(r));
  for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
    sheet.getCell(row, 3).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${labels.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '申报等级',
      error: `请选择：${labels.join('、')}`,
    };
  }
  const notes = workbook.addWorksheet('填写说明');
  notes.getColumn(1).width = 90;
  for (const line of [
    `认定计划：${campaign.name}`,
    `申报等级可填：${labels.join('、')}`,
    '身份证号码：18位居民身份证号码，须为本单位在岗职工（含劳务派遣、外包、实习人员，以计划允许的用工形式为准）',
    '姓名：须与职工档案一致',
    '每行一名考生；同一考生同一等级只需填写一次，重复上传不会重复报名',
  ]) {
    notes.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
