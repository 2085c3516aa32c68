import type { InspectionTarget, RectificationOrder } from '@needle/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { DESK, peopleOf } from './harness/contexts.js';
import { gridSpot } from './harness/gridSpot.js';
import { openUntilVisible } from './harness/pages.js';

const baseUrl = inject('baseUrl');
const gridCode = '220104004001001';

describe('an inspection finds a problem, the order is put right and closes; an unfixed one reopens', () => {
  let browser: Browser;
  let page: Page;
  let community: ApiSession;
  let target: InspectionTarget;
  const people = peopleOf(baseUrl, () => browser);
  const name = `巡检商铺 ${Date.now()}`;

  const ordersOf = async () =>
    (await community.get<RectificationOrder[]>(`/api/rectification-orders?targetId=${target.id}`)).body;
  const row = () => page.getByTestId('target-row').filter({ hasText: name });

  /** Inspects the target in the browser with one failed item. */
  async function inspectFailing(item: string, finding: string) {
    await page.getByRole('tab', { name: '检查对象' }).click();
    await row().getByTestId('target-inspect').click();
    const check = page.getByTestId('check-item').filter({ hasText: item });
    await check.getByText('不合格').click();
    await check.getByRole('textbox').fill(finding);
    await page.getByTestId('inspection-submit').click();
    await page.getByTestId('inspection-done').filter({ hasText: '已下发 1 张整改单' }).waitFor();
    await page.getByRole('button', { name: 'OK' }).click();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    community = await signInThroughApi(baseUrl, 'community');
    const at = await gridSpot(baseUrl, gridCode, 0.6, 0.6);
    target = (
      await community.post<InspectionTarget>('/api/inspection-targets', {
        regionCode: gridCode,
        kind: 'shop',
        name,
        lat: at.latitude,
        lng: at.longitude,
      })
    ).body;
    page = await people.open(DESK);
    await people.signIn(page, '/inspections', 'grid');
  });

  afterAll(async () => {
    await people.closeAll();
    await browser?.close();
  });

  it('finds a problem and issues a rectification order with a deadline', async () => {
    await row().waitFor();
    await inspectFailing('无占道经营', '桌椅摆上人行道');
    await expect.poll(async () => (await ordersOf()).length).toBe(1);
    expect((await ordersOf())[0]).toMatchObject({ state: 'open', finding: '桌椅摆上人行道' });
  });

  it('closes the order when the follow-up confirms it put right', async () => {
    await page.getByRole('tab', { name: '整改单' }).click();
    const order = page.getByTestId('order-row').filter({ hasText: '桌椅摆上人行道' });
    await order.getByTestId('order-fixed').click();
    await expect.poll(() => order.getAttribute('data-state')).toBe('closed');
    expect((await ordersOf())[0]).toMatchObject({ state: 'closed' });
  });

  it('reopens an order a second follow-up finds not fixed, and flags the repeat offender', async () => {
    await inspectFailing('消防器材完好、通道畅通', '灭火器过期');
    await page.getByRole('tab', { name: '整改单' }).click();
    const order = page.getByTestId('order-row').filter({ hasText: '灭火器过期' });
    await order.getByTestId('order-not-fixed').click();
    await expect.poll(() => order.getAttribute('data-reopened')).toBe('1');
    expect(await order.getAttribute('data-state')).toBe('open');
    // A surprise follow-up is drawn for it, at a moment only the inspectors see.
    await order.getByTestId('order-surprise').click();
    await order.getByTestId('order-surprise-at').waitFor();
    const drawn = (await ordersOf()).find((o) => o.finding === '灭火器过期')?.surpriseAt;
    expect(new Date(drawn ?? 0).getTime()).toBeGreaterThan(Date.now());
    await page.getByRole('tab', { name: '检查对象' }).click();
    await row().getByText('屡查屡犯').waitFor();
  });

  it('prints the shop’s code as the card for its door: the name and a QR to scan', async () => {
    const printButton = page.getByTestId('shop-code-print');
    await openUntilVisible(row().getByTestId('target-code'), printButton);
    const [card] = await Promise.all([page.waitForEvent('popup'), printButton.click()]);
    await card.locator('h1').waitFor();
    expect(await card.locator('h1').textContent()).toBe(name);
    expect(await card.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await card.close();
    await page.keyboard.press('Escape');
  });
});
