import { get } from 'node:http';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './harness/browser.js';
import { fillLoginForm } from './harness/pages.js';

const baseUrl = inject('baseUrl');

/** What the login page and the workbench may load on a first visit, gzipped (issue 12). */
const budget = 400 * 1024;

/**
 * Every script a fresh browser fetches for a page until it shows and no script has been asked for in a
 * second, whether the page waited for it or not. (Not "network idle": the workbench's live counts keep
 * a stream open.) The build's own figure (web/build/routeBudget.ts) reads the bundle; this reads what
 * Chromium really asked for, so a chunk the build's figure leaves out is caught here.
 */
async function scriptsLoaded(page: Page, open: () => Promise<void>): Promise<string[]> {
  const urls = new Set<string>();
  let last = Date.now();
  const onRequest = (request: Request) => {
    if (request.resourceType() !== 'script') return;
    urls.add(request.url());
    last = Date.now();
  };
  page.on('request', onRequest);
  try {
    await open();
    await expect.poll(() => Date.now() - last, { timeout: 15_000 }).toBeGreaterThan(1_000);
  } finally {
    page.off('request', onRequest);
  }
  return [...urls];
}

/** The bytes a script travels as to a browser that accepts gzip (the server sends its .gz copy). */
function gzippedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // node:http, not fetch, which would undo the gzip before the body could be measured.
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      response.on('end', () =>
        response.statusCode === 200 ? resolve(size) : reject(new Error(`${url}: ${response.statusCode}`)),
      );
    }).on('error', reject);
  });
}

async function gzippedBytes(urls: string[]): Promise<number> {
  const sizes = await Promise.all(urls.map(gzippedSize));
  return sizes.reduce((sum, size) => sum + size, 0);
}

describe('the first load of the login page and the workbench', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  // A fresh context: an empty HTTP cache, and no service worker answering from its precache.
  async function freshPage(storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: 'block',
      storageState,
    });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('loads at most 400 KB of gzipped JavaScript for the login page, and no English', async () => {
    const page = await freshPage();
    const urls = await scriptsLoaded(page, async () => {
      await page.goto(`${baseUrl}/login`);
      await page.getByTestId('login-submit').waitFor();
    });
    expect(await gzippedBytes(urls)).toBeLessThanOrEqual(budget);
    // English comes only when chosen: switching to it fetches its texts then.
    const english = await scriptsLoaded(page, async () => {
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.getByTestId('login-submit').textContent()).toBe('Sign in');
    });
    expect(english.filter((url) => !urls.includes(url))).not.toEqual([]);
  });

  it("loads at most 400 KB for the dispatcher's workbench, and the queue's list when it is opened", async () => {
    const signIn = await freshPage();
    await signIn.goto(`${baseUrl}/login`);
    await fillLoginForm(signIn, 'dispatcher');
    await signIn.waitForURL('**/workbench');
    const session = await signIn.context().storageState();

    const page = await freshPage(session);
    const urls = await scriptsLoaded(page, async () => {
      await page.goto(`${baseUrl}/workbench`);
      await page.getByTestId('workbench-queue-to_dispatch').waitFor();
    });
    expect(await gzippedBytes(urls)).toBeLessThanOrEqual(budget);
    // The table and its filters come when a queue is opened, and the page still shows the queue's cases.
    const listUrls = await scriptsLoaded(page, async () => {
      await page.getByTestId('workbench-queue-to_dispatch').click();
      await page.getByTestId('workbench-filters').waitFor();
    });
    expect(listUrls.filter((url) => !urls.includes(url))).not.toEqual([]);
  });
});
