import type { CaseDetail } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { gridSpot } from './harness/gridSpot.js';
import { fetchInPage } from './harness/pages.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');

// 义和社区04网格: no other e2e file reports here, so no "me too" question comes up.
const gridCode = '220104004001004';
// A number nobody has: the run's own, so a second run on the same database signs up afresh.
const phone = `139${String(Date.now()).slice(-8)}`;

interface PointsPage {
  balance: number;
  entries: { amount: number; reason: string; caseId: string | null }[];
}

describe('a courier signs up by phone, reports, and sees the report and its points', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      geolocation: await gridSpot(baseUrl, gridCode, 0.5, 0.5),
      permissions: ['geolocation'],
      locale: 'zh-CN',
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('signs up with the code the demo shows, as a rider of a delivery platform', async () => {
    await page.goto(`${baseUrl}/signup`);
    await page.getByTestId('phone-input').fill(phone);
    await page.getByTestId('phone-send-code').click();
    // Demo mode shows the code on screen instead of sending an SMS.
    const shown = await page.getByTestId('demo-code').textContent();
    const code = shown?.match(/\d{6}/)?.[0];
    expect(code, shown ?? '').toMatch(/^\d{6}$/);
    await page.getByTestId('phone-code-input').fill(code ?? '');
    await page.getByTestId('signup-name').fill('王师傅');
    await page.getByTestId('signup-role-courier').click();
    await page.getByTestId('signup-company-kind').click();
    await page.locator('.ant-select-item-option', { hasText: '外卖' }).first().click();
    await page.getByTestId('signup-company-name').fill('美团外卖');
    await page.getByTestId('signup-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signup'));

    const me = (await fetchInPage(page, '/api/auth/me')) as { status: number; body: { user: unknown } };
    expect(me.status).toBe(200);
    const text = JSON.stringify(me.body.user);
    expect(text).toContain('courier');
    // The number comes back masked, never whole.
    expect(text).not.toContain(phone.slice(3));

    await page.goto(`${baseUrl}/me`);
    await expect.poll(() => page.getByTestId('me-company').textContent()).toBe('美团外卖');
    expect(await page.getByTestId('me-phone').textContent()).toMatch(/^139\*{4}\d{4}$/);
  });

  it('reports with a photo, finding the category by its pinyin initials', async () => {
    await page.goto(`${baseUrl}/report`);
    await page.getByTestId('report-category').click();
    await page.keyboard.type('jg');
    await page.locator('.ant-cascader-menu-item', { hasText: '井盖缺失' }).first().click();
    // The phone's position is taken on arrival.
    await expect.poll(() => page.getByTestId('report-grid-code').textContent()).toBe(gridCode);
    await page.getByTestId('report-description').fill('路口井盖没了，电动车差点掉进去');
    await page
      .getByTestId('report-photos')
      .locator('input[type=file]')
      .setInputFiles({ name: 'hole.png', mimeType: 'image/png', buffer: solidPng(64, 48, [60, 60, 60]) });
    await page.getByTestId('report-submit').click();

    const code = await page.getByTestId('report-result-code').textContent();
    expect(code).toMatch(/^220104004-\d{8}-\d{4}/);
    await page.getByTestId('report-result-follow').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const detail = (await fetchInPage(page, `/api/cases/${caseId}`)) as { body: CaseDetail };
    expect(detail.body.case.channel).toBe('courier');

    await page.goto(`${baseUrl}/cases`);
    await expect
      .poll(() =>
        page
          .getByTestId('my-report')
          .filter({ hasText: code ?? '' })
          .count(),
      )
      .toBe(1);
  });

  it('earns the filing points once, when the case is filed', async () => {
    const points = async () => (await fetchInPage(page, '/api/points')) as { body: PointsPage };
    expect((await points()).body.balance).toBe(0);

    const admin = await signInThroughApi(baseUrl, 'admin');
    const settings = await admin.get<{ pointsRules?: { reportFiled: number } }>('/api/settings');
    const perReport = settings.body.pointsRules?.reportFiled ?? 0;
    expect(perReport).toBeGreaterThan(0);

    for (const [username, action] of [
      ['community', 'verify'],
      ['dispatcher', 'register'],
      ['shiftlead', 'file'],
    ] as const) {
      const session = await signInThroughApi(baseUrl, username);
      const reply = await session.post(`/api/cases/${caseId}/actions/${action}`);
      expect(reply.status, `${username} ${action}`).toBe(200);
    }

    await page.goto(`${baseUrl}/points`);
    await expect.poll(() => page.getByTestId('points-balance').textContent()).toContain(String(perReport));
    expect(await page.getByTestId('points-entry').count()).toBe(1);
    const ledger = (await points()).body;
    expect(ledger.balance).toBe(perReport);
    expect(ledger.entries.filter((e) => e.caseId === caseId)).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
