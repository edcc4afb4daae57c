import type * as Yauzl from 'yauzl';
import { DomainError } from '../errors/domain-error';
import type { ErrorCode } from '../errors/error-code';

/*
 * Reading an uploaded ZIP (a photo batch, a .docx) without trusting it: the central directory is
 * read first, the entry count and every declared size are checked before anything is inflated,
 * and yauzl verifies while inflating that an entry is no larger than it declared (a lying entry
 * fails the read). yauzl: maintained, streaming, refuses malformed archives rather than guessing.
 */

export interface ZipLimits {
  /** The archive itself. */
  maxBytes: number;
  maxEntries: number;
  /** All entries together, as their headers declare them inflated. */
  maxUncompressedBytes: number;
  /** What the person uploaded, in the refusal titles: `ZIP 文件` (the default), `Word 文档`. */
  label?: string;
}

export interface ZipEntry {
  /** The full path inside the archive, `/`-separated (`word/document.xml`). */
  path: string;
  uncompressedSize: number;
  /** Inflates the entry; each entry can be read once. */
  read(): Promise<Buffer>;
}

/** A local file header signature at the start: the content is a ZIP (or claims to be one). */
export function looksLikeZip(data: Buffer): boolean {
  return data.length >= 22 && data.readUInt32LE(0) === 0x04034b50;
}

/** Names from Windows' built-in ZIP are GBK without the UTF-8 flag; decode them as such. */
function entryName(raw: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return raw.toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('gb18030').decode(raw);
  }
}

function refused(code: ErrorCode, title: string, detail: string, status = 400): DomainError {
  return new DomainError(status, code, title, detail);
}

/** The file entries of a ZIP (folders skipped), within the limits, each readable once. */
export async function zipEntries(data: Buffer, limits: ZipLimits): Promise<ZipEntry[]> {
  const label = limits.label ?? 'ZIP 文件';
  if (data.length > limits.maxBytes) throw refused('ZIP_TOO_LARGE', `${label}过大 / Payload too large`, `A ZIP may be at most ${limits.maxBytes / 1024 / 1024} MB`, 413);
  if (!looksLikeZip(data)) {
    throw refused('ZIP_REQUIRED', '请上传 ZIP 压缩包 / Unsupported media type', 'Send a ZIP archive as the request body (content-type application/zip)', 415);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yauzl = require('yauzl') as typeof Yauzl;
  const zip = await new Promise<Yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(data, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false }, (error, z) => (error || !z ? reject(error) : resolve(z))),
  ).catch(() => {
    throw refused('ZIP_UNREADABLE', `无法读取的${label} / Archive cannot be read`, 'The archive is damaged or not a ZIP file');
  });
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw refused('ZIP_TOO_MANY_ENTRIES', `${label}中文件过多 / Too many files`, `A ZIP may hold at most ${limits.maxEntries} files`);
  }
  const entries = await new Promise<Yauzl.Entry[]>((resolve, reject) => {
    const out: Yauzl.Entry[] = [];
    zip.on('entry', (entry: Yauzl.Entry) => {
      out.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', reject);
    zip.readEntry();
  }).catch(() => {
    throw refused('ZIP_UNREADABLE', `无法读取的${label} / Archive cannot be read`, 'The archive’s directory is damaged');
  });
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw refused('ZIP_TOO_LARGE_UNCOMPRESSED', `${label}解压后过大 / Archive too large when inflated`, `The files may inflate to at most ${limits.maxUncompressedBytes / 1024 / 1024} MB together`);
  }
  return entries
    .map((entry) => ({ entry, path: entryName(entry.fileName as unknown as Buffer, (entry.generalPurposeBitFlag & 0x800) !== 0) }))
    .filter(({ path }) => !path.endsWith('/'))
    .map(({ entry, path }) => ({
      path,
      uncompressedSize: entry.uncompressedSize,
      read: () =>
        new Promise<Buffer>((resolve, reject) => {
          zip.openReadStream(entry, (error, stream) => {
            if (error || !stream) return reject(error ?? new Error('no stream'));
            const chunks: Buffer[] = [];
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('end', () => resolve(Buffer.concat(chunks)));
            stream.on('error', reject);
          });
        }),
    }));
}
