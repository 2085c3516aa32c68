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

const SERVICE_WORKER = 'self.addEventListener("fetch", () => {});\n';
const MANIFEST = JSON.stringify({ name: '一根针 Needle', start_url: '/', display: 'standalone' });

/**
 * A built web app in miniature: index.html, one hashed asset with its precompressed siblings, and the
 * installable app's files (service worker, its registration, manifest, an icon) under names without hash.
 */
function fakeWebDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.mkdirSync(path.join(dir, 'icons'));
  fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(dir, 'sw.js'), SERVICE_WORKER);
  fs.writeFileSync(path.join(dir, 'registerSW.js'), "navigator.serviceWorker.register('/sw.js');\n");
  fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), MANIFEST);
  fs.writeFileSync(path.join(dir, 'icons', 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
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

  it('has the service worker, its registration and the manifest revalidated, so a release is seen at once', async () => {
    const sw = await get('/sw.js');
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toMatch(/javascript/);
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.body).toBe(SERVICE_WORKER);

    const register = await get('/registerSW.js');
    expect(register.statusCode).toBe(200);
    expect(register.headers['cache-control']).toBe('no-cache');

    const manifest = await get('/manifest.webmanifest');
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(manifest.json()).toMatchObject({ name: '一根针 Needle', display: 'standalone' });

    const icon = await get('/icons/icon-192.png');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');
  });

  it('answers 404 for a file that is not there, not index.html taken for a script or a manifest', async () => {
    for (const url of ['/sw-old.js', '/icons/icon-1024.png', '/favicon.ico']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('ROUTE_NOT_FOUND');
    }
    // A page URL stays a page, whatever its query says.
    const page = await get('/cases?q=a.b');
    expect(page.statusCode).toBe(200);
    expect(page.body).toBe(INDEX);
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
