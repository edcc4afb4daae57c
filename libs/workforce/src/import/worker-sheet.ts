import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { exceljs, mapSheetHeaders, readSheetLines } from '@skill-ladder/platform';
import { CreateWorkerDto } from '../dto/worker.dto';
import { EDUCATION_CODES, EducationCode, EMPLOYMENT_TYPE_LABELS, EMPLOYMENT_TYPES, EmploymentType } from '../worker-record';

/*
 * HR registers its workers from a spreadsheet (XLSX): a header row with zh-CN column names, one
 * worker per row. Each row is turned into the body `POST /workers` takes and checked by the same
 * DTO rules, so an import accepts exactly what registering one by one accepts.
 */

export type WorkerColumn =
  | 'fullName'
  | 'idNumber'
  | 'employmentType'
  | 'agency'
  | 'hiredOn'
  | 'occupationCode'
  | 'occupationStartedOn'
  | 'jobTitle'
  | 'phone'
  | 'education';

interface ColumnSpec {
  key: WorkerColumn;
  header: string;
  /** Fragments a header may contain to name this column (lower case). */
  matches: string[];
  required: boolean;
  width: number;
  example: string;
}

/** Order matters for header matching: 从事本职业起始日期 is claimed before 入职日期 could take it. */
export const WORKER_COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { key: 'fullName', header: '姓名', matches: ['姓名', 'name'], required: true, width: 12, example: '王建国' },
  { key: 'idNumber', header: '身份证号码', matches: ['身份证', '证件号码', 'id number'], required: true, width: 22, example: '141102199003071236' },
  { key: 'employmentType', header: '用工形式', matches: ['用工形式', '用工类型', 'employment type'], required: true, width: 14, example: '正式职工' },
  { key: 'agency', header: '派遣单位', matches: ['派遣单位', 'agency'], required: false, width: 28, example: '' },
  { key: 'occupationStartedOn', header: '从事本职业起始日期', matches: ['从事本职业', '职业起始', 'occupation start'], required: false, width: 18, example: '2015-07-01' },
  { key: 'hiredOn', header: '入职日期', matches: ['入职', 'hired'], required: true, width: 14, example: '2018-03-01' },
  { key: 'occupationCode', header: '职业编码', matches: ['职业编码', 'occupation code'], required: false, width: 14, example: '6-18-02-04' },
  { key: 'jobTitle', header: '岗位', matches: ['岗位', '职务', 'job'], required: false, width: 16, example: '焊工班组长' },
  { key: 'phone', header: '手机号码', matches: ['手机', '电话', 'phone'], required: false, width: 14, example: '13800000000' },
  { key: 'education', header: '文化程度', matches: ['文化程度', '学历', 'education'], required: false, width: 18, example: '中等职业学校' },
]);

export const WORKER_COLUMN_LABELS: Readonly<Record<WorkerColumn, string>> = Object.freeze(
  Object.fromEntries(WORKER_COLUMNS.map((c) => [c.key, c.header])) as Record<WorkerColumn, string>,
);

/** At most this many workers per upload; a larger list is split into several files. */
export const MAX_WORKER_IMPORT_ROWS = 10000;
/** The workbook itself: 10,000 rows of ten short columns take well under 2 MB. */
export const MAX_WORKER_IMPORT_BYTES = 4 * 1024 * 1024;

/** 文化程度 as HR writes it. */
export const EDUCATION_LABELS: Readonly<Record<EducationCode, string>> = Object.freeze({
  none: '无',
  junior_high: '初中',
  senior_high: '高中',
  secondary_vocational: '中等职业学校',
  technician_college_senior: '技工院校高级工班',
  associate: '大专',
  technician_college_preparatory: '技工院校预备技师班',
  bachelor: '本科',
  master: '硕士研究生',
  doctor: '博士研究生',
});

const EMPLOYMENT_WORDS: Readonly<Record<string, EmploymentType>> = Object.freeze(
  Object.fromEntries(
    EMPLOYMENT_TYPES.flatMap((type) => {
      const [zh, en] = EMPLOYMENT_TYPE_LABELS[type].split(' / ');
      return [type, zh, en, zh.replace(/(工|人员|职工)$/, '')].map((w) => [w.replace(/\s+/g, '').toLowerCase(), type] as const);
    }),
  ),
);

const EDUCATION_WORDS: Readonly<Record<string, EducationCode>> = Object.freeze(
  Object.fromEntries(EDUCATION_CODES.flatMap((code) => [[code, code], [EDUCATION_LABELS[code], code]] as const)),
);

/** The employment type a cell names: 正式职工, 劳务派遣工, 劳务派遣, regular…; undefined when unknown. */
export function parseEmploymentType(text: string): EmploymentType | undefined {
  return EMPLOYMENT_WORDS[text.replace(/\s+/g, '').toLowerCase()];
}

