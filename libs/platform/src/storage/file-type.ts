/** Evidence and import files are checked by their content, not by the name or header the client sends. */
export type SniffedType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sniffFileType(data: Buffer): SniffedType | null {
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  // XLSX is a ZIP whose first entry is usually [Content_Types].xml; a ZIP signature plus that name is enough here.
  if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50 && data.subarray(0, 2000).includes(Buffer.from('[Content_Types].xml'))) {
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

export const BINARY_UPLOAD_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  // Word documents (question items from .docx tables); the route reads them by content.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/octet-stream',
] as const;

/** ZIP archives (batch photo import) have their own, larger body limit; Windows browsers name the type x-zip-compressed. */
export const ZIP_UPLOAD_TYPES = ['application/zip', 'application/x-zip-compressed'] as const;
export const MAX_ZIP_UPLOAD_BYTES = 50 * 1024 * 1024;
