import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors/app-error.js';
import { jpegWithGps, png, pngClaiming, SVG } from '../../test/images.js';
import { cleanPhoto } from './clean-photo.js';

async function refusal(upload: Buffer): Promise<AppError> {
  const err = await cleanPhoto(upload).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
}

describe('cleanPhoto', () => {
  it('drops EXIF and GPS and re-encodes as JPEG', async () => {
    const upload = await jpegWithGps(400, 300);
    const before = await sharp(upload).metadata();
    expect(before.exif?.toString('latin1')).toContain('NeedleCam');
    const clean = await cleanPhoto(upload);
    const after = await sharp(clean.bytes).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 400, height: 300 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(clean.bytes.includes('NeedleCam')).toBe(false);
    expect((await sharp(clean.thumbnail).metadata()).exif).toBeUndefined();
  });

  it('turns the photo upright by its EXIF orientation', async () => {
    const clean = await cleanPhoto(await jpegWithGps(300, 200, 6));
    expect([clean.width, clean.height]).toEqual([200, 300]);
    expect((await sharp(clean.bytes).metadata()).orientation).toBeUndefined();
  });

  it('shrinks to 2048 px a side, never enlarges, and thumbnails to 320', async () => {
    const big = await cleanPhoto(await png(3000, 1500));
    expect([big.width, big.height]).toEqual([2048, 1024]);
    expect(await sharp(big.thumbnail).metadata()).toMatchObject({ width: 320, height: 160 });
    const small = await cleanPhoto(await png(100, 50));
    expect([small.width, small.height]).toEqual([100, 50]);
    expect(await sharp(small.thumbnail).metadata()).toMatchObject({ width: 100, height: 50 });
  });

  it('puts transparency on white rather than black', async () => {
    const clean = await cleanPhoto(await png(10, 10, true));
    const { data } = await sharp(clean.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(240);
  });

  it('accepts WebP and AVIF', async () => {
    const base = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#abc' } });
    for (const upload of [await base().webp().toBuffer(), await base().avif().toBuffer()]) {
      expect((await cleanPhoto(upload)).contentType).toBe('image/jpeg');
    }
  });

  it.each([
    ['text', async () => Buffer.from('just some text, named photo.jpg')],
    ['SVG', async () => SVG],
    [
      'GIF',
      () =>
        sharp({ create: { width: 5, height: 5, channels: 3, background: '#000' } })
          .gif()
          .toBuffer(),
    ],
    ['PDF', async () => Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF')],
    [
      'a JPEG header on garbage',
      async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(64)]),
    ],
    ['an empty file', async () => Buffer.alloc(0)],
  ])('refuses %s with 415', async (_, make) => {
    const err = await refusal(await make());
    expect([err.status, err.code]).toEqual([415, 'UNSUPPORTED_IMAGE']);
  });

  it('refuses absurd dimensions before decoding them', async () => {
    const err = await refusal(await pngClaiming(10_000, 10_000));
    expect([err.status, err.code]).toEqual([400, 'IMAGE_TOO_LARGE']);
  });
});
