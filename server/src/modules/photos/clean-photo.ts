import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../lib/errors/app-error.js';

export interface CleanPhoto {
  bytes: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
  contentType: 'image/jpeg';
}

/** A phone camera makes 12–50 MP; beyond that it is a decompression bomb, not a photo of a pothole. */
export const MAX_PIXELS = 50_000_000;
const MAX_EDGE = 2048;
const THUMBNAIL_EDGE = 320;

type Format = 'jpeg' | 'png' | 'webp' | 'heif';

const unsupported = (detail: string) =>
  new AppError(415, 'UNSUPPORTED_IMAGE', `${detail}; send a JPEG, PNG, WebP or HEIF/AVIF photo`);

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

/**
 * The format the leading bytes announce. Checked before sharp sees the file, so that SVG, PDF and
 * the other formats libvips could parse never reach a parser on behalf of an upload.
 */
function sniff(b: Buffer): Format | null {
  if (b.length < 12) return null;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (b.toString('latin1', 4, 8) === 'ftyp' && HEIF_BRANDS.has(b.toString('latin1', 8, 12))) return 'heif';
  return null;
}

/**
 * Turns an upload into the photo Needle keeps: checked by its content (never its name or declared
 * type), turned upright, at most 2048 px a side, re-encoded as JPEG with no metadata at all — a
 * resident's photo must not publish where they live through its GPS tags — plus a thumbnail.
 */
export async function cleanPhoto(upload: Buffer): Promise<CleanPhoto> {
  const sniffed = sniff(upload);
  if (!sniffed) throw unsupported('The file is not an image Needle accepts');
  // failOn 'error': phone JPEGs often carry harmless decoder warnings (stray bytes before a marker).
  const options = { limitInputPixels: MAX_PIXELS, failOn: 'error' } as const;
  let meta: Metadata;
  try {
    // Only the header is read here, so no pixel limit yet: the size check below says what is wrong.
    meta = await sharp(upload, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw unsupported('The image could not be read');
  }
  if (meta.format !== sniffed) throw unsupported('The image could not be read');
  if (!meta.width || !meta.height) throw unsupported('The image has no size');
  if (meta.width * meta.height > MAX_PIXELS) {
    throw new AppError(
      400,
      'IMAGE_TOO_LARGE',
      `The image is ${meta.width}×${meta.height}; at most ${MAX_PIXELS / 1_000_000} megapixels are accepted`,
    );
  }
  try {
    // sharp writes no metadata unless told to (withMetadata/keepExif), so EXIF, GPS, XMP and ICC are dropped.
    const full = await sharp(upload, options)
      .rotate()
      .resize(MAX_EDGE, MAX_EDGE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' }) // JPEG has no transparency; black is what it would otherwise get
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(full.data)
      .resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
    return {
      bytes: full.data,
      thumbnail,
      width: full.info.width,
      height: full.info.height,
      contentType: 'image/jpeg',
    };
  } catch {
    // The header was fine but the pixels are not: a truncated or corrupt file, or an unsupported codec.
    throw unsupported('The image could not be decoded');
  }
}
