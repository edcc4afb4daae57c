import JSZip from 'jszip';
import type { TestApp } from '../harness/test-app';
import { DESKTOP, expectText, useJourneys } from './journey-kit';

const HEADER = ['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案', '解析'];

/** A .docx with the given tables (first row of each its header), built here as Word writes one. */
async function wordDocument(...tables: string[][][]): Promise<Buffer> {
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const table = (rows: string[][]) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p><w:r><w:t>${text(c)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${tables.map(table).join('<w:p/>')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const row = (n: number, difficulty = '2') => ['判断', 'K2 劳动保护', difficulty, `Word 第${n}题：下班前应切断焊机电源。`, '', '', '', '', '对', ''];

/** HR imports items from a Word document in the bank editor: problems by table and row, then the fixed file. */
describe('question bank import from Word in Chromium (题库 Word 导入)', () => {
  const { world, open, shot, signIn } = useJourneys();
  let t: TestApp;
  beforeAll(() => ({ t } = world));

  it('offers both templates, shows a Word table’s bad row as 表N 第M行, then imports the corrected document', async () => {
    const bank = (await t.http().post('/api/v1/question-banks').set(world.hrSession.auth).send({ occupationCode: '6-18-02-04', rank: 'L4', name: '焊工四级题库（Word 导入）' }).expect(201)).body;
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', `/hr/question-banks/${bank.id}`);
    await page.getByRole('button', { name: /导入$/ }).click();
    const dialog = page.getByRole('dialog', { name: '导入试题' });
    await expectText(dialog, 'Word 文档');
    const [template] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载模板（Word）' }).click()]);
    expect(template.suggestedFilename()).toBe('question-bank-template.docx');

    await dialog.locator('input[type=file]').setInputFiles({ name: '试题.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await wordDocument([HEADER, row(1)], [HEADER, row(2), row(3, '九')]) });
    await expectText(dialog, '未导入任何试题');
    const bad = dialog.getByRole('row').filter({ hasText: '难度' });
    await expectText(bad, '表2 第3行');
    await expectText(bad, '应为1到5的整数');
    await shot(page, '98-hr-bank-word-import-errors');

    await dialog.locator('input[type=file]').setInputFiles({ name: '试题.docx', mimeType: '', buffer: await wordDocument([HEADER, row(1)], [HEADER, row(2), row(3)]) });
    await expectText(page.locator('.ant-message'), '已导入 3 道试题');
    expect((await t.http().get(`/api/v1/question-banks/${bank.id}`).set(world.hrSession.auth).expect(200)).body.itemCounts.draft).toBe(3);
  }, 60_000);
});
