import type { CaseDetail, CasePage } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { gridSpot } from './harness/gridSpot.js';
import { fillLoginForm } from './harness/pages.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');

// 义和社区01网格 in 永昌街道; 井盖缺失 is routed to the district's 城管 (urban management) department.
const gridCode = '220104004001001';
const missingManholeCover = 'E0550';
const returnReason = '井盖属燃气公司，不属城管职责';

async function signIn(page: Page, path: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL('**/login');
  await fillLoginForm(page, username);
  await page.waitForURL(`**${path}`);
}

/** The middle of the grid: the grids of the demo city are rectangles. */
const gridCentre = (gridCode: string) => gridSpot(baseUrl, gridCode, 0.5, 0.5);

describe('a missing manhole cover reported by a resident goes round the case loop', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let caseId: string;
  let caseCode: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('a resident reports it on a phone, by the map, with a photo', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      geolocation: await gridCentre(gridCode),
      permissions: ['geolocation'],
    });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, '/report', 'resident');

    await page.getByTestId('report-category').click();
    await page.keyboard.type('井盖缺失');
    await page.locator('.ant-cascader-menu-item', { hasText: '井盖缺失' }).click();

    // The device's location, taken on arrival, brings the map to the grid; the pin is then dragged a
    // finger's width to the exact spot.
    await expect.poll(() => page.getByTestId('report-grid-code').textContent()).toBe(gridCode);
    const before = await page.getByTestId('report-point').getAttribute('data-lat');
    await page.locator(`path.needle-grid[data-grid-code="${gridCode}"]`).waitFor();
    const pin = await page.getByTestId('report-pin').boundingBox();
    if (!pin) throw new Error('no pin on the map');
    await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 2);
    await page.mouse.down();
    await page.mouse.move(pin.x + pin.width / 2 + 20, pin.y + pin.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('report-point').getAttribute('data-lat')).not.toBe(before);
    await expect.poll(() => page.getByTestId('report-grid-code').textContent()).toBe(gridCode);

    await page.getByTestId('report-description').fill('义和路口井盖丢失，井口敞开，行人容易踩空');
    await page.getByTestId('report-address').fill('义和路与春城大街交汇处');
    await page
      .getByTestId('report-photos')
      .locator('input[type=file]')
      .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: solidPng(64, 48, [90, 90, 90]) });
    await page.getByTestId('report-photos').locator('img[src^="blob:"]').waitFor();

    // A phone-sized page: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByTestId('report-submit').click();
    // After sending: the case's code, and the way to follow it.
    const resultCode = await page.getByTestId('report-result-code').textContent();
    await page.getByTestId('report-result-follow').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已上报');
    caseCode = (await page.getByTestId('case-code').textContent()) ?? '';
    expect(caseCode).toMatch(/^220104004-\d{8}-\d{4}/);
    expect(caseCode).toBe(resultCode);
    await page.getByTestId('case-photo').first().waitFor();
  });

  it('the grid worker verifies it; the district registers, files and dispatches it', async () => {
    const sessions: Record<string, ApiSession> = {};
    for (const username of ['grid', 'dispatcher', 'shiftlead']) {
      sessions[username] = await signInThroughApi(baseUrl, username);
    }
    const steps: [string, string, string][] = [
      ['grid', 'verify', 'verified'],
      ['dispatcher', 'register', 'registered'],
      ['shiftlead', 'file', 'filed'],
      ['dispatcher', 'dispatch', 'dispatched'],
    ];
    for (const [username, action, status] of steps) {
      const reply = await sessions[username]?.post<CaseDetail>(`/api/cases/${caseId}/actions/${action}`);
      expect(reply?.status, `${username} ${action}`).toBe(200);
      expect(reply?.body.case.status).toBe(status);
      expect(reply?.body.case.categoryCode).toBe(missingManholeCover);
    }
  });

  it('the 城管 department finds it in its list, accepts it, then returns it with a reason', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, '/cases', 'department');

    await page.getByTestId('case-link').filter({ hasText: caseCode }).click();
    await page.waitForURL(`**/cases/${caseId}`);
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已派遣');

    await page.getByTestId('action-accept').click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('处置中');

    await page.getByTestId('action-return').click();
    // The reason is required: the modal refuses to send without one.
    await page.getByTestId('action-submit').click();
    await page.locator('.ant-form-item-explain-error').waitFor();
    await page.getByTestId('action-note').fill(returnReason);
    await page.getByTestId('action-submit').click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已退回');

    const events = page.getByTestId('timeline-event');
    for (const action of ['accept', 'return']) {
      const event = events.and(page.locator(`[data-action="${action}"]`));
      expect(await event.getByTestId('timeline-actor').textContent()).toBe('城管执法队员');
      expect(await event.getByTestId('timeline-role').textContent()).toBe('职能部门工作人员');
    }
    const returned = events.and(page.locator('[data-action="return"]'));
    expect(await returned.getByTestId('timeline-note').textContent()).toBe(returnReason);
    // A returned case waits for the dispatcher: nothing is left for the department to do.
    expect(await page.getByTestId('action-accept').count()).toBe(0);

    await page.screenshot({ path: '/tmp/needle-case.png', fullPage: true });
  });

  it('a dispatcher acting on a page gone stale sees why the server refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, `/cases/${caseId}`, 'dispatcher');
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已退回');

    // A colleague sends the returned case out again while this page still shows it as returned.
    const colleague = await signInThroughApi(baseUrl, 'dispatcher');
    const redispatched = await colleague.post<CaseDetail>(`/api/cases/${caseId}/actions/dispatch`);
    expect(redispatched.status).toBe(200);

    await page.getByTestId('action-dispatch').click();
    await page.getByTestId('action-submit').click();
    await expect
      .poll(() => page.getByTestId('action-error').textContent())
      .toBe('案件当前状态不能进行该操作');
  });

  it('a community worker of another street gets "not found" for it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, `/cases/${caseId}`, 'community2');
    await page.getByTestId('case-not-found').waitFor();
    expect(await page.getByTestId('case-status').count()).toBe(0);
  });
});

