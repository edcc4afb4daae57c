import { exceljs, isDocx, mapSheetHeaders, readDocxTables, readSheetLines, SheetLine, UnprocessableError, writeDocx } from '@skill-ladder/platform';
import { ITEM_KIND_LABELS } from './rules/item-kinds';
import { ItemContent, ItemField, OPTION_KEYS, parseItemDraft } from './rules/item-content';
import { repeatedStems } from './rules/stem-fingerprint';

/*
 * A question bank from a spreadsheet (XLSX) or the tables of a Word document (.docx): a header row
 * with zh-CN column names, one item per row. Every row is checked and each problem is reported with the row number the spreadsheet
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
  /** In a Word document with several item tables, which table (1-based, counting every table of the document); absent otherwise. */
  table?: number;
  /** Spreadsheet row number, 1-based as the spreadsheet shows it (in a Word table, the row of that table). */
  row: number;
  /** The item field the problem belongs to; null when it concerns the sheet or the whole row. */
  field: ItemField | null;
  code: string;
  message: string;
}

/** Where a row is, as the messages name it: 第3行, or 第2个表格第3行 in a document of several item tables. */
export interface RowPlace {
  table?: number;
  row: number;
}

export interface ParsedItemSheet {
  /** Data rows read (the header not counted). */
  dataRows: number;
  rows: (RowPlace & { value: ItemContent })[];
  errors: ItemSheetError[];
}

export function placeLabel(place: RowPlace): string {
  return place.table === undefined ? `第${place.row}行` : `第${place.table}个表格第${place.row}行`;
}

/** Errors in document order: table, then row (a sort that keeps a row's own errors in order). */
export function byPlace(a: RowPlace, b: RowPlace): number {
  return (a.table ?? 0) - (b.table ?? 0) || a.row - b.row;
}

/** The text of a sheet's non-empty rows (the first is the header), parsed and validated. */
export function parseItemLines(lines: readonly SheetLine[]): ParsedItemSheet {
  return parseItemBlocks([{ lines }]);
}

/**
 * The item tables of a Word document, each with a header row like the XLSX template's; tables
 * whose first row names fewer than two of the required columns (a title block, notes) are not
 * item tables. One item table reads exactly as a sheet; several are numbered in the messages.
 */
export function parseItemTables(tables: readonly SheetLine[][]): ParsedItemSheet {
  const items = tables
    .map((lines, index) => ({ table: index + 1, lines }))
    .filter(({ lines }) => lines.length > 0 && REQUIRED_COLUMNS.filter((key) => mapSheetHeaders(lines[0].cells, ITEM_COLUMNS).has(key)).length >= 2);
  if (items.length === 0) {
    return { dataRows: 0, rows: [], errors: [{ row: 1, field: null, code: 'noItemTable', message: '文档中没有试题表格：表头应与模板相同（题型、知识点、难度、题干、选项A…、答案、解析）' }] };
  }
  return parseItemBlocks(items.length === 1 ? [{ lines: items[0].lines }] : items);
}

function parseItemBlocks(blocks: readonly { table?: number; lines: readonly SheetLine[] }[]): ParsedItemSheet {
  const [first] = blocks;
  const [header] = first?.lines ?? [];
  if (!header) return { dataRows: 0, rows: [], errors: [{ row: 1, field: null, code: 'empty', message: '文件中没有数据' }] };
  const bodies = blocks.map(({ table, lines }) => ({ table, header: lines[0], body: lines.slice(1), columns: mapSheetHeaders(lines[0].cells, ITEM_COLUMNS) }));
  const dataRows = bodies.reduce((n, b) => n + b.body.length, 0);
  const missing = bodies.flatMap(({ table, header: h, columns }) =>
    REQUIRED_COLUMNS.filter((key) => !columns.has(key)).map((key) => ({ table, row: h.row, field: key as ItemField, code: 'missingColumn', message: `${placeLabel({ table, row: h.row })}：缺少「${COLUMN_LABELS[key]}」列` })),
  );
  if (missing.length > 0) return { dataRows, rows: [], errors: missing };
  if (dataRows === 0) return { dataRows: 0, rows: [], errors: [{ table: first.table, row: header.row + 1, field: null, code: 'empty', message: '没有试题' }] };
  const lines = bodies.flatMap(({ table, body, columns }) => body.map((line) => ({ table, line, columns })));
  if (dataRows > MAX_ITEM_ROWS) {
    const over = lines[MAX_ITEM_ROWS];
    return { dataRows, rows: [], errors: [{ table: over.table, row: over.line.row, field: null, code: 'tooManyRows', message: `一次最多导入${MAX_ITEM_ROWS}道题` }] };
  }
  const rows: ParsedItemSheet['rows'] = [];
  const errors: ItemSheetError[] = [];
  for (const { table, line, columns } of lines) {
    const cell = (key: ItemColumn) => {
      const index = columns.get(key);
      return index === undefined ? '' : (line.cells[index] ?? '');
    };
    const { value, problems } = parseItemDraft({
      kind: cell('kind'),
      knowledgePoint: cell('knowledgePoint'),
      difficulty: cell('difficulty'),
      stem: cell('stem'),
      options: OPTION_COLUMNS.map((c) => cell(c.key)),
      answer: cell('answer'),
      explanation: cell('explanation'),
    });
    const place = { table, row: line.row };
    for (const p of problems) errors.push({ ...place, field: p.field, code: p.code, message: `${placeLabel(place)}「${FIELD_LABELS[p.field]}」：${p.message}` });
    if (value) rows.push({ ...place, value });
  }
  for (const [index, firstIndex] of repeatedStems(rows.map((r, i) => ({ row: i, stem: r.value.stem })))) {
    const place = { table: rows[index].table, row: rows[index].row };
    errors.push({ ...place, field: 'stem', code: 'duplicateInFile', message: `${placeLabel(place)}「题干」：与${placeLabel(rows[firstIndex])}的题干相同` });
  }
  errors.sort(byPlace);
  return { dataRows, rows, errors };
}

