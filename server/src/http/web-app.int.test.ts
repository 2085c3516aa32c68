import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

const SCRIPT = `console.log(${JSON.stringify('一根针 '.repeat(200))});\n`;
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/x-abc123.js"></script></head></html>';

let t: TestApp;
let webDir: string;

/** A built web app in miniature: index.html and one hashed asset with its precompressed siblings. */
function fakeWebDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
  const asset = path.join(dir, 'assets', 'x-abc123.js');
  fs.writeFileSync(asset, SCRIPT);
  fs.writeFileSync(`${asset}.br`, brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${asset}.gz`, gzipSync(SCRIPT));
  return dir;
}

beforeAll(async () => {
  webDir = fakeWebDir();
  t = await createTestApp({ webDir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.call({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the built web app', () => {
  it('serves hashed assets compressed, and cached for a year as immutable', async () => {
    const br = await get('/assets/x-abc123.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5);

    const gzip = await get('/assets/x-abc123.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    const identity = await get('/assets/x-abc123.js');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toBe(SCRIPT);
    expect(identity.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has index.html revalidated on every visit, at / and at any page the app routes', async () => {
    for (const url of ['/', '/index.html', '/map', '/cases/123']) {
      const res = await get(url, 'br, gzip');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.body, url).toBe(INDEX);
    }
  });

  it('answers 404 for an asset that is not there, not index.html under a year-long cache', async () => {
    for (const url of ['/assets/x-old999.js', '/assets/x-abc123.js.br']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('ROUTE_NOT_FOUND');
      expect(String(res.headers['cache-control']), url).not.toMatch(/immutable/);
    }
  });
});
