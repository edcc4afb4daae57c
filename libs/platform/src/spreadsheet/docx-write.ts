import { XMLBuilder } from 'fast-xml-parser';
import type JSZip from 'jszip';

/*
 * A plain Word document (.docx) of paragraphs and bordered tables, landscape A4: enough for an
 * import template that Word and WPS open and the docx table reader reads back. The document XML
 * is built with fast-xml-parser's builder (it escapes the text); JSZip packs the parts.
 */

export type DocxBlock = { paragraph: string; bold?: boolean } | { table: readonly (readonly string[])[]; boldFirstRow?: boolean };

type XmlNode = Record<string, unknown>;

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const PACKAGE_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', suppressEmptyNode: true });

const element = (name: string, children: XmlNode[] = [], attributes?: Record<string, string>): XmlNode => ({ [name]: children, ...(attributes ? { ':@': attributes } : {}) });

/** One paragraph per line of the text; a run of text with spaces kept as typed. */
function paragraphs(text: string, bold = false): XmlNode[] {
  return text.split('\n').map((line) =>
    element('w:p', [element('w:r', [...(bold ? [element('w:rPr', [element('w:b')])] : []), element('w:t', [{ '#text': line }], { 'xml:space': 'preserve' })])]),
  );
}

const BORDER = { 'w:val': 'single', 'w:sz': '4', 'w:space': '0', 'w:color': '000000' };

function table(rows: readonly (readonly string[])[], boldFirstRow: boolean): XmlNode {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  return element('w:tbl', [
    element('w:tblPr', [
      element('w:tblW', [], { 'w:w': '5000', 'w:type': 'pct' }),
      element('w:tblBorders', ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((side) => element(side, [], BORDER))),
    ]),
    element('w:tblGrid', Array.from({ length: columns }, () => element('w:gridCol'))),
    ...rows.map((row, index) =>
      element(
        'w:tr',
        Array.from({ length: columns }, (_, c) => element('w:tc', paragraphs(row[c] ?? '', boldFirstRow && index === 0))),
      ),
    ),
  ]);
}

/** The .docx of the blocks, in order. */
export async function writeDocx(blocks: readonly DocxBlock[]): Promise<Buffer> {
  const body = blocks.flatMap((b) => ('paragraph' in b ? paragraphs(b.paragraph, b.bold) : [table(b.table, b.boldFirstRow ?? false), ...paragraphs('')]));
  // Landscape A4, narrow margins: an item table has ten columns.
  const section = element('w:sectPr', [
    element('w:pgSz', [], { 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' }),
    element('w:pgMar', [], { 'w:top': '720', 'w:right': '720', 'w:bottom': '720', 'w:left': '720', 'w:header': '0', 'w:footer': '0', 'w:gutter': '0' }),
  ]);
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    (builder.build([element('w:document', [element('w:body', [...body, section])], { 'xmlns:w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main' })]) as string);
  // Loaded on first use, as exceljs is: only the template download writes a .docx.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const zip = new (require('jszip') as typeof JSZip)();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELATIONSHIPS, { createFolders: false });
  zip.file('word/document.xml', document, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