export interface WorkerSheetError {
  /** Spreadsheet row number, 1-based as the spreadsheet shows it. */
  row: number;
  field: WorkerColumn | null;
  code: string;
  message: string;
}

/** A valid row: the `POST /workers` body, with the agency still as written (name or credit code). */
export interface WorkerSheetRow {
  row: number;
  value: CreateWorkerDto;
  agency: string | null;
}

export interface ParsedWorkerSheet {
  rows: WorkerSheetRow[];
  errors: WorkerSheetError[];
  /** Set when the sheet as a whole cannot be read (no header, missing columns, too many rows). */
  fatal: boolean;
}

export function rowMessage(row: number, field: WorkerColumn | null, text: string): string {
  return field ? `第${row}行「${WORKER_COLUMN_LABELS[field]}」：${text}` : `第${row}行：${text}`;
}

/** Where each DTO property lives in the sheet. */
const FIELD_OF_PROPERTY: Readonly<Record<string, WorkerColumn>> = Object.freeze({
  fullName: 'fullName',
  idNumber: 'idNumber',
  phone: 'phone',
  education: 'education',
  'employment.employmentType': 'employmentType',
  'employment.hiredOn': 'hiredOn',
  'employment.occupationCode': 'occupationCode',
  'employment.occupationStartedOn': 'occupationStartedOn',
  'employment.jobTitle': 'jobTitle',
});

/** Messages for rules whose DTO message is English only. */
const MESSAGE_OF: Partial<Record<WorkerColumn, string>> = {
  fullName: '不能为空，不超过100字 / required, at most 100 characters',
  employmentType: `应为${EMPLOYMENT_TYPES.map((t) => EMPLOYMENT_TYPE_LABELS[t].split(' / ')[0]).join('、')}之一 / unknown employment type`,
  education: `应为${EDUCATION_CODES.map((c) => EDUCATION_LABELS[c]).join('、')}之一 / unknown education`,
  jobTitle: '不超过100字 / at most 100 characters',
};

function flatten(errors: ValidationError[], parent = ''): { property: string; code: string; message: string }[] {
  return errors.flatMap((e) => {
    const property = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => ({ property, code, message }));
    return [...own, ...flatten(e.children ?? [], property)];
  });
}

const blank = (s: string | undefined) => (s ?? '').trim() === '';

/** Checks one row's cells (already text) by the rules of `POST /workers`. ID numbers are never echoed back. */
export function validateWorkerRow(raw: Partial<Record<WorkerColumn, string>>, row: number): { value: WorkerSheetRow | null; errors: WorkerSheetError[] } {
  const errors: WorkerSheetError[] = [];
  const add = (field: WorkerColumn | null, code: string, text: string) => errors.push({ row, field, code, message: rowMessage(row, field, text) });
  const cell = (key: WorkerColumn) => (blank(raw[key]) ? undefined : (raw[key] as string).trim());

  for (const column of WORKER_COLUMNS) if (column.required && blank(raw[column.key])) add(column.key, 'required', '不能为空 / required');
  const typeText = cell('employmentType');
  const employmentType = typeText === undefined ? undefined : parseEmploymentType(typeText);
  if (typeText !== undefined && !employmentType) add('employmentType', 'invalid', MESSAGE_OF.employmentType as string);
  const educationText = cell('education');
  const education = educationText === undefined ? undefined : EDUCATION_WORDS[educationText.replace(/\s+/g, '')];
  if (educationText !== undefined && !education) add('education', 'invalid', MESSAGE_OF.education as string);
  const agency = cell('agency') ?? null;
  if (employmentType === 'dispatched' && !agency) add('agency', 'required', '劳务派遣工须填写派遣单位（名称或统一社会信用代码） / name the dispatch agency');
  if (employmentType && employmentType !== 'dispatched' && agency) add('agency', 'notDispatched', '仅劳务派遣工填写派遣单位 / only dispatched workers name an agency');
  if (agency && agency.length > 200) add('agency', 'length', '不超过200字 / at most 200 characters');

  const body = {
    fullName: cell('fullName') ?? '',
    idNumber: cell('idNumber') ?? '',
    phone: cell('phone'),
    education,
    employment: {
      employmentType: employmentType ?? typeText ?? '',
      hiredOn: cell('hiredOn') ?? '',
      occupationCode: cell('occupationCode'),
      occupationStartedOn: cell('occupationStartedOn'),
      jobTitle: cell('jobTitle'),
    },
  };
  const dto = plainToInstance(CreateWorkerDto, body);
  const reported = new Set(errors.map((e) => e.field));
  for (const failure of flatten(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }))) {
    const field = FIELD_OF_PROPERTY[failure.property] ?? null;
    // One message per cell: a blank required cell or an unreadable word was reported above.
    if (reported.has(field)) continue;
    reported.add(field);
    const text = field && MESSAGE_OF[field] && !/[\u4e00-\u9fff]/.test(failure.message) ? (MESSAGE_OF[field] as string) : failure.message;
    add(field, failure.code, text);
  }
  if (errors.length > 0) return { value: null, errors };
  return { value: { row, value: dto, agency }, errors };
}

