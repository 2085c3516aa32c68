import type { CaseDetail } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reportThroughApi, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';

const baseUrl = inject('baseUrl');

// 杏花村社区01网格 in 永昌街道: no other e2e file reports there, so the 井盖缺失 reported here asks no
// other file "me too", and no other file's counts move with it.
const gridCode = '220104004005001';

/** What the keyboard is on: enough to say whether a keyboard user can see it and hear what it is. */
interface Focused {
  /** The data-testid of the element or of the nearest element around it that has one. */
  testId: string | null;
  /** Its role and accessible name as the accessibility tree has them, e.g. `link "查看待立案"`. */
  role: string;
  name: string;
  /** On screen: its own box, or its label's for a radio or checkbox drawn by its label. */
  visible: boolean;
  describe: string;
}

async function focusedNow(page: Page): Promise<Focused | null> {
  const box = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    // antd draws radios and checkboxes by their label or wrapper; the input itself is invisible.
    const drawnByLabel =
      element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');
    const drawn = drawnByLabel ? (element.closest('label') ?? element.parentElement ?? element) : element;
    const rect = drawn.getBoundingClientRect();
    const style = getComputedStyle(drawn);
    return {
      testId: element.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
      visible:
        rect.width > 0 &&
        rect.height > 0 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < innerHeight &&
        rect.left < innerWidth &&
        style.visibility !== 'hidden' &&
        style.opacity !== '0',
      describe: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${String(element.className).slice(0, 80)}`,
    };
  });
  if (!box) return null;
  // The first line of the focused element's ARIA snapshot: "- role "name"" (or "- role" with no name).
  const snapshot = await page.locator('*:focus').first().ariaSnapshot({ timeout: 2_000 });
  const first = snapshot.split('\n')[0] ?? '';
  const [, role = '', name = ''] = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(first) ?? [];
  return { ...box, role, name: name.trim() };
}

/**
 * Presses the key until the focused element is the one wanted, checking every element the focus passes
 * on the way: each is on screen and has an accessible name.
 */
async function tabTo(
  page: Page,
  wanted: (focused: Focused) => boolean,
  what: string,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  presses = 60,
): Promise<Focused> {
  for (let pressed = 0; pressed < presses; pressed++) {
    await page.keyboard.press(key);
    const focused = await focusedNow(page);
    if (!focused) continue;
    const where = `${what}, press ${pressed + 1}: ${focused.role} ${focused.describe} [${focused.testId}]`;
    expect(focused.visible, `${where} is not on screen`).toBe(true);
    expect(focused.name, `${where} has no accessible name`).not.toBe('');
    if (wanted(focused)) return focused;
  }
  throw new Error(`${key} never reached ${what}`);
}

const byTestId = (testId: string) => (focused: Focused) => focused.testId === testId;

/** Signs in with the keyboard alone: the login page puts the focus in the username. */
async function signInByKeyboard(page: Page, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-submit').waitFor();
  await expect.poll(async () => (await focusedNow(page))?.testId).toBe('login-username');
  await page.keyboard.type(username);
  await tabTo(page, byTestId('login-password'), 'the password');
  await page.keyboard.type('Needle@2026');
  await page.keyboard.press('Enter');
}

describe('the console, keyboard only: every focused element is on screen and named', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let reported: { id: string; code: string };

  const desk = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    // A report the hotline registers: it waits in the street's 待立案, which the dispatcher's counts
    // (another file's) never include.
    reported = await reportThroughApi(baseUrl, { gridCode, fx: 0.3, fy: 0.7 }, '键盘：杏花村路口井盖缺失');
    const hotline = await signInThroughApi(baseUrl, 'hotline');
    const reply = await hotline.post<CaseDetail>(`/api/cases/${reported.id}/actions/register`);
    expect(reply.status).toBe(200);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('the street signs in, opens 待立案 and a case from it, and a dialog Escape closes', async () => {
    const page = await desk();
    await signInByKeyboard(page, 'street');
    await page.waitForURL('**/workbench');
    await page.getByTestId('workbench-queue-to_file').waitFor();

    await tabTo(page, byTestId('workbench-queue-to_file'), '待立案');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/workbench?queue=to_file');
    const link = page.getByTestId('case-link').and(page.locator(`[href="/cases/${reported.id}"]`));
    await link.waitFor();

    await tabTo(page, (f) => f.testId === 'case-link' && f.name === reported.code, 'the case');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/cases/${reported.id}`);
    await page.getByTestId('case-facts').waitFor();

    // 督办 asks for a note in a dialog: the focus goes into it, and Escape brings it back to the button.
    await tabTo(page, byTestId('action-supervise'), '督办');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null))
      .toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await focusedNow(page))?.testId).toBe('action-supervise');
    // Nothing was sent: the case still waits to be filed.
    await page.getByTestId('action-file').waitFor();

    // Back up the page to the main menu, to the map and to the command centre.
    await tabTo(page, byTestId('nav-map'), "the menu's 地图", 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/map');
    await page.getByTestId('region-heading').waitFor();
    // Into the map page: the region tree and the grids are reached and named.
    await tabTo(page, byTestId('grid-list'), 'a grid of the list');

    await tabTo(page, byTestId('nav-stats'), "the menu's 指挥中心", 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/stats');
    await page.getByTestId('kpi-cards').waitFor();
    await tabTo(
      page,
      (f) => f.testId?.startsWith('ranking-search-') ?? false,
      "the rankings' search",
      'Tab',
      80,
    );

    // The case list's filters, the report dates' range among them, are passed through to its search.
    await tabTo(page, byTestId('nav-cases'), "the menu's 案件", 'Shift+Tab', 80);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cases');
    await page.getByTestId('case-table').waitFor();
    await tabTo(page, (f) => f.testId === 'filter-search' && f.role === 'searchbox', 'the search');
  }, 150_000);

  it('the admin reaches an admin screen and its filters from the menu', async () => {
    const page = await desk();
    await signInByKeyboard(page, 'admin');
    await page.waitForURL('**/workbench');
    await page.getByTestId('workbench').waitFor();
    await tabTo(page, byTestId('nav-admin'), "the menu's 管理");
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin/users');
    await page.getByTestId('user-edit-admin').waitFor();
    // Through the users' search and filters to the first row's edit button.
    await tabTo(page, byTestId('user-edit-admin'), "the first user's edit button");

    await tabTo(page, byTestId('admin-nav-calendar'), "the admin menu's 工作日历", 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin/calendar');
    await page.locator('[data-testid^="calendar-day-"]').first().waitFor();
    // The month shown is picked by named fields: the year, then the month.
    await tabTo(page, byTestId('calendar-month'), "the calendar's month");
  }, 150_000);

  it('community staff open 社区参与 from the menu and reach 四步议事', async () => {
    const page = await desk();
    await signInByKeyboard(page, 'community');
    await page.waitForURL('**/workbench');
    await page.getByTestId('workbench').waitFor();
    await tabTo(page, byTestId('nav-participation-group'), "the menu's 社区参与");
    await page.keyboard.press('Enter');
    // The submenu slides open; its items are judged once it has, with no transition still running
    // in it and every item drawn (a loaded CI machine once tabbed onto one still clipped by the
    // animation, and once onto one still fading in).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const submenu = document.querySelector('[data-testid="nav-deliberations"]')?.closest('ul');
          if (!submenu || /motion|hidden/.test(submenu.className)) return false;
          if (submenu.getAnimations({ subtree: true }).length > 0) return false;
          return Array.from(submenu.querySelectorAll('li')).every((item) => {
            const rect = item.getBoundingClientRect();
            return rect.height > 0 && getComputedStyle(item).opacity !== '0';
          });
        }),
      )
      .toBe(true);
    // Forty presses, not twenty: once in CI twenty did not reach it (it passes here); the cause is not known.
    await tabTo(page, byTestId('nav-deliberations'), "社区参与's 四步议事", 'Tab', 40);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/deliberations');
    await page.getByTestId('deliberations-heading').waitFor();
  }, 150_000);
});
