import { SaxesParser, SaxesTagPlain } from 'saxes';
import { DomainError } from '../errors/domain-error';
import type { ErrorCode } from '../errors/error-code';
import { MAX_ZIP_UPLOAD_BYTES } from '../storage/file-type';
import { looksLikeZip, ZipLimits, zipEntries } from '../storage/zip-entries';
import { SheetLine } from './sheet-lines';

/*
 * The tables of a Word document (.docx), read as a sheet is: each table as the text of its
 * non-empty rows, numbered as the table counts them (the first row is 1). A .docx is a ZIP whose
 * main part, word/document.xml, holds the text; only that part is inflated, after the archive's
 * declared sizes have been checked (zipEntries), and it is read as a stream of tags with saxes
 * (the XML parser of jsdom and exceljs: pure JS, conformant, expands no declared entities), a
 * slice at a time with a turn of the event loop between slices. No tree is built: a 2,000-item
 * bank in Word's verbose markup is about 5 MB of XML, which a tree parser (fast-xml-parser, used
 * here before) took 0.6-3 s to read in one block, holding up every other request of the process.
 */

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DOCUMENT_PART = 'word/document.xml';
/** word/document.xml inflated: 2000 items of ten columns in Word's verbose markup fit with room. */
export const MAX_DOCX_XML_BYTES = 32 * 1024 * 1024;
const DOCX_LIMITS: ZipLimits = { maxBytes: MAX_ZIP_UPLOAD_BYTES, maxEntries: 1000, maxUncompressedBytes: 256 * 1024 * 1024, label: 'Word 文档' };

function refused(code: ErrorCode, title: string, detail: string): DomainError {
  return new DomainError(400, code, title, detail);
}

/** The content is a ZIP holding word/document.xml (it does not check the XML itself). */
export async function isDocx(data: Buffer): Promise<boolean> {
  if (!looksLikeZip(data)) return false;
  // Only the directory is read here: no entry is inflated, so no size limit applies yet.
  const entries = await zipEntries(data, { maxBytes: Infinity, maxEntries: Infinity, maxUncompressedBytes: Infinity }).catch(() => []);
  return entries.some((e) => e.path.toLowerCase() === DOCUMENT_PART);
}

/**
 * The top-level tables of the document body, in order. A merged cell's text is repeated in every
 * cell it covers, across (gridSpan) and down (vMerge), as a merged spreadsheet cell reads; a cell
 * of several paragraphs (or with line breaks) reads as lines joined by "\n"; deleted text of
 * tracked changes, field codes and text boxes are left out; tables nested in a cell are not read.
 */
export async function readDocxTables(data: Buffer): Promise<SheetLine[][]> {
  if (!looksLikeZip(data)) {
    throw refused('DOCX_NOT_A_ZIP', '无法读取该文件，请上传 Word 文档（.docx） / The file is not a .docx document', 'A .docx is a ZIP archive; this content is not one (a .doc from older Word must be saved as .docx first)');
  }
  const entries = await zipEntries(data, DOCX_LIMITS);
  const part = entries.find((e) => e.path.toLowerCase() === DOCUMENT_PART);
  if (!part) throw refused('DOCX_NO_DOCUMENT', '该压缩包不是 Word 文档（缺少 word/document.xml） / The ZIP holds no Word document', 'The archive has no word/document.xml part');
  if (part.uncompressedSize > MAX_DOCX_XML_BYTES) {
    throw refused('DOCX_TOO_LARGE', 'Word 文档内容过大，请分成几个文件导入 / The document is too large', `word/document.xml may inflate to at most ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB`);
  }
  return documentTables((await part.read()).toString('utf8'));
}

/** Elements whose text is not what the cell shows: deletions, field codes, drawings and text boxes, phonetic guides, properties. */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'w:drawing', 'w:pict', 'mc:AlternateContent', 'w:pPr', 'w:rPr', 'w:sdtPr', 'w:rt', 'w:tbl']);
/** Characters parsed between two turns of the event loop. */
const SLICE = 256 * 1024;
/** Word nests a few dozen levels at most; deeper is a crafted document. */
const MAX_DEPTH = 256;

/**
 * Where a tag sits: `block`, `table`, `row` and `cell` are the levels whose wanted child
 * (a table, row, cell or paragraph) the reader looks for through content controls (`w:sdt` →
 * `w:sdtContent`) and custom XML; `sdt:<level>` is a content control at that level; `para` is
 * inside a paragraph, where all text counts but the SKIPPED; `text` is a `w:t`.
 */
type Mode = 'outside' | 'document' | Level | `sdt:${Level}` | 'trPr' | 'tcPr' | 'para' | 'text' | 'ignore';
type Level = 'block' | 'table' | 'row' | 'cell';

const WANTED: Record<Level, { tag: string; next: Mode }> = {
  block: { tag: 'w:tbl', next: 'table' },
  table: { tag: 'w:tr', next: 'row' },
  row: { tag: 'w:tc', next: 'cell' },
  cell: { tag: 'w:p', next: 'para' },
};

interface Frame {
  mode: Mode;
  /** The structure this tag opened, closed with it. */
  opens?: 'tbl' | 'tr' | 'tc' | 'p';
}

