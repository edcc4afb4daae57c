import { loadFonts, loadLibraries } from '../pdf-resources';

/*
 * 准考证 and 签到表: A4 portrait, Noto Sans SC embedded as a subset (the certificate's font).
 * The ticket numbers also go into the document's Keywords, in plain ASCII, so a download can be
 * checked without a PDF text extractor (the page text is subset glyphs in compressed streams).
 */

export interface TicketSeat {
  componentLabel: string;
  place: string;
  room: string;
  seatLabel: string;
  startsAtChina: string;
  endsAtChina: string;
}

export interface AdmissionTicket {
  ticketNumber: string;
  fullName: string;
  /** Masked, as everywhere outside the certificate: `141102********1234`. */
  idNumberMasked: string;
  occupationName: string;
  levelLabel: string;
  seats: TicketSeat[];
  /** The 证件照 (360×480 JPEG) when the worker has one; else the box is left for one to be affixed. */
  photo?: Buffer | null;
}

export interface TicketBatch {
  campaignName: string;
  bodyName: string;
  tickets: AdmissionTicket[];
}

export interface CheckInList {
  campaignName: string;
  bodyName: string;
  componentLabel: string;
  place: string;
  room: string;
  startsAtChina: string;
  endsAtChina: string;
  invigilators: string[];
  rows: { seatLabel: string; ticketNumber: string; fullName: string; idNumberMasked: string; levelLabel: string; photo?: Buffer | null }[];
}

/** 考场规则 printed on every ticket. */
export const EXAM_RULES: readonly string[] = [
  '考生凭准考证和有效身份证件，于考试开始前30分钟到达考场，按座位号入座。',
  '考试开始30分钟后不得入场，理论知识考试开始30分钟内不得交卷离场。',
  '除规定的文具外，不得携带手机、智能手表、书籍、资料等物品进入考场。',
  '服从监考人员管理，不得交头接耳、抄袭或协助他人作弊，违者按违纪处理，取消本次考核成绩。',
  '操作技能考核须按规定穿戴劳动防护用品，遵守安全操作规程。',
];

const A4: [number, number] = [595.28, 841.89];
const INK = '#1a1a1a';
const MUTED = '#555555';
const LINE = '#bbbbbb';
const REGULAR = 'NotoSansSC';
const BOLD = 'NotoSansSC-Bold';

function newDocument(title: string, author: string, keywords: string): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const { regular, bold } = loadFonts();
  const { PDFDocument } = loadLibraries();
  const doc = new PDFDocument({ size: A4, margin: 0, autoFirstPage: false, info: { Title: title, Author: author, Subject: 'Skill Ladder', Keywords: keywords } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, regular);
  doc.registerFont(BOLD, bold);
  return { doc, done };
}

/** One page per candidate, in the order given. */
export function renderAdmissionTickets(batch: TicketBatch): Promise<Buffer> {
  if (batch.tickets.length === 0) throw new RangeError('no tickets to print');
  const { doc, done } = newDocument('准考证 / Admission tickets', batch.bodyName, batch.tickets.map((t) => t.ticketNumber).join(' '));
  const [width] = A4;
  for (const ticket of batch.tickets) {
    doc.addPage();
    doc.lineWidth(1.2).strokeColor(INK).rect(36, 36, width - 72, 770).stroke();
    doc.fillColor(INK).font(BOLD).fontSize(24).text('准 考 证', 0, 60, { width, align: 'center', lineBreak: false });
    doc.font(REGULAR).fontSize(11).fillColor(MUTED).text(batch.campaignName, 56, 96, { width: width - 112, align: 'center', height: 16, ellipsis: true });

    // 照片 (1-inch, 3:4): the stored photo, or the box where one is affixed.
    const photo = { x: width - 56 - 90, y: 128, w: 90, h: 120 };
    drawPhotoBox(doc, ticket.photo, photo.x, photo.y, photo.w, photo.h);

    const fields: [string, string][] = [
      ['准考证号', ticket.ticketNumber],
      ['姓名', ticket.fullName],
      ['身份证号', ticket.idNumberMasked],
      ['职业（工种）', ticket.occupationName],
      ['申报等级', ticket.levelLabel],
    ];
    let y = 134;
    for (const [label, value] of fields) {
      doc.fillColor(MUTED).font(REGULAR).fontSize(10).text(label, 64, y + 3, { width: 80, lineBreak: false });
      doc.fillColor(INK).font(label === '准考证号' ? BOLD : REGULAR).fontSize(label === '准考证号' ? 15 : 13).text(value, 150, y, { width: photo.x - 150 - 16, height: 20, ellipsis: true, lineBreak: false });
      doc.lineWidth(0.4).strokeColor(LINE).moveTo(150, y + 21).lineTo(photo.x - 16, y + 21).stroke();
      y += 24;
    }

    y = 272;
    doc.fillColor(INK).font(BOLD).fontSize(12).text('考试安排', 64, y, { lineBreak: false });
    y += 22;
    const cols = [{ h: '考核项目', w: 92 }, { h: '考点', w: 150 }, { h: '考场', w: 80 }, { h: '座位号', w: 46 }, { h: '考试时间', w: 115 }];
    let x = 64;
    doc.lineWidth(0.6).strokeColor(LINE).rect(64, y, width - 128, 20).stroke();
    for (const c of cols) {
      doc.fillColor(MUTED).font(REGULAR).fontSize(9).text(c.h, x + 4, y + 5, { width: c.w - 8, lineBreak: false });
      x += c.w;
    }
    y += 20;
    if (ticket.seats.length === 0) {
      doc.fillColor(MUTED).fontSize(10).text('尚未编排考场，请留意通知。', 68, y + 8, { lineBreak: false });
      y += 32;
    }
    for (const seat of ticket.seats) {
      x = 64;
      doc.lineWidth(0.6).strokeColor(LINE).rect(64, y, width - 128, 34).stroke();
      const cells = [seat.componentLabel, seat.place, seat.room, seat.seatLabel, `${seat.startsAtChina}\n至 ${seat.endsAtChina.slice(0, 10) === seat.startsAtChina.slice(0, 10) ? seat.endsAtChina.slice(11) : seat.endsAtChina}`];
      cells.forEach((cell, i) => {
        doc.fillColor(INK).font(i === 3 ? BOLD : REGULAR).fontSize(i === 3 ? 13 : 9).text(cell, x + 4, y + 4, { width: cols[i].w - 8, height: 28, ellipsis: true });
        x += cols[i].w;
      });
      y += 34;
    }

    y += 20;
    doc.fillColor(INK).font(BOLD).fontSize(12).text('考场规则', 64, y, { lineBreak: false });
    y += 20;
    EXAM_RULES.forEach((rule, i) => {
      doc.fillColor(INK).font(REGULAR).fontSize(9.5).text(`${i + 1}. ${rule}`, 64, y, { width: width - 128 });
      y = doc.y + 4;
    });

    doc.fillColor(MUTED).font(REGULAR).fontSize(10).text(`评价机构：${batch.bodyName}`, 64, 760, { width: width - 128, height: 14, ellipsis: true, lineBreak: false });
  }
  doc.end();
  return done;
}

