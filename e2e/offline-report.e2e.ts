import type { CaseDetail, CasePage } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { gridSpot } from './harness/gridSpot.js';
import { fillLoginForm } from './harness/pages.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');

// 义和社区01网格 in 永昌街道, off its centre where the case loop's report is.
const gridCode = '220104004001001';

/** The cases whose description is this one, as the district sees them (not through the phone under test). */
async function casesDescribed(admin: ApiSession, description: string): Promise<CasePage> {
  const { body } = await admin.get<CasePage>(
    `/api/cases?q=${encodeURIComponent(description)}&page=1&pageSize=10`,
  );
  return body;
}

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

describe('a report made offline goes out by itself when the network returns', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: ApiSession;
  const description = `地下室入口井盖丢失（离线上报 ${Date.now()}）`;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signInThroughApi(baseUrl, 'admin');
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      geolocation: await gridSpot(baseUrl, gridCode, 0.3, 0.7),
      permissions: ['geolocation'],
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('opens the report page with no network, once it has been opened online', async () => {
    await page.goto(`${baseUrl}/report`);
    await page.waitForURL('**/login');
    await fillLoginForm(page, 'resident');
    await page.waitForURL('**/report');
    // The service worker takes over this first page; what the page reads from then on is kept.
    await expect.poll(() => controlled(page)).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('report-grid-code').textContent()).toBe(gridCode);

    await context.setOffline(true);
    await page.reload();
    // Signed in from the last answer kept, the device located, the categories there to choose from.
    await page.getByTestId('report-point').waitFor();
    await page.getByTestId('report-category').click();
    await page.keyboard.type('井盖');
    await page.locator('.ant-cascader-menu-item', { hasText: '井盖缺失' }).first().click();
  });

  it('keeps the report with its photo on the phone, marked 等待网络, across a reload', async () => {
    await page.getByTestId('report-description').fill(description);
    // What is typed survives a reload before sending (a phone that kills the tab, a call coming in).
    await page.reload();
    await expect.poll(() => page.getByTestId('report-description').inputValue()).toBe(description);
    await page
      .getByTestId('report-photos')
      .locator('input[type=file]')
      .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: solidPng(640, 480, [60, 60, 70]) });
    // Shrunk on the phone and shown from there: nothing is uploaded yet.
    await page.getByTestId('report-photos').locator('img[src^="blob:"]').waitFor();
    await page.getByTestId('report-submit').click();
    await expect.poll(() => page.getByTestId('report-waiting').textContent()).toContain('等待网络');
    // The waiting report in place of the form, which is kept behind it.
    expect(await page.getByTestId('report-waiting').isVisible()).toBe(true);
    expect(await page.getByTestId('report-submit').isVisible()).toBe(false);

    await page.goto(`${baseUrl}/cases`);
    await page.reload();
    const waiting = page.getByTestId('outbox-item');
    await expect.poll(() => waiting.count()).toBe(1);
    expect(await waiting.textContent()).toContain('等待网络');
    expect(await waiting.textContent()).toContain(description);
    expect((await casesDescribed(admin, description)).total).toBe(0);
  });

  it('sends it when the network returns, without a tap: exactly one case, with its photo', async () => {
    await context.setOffline(false);
    await expect
      .poll(async () => (await casesDescribed(admin, description)).total, { timeout: 20_000 })
      .toBe(1);
    // The waiting item gives way to the real case in "my reports".
    await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(0);
    await page.getByTestId('my-report').filter({ hasText: description }).waitFor();

    const [created] = (await casesDescribed(admin, description)).items;
    const { body: detail } = await admin.get<CaseDetail>(`/api/cases/${created?.id}`);
    expect(detail.case.gridCode).toBe(gridCode);
    const report = detail.timeline.find((event) => event.action === 'report');
    expect(report?.photoIds).toHaveLength(1);
    const photo = await fetch(`${baseUrl}/api/photos/${report?.photoIds[0]}`, {
      headers: { cookie: await sessionCookie(context) },
    });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');

    // Later rounds of sending find nothing more to send.
    await page.reload();
    await page.getByTestId('my-report').filter({ hasText: description }).waitFor();
    expect((await casesDescribed(admin, description)).total).toBe(1);
  });
});

/** The resident's session, to fetch their photo as they would. */
async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies(baseUrl);
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
