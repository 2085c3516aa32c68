import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './harness/browser.js';

const baseUrl = inject('baseUrl');

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

interface Manifest {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  display: string;
  theme_color: string;
  icons: ManifestIcon[];
}

/** A PNG's width and height, from its IHDR chunk: the icon is the size the manifest says. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

describe('the app installs on a phone', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('links a manifest with a name, a start page, standalone display and 192 and 512 px PNG icons', async () => {
    await page.goto(`${baseUrl}/login`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const response = await fetch(new URL(href ?? '', baseUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Manifest;
    expect(manifest).toMatchObject({
      name: '一根针 Needle',
      short_name: '一根针',
      lang: 'zh-CN',
      start_url: '/',
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);

    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.purpose !== 'maskable');
      expect(icon?.type, size).toBe('image/png');
      const image = await fetch(new URL(icon?.src ?? '', baseUrl));
      expect(image.status, size).toBe(200);
      expect(image.headers.get('content-type'), size).toBe('image/png');
      expect(pngSize(Buffer.from(await image.arrayBuffer())), size).toBe(size);
    }
    // Android crops icons to its own shape: one is drawn with room for that.
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  it('registers a service worker that controls the page after a reload', async () => {
    await page.goto(`${baseUrl}/login`);
    const script = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.scriptURL ?? null;
    });
    expect(script).toBe(`${baseUrl}/sw.js`);
    await page.reload();
    await expect.poll(() => controlled(page)).toBe(true);

    // Revalidated on every visit, so a new release reaches the phones at once.
    const sw = await fetch(`${baseUrl}/sw.js`);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
  });

  it("passes Chromium's own installability check", async () => {
    await page.goto(`${baseUrl}/login`);
    await expect.poll(() => controlled(page)).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Test browser contexts are incognito, which alone keeps Chromium from offering to install.
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    await cdp.detach();
  });
});
