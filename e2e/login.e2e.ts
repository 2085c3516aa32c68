import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './harness/browser.js';
import { fillLoginForm } from './harness/pages.js';

const baseUrl = inject('baseUrl');

describe('signing in', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('sends a visitor without a session to the login page, and back where they were after', async () => {
    await page.goto(`${baseUrl}/map`);
    await page.waitForURL('**/login');
    await fillLoginForm(page, 'street');
    await page.waitForURL('**/map');
    await expect.poll(() => page.getByTestId('jurisdiction-name').textContent()).toContain('永昌街道');
  });

  it('says so when the password is wrong, in Chinese', async () => {
    await page.goto(`${baseUrl}/login`);
    await fillLoginForm(page, 'street', 'not-the-password');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('switches to English and remembers it after a reload', async () => {
    await page.goto(`${baseUrl}/login`);
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toMatch(/登\s*录/);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toBe('Sign in');
    await page.reload();
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toBe('Sign in');
  });
});
