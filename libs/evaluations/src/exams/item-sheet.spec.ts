import { readSheetLines } from '@skill-ladder/platform';
import { parseItemLines, parseItemTables, readItemFile, readItemSheet, writeItemDocument, writeItemSheet } from './item-sheet';

const HEADER = ['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案', '解析'];
const line = (row: number, cells: string[]) => ({ row, cells });

describe('parseItemLines', () => {
  it('reads good rows and reports every bad one with its row and column, in row order', () => {
    const parsed = parseItemLines([
      line(1, HEADER),
      line(2, ['单选', 'K1', '1', '安全电压是（ ）。', '12V', '36V', '', '', 'B', '']),
      line(3, ['多选', 'K1', '9', '下列属于外部缺陷的有（ ）。', '咬边', '焊瘤', '', '', 'AE', '']),
      line(4, ['判断', 'K2', '2', '可以直视电弧。', '', '', '', '', '错', '']),
      line(5, ['单选', 'K1', '1', '安全 电压是（）', '12V', '24V', '', '', 'A', '']),
    ]);
    expect(parsed.rows.map((r) => [r.row, r.value.kind])).toEqual([
      [2, 'single_choice'],
      [4, 'true_false'],
      [5, 'single_choice'],
    ]);
    expect(parsed.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'difficulty', 'invalid'],
      [3, 'answer', 'notAnOption'],
      [5, 'stem', 'duplicateInFile'],
    ]);
    expect(parsed.errors[0].message).toBe('第3行「难度」：应为1到5的整数（1最易）');
    expect(parsed.errors[2].message).toBe('第5行「题干」：与第2行的题干相同');
  });

  it('names missing columns and refuses an empty or oversized sheet', () => {
    expect(parseItemLines([line(1, ['题型', '题干'])]).errors.map((e) => e.field)).toEqual(['knowledgePoint', 'difficulty', 'answer']);
    expect(parseItemLines([]).errors[0].code).toBe('empty');
    expect(parseItemLines([line(1, HEADER)]).errors[0].code).toBe('empty');
    const many = Array.from({ length: 2001 }, (_, i) => line(i + 2, ['判断', 'K', '1', `题${i}`, '', '', '', '', '对', '']));
    expect(parseItemLines([line(1, HEADER), ...many]).errors).toEqual([{ row: 2002, field: null, code: 'tooManyRows', message: '一次最多导入2000道题' }]);
  });
});

describe('parseItemTables', () => {
  const good = (row: number, stem: string) => line(row, ['判断', 'K1', '1', stem, '', '', '', '', '对', '']);

  it('reads the one item table of a document as a sheet, leaving out tables that are not item tables', () => {
    const parsed = parseItemTables([[line(1, ['填写说明']), line(2, ['答案写在答案列'])], [line(1, HEADER), good(2, '甲。'), line(4, ['判断', 'K1', '0', '乙。', '', '', '', '', '对', ''])]]);
    expect(parsed.rows.map((r) => [r.table, r.row])).toEqual([[undefined, 2]]);
    expect(parsed.errors).toEqual([{ row: 4, field: 'difficulty', code: 'invalid', message: '第4行「难度」：应为1到5的整数（1最易）' }]);
  });

  it('numbers the tables when there are several, each with its own column order, and checks stems and the row limit across them', () => {
    const reordered = ['题干', '题型', '知识点', '难度', '答案'];
    const parsed = parseItemTables([[line(1, HEADER), good(2, '甲。')], [line(1, ['题型'])], [line(1, reordered), line(2, ['甲', '判断', 'K1', '1', '错']), line(3, ['乙', '判断', 'K1', '1', '对'])]]);
    expect(parsed.rows.map((r) => [r.table, r.row])).toEqual([[1, 2], [3, 2], [3, 3]]);
    expect(parsed.errors).toEqual([{ table: 3, row: 2, field: 'stem', code: 'duplicateInFile', message: '第3个表格第2行「题干」：与第1个表格第2行的题干相同' }]);
    const many = Array.from({ length: 1500 }, (_, i) => good(i + 2, `题${i}`));
    const tooMany = parseItemTables([[line(1, HEADER), ...many], [line(1, HEADER), ...many.map((l) => ({ ...l, cells: [...l.cells.slice(0, 3), `再${l.cells[3]}`, ...l.cells.slice(4)] }))]]);
    expect(tooMany.errors).toEqual([{ table: 2, row: 502, field: null, code: 'tooManyRows', message: '一次最多导入2000道题' }]);
  });

  it('names what is missing: no item table at all, or a required column of one table', () => {
    expect(parseItemTables([]).errors[0]).toMatchObject({ row: 1, code: 'noItemTable' });
    expect(parseItemTables([[line(1, HEADER), good(2, '甲。')], [line(1, ['题型', '题干', '答案'])]]).errors).toEqual([
      { table: 2, row: 1, field: 'knowledgePoint', code: 'missingColumn', message: '第2个表格第1行：缺少「知识点」列' },
      { table: 2, row: 1, field: 'difficulty', code: 'missingColumn', message: '第2个表格第1行：缺少「难度」列' },
    ]);
  });
});

describe('writeItemSheet', () => {
  it('writes a template whose example rows import cleanly', async () => {
    const template = await writeItemSheet([], '焊工 四级 题库');
    const parsed = await readItemSheet(template);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.value.kind)).toEqual(['single_choice', 'multiple_choice', 'true_false', 'fill_in', 'short_answer']);
  });

  it('exports items so that importing the export gives the same items back', async () => {
    const { rows } = await readItemSheet(await writeItemSheet([], 't'));
    const items = rows.map((r) => r.value);
    const again = await readItemSheet(await writeItemSheet(items, '导出'));
    expect(again.rows.map((r) => r.value)).toEqual(items);
    expect((await readSheetLines(await writeItemSheet(items, '导出')))[0].cells.slice(0, 4)).toEqual(['题型', '知识点', '难度', '题干']);
  });
});

describe('writeItemDocument', () => {
  it('writes a Word template whose table reads, by content, as the XLSX template does', async () => {
    const fromWord = await readItemFile(await writeItemDocument('焊工 四级 题库'), false);
    const fromSheet = await readItemSheet(await writeItemSheet([], '焊工 四级 题库'));
    expect(fromWord.errors).toEqual([]);
    expect(fromWord.rows).toEqual(fromSheet.rows);
  });
});
