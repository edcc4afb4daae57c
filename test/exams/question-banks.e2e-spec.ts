import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readSheetLines } from '@skill-ladder/platform';
import type { Session } from '../harness/auth';
import type { OrgRef } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { examWorld, WELDER } from './exam-world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BANKS = '/api/v1/question-banks';
const HEADER = ['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案', '解析'];

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('试题');
  sheet.addRow(HEADER);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A Word cell: its text (paragraphs split on "\n"), or a cell merged into the one above. */
type WordCell = string | { mergedAbove: true } | { restart: string };

function wordTable(rows: WordCell[][]): string {
  const paragraphs = (text: string) => text.split('\n').map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
  const cell = (c: WordCell) =>
    typeof c === 'string'
      ? `<w:tc>${paragraphs(c)}</w:tc>`
      : 'mergedAbove' in c
        ? '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'
        : `<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${paragraphs(c.restart)}</w:tc>`;
  return `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** A .docx as Word writes one, built here: a title paragraph and the given tables. */
async function wordDocument(...tables: WordCell[][][]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
      `<w:p><w:r><w:t>焊工（四级）理论知识题库</w:t></w:r></w:p>${tables.map(wordTable).join('<w:p/>')}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Twenty good rows of every kind, stems numbered so none repeats. */
function goodRows(): (string | number)[][] {
  return Array.from({ length: 20 }, (_, i) => {
    switch (i % 4) {
      case 0:
        return ['单选', '1.1 安全用电', 1 + (i % 5), `第${i}题：焊接场所的安全电压为（ ）。`, '12V', '36V', '110V', '220V', 'B', ''];
      case 1:
        return ['多选', '2.3 焊接缺陷', 2, `第${i}题：下列属于焊缝外部缺陷的有（ ）。`, '咬边', '焊瘤', '内部气孔', '弧坑', 'ABD', ''];
      case 2:
        return ['判断', '1.2 劳动保护', 1, `第${i}题：焊接时可以直视电弧。`, '', '', '', '', '错', ''];
      default:
        return ['填空', '2.1 焊接材料', 3, `第${i}题：焊条由（ ）和（ ）组成。`, '', '', '', '', '焊芯；药皮', ''];
    }
  });
}

/**
 * 题库 end to end: a filed evaluation body keeps question banks within its filed scope; items are
 * written, reviewed by another person, used and retired, each edit a new version; a spreadsheet
 * imports all or nothing with every bad row reported; other tenants see nothing.
 */
describe('question banks (题库)', () => {
  let t: TestApp;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let reviewer: Session;
  let bank: string;
  let item: string;

  const itemBody = (over: Record<string, unknown> = {}) => ({
    kind: 'single_choice',
    knowledgePoint: '1.1 安全用电',
    difficulty: 2,
    stem: '焊接作业场所的安全电压一般为（ ）。',
    options: ['12V', '36V', '110V', '220V'],
    answer: 'B',
    ...over,
  });
  const setStatus = (session: Session, id: string, body: object) => t.http().post(`${BANKS}/${bank}/items/${id}/status`).set(session.auth).send(body);
  const itemCount = async () => (await t.http().get(`${BANKS}/${bank}`).set(coking.hr.auth).expect(200)).body.itemCounts;

  beforeAll(async () => {
    t = await createTestApp();
    ({ lvliang, taiyuan, coking, machinery, reviewer } = await examWorld(t, ['L4', 'L3']));
  });
  afterAll(() => t.close());

  describe('banks', () => {
    it('HR of a filed body creates a bank for 焊工 四级; it starts empty', async () => {
      const res = await t.http().post(BANKS).set(coking.hr.auth).send({ occupationCode: WELDER, rank: 'L4', name: '焊工四级理论知识题库' }).expect(201);
      expect(res.body).toMatchObject({ occupationCode: WELDER, occupationName: '焊工', rank: 'L4', rankLabel: '四级/中级工', organizationName: '山西吕梁焦化集团', itemCounts: { draft: 0, reviewed: 0, active: 0, retired: 0 } });
      bank = res.body.id;
    });

    it('refuses a level outside the filed scope naming the field, an enterprise that is not filed, and the same name twice', async () => {
      const outside = await t.http().post(BANKS).set(coking.hr.auth).send({ occupationCode: WELDER, rank: 'L1', name: '一级题库' }).expect(422);
      expect(outside.body).toMatchObject({ code: 'OUTSIDE_FILED_SCOPE', errors: [{ field: 'rank', code: 'outsideScope' }] });
      await t.http().post(BANKS).set(machinery.hr.auth).send({ occupationCode: WELDER, rank: 'L4', name: '题库' }).expect(422);
      const twice = await t.http().post(BANKS).set(coking.hr.auth).send({ occupationCode: WELDER, rank: 'L4', name: '焊工四级理论知识题库' }).expect(409);
      expect(twice.body.code).toBe('QUESTION_BANK_EXISTS');
    });
  });

  describe('items', () => {
    it('HR writes an item; it waits for review as version 1 with its answer', async () => {
      const res = await t.http().post(`${BANKS}/${bank}/items`).set(coking.hr.auth).send(itemBody()).expect(201);
      expect(res.body).toMatchObject({ status: 'draft', statusLabel: '待审核', version: 1, kind: 'single_choice', kindLabel: '单项选择题', answer: 'B', reviewedBy: null });
      item = res.body.id;
    });

    it('refuses the same stem written differently, and an inconsistent item field by field', async () => {
      const same = await t.http().post(`${BANKS}/${bank}/items`).set(coking.hr.auth).send(itemBody({ stem: '焊接作业场所的安全电压一般为____' })).expect(409);
      expect(same.body.code).toBe('ITEM_STEM_EXISTS');
      const bad = await t.http().post(`${BANKS}/${bank}/items`).set(coking.hr.auth).send(itemBody({ stem: '新题（ ）', options: ['36V'], answer: 'C' })).expect(422);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['options', 'answer']);
      const shape = await t.http().post(`${BANKS}/${bank}/items`).set(coking.hr.auth).send(itemBody({ difficulty: 9, stem: 'x'.repeat(2001) })).expect(400);
      expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['difficulty', 'stem']);
    });

    it('the author cannot review their own version; another HR reviews, then it is put in use', async () => {
      expect((await setStatus(coking.hr, item, { status: 'reviewed' }).expect(409)).body.code).toBe('SELF_REVIEW');
      expect((await setStatus(coking.hr, item, { status: 'active' }).expect(409)).body.code).toBe('ITEM_STATUS_TRANSITION');
      const reviewed = await setStatus(reviewer, item, { status: 'reviewed' }).expect(200);
      expect(reviewed.body).toMatchObject({ status: 'reviewed', reviewedBy: expect.any(String) });
      await setStatus(coking.hr, item, { status: 'active' }).expect(200);
      expect(await itemCount()).toMatchObject({ active: 1, draft: 0 });
    });

    it('editing an item in use makes version 2, back to review; the first version is kept', async () => {
      const res = await t.http().patch(`${BANKS}/${bank}/items/${item}`).set(reviewer.auth).send(itemBody({ answer: 'b', explanation: '安全电压36V' })).expect(200);
      expect(res.body).toMatchObject({ version: 2, status: 'draft', reviewedBy: null, explanation: '安全电压36V' });
      const unchanged = await t.http().patch(`${BANKS}/${bank}/items/${item}`).set(reviewer.auth).send(itemBody({ explanation: '安全电压36V' })).expect(200);
      expect(unchanged.body.version).toBe(2);
      const versions = await t.dataSource.query(`SELECT version, explanation FROM question_item_versions WHERE item_id = $1 ORDER BY version`, [item]);
      expect(versions).toEqual([
        { version: 1, explanation: null },
        { version: 2, explanation: '安全电压36V' },
      ]);
      // Written by the reviewer this time, so the first author may now review it.
      await setStatus(coking.hr, item, { status: 'reviewed' }).expect(200);
    });

    it('retiring needs a reason, is audited, and frees the stem for a new item', async () => {
      expect((await setStatus(coking.hr, item, { status: 'retired' }).expect(422)).body.errors[0].field).toBe('reason');
      await setStatus(coking.hr, item, { status: 'retired', reason: '电压标准已更新' }).expect(200);
      await t.http().patch(`${BANKS}/${bank}/items/${item}`).set(coking.hr.auth).send(itemBody({ difficulty: 3 })).expect(409);
      await t.http().post(`${BANKS}/${bank}/items`).set(coking.hr.auth).send(itemBody()).expect(201);
      const audit = await t.dataSource.query(`SELECT action, reason FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [item]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'question_item.create',
        'question_item.review',
        'question_item.activate',
        'question_item.update',
        'question_item.review',
        'question_item.retire',
      ]);
      expect(audit[5].reason).toBe('电压标准已更新');
    });
  });

  describe('import and export', () => {
    it('a sheet of 20 rows with 3 bad ones imports nothing and reports each bad row with its column', async () => {
      const rows = goodRows();
      rows[4][2] = 7; // 难度 out of range (sheet row 6)
      rows[9][8] = 'E'; // 多选 answer not an option (sheet row 11)
      rows[13][3] = '焊接作业场所的安全电压一般为（ ）'; // the bank already has this stem (sheet row 15)
      rows[13][0] = '单选';
      rows[13][4] = '12V';
      rows[13][5] = '36V';
      rows[13][8] = 'B';
      const before = await itemCount();
      const res = await t.http().post(`${BANKS}/${bank}/items/import`).set(coking.hr.auth).set('content-type', XLSX).send(await workbook(rows)).expect(200);
      expect(res.body.rows).toBe(20);
      expect(res.body.imported).toBe(0);
      expect(res.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
        [6, 'difficulty'],
        [11, 'answer'],
        [15, 'stem'],
      ]);
      expect(res.body.errors[2].message).toBe('第15行「题干」：题库中已有相同题干的试题');
      expect(await itemCount()).toEqual(before);
    });

    it('the corrected sheet imports all 20 as drafts; the export reads back the same items', async () => {
      const before = await itemCount();
      const res = await t.http().post(`${BANKS}/${bank}/items/import`).set(coking.hr.auth).set('content-type', XLSX).send(await workbook(goodRows())).expect(200);
      expect(res.body).toEqual({ rows: 20, imported: 20, errors: [] });
      expect(await itemCount()).toEqual({ ...before, draft: before.draft + 20 });
      const list = await t.http().get(`${BANKS}/${bank}/items?kind=fill_in&pageSize=50`).set(coking.hr.auth).expect(200);
      expect(list.body.total).toBe(5);
      expect(list.body.items[0]).toMatchObject({ kind: 'fill_in', answer: '焊芯；药皮', version: 1, status: 'draft' });

      const exported = await t.http().get(`${BANKS}/${bank}/items/export`).set(coking.hr.auth).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(exported.headers['content-type']).toContain(XLSX);
      const lines = await readSheetLines(exported.body as Buffer);
      expect(lines).toHaveLength(1 + 21); // header, the 20 imported and the live single choice
      expect(lines.some((l) => l.cells.includes('第3题：焊条由（ ）和（ ）组成。') && l.cells.includes('焊芯；药皮'))).toBe(true);
      const again = await t.http().post(`${BANKS}/${bank}/items/import`).set(coking.hr.auth).set('content-type', XLSX).send(exported.body).expect(200);
      expect(again.body.imported).toBe(0);
      expect(again.body.errors).toHaveLength(21);
      expect(new Set(again.body.errors.map((e: { code: string }) => e.code))).toEqual(new Set(['duplicateInBank']));
    });

    it('refuses a file that is not a workbook, and a body that is not XLSX', async () => {
      const junk = await t.http().post(`${BANKS}/${bank}/items/import`).set(coking.hr.auth).set('content-type', XLSX).send(Buffer.from('not a workbook')).expect(422);
      expect(junk.body.code).toBe('NOT_A_WORKBOOK');
      await t.http().post(`${BANKS}/${bank}/items/import`).set(coking.hr.auth).send({ rows: [] }).expect(415);
    });

    it('the template downloads and its examples import into a bank', async () => {
      const res = await t.http().get(`${BANKS}/template`).set(machinery.hr.auth).buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      const other = await t.http().post(BANKS).set(coking.hr.auth).send({ occupationCode: WELDER, rank: 'L3', name: '焊工三级题库' }).expect(201);
      const imported = await t.http().post(`${BANKS}/${other.body.id}/items/import`).set(coking.hr.auth).set('content-type', XLSX).send(res.body).expect(200);
      expect(imported.body).toMatchObject({ imported: 5, errors: [] });
    });
  });

  describe('tenancy', () => {
    it('HR of another enterprise and the bureau of another city get 404; the city’s bureau reads', async () => {
      await t.http().get(`${BANKS}/${bank}`).set(machinery.hr.auth).expect(404);
      await t.http().get(`${BANKS}/${bank}/items`).set(machinery.hr.auth).expect(404);
      await t.http().post(`${BANKS}/${bank}/items`).set(machinery.hr.auth).send(itemBody({ stem: '外单位的题（ ）' })).expect(404);
      await t.http().patch(`${BANKS}/${bank}/items/${item}`).set(machinery.hr.auth).send(itemBody()).expect(404);
      await t.http().get(`${BANKS}/${bank}`).set(taiyuan.officer.auth).expect(404);
      expect((await t.http().get(BANKS).set(machinery.hr.auth).expect(200)).body.total).toBe(0);
      expect((await t.http().get(BANKS).set(taiyuan.officer.auth).expect(200)).body.total).toBe(0);
      const city = await t.http().get(BANKS).set(lvliang.officer.auth).expect(200);
      expect(city.body.items.map((b: { name: string }) => b.name).sort()).toEqual(['焊工三级题库', '焊工四级理论知识题库']);
      // The bureau reads; it does not write items.
      await t.http().post(`${BANKS}/${bank}/items`).set(lvliang.officer.auth).send(itemBody({ stem: '局里的题（ ）' })).expect(403);
    });

    it('an item id of another bank answers 404 even to the bank’s owner', async () => {
      const other = (await t.http().get(`${BANKS}?rank=L3`).set(coking.hr.auth).expect(200)).body.items[0].id;
      await t.http().get(`${BANKS}/${other}/items/${item}`).set(coking.hr.auth).expect(404);
    });
  });

  describe('import from Word tables', () => {
    const wordRows = (): WordCell[][] => [
      ['单选', { restart: '4.1 焊接工艺' }, '2', '焊接电流过大\n容易产生的缺陷是（ ）。', '咬边', '夹渣', '未焊透', '冷裂纹', 'A', ''],
      ['判断', { mergedAbove: true }, '1', '焊前预热可以减少焊接应力。', '', '', '', '', '对', ''],
      ['', '', '', '', '', '', '', '', '', ''],
      ['多选', '4.2 焊接检验', '7', '焊缝外观检验的内容有（ ）。', '尺寸', '咬边', '气孔', '成分', 'ABC', ''],
      ['单选', '1.1 安全用电', '1', '第0题：焊接场所的安全电压为（ ）', '12V', '36V', '110V', '220V', 'B', ''],
    ];
    const post = (body: Buffer, type = DOCX) => t.http().post(`${BANKS}/${bank}/items/import`).set(coking.hr.auth).set('content-type', type).send(body);

    it('reads the item table of a .docx with the template’s columns: a bad row and a duplicate are reported by row, nothing is saved', async () => {
      const notes: WordCell[][] = [['填写说明'], ['题型：单选、多选、判断、填空、简答']];
      const before = await itemCount();
      const res = await post(await wordDocument(notes, [HEADER, ...wordRows()])).expect(200);
      expect(res.body.rows).toBe(4);
      expect(res.body.imported).toBe(0);
      expect(res.body.errors).toEqual([
        { row: 5, field: 'difficulty', code: 'invalid', message: '第5行「难度」：应为1到5的整数（1最易）' },
        { row: 6, field: 'stem', code: 'duplicateInBank', message: '第6行「题干」：题库中已有相同题干的试题' },
      ]);
      expect(await itemCount()).toEqual(before);
    });

    it('the corrected document imports its good rows as drafts: merged cells repeat, paragraphs of a cell become lines', async () => {
      const before = await itemCount();
      const rows = wordRows().slice(0, 3);
      // Decided by content: the same document sent as a workbook's type is still read as Word.
      const res = await post(await wordDocument([HEADER, ...rows]), XLSX).expect(200);
      expect(res.body).toEqual({ rows: 2, imported: 2, errors: [] });
      expect(await itemCount()).toEqual({ ...before, draft: before.draft + 2 });
      const list = await t.http().get(`${BANKS}/${bank}/items?knowledgePoint=${encodeURIComponent('4.1 焊接工艺')}`).set(coking.hr.auth).expect(200);
      expect(list.body.items.map((i: { kind: string; stem: string; answer: string }) => [i.kind, i.stem, i.answer])).toEqual([
        ['single_choice', '焊接电流过大\n容易产生的缺陷是（ ）。', 'A'],
        ['true_false', '焊前预热可以减少焊接应力。', '对'],
      ]);
    });

    it('names the table when a document has several item tables, and finds a stem repeated across them', async () => {
      const first: WordCell[][] = [HEADER, ['判断', '1.2 劳动保护', '1', '下班前应切断焊机电源。', '', '', '', '', '对', '']];
      const second: WordCell[][] = [HEADER, ['判断', '1.2 劳动保护', '1', '下班前，应切断焊机电源', '', '', '', '', '对', '']];
      const res = await post(await wordDocument([['说明']], first, second)).expect(200);
      expect(res.body.errors).toEqual([{ table: 3, row: 2, field: 'stem', code: 'duplicateInFile', message: '第3个表格第2行「题干」：与第2个表格第2行的题干相同' }]);
    });

    it('the Word template downloads; its table holds the XLSX template’s five examples', async () => {
      const res = await t.http().get(`${BANKS}/template/word`).set(machinery.hr.auth).buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(res.headers['content-type']).toContain(DOCX);
      // The 三级 bank already holds the XLSX template's examples: the same five stems, now duplicates.
      const l3 = (await t.http().get(`${BANKS}?rank=L3`).set(coking.hr.auth).expect(200)).body.items[0].id;
      const imported = await t.http().post(`${BANKS}/${l3}/items/import`).set(coking.hr.auth).set('content-type', DOCX).send(res.body).expect(200);
      expect(imported.body.rows).toBe(5);
      expect(imported.body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([2, 3, 4, 5, 6].map((row) => [row, 'duplicateInBank']));
    });

    it('refuses with a 400 and a Chinese message what is declared .docx but is not one; another tenant’s bank is 404', async () => {
      const notZip = await post(Buffer.from('{\\rtf1 这是另存为的 RTF 文件}')).expect(400);
      expect(notZip.body).toMatchObject({ code: 'DOCX_NOT_A_ZIP', title: expect.stringContaining('请上传 Word 文档（.docx）') });
      const photos = new JSZip();
      photos.file('王建国.jpg', Buffer.alloc(64, 1));
      const noDocument = await post(await photos.generateAsync({ type: 'nodebuffer' })).expect(400);
      expect(noDocument.body).toMatchObject({ code: 'DOCX_NO_DOCUMENT', title: expect.stringContaining('不是 Word 文档') });
      const docx = await wordDocument([HEADER, ...wordRows().slice(0, 1)]);
      await t.http().post(`${BANKS}/${bank}/items/import`).set(machinery.hr.auth).set('content-type', DOCX).send(docx).expect(404);
    });
  });
});
