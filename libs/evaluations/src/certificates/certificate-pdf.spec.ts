import { inflateSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { CertificatePdfInput, renderCertificatePdf, streamCertificatesPdf } from './certificate-pdf';

const input: CertificatePdfInput = {
  certificateNumber: 'Y000014000123263000001',
  holderName: '王建国',
  idTypeLabel: '居民身份证',
  idNumber: '141102199003070012',
  occupationName: '焊工',
  workType: null,
  levelLabel: '三级/高级工',
  bodyName: '山西吕梁焦化集团',
  issuedOn: '2026-09-30',
  verificationUrl: 'http://localhost:3000/api/v1/public/certificates/Y000014000123263000001?name=%E7%8E%8B%E5%BB%BA%E5%9B%BD',
};

/** Every page object (not the /Pages tree) in an uncompressed object table, as pdfkit writes it. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

/** The decompressed content streams: what is drawn. */
function contentStreams(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  for (const match of text.matchAll(/\/Filter \/FlateDecode[^]*?>>\s*stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // font programs and other binary streams that are not content
    }
  }
  return out.join('\n');
}

describe('certificate PDF', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderCertificatePdf(input);
  });

  it('is a PDF of exactly one A4 page', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pageCount(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('embeds the Chinese font as a subset, so it prints anywhere', () => {
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Bold/);
    expect(text).toContain('/FontFile3');
    expect(text).toContain('/ToUnicode');
  });

  it('draws the QR code as filled modules beside the text', () => {
    const drawn = contentStreams(pdf);
    // A version-5+ QR code for this URL has several hundred dark modules, each a rectangle.
    expect((drawn.match(/ re\n/g) ?? []).length).toBeGreaterThan(300);
  });

  it('stays on one page with a 200-character body name and a long work type', async () => {
    const long = await renderCertificatePdf({ ...input, bodyName: '山西'.repeat(100), workType: '特种设备焊接作业'.repeat(12), holderName: '阿卜杜热合曼·艾买提' });
    expect(pageCount(long)).toBe(1);
  });
});

describe('certificates of a campaign as one streamed PDF', () => {
  const info = { title: '职业技能等级证书 · 2026年焊工认定', author: input.bodyName, createdAt: new Date('2026-09-30T01:00:00Z') };
  const many = (n: number, pulled: { count: number } = { count: 0 }) =>
    (async function* () {
      for (let i = 1; i <= n; i++) {
        pulled.count = i;
        yield { ...input, certificateNumber: `Y000014000123263${String(i).padStart(6, '0')}` };
      }
    })();
  const read = async (stream: NodeJS.ReadableStream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  it('draws a page per certificate, in the order given, the same layout as the single PDF', async () => {
    const pdf = await read(streamCertificatesPdf(many(3), info));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pageCount(pdf)).toBe(3);
    // Three QR codes, as one certificate draws one.
    expect((contentStreams(pdf).match(/ re\n/g) ?? []).length).toBeGreaterThan(900);
    // The creation date given (the clock service's), not the machine's.
    expect(pdf.toString('latin1')).toContain('(D:20260930010000Z)');
  });

  it('sends the first pages before the last is drawn', async () => {
    const pulled = { count: 0 };
    const stream = streamCertificatesPdf(many(200, pulled), info);
    const first = (await stream[Symbol.asyncIterator]().next()).value as Buffer;
    expect(first.toString('latin1').startsWith('%PDF-')).toBe(true);
    expect(pulled.count).toBeLessThan(200);
    stream.destroy();
  });

  it('draws only as far ahead as the reader reads (backpressure), and stops when the reader goes away', async () => {
    const pulled = { count: 0 };
    const stream = streamCertificatesPdf(many(200, pulled), info);
    stream.read(0); // start, then read nothing
    // Drawing stops once the stream's buffer is full (each page is some kB, the buffer 256 kB).
    while (stream.readableLength < stream.readableHighWaterMark) await sleep(20);
    const ahead = pulled.count;
    expect(ahead).toBeGreaterThan(0);
    expect(ahead).toBeLessThan(100);
    await sleep(200);
    expect(pulled.count).toBe(ahead);
    stream.destroy();
    await new Promise((resolve) => stream.once('close', resolve));
    expect(pulled.count).toBe(ahead);
  });
});
