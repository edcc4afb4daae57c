import JSZip from 'jszip';
import { readDocxTables } from './docx-tables';
import { writeDocx } from './docx-write';

describe('writeDocx', () => {
  it('writes paragraphs and tables that the docx table reader reads back, text escaped and lines kept', async () => {
    const data = await writeDocx([
      { paragraph: '题库导入模板', bold: true },
      { table: [['题型', '题干'], ['单选', '电压 < 36V & 电流 > 0 的是（ ）\n第二行'], ['判断']], boldFirstRow: true },
      { paragraph: '说明：每行一题' },
    ]);
    expect(await readDocxTables(data)).toEqual([
      [
        { row: 1, cells: ['题型', '题干'] },
        { row: 2, cells: ['单选', '电压 < 36V & 电流 > 0 的是（ ）\n第二行'] },
        { row: 3, cells: ['判断', ''] },
      ],
    ]);
    const zip = await JSZip.loadAsync(data);
    expect(Object.keys(zip.files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('<w:b/>');
  });
});
