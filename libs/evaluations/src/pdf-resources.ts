import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type PDFDocumentClass from 'pdfkit';
import type * as QrCode from 'qrcode';

/*
 * What every PDF of evaluations prints with (the certificate, admission tickets, check-in lists):
 * Noto Sans SC (SIL OFL 1.1, from the @embedpdf/fonts-sc package) and pdfkit with qrcode, loaded
 * lazily and once. Nothing is fetched at run time.
 */

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** Read once per process: the font files are large (about 8 MB each) and never change. */
export function loadFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    // The package exports only its index (dist/), the fonts sit beside it.
    const dir = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    fonts = { regular: readFileSync(join(dir, 'NotoSansHans-Regular.otf')), bold: readFileSync(join(dir, 'NotoSansHans-Bold.otf')) };
  }
  return fonts;
}

let libraries: { PDFDocument: typeof PDFDocumentClass; createQrCode: typeof QrCode.create } | undefined;

/** pdfkit (with fontkit) and qrcode load on the first certificate or admission ticket printed, not at start-up: only these PDFs use them. */
export function loadLibraries(): { PDFDocument: typeof PDFDocumentClass; createQrCode: typeof QrCode.create } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return (libraries ??= { PDFDocument: require('pdfkit') as typeof PDFDocumentClass, createQrCode: (require('qrcode') as typeof QrCode).create });
  /* eslint-enable @typescript-eslint/no-require-imports */
}
