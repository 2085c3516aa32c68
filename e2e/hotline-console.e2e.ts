import type { AddressSearchResult } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './harness/browser.js';
import { fillLoginForm } from './harness/pages.js';

const baseUrl = inject('baseUrl');

const callerPhone = '139 0431 7788';
const missingManholeCover = 'E0550';

/** The data-testid of the focused element, or of the nearest element around it that has one. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);

/** The value of the focused input: for a radio group, the tier the arrow keys landed on. */
const focusedValue = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);

/** Presses Tab until the field is focused: the operator's way round the form, never the mouse. */
async function tabTo(page: Page, testId: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    if ((await focusedTestId(page)) === testId) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${testId}`);
}

/** The same API call the console makes, from inside the signed-in page. */
async function apiInPage<T>(
  page: Page,
  path: string,
  init?: { method: string; body: unknown; key?: string },
) {
  return page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(path, {
        method: init?.method ?? 'GET',
        headers: init
          ? { 'content-type': 'application/json', ...(init.key ? { 'idempotency-key': init.key } : {}) }
          : {},
        body: init ? JSON.stringify(init.body) : undefined,
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { path, init },
  ) as Promise<{ status: number; body: T }>;
}

const takenCount = (page: Page) => apiInPage<{ total: number }>(page, '/api/hotline/tickets?pageSize=1');

/** Types the caller and the call's kind, keyboard only, from the number (where the focus starts). */
async function typeCaller(page: Page, name: string): Promise<void> {
  await expect.poll(() => focusedTestId(page)).toBe('call-caller-phone');
  await page.keyboard.type(callerPhone);
  await tabTo(page, 'call-caller-name');
  await page.keyboard.type(name);
  // Into the request types: Space takes the first (咨询), → moves to 求助 then 投诉.
  await tabTo(page, 'call-request-type');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
}

/** Searches the gazetteer from the address field and takes the first match with Enter. */
async function pickAddress(page: Page, typed: string): Promise<void> {
  await tabTo(page, 'call-address');
  await page.keyboard.type(typed);
  const first = page.getByTestId('call-address-option').first();
  await expect.poll(() => first.getAttribute('data-text')).toBe(typed);
  await page.keyboard.press('Enter');
}

async function typeCategoryAndDescription(page: Page, description: string): Promise<void> {
  await tabTo(page, 'call-category');
  await page.keyboard.type('井盖缺失');
  await page.locator('.ant-cascader-menu-item', { hasText: '井盖缺失' }).first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('call-category').textContent()).toContain('井盖缺失');
  await tabTo(page, 'call-description');
  await page.keyboard.type(description);
}

describe('the hotline console: a call in progress, keyboard only', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let earlierCode = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto(`${baseUrl}/hotline`);
    await page.waitForURL('**/login');
    await fillLoginForm(page, 'hotline');
    await page.waitForURL('**/hotline');
    // The caller rang before: one ticket from the same number, written differently.
    const found = await apiInPage<AddressSearchResult>(page, '/api/addresses/search?q=义和路80号');
    const at = found.body.items[0];
    if (!at) throw new Error('the demo gazetteer has no 义和路80号');
    const earlier = await apiInPage<{ ticket: { caseCode: string } }>(page, '/api/hotline/tickets', {
      method: 'POST',
      key: 'hotline-console-earlier-call',
      body: {
        callerName: '赵先生',
        callerPhone: '+86 139-0431-7788',
        requestType: 'complaint',
        urgency: 'general',
        categoryCode: missingManholeCover,
        lat: at.lat,
        lng: at.lng,
        description: '上周反映义和路80号井盖松动',
      },
    });
    expect(earlier.status, JSON.stringify(earlier.body)).toBe(201);
    earlierCode = earlier.body.ticket.caseCode;
  });

  // Each call starts on a fresh form, whatever the call before it left behind.
  beforeEach(async () => {
    await page.reload();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('takes a call from the number to "save and next" without the mouse', async () => {
    const before = (await takenCount(page)).body.total;
    await typeCaller(page, '赵先生');
    // The caller's earlier ticket is on screen from the number alone, before the call is described.
    const history = page.getByTestId('caller-history');
    await expect.poll(() => history.getAttribute('data-count')).toBe('1');
    expect(await history.textContent()).toContain(earlierCode);

    // The urgency sets the due date on screen: 2 hours for life and property.
    await tabTo(page, 'call-urgency');
    expect(await focusedValue(page)).toBe('general');
    const due = page.getByTestId('call-due-at');
    // One tier per key, as the operator sees each land: two presses sent at once on a loaded
    // machine once left the choice on 水电气热 (24 h), with the second key lost to the re-render.
    for (const tier of ['utilities', 'life_property']) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => focusedValue(page)).toBe(tier);
    }
    await expect
      .poll(async () => {
        const lifeDue = Date.parse((await due.getAttribute('data-due-at')) ?? '');
        return Math.abs(lifeDue - Date.now() - 2 * 3600_000) < 5 * 60_000;
      })
      .toBe(true);

    await pickAddress(page, '义和路88号');
    // The pin drops on the place, named by its community.
    const pin = page.getByTestId('call-pin');
    await expect.poll(() => pin.getAttribute('data-community-code')).toMatch(/^220104004\d{3}$/);
    await page.getByTestId('report-pin').waitFor();
    expect(await page.getByTestId('call-address').inputValue()).toBe('义和路88号');
    expect(await page.getByTestId('community-mismatch').count()).toBe(0);

    await typeCategoryAndDescription(page, '来电人反映义和路88号门前井盖又松动了');
    await page.keyboard.press('Control+Enter');
    const taken = page.getByTestId('call-taken');
    await taken.waitFor();
    expect((await takenCount(page)).body.total).toBe(before + 1);
    const detail = await apiInPage<{
      case: { address: string | null; lat: number };
      relatedTickets?: unknown;
    }>(page, `/api/hotline/tickets/${await taken.getAttribute('data-case-id')}`);
    expect(detail.body.case.address).toBe('义和路88号');
    // Cleared for the next call, with the focus back on the number.
    expect(await page.getByTestId('call-caller-phone').inputValue()).toBe('');
    expect(await page.getByTestId('call-address').inputValue()).toBe('');
    await expect.poll(() => focusedTestId(page)).toBe('call-caller-phone');
  });

  it('warns when the typed address names another community than the pin, and saves only once confirmed', async () => {
    const before = (await takenCount(page)).body.total;
    await typeCaller(page, '钱女士');
    await pickAddress(page, '义和路88号');
    const pin = page.getByTestId('call-pin');
    await expect.poll(() => pin.getAttribute('data-community-code')).toMatch(/^220104004\d{3}$/);
    // The caller corrects the place: it is on the 杏花村社区 side. The pin stays where it was.
    await page.keyboard.type(' 杏花村社区');
    await page.keyboard.press('Escape');
    const warning = page.getByTestId('community-mismatch');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('杏花村社区');

    await typeCategoryAndDescription(page, '来电人说是杏花村社区一侧的井盖');
    await page.keyboard.press('Control+Enter');
    // Not saved: the warning asks for a confirmation first.
    await page.locator('.ant-form-item-explain-error', { hasText: '请先核实' }).waitFor();
    expect((await takenCount(page)).body.total).toBe(before);

    // The confirmation sits under the address, above where the operator is.
    await tabTo(page, 'community-mismatch-ack', 'Shift+Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await takenCount(page)).body.total).toBe(before + 1);
    await expect.poll(() => page.getByTestId('call-caller-phone').inputValue()).toBe('');
  });

  it('shows every column of the ticket table whole at 1440 px', async () => {
    const table = page.getByTestId('ticket-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const fit = await table.evaluate((root) => {
      const overflowing = Array.from(root.querySelectorAll<HTMLElement>('th, td'))
        .filter((cell) => cell.offsetParent !== null && cell.scrollWidth > cell.clientWidth + 1)
        .map((cell) => cell.textContent?.slice(0, 40) ?? '');
      const scrollers = Array.from(
        root.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body, table'),
      )
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.className);
      const tableBox = root.getBoundingClientRect();
      const headers = Array.from(root.querySelectorAll<HTMLElement>('thead th')).map((th) => {
        const box = th.getBoundingClientRect();
        return { text: th.textContent ?? '', inside: box.right <= tableBox.right + 1 && box.width > 0 };
      });
      return {
        overflowing,
        scrollers,
        headers,
        pageScrolls: document.documentElement.scrollWidth > innerWidth,
      };
    });
    expect(fit.overflowing).toEqual([]);
    expect(fit.scrollers).toEqual([]);
    expect(fit.pageScrolls).toBe(false);
    expect(fit.headers.length).toBeGreaterThanOrEqual(9);
    expect(fit.headers.filter((h) => !h.inside)).toEqual([]);
  });
});
