import { exceljs, mapSheetHeaders, readSheetLines, SheetLine } from '@skill-ladder/platform';
import { ITEM_KIND_LABELS } from './rules/item-kinds';
import { ItemContent, ItemField, OPTION_KEYS, parseItemDraft } from './rules/item-content';
import { repeatedStems } from './rules/stem-fingerprint';

/*
 * A question bank from a spreadsheet (XLSX): a header row with zh-CN column names, one item per
 * row. Every row is checked and each problem is reported with the row number the spreadsheet
 * shows and the column it belongs to, so the file can be fixed and uploaded again.
 */

export type ItemColumn = Exclude<ItemField, 'options'> | `option${(typeof OPTION_KEYS)[number]}`;

const OPTION_COLUMNS = OPTION_KEYS.map((letter) => ({ key: `option${letter}` as ItemColumn, header: `选项${letter}`, matches: [`选项${letter.toLowerCase()}`, `option ${letter.toLowerCase()}`], width: 18 }));

export const ITEM_COLUMNS: readonly { key: ItemColumn; header: string; matches: string[]; width: number }[] = Object.freeze([
  { key: 'kind', header: '题型', matches: ['题型', 'kind'], width: 10 },
  { key: 'knowledgePoint', header: '知识点', matches: ['知识点', 'knowledge'], width: 18 },
  { key: 'difficulty', header: '难度', matches: ['难度', 'difficulty'], width: 8 },
  { key: 'stem', header: '题干', matches: ['题干', 'stem'], width: 50 },
  ...OPTION_COLUMNS,
  { key: 'answer', header: '答案', matches: ['答案', 'answer'], width: 20 },
  { key: 'explanation', header: '解析', matches: ['解析', 'explanation'], width: 30 },
]);

const REQUIRED_COLUMNS: readonly ItemColumn[] = ['kind', 'knowledgePoint', 'difficulty', 'stem', 'answer'];
const COLUMN_LABELS = Object.fromEntries(ITEM_COLUMNS.map((c) => [c.key, c.header])) as Record<ItemColumn, string>;
const FIELD_LABELS: Record<ItemField, string> = { ...COLUMN_LABELS, options: '选项' } as Record<ItemField, string>;

export const MAX_ITEM_ROWS = 2000;

export interface ItemSheetError {
  /** Spreadsheet row number, 1-based as the spreadsheet shows it. */
  row: number;
  /** The item field the problem belongs to; null when it concerns the sheet or the whole row. */
  field: ItemField | null;
  code: string;
  message: string;
}

export interface ParsedItemSheet {
  /** Data rows read (the header not counted). */
  dataRows: number;
  rows: { row: number; value: ItemContent }[];
  errors: ItemSheetError[];
}

/** The text of a sheet's non-empty rows (the first is the header), parsed and validated. */
export function parseItemLines(lines: readonly SheetLine[]): ParsedItemSheet {
  const [header, ...body] = lines;
  if (!header) return { dataRows: 0, rows: [], errors: [{ row: 1, field: null, code: 'empty', message: '文件中没有数据' }] };
  const columns = mapSheetHeaders(header.cells, ITEM_COLUMNS);
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.has(key));
  if (missing.length > 0) {
    return { dataRows: body.length, rows: [], errors: missing.map((key) => ({ row: header.row, field: key as ItemField, code: 'missingColumn', message: `第${header.row}行：缺少「${COLUMN_LABELS[key]}」列` })) };
  }
  if (body.length === 0) return { dataRows: 0, rows: [], errors: [{ row: header.row + 1, field: null, code: 'empty', message: '没有试题' }] };
  if (body.length > MAX_ITEM_ROWS) {
    return { dataRows: body.length, rows: [], errors: [{ row: body[MAX_ITEM_ROWS].row, field: null, code: 'tooManyRows', message: `一次最多导入${MAX_ITEM_ROWS}道题` }] };
  }
  const cell = (line: SheetLine, key: ItemColumn) => {
    const index = columns.get(key);
    return index === undefined ? '' : (line.cells[index] ?? '');
  };
  const rows: ParsedItemSheet['rows'] = [];
  const errors: ItemSheetError[] = [];
  for (const line of body) {
    const { value, problems } = parseItemDraft({
      kind: cell(line, 'kind'),
      knowledgePoint: cell(line, 'knowledgePoint'),
      difficulty: cell(line, 'difficulty'),
      stem: cell(line, 'stem'),
      options: OPTION_COLUMNS.map((c) => cell(line, c.key)),
      answer: cell(line, 'answer'),
      explanation: cell(line, 'explanation'),
    });
    for (const p of problems) errors.push({ row: line.row, field: p.field, code: p.code, message: `第${line.row}行「${FIELD_LABELS[p.field]}」：${p.message}` });
    if (value) rows.push({ row: line.row, value });
  }
  for (const [row, first] of repeatedStems(rows.map((r) => ({ row: r.row, stem: r.value.stem })))) {
    errors.push({ row, field: 'stem', code: 'duplicateInFile', message: `第${row}行「题干」：与第${first}行的题干相同` });
  }
  errors.sort((a, b) => a.row - b.row);
  return { dataRows: body.length, rows, errors };
}

