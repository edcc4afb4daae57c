import { XMLParser } from 'fast-xml-parser';
import { DomainError } from '../errors/domain-error';
import type { ErrorCode } from '../errors/error-code';
import { MAX_ZIP_UPLOAD_BYTES } from '../storage/file-type';
import { looksLikeZip, ZipLimits, zipEntries } from '../storage/zip-entries';
import { SheetLine } from './sheet-lines';

/*
 * The tables of a Word document (.docx), read as a sheet is: each table as the text of its
 * non-empty rows, numbered as the table counts them (the first row is 1). A .docx is a ZIP whose
 * main part, word/document.xml, holds the text; only that part is inflated, after the archive's
 * declared sizes have been checked (zipEntries), and it is parsed with fast-xml-parser (pure JS,
 * no native build, keeps element order, bounds entity expansion and nesting depth).
 */

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DOCUMENT_PART = 'word/document.xml';
/** word/document.xml inflated: 2000 items of ten columns in Word's verbose markup fit with room. */
export const MAX_DOCX_XML_BYTES = 32 * 1024 * 1024;
const DOCX_LIMITS: ZipLimits = { maxBytes: MAX_ZIP_UPLOAD_BYTES, maxEntries: 1000, maxUncompressedBytes: 256 * 1024 * 1024, label: 'Word 文档' };

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Cell text stays text exactly as typed: no trimming, no "007" read as the number 7.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

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
  let root: XmlNode[];
  try {
    root = parser.parse((await part.read()).toString('utf8')) as XmlNode[];
  } catch {
    throw refused('DOCX_UNREADABLE', '无法读取该 Word 文档，文件可能已损坏 / The document cannot be read', 'word/document.xml is damaged or not XML');
  }
  const body = children(root.find((n) => 'w:document' in n)).find((n) => 'w:body' in n);
  return blockTables(children(body)).map(tableLines);
}

/** The element's name: the one key that is not its attributes. */
function nameOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function children(node: XmlNode | undefined): XmlNode[] {
  if (!node) return [];
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const attributes = node?.[':@'] as Record<string, string> | undefined;
  return attributes?.[name];
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node).find((n) => nameOf(n) === name);
}

/** Content controls and custom XML wrap tables, rows, cells and paragraphs; their content counts as if unwrapped. */
function unwrapped(nodes: XmlNode[], wanted: string): XmlNode[] {
  return nodes.flatMap((n) => {
    const name = nameOf(n);
    if (name === wanted) return [n];
    if (name === 'w:sdt') return unwrapped(children(child(n, 'w:sdtContent')), wanted);
    if (name === 'w:customXml') return unwrapped(children(n), wanted);
    return [];
  });
}

function blockTables(body: XmlNode[]): XmlNode[] {
  return unwrapped(body, 'w:tbl');
}

function tableLines(table: XmlNode): SheetLine[] {
  const lines: SheetLine[] = [];
  let above: string[] = [];
  unwrapped(children(table), 'w:tr').forEach((tr, index) => {
    const cells: string[] = [];
    const gridBefore = Number(attribute(child(child(tr, 'w:trPr'), 'w:gridBefore'), 'w:val') ?? 0);
    for (let i = 0; i < gridBefore; i++) cells.push('');
    for (const tc of unwrapped(children(tr), 'w:tc')) {
      const properties = child(tc, 'w:tcPr');
      const span = Math.max(1, Number(attribute(child(properties, 'w:gridSpan'), 'w:val') ?? 1) || 1);
      const vMerge = child(properties, 'w:vMerge');
      const hMerge = child(properties, 'w:hMerge');
      const column = cells.length;
      let text: string;
      // A vMerge without val="restart" continues the cell above; a legacy hMerge continuation, the cell to the left.
      if (vMerge && attribute(vMerge, 'w:val') !== 'restart') text = above[column] ?? '';
      else if (hMerge && attribute(hMerge, 'w:val') !== 'restart') text = cells[column - 1] ?? '';
      else text = cellText(tc);
      for (let i = 0; i < span; i++) cells.push(text);
    }
    above = cells;
    if (cells.some((c) => c.trim().length > 0)) lines.push({ row: index + 1, cells });
  });
  return lines;
}

function cellText(tc: XmlNode): string {
  return unwrapped(children(tc), 'w:p')
    .map((p) => runText(children(p)))
    .join('\n')
    .trim();
}

/** Elements whose text is not what the cell shows: deletions, field codes, drawings and text boxes, phonetic guides, properties. */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'w:drawing', 'w:pict', 'mc:AlternateContent', 'w:pPr', 'w:rPr', 'w:sdtPr', 'w:rt', 'w:tbl']);

function runText(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const name = nameOf(node);
    if (SKIPPED.has(name)) continue;
    if (name === 'w:t') text += children(node).map((t) => String(t['#text'] ?? '')).join('');
    else if (name === 'w:tab' || name === 'w:ptab') text += '\t';
    else if (name === 'w:br' || name === 'w:cr') text += '\n';
    else if (name === 'w:noBreakHyphen') text += '-';
    else text += runText(children(node));
  }
  return text;
}
