import { MAX_ZIP_UPLOAD_BYTES, zipEntries } from '@skill-ladder/platform';

/*
 * A ZIP of photos, read through the platform's bounded ZIP reader: each file by its own name,
 * whichever folder it sits in, without the folders and the files macOS adds.
 */

export const MAX_ZIP_BYTES = MAX_ZIP_UPLOAD_BYTES;
export const MAX_ZIP_ENTRIES = 2000;
/** Together the photos may inflate to this much; one photo to the single-upload limit. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;

export interface PhotoZipEntry {
  name: string;
  uncompressedSize: number;
  read(): Promise<Buffer>;
}

/** The files of a photo ZIP (macOS resource forks and hidden files skipped), each readable once. */
export async function photoZipEntries(data: Buffer): Promise<PhotoZipEntry[]> {
  const entries = await zipEntries(data, { maxBytes: MAX_ZIP_BYTES, maxEntries: MAX_ZIP_ENTRIES, maxUncompressedBytes: MAX_ZIP_UNCOMPRESSED_BYTES });
  return entries
    .filter(({ path }) => !path.startsWith('__MACOSX/') && !path.split('/').pop()?.startsWith('.'))
    .map((e) => ({ name: e.path.split('/').pop() as string, uncompressedSize: e.uncompressedSize, read: e.read }));
}
