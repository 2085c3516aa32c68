import zlib from 'node:zlib';
import sharp from 'sharp';

/** Where the tests pretend a photo was taken: the GPS tags a phone writes, which must never be served. */
const GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '43/1 53/1 2/1',
  GPSLongitudeRef: 'E',
  GPSLongitude: '125/1 19/1 5/1',
};

/** A plain JPEG of the given size carrying EXIF with camera and GPS tags, and optionally an orientation. */
export async function jpegWithGps(width: number, height: number, orientation?: number): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: '#cc3333' } }).jpeg();
  const withOrientation = orientation ? image.withMetadata({ orientation }) : image;
  return withOrientation.withExif({ IFD0: { Make: 'NeedleCam', Model: 'Test' }, IFD3: GPS }).toBuffer();
}

export async function png(width: number, height: number, alpha = false): Promise<Buffer> {
  const background = alpha ? { r: 0, g: 0, b: 0, alpha: 0 } : '#3366cc';
  return sharp({ create: { width, height, channels: alpha ? 4 : 3, background } })
    .png()
    .toBuffer();
}

/**
 * A PNG whose header claims `width`×`height` but whose pixels are those of a 1×1 image: what a
 * decompression bomb looks like before decoding, without spending the memory to make a real one.
 */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const bytes = Buffer.from(await png(1, 1));
  // The IHDR chunk follows the 8-byte signature: length(4) 'IHDR'(4) width(4) height(4) …, then its CRC.
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.writeUInt32BE(zlib.crc32(bytes.subarray(12, 29)), 29);
  return bytes;
}

export const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100"/></svg>',
);

/** A multipart/form-data body built by hand, as a browser would send it. */
export function multipartBody(
  parts: { name: string; data: Buffer | string; filename?: string; contentType?: string }[],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----needle${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const type = part.contentType ? `Content-Type: ${part.contentType}\r\n` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`));
    chunks.push(Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
