import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { loadFonts, loadLibraries } from '../pdf-resources';
import { CERTIFICATE_TITLE, CERTIFICATE_TITLE_EN, NATIONAL_QUERY_SITES, workTypeLabel } from './certificate-fields';
import { parseIsoDate } from '@skill-ladder/vocabulary';

/*
 * The printable certificate: A4 portrait, one page, Noto Sans SC (SIL OFL 1.1, from the
 * @embedpdf/fonts-sc package) embedded as a subset, and a QR code drawn as vector modules.
 * Nothing is fetched at run time.
 */

export interface CertificatePdfInput {
  certificateNumber: string;
  holderName: string;
  idTypeLabel: string;
  /** The full ID number: the paper certificate carries it, nothing else does. */
  idNumber: string;
  occupationName: string;
  workType: string | null;
  levelLabel: string;
  bodyName: string;
  issuedOn: string;
  verificationUrl: string;
  /** The holder's 证件照 (360×480 JPEG), or null: the box is then left for one to be affixed. */
  photo?: Buffer | null;
}

/** What the page prints, in order: the layout's inputs, so a test can read them without a PDF text extractor. */
export function certificateRows(input: CertificatePdfInput): [string, string][] {
  const { year, month, day } = parseIsoDate(input.issuedOn, 'issuedOn');
  return [
    ['姓名 Name', input.holderName],
    ['证件类型 ID type', input.idTypeLabel],
    ['证件号码 ID number', input.idNumber],
    ['职业名称 Occupation', input.occupationName],
    ['工种/职业方向 Work type', workTypeLabel(input.workType)],
    ['职业技能等级 Level', input.levelLabel],
    ['证书编号 Certificate No.', input.certificateNumber],
    ['评价机构名称 Body', input.bodyName],
    ['发证日期 Date of issue', `${year}年${month}月${day}日`],
  ];
}

const A4: [number, number] = [595.28, 841.89];
const INK = '#1a1a1a';
const ACCENT = '#8b1a1a';
const REGULAR = 'NotoSansSC';
const BOLD = 'NotoSansSC-Bold';

/** The document's properties (its info dictionary): set when it is created, written at its end. */
export interface CertificateDocumentInfo {
  title: string;
  author: string;
  /** Business time from the clock service (pdfkit would take the machine's clock). */
  createdAt: Date;
}

/** An A4 document with the fonts registered and no page yet: `drawCertificatePage` adds one per certificate. */
function newCertificateDocument(info: CertificateDocumentInfo): PDFKit.PDFDocument {
  const { PDFDocument } = loadLibraries();
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: A4,
    margin: 0,
    autoFirstPage: false,
    info: { Title: info.title, Author: info.author, Subject: CERTIFICATE_TITLE_EN, CreationDate: info.createdAt },
  });
  doc.registerFont(REGULAR, regular);
  doc.registerFont(BOLD, bold);
  return doc;
}