const ROWS_PER_PAGE = 14;
/** Tall enough for a 30 × 40 pt photo. */
const ROW_HEIGHT = 42;

/** 签到表 of one room: seat order, the photo and a signature cell per candidate, pages of 14 rows. */
export function renderCheckInList(list: CheckInList): Promise<Buffer> {
  const { doc, done } = newDocument(`签到表 / Check-in list`, list.bodyName, list.rows.map((r) => r.ticketNumber).join(' '));
  const [width] = A4;
  // 照片 beside the name, so the invigilator compares the face with the one on the list.
  const cols = [{ h: '座位号', w: 40 }, { h: '准考证号', w: 90 }, { h: '照片', w: 34 }, { h: '姓名', w: 64 }, { h: '身份证号', w: 112 }, { h: '等级', w: 64 }, { h: '考生签名', w: width - 112 - 404 }];
  const pages = Math.max(1, Math.ceil(list.rows.length / ROWS_PER_PAGE));
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    doc.fillColor(INK).font(BOLD).fontSize(18).text('考生签到表', 0, 48, { width, align: 'center', lineBreak: false });
    doc.font(REGULAR).fontSize(10).fillColor(MUTED).text(list.campaignName, 56, 76, { width: width - 112, align: 'center', height: 14, ellipsis: true, lineBreak: false });
    const header = [
      `考核项目：${list.componentLabel}`,
      `考点：${list.place}\u3000考场：${list.room}`,
      `时间：${list.startsAtChina} 至 ${list.endsAtChina}`,
      `监考：${list.invigilators.length > 0 ? list.invigilators.join('、') : '—'}\u3000应到${list.rows.length}人\u3000实到____人`,
    ];
    header.forEach((line, i) => doc.fillColor(INK).fontSize(10).text(line, 56, 100 + i * 16, { width: width - 112, height: 14, ellipsis: true, lineBreak: false }));
    let y = 172;
    let x = 56;
    for (const c of cols) {
      doc.lineWidth(0.6).strokeColor('#888888').rect(x, y, c.w, 22).stroke();
      doc.fillColor(MUTED).fontSize(9).text(c.h, x + 4, y + 6, { width: c.w - 8, lineBreak: false });
      x += c.w;
    }
    y += 22;
    for (const row of list.rows.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE)) {
      x = 56;
      [row.seatLabel, row.ticketNumber, null, row.fullName, row.idNumberMasked, row.levelLabel, ''].forEach((cell, i) => {
        doc.lineWidth(0.6).strokeColor('#888888').rect(x, y, cols[i].w, ROW_HEIGHT).stroke();
        if (cell === null) drawPhotoBox(doc, row.photo, x + 2, y + 2, cols[i].w - 4, ROW_HEIGHT - 4, false);
        else doc.fillColor(INK).font(REGULAR).fontSize(10).text(cell, x + 4, y + ROW_HEIGHT / 2 - 6, { width: cols[i].w - 8, height: 14, ellipsis: true, lineBreak: false });
        x += cols[i].w;
      });
      y += ROW_HEIGHT;
    }
    doc.fillColor(MUTED).fontSize(9).text(`监考人员签名：________________\u3000\u3000第 ${page + 1} 页 / 共 ${pages} 页`, 56, 790, { width: width - 112, lineBreak: false });
  }
  doc.end();
  return done;
}

/**
 * A 3:4 photo box: the worker's photo fitted inside it, or an empty frame (labelled 照片 on a
 * ticket) where one is affixed. The stored photo is already 3:4, so it fills the box.
 */
function drawPhotoBox(doc: PDFKit.PDFDocument, photo: Buffer | null | undefined, x: number, y: number, w: number, h: number, label = true): void {
  if (photo) {
    doc.image(photo, x, y, { fit: [w, h], align: 'center', valign: 'center' });
    doc.lineWidth(0.4).strokeColor('#888888').rect(x, y, w, h).stroke();
    return;
  }
  doc.lineWidth(0.8).strokeColor('#888888').rect(x, y, w, h).stroke();
  if (label) doc.fillColor('#888888').font(REGULAR).fontSize(9).text('照片', x, y + h / 2 - 6, { width: w, align: 'center', lineBreak: false });
}