/**
 * The text of a sheet's non-empty rows, parsed and validated. The first row is the header. The
 * same ID number twice is reported on the later row.
 */
export function parseWorkerLines(lines: readonly { row: number; cells: readonly string[] }[]): ParsedWorkerSheet {
  const [header, ...body] = lines;
  if (!header) return { rows: [], errors: [{ row: 1, field: null, code: 'empty', message: rowMessage(1, null, '文件中没有数据 / the sheet is empty') }], fatal: true };
  const columns = mapSheetHeaders(header.cells, WORKER_COLUMNS);
  const missing = WORKER_COLUMNS.filter((c) => c.required && !columns.has(c.key));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((c) => ({ row: header.row, field: c.key, code: 'missingColumn', message: rowMessage(header.row, null, `缺少「${c.header}」列 / missing column`) })),
      fatal: true,
    };
  }
  if (body.length === 0) return { rows: [], errors: [{ row: header.row + 1, field: null, code: 'empty', message: rowMessage(header.row + 1, null, '没有职工数据 / no workers listed') }], fatal: true };
  if (body.length > MAX_WORKER_IMPORT_ROWS) {
    const row = body[MAX_WORKER_IMPORT_ROWS].row;
    return { rows: [], errors: [{ row, field: null, code: 'tooManyRows', message: rowMessage(row, null, `一次最多导入${MAX_WORKER_IMPORT_ROWS}行 / at most ${MAX_WORKER_IMPORT_ROWS} rows`) }], fatal: true };
  }
  const rows: WorkerSheetRow[] = [];
  const errors: WorkerSheetError[] = [];
  const firstRow = new Map<string, number>();
  for (const line of body) {
    const raw: Partial<Record<WorkerColumn, string>> = {};
    for (const [key, index] of columns) raw[key] = line.cells[index] ?? '';
    const { value, errors: rowErrors } = validateWorkerRow(raw, line.row);
    errors.push(...rowErrors);
    if (!value) continue;
    const first = firstRow.get(value.value.idNumber);
    if (first !== undefined) {
      errors.push({ row: line.row, field: 'idNumber', code: 'duplicateInFile', message: rowMessage(line.row, 'idNumber', `与第${first}行重复 / same ID number as row ${first}`) });
      continue;
    }
    firstRow.set(value.value.idNumber, line.row);
    rows.push(value);
  }
  return { rows, errors, fatal: false };
}

/** A cell as HR sees it; a date cell as `YYYY-MM-DD` (exceljs reads it as midnight UTC). */
/** Reads the first worksheet; throws if the buffer is not a workbook exceljs can open. */
export async function readWorkerSheet(buffer: Buffer): Promise<ParsedWorkerSheet> {
  return parseWorkerLines(await readSheetLines(buffer));
}

/** The template HR downloads: zh-CN headers, one example row, ID numbers and dates kept as text. */
export async function writeWorkerTemplate(): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  const sheet = workbook.addWorksheet('职工名单');
  sheet.columns = WORKER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(WORKER_COLUMNS.map((c) => [c.key, c.example])));
  const types = EMPLOYMENT_TYPES.map((t) => EMPLOYMENT_TYPE_LABELS[t].split(' / ')[0]);
  const educations = EDUCATION_CODES.map((c) => EDUCATION_LABELS[c]);
  const typeColumn = WORKER_COLUMNS.findIndex((c) => c.key === 'employmentType') + 1;
  for (let row = 2; row <= 501; row++) {
    sheet.getCell(row, typeColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${types.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '用工形式',
      error: `请选择：${types.join('、')}`,
    };
  }
  const notes = workbook.addWorksheet('填写说明');
  notes.getColumn(1).width = 100;
  for (const line of [
    '每行一名职工，第2行为示例，导入前请删除或改为真实数据；带 * 的说明为必填',
    '* 姓名：与身份证一致，不超过100字',
    '* 身份证号码：18位居民身份证号码（校验位须正确）；已在平台登记的人员请在职工页逐个登记以关联已有档案',
    `* 用工形式：${types.join('、')}`,
    '派遣单位：劳务派遣工必填，填写派遣单位全称或统一社会信用代码；其他用工形式不填',
    '* 入职日期、从事本职业起始日期：格式 YYYY-MM-DD，如 2018-03-01',
    '职业编码：国家职业分类大典编码，如 6-18-02-04',
    '手机号码：11位手机号码',
    `文化程度：${educations.join('、')}`,
    `一次最多导入${MAX_WORKER_IMPORT_ROWS}行；任一行有误则整批不导入，请按错误报告修改后重新上传`,
  ]) {
    notes.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