describe('a report whose answer is lost on the way back is filed once', () => {
  // Another grid and category than above, so the "me too" check finds nothing to offer.
  const otherGrid = '220104004001005';
  const description = '义和社区5号楼前路灯整晚不亮';
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('keeps the report and its Idempotency-Key on the phone, and the resend after a reload returns the first case', async () => {
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const { latitude, longitude } = await gridCentre(otherGrid);
    // The map page's "report here" link hands the point over in the URL.
    await signIn(page, `/report?lat=${latitude}&lng=${longitude}`, 'resident');
    await expect.poll(() => page.getByTestId('report-grid-code').textContent()).toBe(otherGrid);
    await page.getByTestId('report-category').click();
    await page.keyboard.type('路灯不亮');
    await page.locator('.ant-cascader-menu-item', { hasText: '路灯不亮' }).click();
    await page.getByTestId('report-description').fill(description);

    // The server takes the report, but the connection drops before its answer reaches the phone. The
    // context's route sees the service worker's requests too: whoever sends again, the page or the
    // worker woken by Background Sync, is seen.
    const keys: string[] = [];
    await context.route('**/api/cases', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length > 1) return route.fallback();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByTestId('report-submit').click();
    await expect.poll(() => keys.length).toBeGreaterThan(0);

    // The phone is put away; when the app is opened again the report goes out by itself, same key.
    await page.goto(`${baseUrl}/cases`);
    await expect.poll(() => keys.length).toBeGreaterThan(1);
    expect(new Set(keys).size).toBe(1);
    await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(0);
    await page.getByTestId('my-report').filter({ hasText: description }).waitFor();

    const admin = await signInThroughApi(baseUrl, 'admin');
    const found = await admin.get<CasePage>(
      `/api/cases?q=${encodeURIComponent(description)}&page=1&pageSize=10`,
    );
    expect(found.body.total).toBe(1);
  });
});
