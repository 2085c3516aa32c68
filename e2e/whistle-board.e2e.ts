import type { WhistleDetail } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { fillLoginForm } from './harness/pages.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');
const marketPassword = 'Market@2026';

/**
 * The street office watches its whistle order's board on the desktop while two departments report in
 * from their phones: each report-in shows on the street's page without a reload (GET
 * /api/whistles/:id/stream, fed by LISTEN/NOTIFY).
 */
describe('a whistle order’s board updates live as two departments report in', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const s: Record<string, ApiSession> = {};
  let order: WhistleDetail;
  let board: Page;

  const open = async (viewport: { width: number; height: number }, phone: boolean): Promise<Page> => {
    const context = await browser.newContext({
      viewport,
      isMobile: phone,
      hasTouch: phone,
      geolocation: { latitude: 43.9286, longitude: 125.2455 },
      permissions: ['geolocation'],
    });
    contexts.push(context);
    return context.newPage();
  };
  const signIn = async (page: Page, path: string, username: string, password?: string) => {
    await page.goto(`${baseUrl}${path}`);
    await page.waitForURL('**/login');
    await fillLoginForm(page, username, password);
    await page.waitForURL(`**${path}`);
  };
  /** The report-ins the street's page shows now: arrival times filled in on the board's rows. */
  const arrivalsOnBoard = () =>
    board.locator('[data-testid="call-table"] [data-testid="call-arrived-at"][data-done="true"]').count();

  /** A department's phone: open the call from the order, acknowledge it, and report in with a photo. */
  const reportIn = async (username: string, password?: string) => {
    const page = await open({ width: 390, height: 844 }, true);
    await signIn(page, `/whistles/${order.order.id}`, username, password);
    await page.getByTestId('call-acknowledge').click();
    await page.getByTestId('call-arrive').click();
    await expect.poll(() => page.getByTestId('arrive-point').getAttribute('data-lat')).toBe('43.9286');
    await page
      .getByTestId('arrive-photo')
      .locator('input[type=file]')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: solidPng(64, 48, [40, 90, 200]) });
    await page.getByTestId('arrive-photo').locator('img[src*="/thumbnail"]').waitFor();
    await page.getByTestId('arrive-submit').click();
    // Reported in: the call's next step (完成) is offered.
    await page.getByTestId('call-complete').waitFor();
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const who of ['street', 'admin']) s[who] = await signInThroughApi(baseUrl, who);
    const departments = await s.admin?.get<{ items: { id: string; type: string }[] }>('/api/departments');
    const idOf = (type: string) => departments?.body.items.find((d) => d.type === type)?.id;
    // The demo city has one department account (城管); the market regulator gets one for this test.
    const created = await s.admin?.post('/api/users', {
      username: 'board-market',
      displayName: '市场监管所队员',
      password: marketPassword,
      roles: ['department_staff'],
      departmentId: idOf('market'),
    });
    expect(created?.status, JSON.stringify(created?.body)).toBe(201);
    const issued = await s.street?.post<WhistleDetail>('/api/whistles', {
      title: '永昌街道农贸市场周边联合整治',
      task: '占道经营、井盖缺失联合处置',
      place: '永昌街道农贸市场',
      calls: [
        { departmentId: idOf('chengguan'), task: '清理占道经营' },
        { departmentId: idOf('market'), task: '检查市场商户' },
      ],
    });
    expect(issued?.status, JSON.stringify(issued?.body)).toBe(201);
    order = issued?.body as WhistleDetail;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('the street opens the board: two calls, none reported in, the page live', async () => {
    board = await open({ width: 1440, height: 900 }, false);
    await signIn(board, `/whistles/${order.order.id}`, 'street');
    await expect.poll(() => board.getByTestId('whistle-live').getAttribute('data-live')).toBe('true');
    await expect
      .poll(() => board.locator('[data-testid="call-table"] [data-testid="call-name"]').count())
      .toBe(2);
    expect(await arrivalsOnBoard()).toBe(0);
  });

  it('城管 reports in from its phone: the street’s board shows it without a reload', async () => {
    // A marker on the page's window: a reload would drop it.
    await board.evaluate(() => Object.assign(window, { boardNotReloaded: true }));
    await reportIn('department');
    await expect.poll(arrivalsOnBoard, { timeout: 10_000 }).toBe(1);
  });

  it('the market regulator reports in too: the board shows both, still without a reload', async () => {
    await reportIn('board-market', marketPassword);
    await expect.poll(arrivalsOnBoard, { timeout: 10_000 }).toBe(2);
    expect(await board.evaluate(() => (window as { boardNotReloaded?: boolean }).boardNotReloaded)).toBe(
      true,
    );
    const events = await s.street?.get<WhistleDetail>(`/api/whistles/${order.order.id}`);
    expect(events?.body.calls.every((c) => c.arrivedAt !== null)).toBe(true);
  });
});
