import { NationalRank } from '../draw/ranks';

/** 一次批量下载的上限: a larger campaign is downloaded level by level. */
export const MAX_BATCH_PDF_CERTIFICATES = 2_000;

/** Certificates (and their holders' photos) read per query while the batch is drawn: never the whole campaign at once. */
export const BATCH_PDF_READ_SIZE = 50;

/** Characters a file name may not hold on Windows or macOS, and control characters. */
const UNSAFE_IN_FILENAME = /[\\/:*?"<>|\p{Cc}]+/gu;

/**
 * The batch's file name, `证书-<campaign name>.pdf` (`-<rank>` when filtered), the name made safe
 * for a file system and capped; the campaign's number stands in for a name that is nothing but
 * unsafe characters.
 */
export function batchPdfFilename(campaign: { name: string; number: number }, rank?: NationalRank): string {
  // Capped by code points, so a character beyond the BMP is never cut in half.
  const name = [...campaign.name.replace(UNSAFE_IN_FILENAME, '_').replace(/\s+/g, ' ').trim()].slice(0, 100).join('');
  const label = name.replace(/_/g, '').trim() ? name : `认定计划${campaign.number}`;
  return `证书-${label}${rank ? `-${rank}` : ''}.pdf`;
}

/**
 * Content-Disposition for a download named beyond ASCII (RFC 6266): `filename*` carries the name
 * UTF-8 percent-encoded (RFC 5987), `filename` an ASCII stand-in for clients that ignore it.
 */
export function attachmentDisposition(filename: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
