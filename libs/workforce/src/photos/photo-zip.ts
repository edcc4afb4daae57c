import type * as Yauzl from 'yauzl';
import { DomainError, MAX_ZIP_UPLOAD_BYTES } from '@skill-ladder/platform';
import type { ErrorCode } from '@skill-ladder/platform';

/*
 * Reading a ZIP of photos without trusting it: the central directory is read first, the entry
 * count and every declared size are checked before anything is inflated, and yauzl verifies
 * while inflating that an entry is no larger than it declared (a lying entry fails the read).
 * yauzl: maintained, streaming, refuses malformed archives rather than guessing.
 */

export const MAX_ZIP_BYTES = MAX_ZIP_UPLOAD_BYTES;
export const MAX_ZIP_ENTRIES = 2000;
/** Together the photos may inflate to this much; one photo to the single-upload limit. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  uncompressedSize: number;
  read(): Promise<Buffer>;
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

/** The file entries of a ZIP (folders and macOS resource forks skipped), each readable once. */
export async function zipEntries(data: Buffer): Promise<ZipEntry[]> {
  if (data.length > MAX_ZIP_BYTES) throw refused('ZIP_TOO_LARGE', 'ZIP 文件过大 / Payload too large', `A ZIP may be at most ${MAX_ZIP_BYTES / 1024 / 1024} MB`, 413);
  if (data.length < 22 || data.readUInt32LE(0) !== 0x04034b50) {
    throw refused('ZIP_REQUIRED', '请上传 ZIP 压缩包 / Unsupported media type', 'Send a ZIP archive as the request body (content-type application/zip)', 415);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yauzl = require('yauzl') as typeof Yauzl;
  const zip = await new Promise<Yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(data, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false }, (error, z) => (error || !z ? reject(error) : resolve(z))),
  ).catch(() => {
    throw refused('ZIP_UNREADABLE', '无法读取的 ZIP 文件 / Archive cannot be read', 'The archive is damaged or not a ZIP file');
  });
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    throw refused('ZIP_TOO_MANY_ENTRIES', 'ZIP 中文件过多 / Too many files', `A ZIP may hold at most ${MAX_ZIP_ENTRIES} files`);
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
    throw refused('ZIP_UNREADABLE', '无法读取的 ZIP 文件 / Archive cannot be read', 'The archive’s directory is damaged');
  });
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_ZIP_UNCOMPRESSED_BYTES) {
    throw refused('ZIP_TOO_LARGE_UNCOMPRESSED', 'ZIP 解压后过大 / Archive too large when inflated', `The files may inflate to at most ${MAX_ZIP_UNCOMPRESSED_BYTES / 1024 / 1024} MB together`);
  }
  return entries
    .map((entry) => ({ entry, name: entryName(entry.fileName as unknown as Buffer, (entry.generalPurposeBitFlag & 0x800) !== 0) }))
    .filter(({ name }) => !name.endsWith('/') && !name.startsWith('__MACOSX/') && !name.split('/').pop()?.startsWith('.'))
    .map(({ entry, name }) => ({
      name: name.split('/').pop() as string,
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