/** Reads the first worksheet; throws if the buffer is not a workbook exceljs can open. */
export async function readItemSheet(buffer: Buffer): Promise<ParsedItemSheet> {
  return parseItemLines(await readSheetLines(buffer));
}

/**
 * Items from an uploaded file, told apart by content: a ZIP holding word/document.xml is a Word
 * document, anything else a workbook. What the client declared only words the refusal of content
 * that is neither: declared .docx, a 400 from the Word reader; otherwise the 422 of a bad workbook.
 */
export async function readItemFile(buffer: Buffer, declaredDocx: boolean): Promise<ParsedItemSheet> {
  if (declaredDocx || (await isDocx(buffer))) return parseItemTables(await readDocxTables(buffer));
  return readItemSheet(buffer).catch(() => {
    throw new UnprocessableError('NOT_A_WORKBOOK', '无法读取该文件，请上传 .xlsx 表格或 .docx 文档 / The file is neither an XLSX workbook nor a Word document', [
      { field: 'file', code: 'notXlsx', message: '无法读取该文件，请上传 .xlsx 表格或 .docx 文档' },
    ]);
  });
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
  for (const line of [title, ...TEMPLATE_NOTES]) notes.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The Word template: a title, the item table with one example of each kind (the XLSX template's
 * columns and examples), and the same notes; its tables import as a sheet does.
 */
export async function writeItemDocument(title: string): Promise<Buffer> {
  return writeDocx([
    { paragraph: title, bold: true },
    { paragraph: '每行一题；表头与 XLSX 模板相同，不要修改。可以删去示例行，也可以把同一知识点的单元格上下合并。' },
    { table: [ITEM_COLUMNS.map((c) => c.header), ...EXAMPLES.map(itemCells)], boldFirstRow: true },
    ...TEMPLATE_NOTES.map((line) => ({ paragraph: line })),
  ]);
}

/** An item as the text of the template's cells, in column order. */
function itemCells(item: ItemContent): string[] {
  const values: Record<ItemColumn, string> = {
    kind: ITEM_KIND_LABELS[item.kind],
    knowledgePoint: item.knowledgePoint,
    difficulty: String(item.difficulty),
    stem: item.stem,
    ...(Object.fromEntries(OPTION_KEYS.map((letter, i) => [`option${letter}`, item.options[i] ?? ''])) as Record<`option${(typeof OPTION_KEYS)[number]}`, string>),
    answer: answerText(item),
    explanation: item.explanation ?? '',
  };
  return ITEM_COLUMNS.map((c) => values[c.key]);
}

const TEMPLATE_NOTES: readonly string[] = [
  '题型：单选、多选、判断、填空、简答',
  '知识点：鉴定要素细目表（理论知识）中的知识点编号或名称，不超过50字；难度：1（最易）到5',
  '选项：单选、多选题从选项A起连续填写，2到8个；其他题型不填',
  '答案：单选填字母（如B）；多选填全部正确字母（如ACD）；判断填“对”或“错”；填空题各空之间用“；”分隔，同一空的同义答案用“|”分隔，题干中用“（ ）”或“____”标出空位；简答题填参考答案（评分要点）',
  '同一题库中题干相同（忽略空格、标点、全半角与大小写）的试题不能重复导入',
  `一次最多导入${MAX_ITEM_ROWS}道题；有任何一行出错时整批不导入，请按错误报告修改后重新上传`,
];

const EXAMPLES: ItemContent[] = [
  { kind: 'single_choice', knowledgePoint: '1.1 安全用电', difficulty: 1, stem: '焊接作业场所的安全电压一般为（ ）。', options: ['12V', '36V', '110V', '220V'], key: { kind: 'single_choice', correct: 'B' }, explanation: null },
  { kind: 'multiple_choice', knowledgePoint: '2.3 焊接缺陷', difficulty: 3, stem: '下列属于焊缝外部缺陷的有（ ）。', options: ['咬边', '焊瘤', '内部气孔', '弧坑'], key: { kind: 'multiple_choice', correct: ['A', 'B', 'D'] }, explanation: null },
  { kind: 'true_false', knowledgePoint: '1.2 劳动保护', difficulty: 1, stem: '焊接时可以不戴防护面罩直接观察电弧。', options: [], key: { kind: 'true_false', correct: false }, explanation: null },
  { kind: 'fill_in', knowledgePoint: '2.1 焊接材料', difficulty: 2, stem: '焊条由（ ）和（ ）两部分组成。', options: [], key: { kind: 'fill_in', blanks: [['焊芯'], ['药皮']] }, explanation: null },
  { kind: 'short_answer', knowledgePoint: '3.2 焊接变形', difficulty: 4, stem: '简述焊接变形产生的主要原因。', options: [], key: { kind: 'short_answer', reference: '焊件受热不均匀；焊缝金属收缩；金属组织转变；焊件刚性拘束（每点5分）' }, explanation: null },
];
