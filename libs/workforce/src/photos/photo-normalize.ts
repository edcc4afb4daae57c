import { createHash } from 'node:crypto';
import type SharpModule from 'sharp';
import { DomainError, sniffFileType } from '@skill-ladder/platform';

/*
 * 证件照 (1-inch, 3:4): whatever the phone or scanner sends becomes one JPEG of PHOTO_WIDTH ×
 * PHOTO_HEIGHT, turned upright by its EXIF orientation, centre-cropped to 3:4, with every piece
 * of metadata (GPS position, camera, thumbnails) dropped. sharp (libvips) does the decoding: it
 * is maintained, ships prebuilt binaries inside its npm packages (no build step, no download),
 * bounds the pixels it will decode, and streams large images instead of holding them whole.
 */

/** The upload as sent: a phone photo is 2–6 MB. */
export const MAX_PHOTO_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Inside the national rule of 300–500 px wide; 3:4. */
export const PHOTO_WIDTH = 360;
export const PHOTO_HEIGHT = 480;
/** Smaller than this and the face cannot be recognised at check-in. */
export const MIN_SOURCE_WIDTH = 150;
export const MIN_SOURCE_HEIGHT = 200;
/**
 * A 48-megapixel phone photo decodes; a tiny PNG that claims 30,000 × 30,000 pixels (a
 * decompression bomb) is refused from its header, before any pixel is decoded.
 */
export const MAX_SOURCE_PIXELS = 50_000_000;

export const PHOTO_SOURCE_TYPES = ['image/jpeg', 'image/png'] as const;

export interface NormalizedPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
  sizeBytes: number;
  sha256: string;
}

let sharpModule: typeof SharpModule | undefined;

/** Loaded with the first photo, not at start-up (libvips is large and only photos use it). */
function loadSharp(): typeof SharpModule {
  if (!sharpModule) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sharpModule = require('sharp') as typeof SharpModule;
    // Photos are decoded once each; a cache would only hold personal images in memory.
    sharpModule.cache(false);
    sharpModule.concurrency(1);
  }
  return sharpModule;
}

/** Why an upload is not a photo, as a problem the client can show. */
export function checkPhotoUpload(body: unknown, declaredType: string | undefined): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new DomainError(415, 'PHOTO_REQUIRED', '请上传照片 / Photo required', 'Send the photo as the request body with content-type image/jpeg or image/png');
  }
  if (body.length > MAX_PHOTO_UPLOAD_BYTES) {
    throw new DomainError(413, 'PHOTO_TOO_LARGE', '照片文件过大 / Payload too large', `A photo may be at most ${MAX_PHOTO_UPLOAD_BYTES / 1024 / 1024} MB`);
  }
  const sniffed = sniffFileType(body);
  if (!sniffed || !(PHOTO_SOURCE_TYPES as readonly string[]).includes(sniffed)) {
    throw new DomainError(415, 'PHOTO_TYPE_NOT_ALLOWED', '照片须为 JPEG 或 PNG 图片 / Unsupported media type', 'A photo must be a JPEG or PNG image (checked by its content)');
  }
  const declared = declaredType?.split(';')[0].trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream' && declared !== sniffed) {
    throw new DomainError(415, 'PHOTO_TYPE_MISMATCH', '照片类型与声明不符 / Unsupported media type', `The content is ${sniffed}, not ${declared}`);
  }
  return body;
}

/** Decodes, checks and normalizes a JPEG or PNG; anything it cannot decode is refused. */
export async function normalizePhoto(source: Buffer): Promise<NormalizedPhoto> {
  const sharp = loadSharp();
  const options = { limitInputPixels: MAX_SOURCE_PIXELS, failOn: 'error' as const, sequentialRead: true };
  let meta: SharpModule.Metadata;
  try {
    // The header alone is read here, so the pixel count is checked by us and named in the answer.
    meta = await sharp(source, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw unreadable();
  }
  if (meta.format !== 'jpeg' && meta.format !== 'png') {
    throw new DomainError(415, 'PHOTO_TYPE_NOT_ALLOWED', '照片须为 JPEG 或 PNG 图片 / Unsupported media type', 'A photo must be a JPEG or PNG image');
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > MAX_SOURCE_PIXELS) {
    throw new DomainError(400, 'PHOTO_TOO_MANY_PIXELS', '照片像素过多 / Image too large', `A photo may have at most ${MAX_SOURCE_PIXELS.toLocaleString('en')} pixels`);
  }
  // EXIF orientations 5–8 swap the sides once the image is turned upright.
  const [uprightWidth, uprightHeight] = (meta.orientation ?? 1) >= 5 ? [height, width] : [width, height];
  if (uprightWidth < MIN_SOURCE_WIDTH || uprightHeight < MIN_SOURCE_HEIGHT) {
    throw new DomainError(422, 'PHOTO_TOO_SMALL', '照片太小 / Photo too small', `A photo needs at least ${MIN_SOURCE_WIDTH} × ${MIN_SOURCE_HEIGHT} pixels`);
  }
  let jpeg: Buffer;
  let info: SharpModule.OutputInfo;
  try {
    ({ data: jpeg, info } = await sharp(source, options)
      .rotate()
      .resize(PHOTO_WIDTH, PHOTO_HEIGHT, { fit: 'cover', position: 'centre' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true }));
  } catch {
    throw unreadable();
  }
  return { jpeg, width: info.width, height: info.height, sizeBytes: jpeg.length, sha256: createHash('sha256').update(jpeg).digest('hex') };
}

function unreadable(): DomainError {
  return new DomainError(400, 'PHOTO_UNREADABLE', '无法识别的图片文件 / Image cannot be decoded', 'The file starts like an image but cannot be decoded (damaged, truncated or not an image)');
}
