import type { CaseDetail, Inbox, IntakeResult } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { gridSpot } from './harness/gridSpot.js';
import { fetchInPage, fillLoginForm, openInApp } from './harness/pages.js';

const baseUrl = inject('baseUrl');

// 义和社区01网格, the demo grid worker's. The reports go to its corners, away from the middle and the
// south-west corner where other files report 井盖缺失: within 50 m they would be offered as "me too".
const gridCode = '220104004001001';
// 垃圾箱 and 暴露垃圾: routed to the district's 城管, the demo department user.
const brokenBin = 'C0305';
const exposedRubbish = 'E0102';

/** The narrowest phone in common use: nothing may be wider. */
const phoneScreen = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

type PhoneRole = 'resident' | 'courier' | 'grid' | 'department';

/** Each phone role's bottom tabs, left to right. */
const tabsOf: Record<PhoneRole, string[]> = {
  resident: ['report', 'cases', 'inbox', 'me'],
  courier: ['report', 'cases', 'inbox', 'me'],
  grid: ['tasks', 'report', 'map', 'inbox', 'me'],
  department: ['tasks', 'cases', 'inbox', 'me'],
};

/** Every page each role reaches from its tab bar and from 我的; their own case comes on top. */
const pagesOf: Record<PhoneRole, string[]> = {
  resident: [
    '/report',
    '/cases',
    '/inbox',
    '/me',
    '/map',
    '/points',
    '/volunteers',
    '/wishes',
    '/evaluations',
    '/voting',
    '/errands',
    // Linked from 我的 once the resident leads a building (my-building.e2e.ts makes them one).
    '/my-building',
  ],
  courier: ['/report', '/cases', '/inbox', '/me', '/map', '/points'],
  grid: [
    '/tasks',
    '/report',
    '/map',
    '/inbox',
    '/me',
    '/cases',
    '/whistles',
    '/stats',
    '/wishes',
    '/households',
    '/patrols',
    '/inspections',
    '/registry',
    '/errands',
  ],
  department: [
    '/tasks',
    '/cases',
    '/inbox',
    '/me',
    '/map',
    '/hotline',
    '/whistles',
    '/stats',
    '/community-tasks',
  ],
};

/** The element that says a page shows its content, not a spinner. */
function shownBy(path: string, role: PhoneRole): string {
  if (path === '/cases') return role === 'resident' || role === 'courier' ? 'my-reports' : 'case-cards';
  if (path.startsWith('/cases/')) return 'case-facts';
  const shown: Record<string, string> = {
    '/map': 'region-heading',
    '/report': 'report-submit',
    '/inbox': 'notices',
    '/me': 'me-page',
    '/hotline': 'ticket-filters',
    '/whistles': 'whistle-cards',
    '/stats': 'kpi-cards',
    '/tasks': 'tasks-heading',
    '/points': 'points-balance',
    '/login': 'login-submit',
    '/volunteers': 'volunteers-page',
    '/wishes': 'wishes-page',
    '/evaluations': 'my-evaluations',
    '/voting': 'my-household',
    '/households': 'households-heading',
    '/community-tasks': 'community-tasks-heading',
    '/patrols': 'patrol-start',
    '/inspections': 'inspections-page',
    '/registry': 'registry-page',
    '/errands': 'errands-page',
    '/my-building': 'my-building-page',
  };
  const testId = shown[path];
  if (!testId) throw new Error(`no content marker for ${path}`);
  return testId;
}

async function signIn(page: Page, path: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL('**/login');
  await fillLoginForm(page, username);
  await page.waitForURL(`**${path}`);
}

/** Opens a page as a tap on a link does, and waits until it shows its content and nothing is loading. */
async function open(page: Page, path: string, role: PhoneRole): Promise<void> {
  await openInApp(page, baseUrl, path, `[data-testid="${shownBy(path, role)}"]`);
}

/** How wide the page is against how wide the screen is: wider means it scrolls sideways. */
const widths = (page: Page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));

