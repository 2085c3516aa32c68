import type { CaseDetail } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { gridSpot } from './harness/gridSpot.js';
import { fillLoginForm } from './harness/pages.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');

// 义和社区03网格 in 永昌街道: away from the other e2e reports, so no "me too" is offered.
const gridCode = '220104004001003';
const internalNote = '内部备注：派城管二中队，联系人 13900000010';

async function signIn(page: Page, path: string, username: string, password?: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL('**/login');
  await fillLoginForm(page, username, password);
  await page.waitForURL(`**${path.split('#')[0]}`);
}

/** How many of the case's photos have loaded as real images (a 404 leaves naturalWidth at 0). */
function loadedPhotos(page: Page): Promise<number> {
  return page
    .getByTestId('case-photos')
    .evaluate(
      (card) =>
        Array.from(card.querySelectorAll('img')).filter((img) => img.complete && img.naturalWidth > 0).length,
    );
}

describe('photos follow the case: everyone who may read it sees them', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let caseId: string;
  const s: Record<string, ApiSession> = {};
  const marketUser = `market.e2e.${Date.now()}`;

  const desktop = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  };
  const phone = async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    contexts.push(context);
    return context.newPage();
  };
  const step = async (who: string, action: string, body: unknown = {}) => {
    const reply = await s[who]?.post<CaseDetail>(`/api/cases/${caseId}/actions/${action}`, body);
    expect(reply?.status, `${who} ${action}: ${JSON.stringify(reply?.body)}`).toBe(200);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const u of ['admin', 'community', 'dispatcher', 'shiftlead', 'department', 'street']) {
      s[u] = await signInThroughApi(baseUrl, u);
    }
    const departments = await s.admin?.get<{ items: { id: string; type: string }[] }>('/api/departments');
    const market = departments?.body.items.find((d) => d.type === 'market');
    const created = await s.admin?.post('/api/users', {
      username: marketUser,
      displayName: '市场监管所李科员',
      password: 'Market@2026-e2e',
      roles: ['department_staff'],
      departmentId: market?.id,
    });
    expect(created?.status).toBe(201);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('a resident reports with a photo on a phone', async () => {
    const page = await phone();
    const { latitude, longitude } = await gridSpot(baseUrl, gridCode, 0.5, 0.5);
    await signIn(page, `/report?lat=${latitude}&lng=${longitude}`, 'resident');
    await expect.poll(() => page.getByTestId('report-grid-code').textContent()).toBe(gridCode);
    await page.getByTestId('report-category').click();
    await page.keyboard.type('井盖缺失');
    await page.locator('.ant-cascader-menu-item', { hasText: '井盖缺失' }).click();
    await page.getByTestId('report-description').fill('义和社区3号楼前井盖丢失');
    await page
      .getByTestId('report-photos')
      .locator('input[type=file]')
      .setInputFiles({ name: 'before.png', mimeType: 'image/png', buffer: solidPng(64, 48, [200, 40, 40]) });
    // Shrunk and kept on the phone until the report is sent.
    await page.getByTestId('report-photos').locator('img[src^="blob:"]').waitFor();
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-result-follow').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expect.poll(() => loadedPhotos(page)).toBe(1);
  });

  it('the street sees the photo', async () => {
    await step('community', 'verify');
    await step('dispatcher', 'register');
    await step('shiftlead', 'file');
    await step('dispatcher', 'dispatch', { note: internalNote });
    await step('department', 'accept');
    const page = await desktop();
    await signIn(page, `/cases/${caseId}`, 'street');
    await expect.poll(() => loadedPhotos(page)).toBe(1);
  });

  it('a whistled department opens the case from its notice and sees the photo', async () => {
    const departments = await s.admin?.get<{ items: { id: string; type: string }[] }>('/api/departments');
    const market = departments?.body.items.find((d) => d.type === 'market');
    const order = await s.street?.post<{ order: { id: string } }>('/api/whistles', {
      title: '井盖周边商户排查',
      task: '排查周边商户',
      place: '义和社区3号楼',
      caseIds: [caseId],
      calls: [{ departmentId: market?.id, task: '排查周边商户占道' }],
    });
    expect(order?.status, JSON.stringify(order?.body)).toBe(201);

    const page = await desktop();
    await signIn(page, '/inbox', marketUser, 'Market@2026-e2e');
    await page.getByTestId('notice-call').first().click();
    await page.waitForURL(`**/whistles/${order?.body.order.id}**`);
    await page.locator(`a[href="/cases/${caseId}"]`).first().click();
    await page.waitForURL(`**/cases/${caseId}`);
    await expect.poll(() => loadedPhotos(page)).toBe(1);
    // Read-only: the case is 城管's to handle.
    expect(await page.getByTestId('action-feedback').count()).toBe(0);
  });

  it('the community checker sees the before and the after photos, and checks with one of the site', async () => {
    const fix = await s.department?.upload<{ id: string }>('/api/photos', {
      name: 'after.png',
      type: 'image/png',
      content: solidPng(64, 48, [40, 200, 40]),
    });
    expect(fix?.status).toBe(201);
    await step('department', 'feedback', { note: '已补装井盖', photoIds: [fix?.body.id] });
    const page = await desktop();
    await signIn(page, `/cases/${caseId}`, 'community');
    await expect.poll(() => loadedPhotos(page)).toBe(2);
    // 核查 is made on site: the check shows a photo taken there.
    await page.getByTestId('action-check_pass').click();
    await page
      .getByTestId('action-photos')
      .locator('input[type=file]')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: solidPng(64, 48, [200, 200, 40]) });
    await page.getByTestId('action-photos').locator('img[src*="/thumbnail"]').waitFor();
    await page.getByTestId('action-submit').click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已核查');
    await expect.poll(() => loadedPhotos(page)).toBe(3);
  });

  it('the resident sees the fix photo and a timeline without internal notes', async () => {
    await step('shiftlead', 'close');
    const page = await phone();
    await signIn(page, `/cases/${caseId}`, 'resident');
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已结案');
    // Their own, the fix and the on-site check: each a public step of the loop.
    await expect.poll(() => loadedPhotos(page)).toBe(3);
    const feedback = page.getByTestId('timeline-event').and(page.locator('[data-action="feedback"]'));
    await expect
      .poll(() =>
        feedback.evaluate(
          (el) => Array.from(el.querySelectorAll('img')).filter((i) => i.naturalWidth > 0).length,
        ),
      )
      .toBe(1);
    const timeline = (await page.getByTestId('case-timeline').textContent()) ?? '';
    expect(timeline).not.toContain('内部备注');
    expect(timeline).not.toContain('13900000010');
    expect(timeline).not.toContain('城管执法队员');
    expect(timeline).toContain('已派遣至责任单位');
    // The step clock is the desk's; the resident sees when the case is due.
    const facts = (await page.getByTestId('case-facts').textContent()) ?? '';
    expect(facts).not.toContain('本环节时限');
    expect(facts).toContain('办结时限');
    // "My reports" lists it as a card, not the desk's table.
    await page.goto(`${baseUrl}/cases`);
    await page.getByTestId('my-report').first().waitFor();
    expect(await page.getByTestId('case-table').count()).toBe(0);
  });
});