/** Reads the first worksheet; throws if the buffer is not a workbook exceljs can open. */
export async function readItemSheet(buffer: Buffer): Promise<ParsedItemSheet> {
  return parseItemLines(await readSheetLines(buffer));
}

/** The answer key written back as the text a person would type in the 答案 column. */
export function answerText(item: Pick<ItemContent, 'key'>): string {
  const key = item.key;
  switch (key.kind) {
    case 'single_choice':
      return key.correct;
    case 'multiple_choice':
      return key.correct.join('');
    case 'true_false':
      return key.correct ? '对' : '错';
    case 'fill_in':
      return key.blanks.map((b) => b.join('|')).join('；');
    case 'short_answer':
      return key.reference;
  }
}

/**
 * A workbook of items in the import layout, so an export can be edited and imported again; with
 * no items, the template, with one example row of each kind and the rules on a second sheet.
 */
export async function writeItemSheet(items: readonly (ItemContent & { status?: string; version?: number })[], title: string): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  const sheet = workbook.addWorksheet('试题');
  sheet.columns = ITEM_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  const rows = items.length > 0 ? items : EXAMPLES;
  for (const item of rows) {
    sheet.addRow({
      kind: ITEM_KIND_LABELS[item.kind],
      knowledgePoint: item.knowledgePoint,
      difficulty: item.difficulty,
      stem: item.stem,
      ...Object.fromEntries(item.options.map((o, i) => [`option${OPTION_KEYS[i]}`, o])),
      answer: answerText(item),
      explanation: item.explanation ?? '',
    });
  }
  // Answers such as "1.5" or "2024" stay text, as typed.
  sheet.getColumn('answer').numFmt = '@';
  const notes = workbook.addWorksheet('填写说明');
  notes.getColumn(1).width = 100;
  for (const line of [
    title,
    '题型：单选、多选、判断、填空、简答',
    '知识点：鉴定要素细目表（理论知识）中的知识点编号或名称，不超过50字；难度：1（最易）到5',
    '选项：单选、多选题从选项A起连续填写，2到8个；其他题型不填',
    '答案：单选填字母（如B）；多选填全部正确字母（如ACD）；判断填“对”或“错”；填空题各空之间用“；”分隔，同一空的同义答案用“|”分隔，题干中用“（ ）”或“____”标出空位；简答题填参考答案（评分要点）',
    '同一题库中题干相同（忽略空格、标点、全半角与大小写）的试题不能重复导入',
    `一次最多导入${MAX_ITEM_ROWS}道题；有任何一行出错时整批不导入，请按错误报告修改后重新上传`,
  ]) {
    notes.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const EXAMPLES: ItemContent[] = [
  { kind: 'single_choice', knowledgePoint: '1.1 安全用电', difficulty: 1, stem: '焊接作业场所的安全电压一般为（ ）。', options: ['12V', '36V', '110V', '220V'], key: { kind: 'single_choice', correct: 'B' }, explanation: null },
  { kind: 'multiple_choice', knowledgePoint: '2.3 焊接缺陷', difficulty: 3, stem: '下列属于焊缝外部缺陷的有（ ）。', options: ['咬边', '焊瘤', '内部气孔', '弧坑'], key: { kind: 'multiple_choice', correct: ['A', 'B', 'D'] }, explanation: null },
  { kind: 'true_false', knowledgePoint: '1.2 劳动保护', difficulty: 1, stem: '焊接时可以不戴防护面罩直接观察电弧。', options: [], key: { kind: 'true_false', correct: false }, explanation: null },
  { kind: 'fill_in', knowledgePoint: '2.1 焊接材料', difficulty: 2, stem: '焊条由（ ）和（ ）两部分组成。', options: [], key: { kind: 'fill_in', blanks: [['焊芯'], ['药皮']] }, explanation: null },
  { kind: 'short_answer', knowledgePoint: '3.2 焊接变形', difficulty: 4, stem: '简述焊接变形产生的主要原因。', options: [], key: { kind: 'short_answer', reference: '焊件受热不均匀；焊缝金属收缩；金属组织转变；焊件刚性拘束（每点5分）' }, explanation: null },
];
