import { count } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { jpegWithGps, multipartBody, png, SVG } from '../../test/images.js';
import { photos } from './photos.tables.js';

const { t, c: cookies } = useTestApp(['admin', 'community', 'community2', 'street', 'resident']);

const upload = (
  data: Buffer | string,
  cookie: string | undefined,
  filename = 'photo.jpg',
  type = 'image/jpeg',
) =>
  t.call({
    method: 'POST',
    url: '/api/photos',
    cookie,
    ...multipartBody([{ name: 'file', filename, contentType: type, data }]),
  });

const rowCount = async () => (await t.database.db.select({ n: count() }).from(photos))[0]?.n ?? 0;

async function expectRefused(
  res: { statusCode: number; json(): { error: { code: string } } },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(res.json().error).toMatchObject({ code, message: expect.any(String) });
}

describe('uploading a photo', () => {
  let id: string;

  it('stores it without EXIF or GPS and serves it as a private JPEG', async () => {
    const original = await jpegWithGps(640, 480);
    const before = await sharp(original).metadata();
    expect(before.exif?.toString('latin1')).toContain('NeedleCam');
    expect(before.exif?.length).toBeGreaterThan(100); // the GPS IFD is in there

    const res = await upload(original, cookies.community);
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json()).toEqual({
      id,
      width: 640,
      height: 480,
      url: `/api/photos/${id}`,
      thumbnailUrl: `/api/photos/${id}/thumbnail`,
    });

    const served = await t.get(`/api/photos/${id}`, cookies.community);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['cache-control']).toBe('private, max-age=86400');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes('NeedleCam')).toBe(false);

    const thumb = await t.get(`/api/photos/${id}/thumbnail`, cookies.community);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    const thumbMeta = await sharp(thumb.rawPayload).metadata();
    expect(thumbMeta).toMatchObject({ format: 'jpeg', width: 320, height: 240 });
    expect(thumbMeta.exif).toBeUndefined();
  });

  it('records the uploader and their place, and the cleaned size', async () => {
    const [row] = await t.database.db.select().from(photos);
    expect(row).toMatchObject({ id, contentType: 'image/jpeg', width: 640, height: 480 });
    expect(row?.regionCode).toMatch(/^\d{12}$/);
    expect(row?.bytes).toBeGreaterThan(0);
  });

  it('applies the EXIF orientation', async () => {
    const res = await upload(await jpegWithGps(300, 200, 6), cookies.community);
    expect(res.statusCode).toBe(201);
    expect([res.json().width, res.json().height]).toEqual([200, 300]);
    const served = await t.get(res.json().url, cookies.community);
    expect(await sharp(served.rawPayload).metadata()).toMatchObject({ width: 200, height: 300 });
  });

  it('shrinks a large photo to 2048 px and thumbnails it within 320', async () => {
    const res = await upload(await png(3000, 2000), cookies.community, 'big.png', 'image/png');
    expect(res.statusCode).toBe(201);
    expect([res.json().width, res.json().height]).toEqual([2048, 1365]);
    const thumb = await t.get(res.json().thumbnailUrl, cookies.community);
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(320);
  });

  it('shows a photo attached to nothing to its uploader only, not even to the administrator', async () => {
    for (const [who, status] of [
      ['community', 200],
      ['admin', 404],
      ['street', 404],
      ['community2', 404],
      ['resident', 404],
    ] as const) {
      for (const url of [`/api/photos/${id}`, `/api/photos/${id}/thumbnail`]) {
        const res = await t.get(url, cookies[who]);
        expect(res.statusCode, `${who} ${url}`).toBe(status);
        if (status === 404) await expectRefused(res, 404, 'PHOTO_NOT_FOUND');
      }
    }
    const anonymous = await t.get(`/api/photos/${id}`);
    await expectRefused(anonymous, 401, 'UNAUTHENTICATED');
  });

  it('answers an unknown or malformed id as not found or invalid', async () => {
    const unknown = await t.get('/api/photos/00000000-0000-4000-8000-000000000000', cookies.admin);
    await expectRefused(unknown, 404, 'PHOTO_NOT_FOUND');
    for (const bad of ['x', `urn:uuid:${id}`]) {
      const res = await t.get(`/api/photos/${encodeURIComponent(bad)}`, cookies.admin);
      await expectRefused(res, 400, 'VALIDATION_FAILED');
    }
  });
});

describe('refusing an upload', () => {
  it('refuses a text file named .jpg and sent as image/jpeg, writing nothing', async () => {
    const before = await rowCount();
    await expectRefused(await upload('not a photo at all', cookies.community), 415, 'UNSUPPORTED_IMAGE');
    expect(await rowCount()).toBe(before);
  });

  it('refuses an SVG', async () => {
    await expectRefused(
      await upload(SVG, cookies.community, 'x.svg', 'image/svg+xml'),
      415,
      'UNSUPPORTED_IMAGE',
    );
    await expectRefused(await upload(SVG, cookies.community), 415, 'UNSUPPORTED_IMAGE');
  });

  it('refuses a body over 10 MB with 413, whether its length is declared or found while reading', async () => {
    const before = await rowCount();
    const huge = Buffer.concat([await jpegWithGps(10, 10), Buffer.alloc(11 * 1024 * 1024)]);
    await expectRefused(await upload(huge, cookies.community), 413, 'BODY_TOO_LARGE');
    // Under the declared-length check, over the 10 MB file limit that the multipart reader enforces.
    const justOver = Buffer.alloc(10 * 1024 * 1024 + 10);
    await expectRefused(await upload(justOver, cookies.community), 413, 'BODY_TOO_LARGE');
    expect(await rowCount()).toBe(before);
  });

  it('asks for a file when there is none', async () => {
    for (const parts of [
      [{ name: 'note', data: 'hello' }],
      [],
      [{ name: 'photo', filename: 'a.jpg', data: 'x' }],
    ]) {
      const res = await t.call({
        method: 'POST',
        url: '/api/photos',
        cookie: cookies.community,
        ...multipartBody(parts),
      });
      await expectRefused(res, 400, 'FILE_REQUIRED');
    }
  });

  it('asks for a sign-in first', async () => {
    await expectRefused(await upload(await jpegWithGps(10, 10), undefined), 401, 'UNAUTHENTICATED');
  });

  it('refuses a body that is not multipart, or is broken multipart, with 4xx', async () => {
    const json = await t.post('/api/photos', cookies.community, { file: 'x' });
    await expectRefused(json, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const noBoundary = await t.call({
      method: 'POST',
      url: '/api/photos',
      cookie: cookies.community,
      payload: 'garbage',
      headers: { 'content-type': 'multipart/form-data' },
    });
    await expectRefused(noBoundary, 400, 'MALFORMED_MULTIPART');
    const cut = multipartBody([{ name: 'file', filename: 'a.jpg', data: await jpegWithGps(10, 10) }]);
    const truncated = await t.call({
      method: 'POST',
      url: '/api/photos',
      cookie: cookies.community,
      headers: cut.headers,
      payload: cut.payload.subarray(0, cut.payload.length - 40),
    });
    await expectRefused(truncated, 400, 'MALFORMED_MULTIPART');
  });
});
