import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './harness/browser.js';
import { fetchInPage, fillLoginForm } from './harness/pages.js';

const baseUrl = inject('baseUrl');

/**
 * A street office's intranet: Needle on plain HTTP under a name that is not localhost (browsers treat
 * localhost as secure, so it hides what goes wrong elsewhere). The browser resolves needle.lan to the
 * test server on loopback and nothing else to anywhere, so no request leaves the machine.
 */
const lanUrl = `http://needle.lan:${new URL(baseUrl).port}`;
const resolverRules = '--host-resolver-rules=MAP needle.lan 127.0.0.1, MAP * ~NOTFOUND';

describe('Needle on plain HTTP at an intranet address', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    // Without HTTPS-Upgrades, so the browser asks exactly what the page tells it to.
    browser = await launchBrowser([resolverRules, '--disable-features=HttpsUpgrades']);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('loads over HTTP, with no header sending the browser to HTTPS', async () => {
    const response = await page.goto(`${lanUrl}/login`);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['strict-transport-security']).toBeUndefined();
    await page.getByTestId('login-submit').waitFor();
    // Every script and stylesheet came over HTTP from needle.lan itself.
    expect(requested.length).toBeGreaterThan(1);
    expect(requested.filter((url) => !url.startsWith(`${lanUrl}/`))).toEqual([]);
  });

  it('signs in, keeps the session across a reload, and signs out', async () => {
    await fillLoginForm(page, 'street');
    await page.waitForURL((url) => url.pathname !== '/login');
    await expect.poll(() => page.getByTestId('jurisdiction-name').textContent()).toContain('永昌街道');
    // The session cookie is not Secure, or the browser would not send it back over HTTP.
    const [cookie] = (await context.cookies(lanUrl)).filter((c) => c.name === 'needle_session');
    expect(cookie?.secure).toBe(false);
    await page.reload();
    await expect.poll(() => page.getByTestId('jurisdiction-name').textContent()).toContain('永昌街道');

    // Signing out is a POST with the session cookie: the browser's Origin passes the cross-site check.
    const loggedOut = page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'));
    await page.getByTestId('logout').click();
    expect((await loggedOut).status()).toBe(204);
    await page.waitForURL('**/login');
    expect((await fetchInPage(page, '/api/auth/me')).status).toBe(401);
  });
});