/** A report sent from the phone itself, with the Idempotency-Key every write from a phone carries. */
async function reportFromPage(page: Page, categoryCode: string, fx: number, fy: number): Promise<string> {
  const { latitude: lat, longitude: lng } = await gridSpot(baseUrl, gridCode, fx, fy);
  const body = { categoryCode, description: '小区门口垃圾箱破损，垃圾散落', lat, lng };
  const reply = await page.evaluate(async (sent) => {
    const response = await fetch('/api/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify(sent),
    });
    return { status: response.status, body: (await response.json()) as IntakeResult };
  }, body);
  expect(reply.status).toBe(201);
  return reply.body.case.id;
}

/** The path of each tab in the bar, left to right, and of each section 我的 links to. */
async function reachablePaths(page: Page): Promise<{ tabs: string[]; links: string[] }> {
  const hrefs = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return {
    tabs: await hrefs('[data-testid="tab-bar"] a[data-testid^="tab-"]'),
    links: await hrefs('[data-testid="me-page"] a[data-testid^="me-link-"]'),
  };
}

describe('phones: every page fits a 360 px screen, with a tab bar and a map sheet', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<PhoneRole, Page>;
  const caseOf = {} as Record<PhoneRole, string>;

  const phone = async (username: string, path: string) => {
    const context = await browser.newContext(phoneScreen);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, path, username);
    return page;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const role of Object.keys(tabsOf) as PhoneRole[]) pages[role] = await phone(role, '/me');

    // A resident's broken bin, taken round to 城管; a courier's own report of rubbish.
    const binCase = await reportFromPage(pages.resident, brokenBin, 0.85, 0.85);
    caseOf.courier = await reportFromPage(pages.courier, exposedRubbish, 0.85, 0.2);
    const sessions: Record<string, ApiSession> = {};
    for (const username of ['grid', 'dispatcher', 'shiftlead']) {
      sessions[username] = await signInThroughApi(baseUrl, username);
    }
    for (const [username, action] of [
      ['grid', 'verify'],
      ['dispatcher', 'register'],
      ['shiftlead', 'file'],
      ['dispatcher', 'dispatch'],
    ] as const) {
      const reply = await sessions[username]?.post<CaseDetail>(`/api/cases/${binCase}/actions/${action}`);
      expect(reply?.status, `${username} ${action}`).toBe(200);
    }
    caseOf.resident = binCase;
    caseOf.grid = binCase;
    caseOf.department = binCase;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('the sign-in page fits', async () => {
    const context = await browser.newContext(phoneScreen);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-submit').waitFor();
    const { scroll, client } = await widths(page);
    expect(scroll).toBeLessThanOrEqual(client);
  });

  it.each(Object.keys(tabsOf) as PhoneRole[])(
    '%s: a tab bar of big targets and no header; no page of theirs scrolls sideways',
    async (role) => {
      const page = pages[role];
      await open(page, '/me', role);
      expect(await page.getByTestId('nav-map').count()).toBe(0);
      const { tabs, links } = await reachablePaths(page);
      expect(tabs).toEqual(tabsOf[role].map((key) => `/${key}`));
      for (const key of tabsOf[role]) {
        const box = await page.getByTestId(`tab-${key}`).boundingBox();
        expect(box?.height, `tab ${key}`).toBeGreaterThanOrEqual(48);
      }
      // Nothing the tab bar or 我的 leads to escapes the measurement.
      for (const path of [...tabs, ...links]) {
        expect(pagesOf[role], `${role} reaches ${path}`).toContain(path);
      }

      for (const path of [...pagesOf[role], `/cases/${caseOf[role]}`]) {
        await open(page, path, role);
        const { scroll, client } = await widths(page);
        expect(scroll, `${role} ${path}`).toBeLessThanOrEqual(client);
        // The end of the page can be scrolled clear of the tab bar fixed over it.
        const bar = await page.getByTestId('tab-bar').boundingBox();
        expect(bar && bar.y + bar.height, `${role} ${path}: the bar sits at the bottom`).toBe(740);
      }
    },
  );

  it('the tabs lead to their pages, the current one marked; 消息 counts the unread notices', async () => {
    const page = pages.grid;
    await open(page, '/me', 'grid');
    for (const key of tabsOf.grid) {
      await page.getByTestId(`tab-${key}`).tap();
      await page.waitForURL(`**/${key}`);
      await page.getByTestId(shownBy(`/${key}`, 'grid')).waitFor({ state: 'attached' });
      expect(await page.getByTestId(`tab-${key}`).getAttribute('aria-current')).toBe('page');
      expect(await page.locator('[data-testid="tab-bar"] [aria-current="page"]').count()).toBe(1);
    }

    // 城管 was told of the dispatched bin: the badge on 消息 says how many notices wait unread.
    const department = pages.department;
    await open(department, '/me', 'department');
    const inbox = (await fetchInPage(department, '/api/notifications?limit=1')).body as Inbox;
    expect(inbox.unreadCount).toBeGreaterThan(0);
    await expect
      .poll(() => department.getByTestId('unread-count').locator('.ant-scroll-number').getAttribute('title'))
      .toBe(String(inbox.unreadCount));
  });

  it('a case list is cards that open their case, its filters in a drawer', async () => {
    const page = pages.department;
    await open(page, '/cases', 'department');
    expect(await page.getByTestId('case-table').count()).toBe(0);
    // The whole card is the link to its case.
    const card = page.getByTestId('case-card').and(page.locator(`[href="/cases/${caseOf.department}"]`));
    await card.waitFor();
    await page.getByTestId('filters-open').tap();
    await page.getByTestId('filter-status').waitFor();
    await page.getByTestId('filters-done').tap();
    await page.getByTestId('filter-status').waitFor({ state: 'hidden' });

    await card.tap();
    await page.waitForURL(`**/cases/${caseOf.department}`);
    await page.getByTestId('case-facts').waitFor();
  });

  it('the map fills the screen above the tab bar; the region tree waits in a bottom sheet', async () => {
    const page = await phone('street', '/map');
    await page.getByTestId('region-heading').waitFor();
    const map = await page.getByTestId('grid-map').boundingBox();
    const bar = await page.getByTestId('tab-bar').boundingBox();
    expect(map).toMatchObject({ x: 0, y: 0, width: 360 });
    expect(map && bar && map.y + map.height).toBe(bar?.y);

    // Collapsed: where the map stands, nothing more.
    const sheet = page.getByTestId('map-sheet');
    expect(await sheet.getAttribute('data-expanded')).toBe('false');
    expect(await page.getByTestId('region-heading').textContent()).toContain('永昌街道');
    expect(await page.getByTestId('region-tree').count()).toBe(0);

    // Pulled up: the tree and the street's grids, scrolling inside the sheet while the page stays put.
    await page.getByTestId('map-sheet-toggle').tap();
    expect(await sheet.getAttribute('data-expanded')).toBe('true');
    await page.getByTestId('region-tree').waitFor();
    await page.getByTestId('grid-list').waitFor();
    const scrolls = await page.getByTestId('map-sheet-body').evaluate((body) => ({
      inside: body.scrollHeight > body.clientHeight,
      page: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    }));
    expect(scrolls).toEqual({ inside: true, page: false });

    // A community picked in the tree is shown on the map, and the sheet steps aside.
    await page.locator('[data-testid="region-tree"] .ant-tree-title', { hasText: '义和社区' }).tap();
    await page.waitForURL(/\/map\/\d{12}$/);
    const code = new URL(page.url()).pathname.split('/').at(-1);
    await expect.poll(() => page.getByTestId('region-code').textContent()).toBe(code);
    expect(await sheet.getAttribute('data-expanded')).toBe('false');
    expect(await page.getByTestId('region-tree').count()).toBe(0);
  });
});