function isLevel(mode: Mode): mode is Level {
  return mode === 'block' || mode === 'table' || mode === 'row' || mode === 'cell';
}

/** The top-level tables of word/document.xml's text; see `readDocxTables` for what a cell reads as. */
export async function documentTables(xml: string): Promise<SheetLine[][]> {
  const tables: SheetLine[][] = [];
  const stack: Frame[] = [{ mode: 'outside' }];
  let lines: SheetLine[] = [];
  let above: string[] = [];
  let rowIndex = 0;
  let cells: string[] = [];
  let gridBefore: number | null = null;
  let cell = { span: 1, merge: null as 'down' | 'left' | null, paragraphs: [] as string[] };
  let paragraph = '';

  const placeGridBefore = () => {
    for (let i = 0; i < (gridBefore ?? 0); i++) cells.push('');
    gridBefore = 0;
  };

  const childMode = (parent: Mode, tag: SaxesTagPlain): Frame => {
    const name = tag.name;
    if (parent === 'outside') return { mode: name === 'w:document' ? 'document' : 'ignore' };
    if (parent === 'document') return { mode: name === 'w:body' ? 'block' : 'ignore' };
    if (isLevel(parent)) {
      const wanted = WANTED[parent];
      if (name === wanted.tag) return { mode: wanted.next, opens: name.slice(2) as Frame['opens'] };
      if (name === 'w:sdt') return { mode: `sdt:${parent}` };
      if (name === 'w:customXml') return { mode: parent };
      if (parent === 'row' && name === 'w:trPr') return { mode: 'trPr' };
      if (parent === 'cell' && name === 'w:tcPr') return { mode: 'tcPr' };
      return { mode: 'ignore' };
    }
    if (parent.startsWith('sdt:')) return { mode: name === 'w:sdtContent' ? (parent.slice(4) as Level) : 'ignore' };
    if (parent === 'trPr') {
      if (name === 'w:gridBefore' && gridBefore === null) gridBefore = Number(tag.attributes['w:val'] ?? 0);
      return { mode: 'ignore' };
    }
    if (parent === 'tcPr') {
      const val = tag.attributes['w:val'];
      if (name === 'w:gridSpan') cell.span = Math.max(1, Number(val ?? 1) || 1);
      // A vMerge without val="restart" continues the cell above; a legacy hMerge continuation, the cell to the left.
      else if (name === 'w:vMerge' && val !== 'restart') cell.merge = 'down';
      else if (name === 'w:hMerge' && val !== 'restart' && cell.merge === null) cell.merge = 'left';
      return { mode: 'ignore' };
    }
    if (parent === 'para') {
      if (SKIPPED.has(name)) return { mode: 'ignore' };
      if (name === 'w:t') return { mode: 'text' };
      if (name === 'w:tab' || name === 'w:ptab') paragraph += '\t';
      else if (name === 'w:br' || name === 'w:cr') paragraph += '\n';
      else if (name === 'w:noBreakHyphen') paragraph += '-';
      return { mode: 'para' };
    }
    return { mode: 'ignore' };
  };

  const open = (frame: Frame) => {
    if (frame.opens === 'tbl') {
      lines = [];
      above = [];
      rowIndex = 0;
    } else if (frame.opens === 'tr') {
      rowIndex++;
      cells = [];
      gridBefore = null;
    } else if (frame.opens === 'tc') {
      placeGridBefore();
      cell = { span: 1, merge: null, paragraphs: [] };
    } else if (frame.opens === 'p') {
      paragraph = '';
    }
  };

  const close = (frame: Frame) => {
    if (frame.opens === 'p') {
      cell.paragraphs.push(paragraph);
    } else if (frame.opens === 'tc') {
      const column = cells.length;
      const text = cell.merge === 'down' ? (above[column] ?? '') : cell.merge === 'left' ? (cells[column - 1] ?? '') : cell.paragraphs.join('\n').trim();
      for (let i = 0; i < cell.span; i++) cells.push(text);
    } else if (frame.opens === 'tr') {
      placeGridBefore();
      above = cells;
      if (cells.some((c) => c.trim().length > 0)) lines.push({ row: rowIndex, cells });
    } else if (frame.opens === 'tbl') {
      tables.push(lines);
    }
  };

  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) throw new Error('nested too deeply');
    const frame = childMode(stack[stack.length - 1].mode, tag as SaxesTagPlain);
    open(frame);
    stack.push(frame);
    // An empty tag (<w:tab/>) closes at once; saxes reports it as opened and closed.
  });
  parser.on('closetag', () => close(stack.pop() as Frame));
  const onText = (text: string) => {
    if (stack[stack.length - 1].mode === 'text') paragraph += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    for (let from = 0; from < xml.length; from += SLICE) {
      parser.write(xml.slice(from, from + SLICE));
      if (from + SLICE < xml.length) await new Promise((resolve) => setImmediate(resolve));
    }
    parser.close();
  } catch {
    throw refused('DOCX_UNREADABLE', '无法读取该 Word 文档，文件可能已损坏 / The document cannot be read', 'word/document.xml is damaged or not XML');
  }
  return tables;
}
