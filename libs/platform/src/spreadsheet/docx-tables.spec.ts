import JSZip from 'jszip';
import { DomainError } from '../errors/domain-error';
import { documentTables, isDocx, MAX_DOCX_XML_BYTES, readDocxTables } from './docx-tables';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const p = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${runs.map((r) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`;
const tc = (inner: string, props = '') => `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${inner}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
const documentXml = (...blocks: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${blocks.join('')}<w:sectPr/></w:body></w:document>`;

async function docx(xml: string, extra: Record<string, string | Buffer> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', xml);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function refusal(data: Buffer): Promise<{ status: number; code: string }> {
  const error = await readDocxTables(data).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return { status: (error as DomainError).status, code: (error as DomainError).code };
}

describe('readDocxTables', () => {
  it('reads each table as its non-empty rows, numbered as the table counts them, text exactly as typed', async () => {
    const xml = documentXml(
      p('试题导入'),
      tbl(tr(tc(p('题型')), tc(p('难度'))), tr(tc(p('')), tc(p(''))), tr(tc(p('单', '选')), tc(p('007')))),
      p('第二个表格'),
      tbl(tr(tc(p('A & B <C>')), tc('<w:p/>'))),
    );
    expect(await readDocxTables(await docx(xml))).toEqual([
      [
        { row: 1, cells: ['题型', '难度'] },
        { row: 3, cells: ['单选', '007'] },
      ],
      [{ row: 1, cells: ['A & B <C>', ''] }],
    ]);
  });

  it('joins paragraphs and line breaks with a newline and keeps tabs; leaves out deleted text, field codes and text boxes', async () => {
    const cell = tc(
      `${p('第一段')}${p('第二段')}<w:p><w:r><w:t>甲</w:t><w:br/><w:t>乙</w:t><w:tab/><w:t>丙</w:t></w:r>` +
        `<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>` +
        `<w:r><w:instrText> PAGE </w:instrText></w:r><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>` +
        `<w:r><mc:AlternateContent xmlns:mc="x"><mc:Choice><w:drawing><w:t>框</w:t></w:drawing></mc:Choice><mc:Fallback><w:pict><w:t>框</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    );
    expect(await readDocxTables(await docx(documentXml(tbl(tr(cell)))))).toEqual([[{ row: 1, cells: ['第一段\n第二段\n甲\n乙\t丙插入的链接'] }]]);
  });

  it('repeats a merged cell’s text in every cell it covers, across (gridSpan) and down (vMerge), and honours gridBefore', async () => {
    const xml = documentXml(
      tbl(
        tr(tc(p('知识点'), '<w:vMerge w:val="restart"/>'), tc(p('选项'), '<w:gridSpan w:val="2"/>'), tc(p('答案'))),
        tr(tc('<w:p/>', '<w:vMerge/>'), tc(p('甲')), tc(p('乙')), tc(p('A'))),
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('x'))}${tc(p('y'))}${tc(p('z'))}</w:tr>`,
      ),
    );
    expect(await readDocxTables(await docx(xml))).toEqual([
      [
        { row: 1, cells: ['知识点', '选项', '选项', '答案'] },
        { row: 2, cells: ['知识点', '甲', '乙', 'A'] },
        { row: 3, cells: ['', 'x', 'y', 'z'] },
      ],
    ]);
  });

  it('reads rows, cells and tables wrapped in content controls', async () => {
    const xml = documentXml(`<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${tbl(`<w:sdt><w:sdtContent>${tr(tc(p('一')), `<w:sdt><w:sdtContent>${tc(p('二'))}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>`);
    expect(await readDocxTables(await docx(xml))).toEqual([[{ row: 1, cells: ['一', '二'] }]]);
  });

  it('a document without tables reads as no tables', async () => {
    expect(await readDocxTables(await docx(documentXml(p('只有文字'))))).toEqual([]);
  });

  it('refuses what is not a ZIP, a ZIP without word/document.xml, and damaged XML, each with its own code', async () => {
    expect(await refusal(Buffer.from('{\\rtf1 这是 RTF，不是 docx'.repeat(3)))).toEqual({ status: 400, code: 'DOCX_NOT_A_ZIP' });
    const other = new JSZip();
    other.file('xl/workbook.xml', '<workbook/>');
    expect(await refusal(await other.generateAsync({ type: 'nodebuffer' }))).toEqual({ status: 400, code: 'DOCX_NO_DOCUMENT' });
    expect(await refusal(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]))).toEqual({ status: 400, code: 'ZIP_UNREADABLE' });
    expect(await refusal(await docx('<w:document><w:body><w:tbl>'.repeat(200)))).toEqual({ status: 400, code: 'DOCX_UNREADABLE' });
  });

  it('expands no declared entity and refuses a crafted nesting depth', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    expect(await refusal(await docx(`${laughs}<w:document ${W}><w:body>${tbl(tr(tc('<w:p><w:r><w:t>&c;</w:t></w:r></w:p>')))}</w:body></w:document>`))).toEqual({
      status: 400,
      code: 'DOCX_UNREADABLE',
    });
    const deep = `${'<w:customXml>'.repeat(300)}${tbl(tr(tc(p('深'))))}${'</w:customXml>'.repeat(300)}`;
    expect(await refusal(await docx(documentXml(deep)))).toEqual({ status: 400, code: 'DOCX_UNREADABLE' });
    // Custom XML within Word's depth is read through.
    const shallow = `${'<w:customXml>'.repeat(20)}${tbl(tr(tc(p('浅'))))}${'</w:customXml>'.repeat(20)}`;
    expect(await readDocxTables(await docx(documentXml(shallow)))).toEqual([[{ row: 1, cells: ['浅'] }]]);
  });

  it('reads CDATA in a text run as text', async () => {
    expect(await readDocxTables(await docx(documentXml(tbl(tr(tc('<w:p><w:r><w:t><![CDATA[a<b>&c]]></w:t></w:r></w:p>'))))))).toEqual([[{ row: 1, cells: ['a<b>&c'] }]]);
  });

  it('lets the process serve other work while it reads a large document', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => tr(tc(p('单选')), tc(p(`焊接电流过大会导致什么缺陷？第${i + 1}题`)), tc(p('A'))));
    const xml = documentXml(tbl(...rows));
    expect(xml.length).toBeGreaterThan(1024 * 1024);
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const tables = await documentTables(xml).finally(() => clearInterval(timer));
    expect(tables[0]).toHaveLength(2000);
    expect(tables[0][1999]).toEqual({ row: 2000, cells: ['单选', '焊接电流过大会导致什么缺陷？第2000题', 'A'] });
    // The XML is read in slices with a turn of the event loop between them, so timers ran meanwhile.
    expect(turns).toBeGreaterThan(0);
  });

  it('refuses an oversized document part and a ZIP bomb from their declared sizes, before inflating', async () => {
    const huge = await docx(documentXml(p(' '.repeat(MAX_DOCX_XML_BYTES))));
    expect(huge.length).toBeLessThan(1024 * 1024);
    expect(await refusal(huge)).toEqual({ status: 400, code: 'DOCX_TOO_LARGE' });
    const zeros = Buffer.alloc(100 * 1024 * 1024);
    const bomb = await docx(documentXml(tbl(tr(tc(p('x'))))), { 'word/media/a.bin': zeros, 'word/media/b.bin': zeros, 'word/media/c.bin': zeros });
    expect(await refusal(bomb)).toEqual({ status: 400, code: 'ZIP_TOO_LARGE_UNCOMPRESSED' });
  }, 30_000);
});

describe('isDocx', () => {
  it('tells a .docx by its content: a ZIP holding word/document.xml', async () => {
    expect(await isDocx(await docx(documentXml()))).toBe(true);
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    expect(await isDocx(await xlsx.generateAsync({ type: 'nodebuffer' }))).toBe(false);
    expect(await isDocx(Buffer.from('not a zip at all, just some words'))).toBe(false);
  });
});
