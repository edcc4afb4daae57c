import { readSheetLines } from '@skill-ladder/platform';
import { parseItemLines, readItemSheet, writeItemSheet } from './item-sheet';

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
