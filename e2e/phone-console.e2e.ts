import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reportThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { fillLoginForm, openInApp } from './harness/pages.js';

const baseUrl = inject('baseUrl');

// 杏花村社区01网格, as in keyboard.e2e.ts (no other file reports there), at another corner of it.
const gridCode = '220104004005001';

/** A common phone today: the console's pages must fit it too, in both languages. */
const phoneScreen = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const languages = ['zh-CN', 'en'] as const;

/** The element that says the page shows its content, not a spinner. */
const shownBy: Record<string, string> = {
  '/workbench': 'workbench-queues',
  '/workbench?queue=to_file': 'workbench-queue-cases',
  '/workbench?view=done': 'workbench-done-table',
  '/stats': 'kpi-cards',
  '/map': 'region-heading',
};

/** The participation pages a street office keeps, each with what shows it has loaded. */
const participationShownBy: Record<string, string> = {
  '/lists': 'lists-heading',
  '/deliberations': 'deliberations-heading',
  '/evaluations': 'evaluations-heading',
  '/volunteers': 'volunteers-page',
  '/wishes': 'wishes-page',
  '/community-tasks': 'community-tasks-heading',
};

const adminPages = [
  'users',
  'posts',
  'departments',
  'categories',
  'calendar',
  'settings',
  'regions',
  'open311',
  'audit',
];

async function phoneOf(browser: Browser, language: string, username: string): Promise<BrowserContext> {
  const context = await browser.newContext(phoneScreen);
  // The language a user picked is kept in the browser, as the language switch keeps it.
  await context.addInitScript((picked) => localStorage.setItem('needle.language', picked), language);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await fillLoginForm(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return context;
}

/** Opens a page as a tap on a link does, and waits until it shows its content and nothing is loading. */
async function open(page: Page, path: string, testId: string): Promise<void> {
  await openInApp(page, baseUrl, path, `[data-testid="${testId}"]`);
}

/** An admin screen: the menu marks it chosen in the same render that draws the screen. */
async function openAdmin(page: Page, screen: string): Promise<void> {
  await openInApp(
    page,
    baseUrl,
    `/admin/${screen}`,
    `[data-testid="admin-menu"] .ant-menu-item-selected [data-testid="admin-nav-${screen}"]`,
  );
}

/** How far the page reaches past the screen's right edge: a page that scrolls sideways is cut off. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the console on a 390 px phone, in Chinese and in English', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let caseId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ id: caseId } = await reportThroughApi(
      baseUrl,
      { gridCode, fx: 0.8, fy: 0.2 },
      '手机控制台：杏花村小区门口井盖缺失',
    ));
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('a street office signs in on a phone to its workbench, the first of its tabs', async () => {
    const context = await phoneOf(browser, 'zh-CN', 'street');
    contexts.push(context);
    const [page] = context.pages();
    if (!page) throw new Error('no page');
    await page.waitForURL('**/workbench');
    await page.getByTestId('workbench-queues').waitFor();
    const tabs = await page
      .locator('[data-testid="tab-bar"] a[data-testid^="tab-"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(tabs).toEqual(['/workbench', '/cases', '/map', '/inbox', '/me']);
    expect(await page.getByTestId('tab-workbench').getAttribute('aria-current')).toBe('page');
    // The queues are a line each: the nine of them and the chosen queue's cases fit a phone's screen
    // or two, not four.
    const queues = await page.getByTestId('workbench-queues').boundingBox();
    expect(queues?.height).toBeLessThan(500);
  });

  it.each(languages)(
    '%s: the workbench, a case, the dashboards and the map fit the screen',
    async (language) => {
      const context = await phoneOf(browser, language, 'street');
      contexts.push(context);
      const [page] = context.pages();
      if (!page) throw new Error('no page');
      for (const [path, testId] of [
        ...Object.entries(shownBy),
        [`/cases/${caseId}`, 'case-facts'] as const,
      ]) {
        await open(page, path, testId);
        expect(await overflow(page), `${language} ${path}`).toBeLessThanOrEqual(0);
      }
    },
    // Six pages on a fresh phone context, each waited for until it has loaded, on a busy machine.
    150_000,
  );

  it.each(languages)(
    '%s: the participation pages fit the screen',
    async (language) => {
      const context = await phoneOf(browser, language, 'street');
      contexts.push(context);
      const [page] = context.pages();
      if (!page) throw new Error('no page');
      for (const [path, testId] of Object.entries(participationShownBy)) {
        await open(page, path, testId);
        expect(await overflow(page), `${language} ${path}`).toBeLessThanOrEqual(0);
      }
    },
    150_000,
  );

  it.each(languages)(
    '%s: every admin screen fits the screen',
    async (language) => {
      const context = await phoneOf(browser, language, 'admin');
      contexts.push(context);
      const [page] = context.pages();
      if (!page) throw new Error('no page');
      for (const screen of adminPages) {
        await openAdmin(page, screen);
        expect(await overflow(page), `${language} /admin/${screen}`).toBeLessThanOrEqual(0);
      }
      // The calendar's day marks stay inside their day at this width, in English too.
      await openAdmin(page, 'calendar');
      const cut = await page.locator('[data-testid^="calendar-day-"] .ant-tag').evaluateAll((tags) =>
        tags.filter((tag) => {
          const cell = (tag.closest('.ant-picker-cell-inner') ?? tag.closest('td'))?.getBoundingClientRect();
          const box = tag.getBoundingClientRect();
          return cell !== undefined && (box.right > cell.right + 0.5 || tag.scrollWidth > tag.clientWidth);
        }),
      );
      expect(cut.length, `${language}: day marks cut off`).toBe(0);
    },
    150_000,
  );
});