/** One certificate as a one-page PDF, in memory (a page is some tens of kB). */
export function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const { year, month, day } = parseIsoDate(input.issuedOn, 'issuedOn');
  const doc = newCertificateDocument({
    title: `${CERTIFICATE_TITLE} ${input.certificateNumber}`,
    author: input.bodyName,
    createdAt: new Date(Date.UTC(year, month - 1, day)),
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawCertificatePage(doc, input);
  doc.end();
  return done;
}

/** Bytes the batch stream buffers before it stops drawing until the reader catches up. */
const STREAM_HIGH_WATER_MARK = 256 * 1024;

/**
 * Many certificates as one PDF, a page each in the order `pages` gives them, streamed: each page
 * is drawn when the reader wants more (a slow download does not pile pages up in memory), its
 * bytes go out as soon as pdfkit writes them, and the event loop gets a turn between pages, so
 * other requests are served while a long batch is drawn. `pages` is pulled one certificate at a
 * time, so the caller can read them from the database in batches. Destroying the stream (the
 * client went away) stops the drawing.
 */
export function streamCertificatesPdf(pages: AsyncIterable<CertificatePdfInput>, info: CertificateDocumentInfo): Readable {
  return Readable.from(drawPages(pages, info), { objectMode: false, highWaterMark: STREAM_HIGH_WATER_MARK });
}

async function* drawPages(pages: AsyncIterable<CertificatePdfInput>, info: CertificateDocumentInfo): AsyncGenerator<Buffer> {
  const doc = newCertificateDocument(info);
  const written: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => written.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  ended.catch(() => undefined); // awaited below; a failure while drawing surfaces there, not as an unhandled rejection
  for await (const input of pages) {
    drawCertificatePage(doc, input);
    // pdfkit writes a page out when the next one is added; its data events follow on the event loop.
    await setImmediate();
    if (written.length > 0) yield Buffer.concat(written.splice(0));
  }
  doc.end();
  await ended;
  if (written.length > 0) yield Buffer.concat(written.splice(0));
}

/** Draws one certificate on a new page of `doc`: the single PDF and the batch share this layout. */
export function drawCertificatePage(doc: PDFKit.PDFDocument, input: CertificatePdfInput): void {
  const { year, month, day } = parseIsoDate(input.issuedOn, 'issuedOn');
  doc.addPage();

  const [width, height] = A4;
  doc.lineWidth(2.5).strokeColor(ACCENT).rect(28, 28, width - 56, height - 56).stroke();
  doc.lineWidth(0.8).rect(36, 36, width - 72, height - 72).stroke();

  doc.fillColor(ACCENT).font(BOLD).fontSize(30).text(CERTIFICATE_TITLE, 0, 82, { width, align: 'center', characterSpacing: 6, lineBreak: false });
  doc.font(REGULAR).fontSize(11).text(CERTIFICATE_TITLE_EN, 0, 128, { width, align: 'center', lineBreak: false });

  // 照片 (1-inch, 3:4): the holder's stored photo, or the box where one is affixed.
  const photo = { x: 420, y: 176, w: 99, h: 132 };
  if (input.photo) {
    doc.image(input.photo, photo.x, photo.y, { fit: [photo.w, photo.h], align: 'center', valign: 'center' });
    doc.lineWidth(0.4).strokeColor('#888888').rect(photo.x, photo.y, photo.w, photo.h).stroke();
  } else {
    doc.lineWidth(0.8).strokeColor('#888888').rect(photo.x, photo.y, photo.w, photo.h).stroke();
    doc.fillColor('#888888').fontSize(10).text('照片 / Photo', photo.x, photo.y + photo.h / 2 - 6, { width: photo.w, align: 'center', lineBreak: false });
  }

  const rows = certificateRows(input);
  let y = 180;
  for (const [label, value] of rows) {
    // Beside the photo the value column is narrower.
    const valueWidth = y < photo.y + photo.h ? photo.x - 200 - 12 : width - 72 - 200;
    doc.fillColor('#555555').font(REGULAR).fontSize(10).text(label, 72, y + 3, { width: 124, lineBreak: false });
    fitText(doc, value, 200, y, valueWidth, 14);
    doc.lineWidth(0.4).strokeColor('#cccccc').moveTo(200, y + 24).lineTo(200 + valueWidth, y + 24).stroke();
    y += 40;
  }

  doc.fillColor(INK).font(REGULAR).fontSize(12)
    .text('经评价认定，持证人达到上述职业技能等级，特发此证。', 72, y + 16, { width: width - 144, lineBreak: false });
  doc.fontSize(9).fillColor('#555555')
    .text('This certifies that the holder has been assessed and attained the vocational skill level stated above.', 72, y + 38, { width: width - 144, lineBreak: false });

  const qrSize = 112;
  const qrX = width - 72 - qrSize;
  const qrY = 616;
  drawQrCode(doc, input.verificationUrl, qrX, qrY, qrSize);
  doc.fillColor('#555555').font(REGULAR).fontSize(8).text('扫码查验 / Scan to verify', qrX, qrY + qrSize + 6, { width: qrSize, align: 'center', lineBreak: false });

  doc.fillColor(INK).font(REGULAR).fontSize(12).text('评价机构（盖章）', 72, 660, { lineBreak: false });
  fitText(doc, input.bodyName, 72, 684, qrX - 72 - 24, 13);
  doc.fontSize(12).fillColor(INK).text(`${year}年${month}月${day}日`, 72, 730, { lineBreak: false });

  // 全国联网查询: the national sites, as text under a rule.
  doc.lineWidth(0.4).strokeColor('#cccccc').moveTo(72, 752).lineTo(width - 72, 752).stroke();
  doc.fillColor('#555555').font(REGULAR).fontSize(8).text('本证书可通过以下途径查询验证 / Verify nationally:', 72, 758, { lineBreak: false });
  NATIONAL_QUERY_SITES.forEach((site, i) => {
    doc.text(site, 72, 770 + i * 10, { width: width - 144, lineBreak: false });
  });
}

/** One or two lines in `width`, shrinking the type for long values (body names run to 200 characters). */
function fitText(doc: PDFKit.PDFDocument, value: string, x: number, y: number, width: number, maxSize: number): void {
  let size = maxSize;
  doc.font(REGULAR).fillColor(INK);
  while (size > 7 && doc.fontSize(size).widthOfString(value) > width) size -= 0.5;
  const oneLine = doc.fontSize(size).widthOfString(value) <= width;
  if (oneLine) {
    doc.text(value, x, y, { width, lineBreak: false });
  } else {
    doc.fontSize(7).text(value, x, y - 4, { width, height: 26, ellipsis: true });
  }
}

function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = loadLibraries().createQrCode(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + quiet * 2);
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill().restore();
}
