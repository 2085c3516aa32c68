import type { CasePage, InspectionTarget } from '@needle/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { DESK, PHONE, peopleOf } from './harness/contexts.js';
import { gridSpot } from './harness/gridSpot.js';
import { actUntilVisible, fillLoginForm, reportAnywayIfAsked } from './harness/pages.js';

const baseUrl = inject('baseUrl');
const gridCode = '220104004001001';

describe('一户一码: a resident scans a shop’s code and reports; the case carries the shop', () => {
  let browser: Browser;
  let phone: Page;
  let admin: ApiSession;
  let url: string;
  const people = peopleOf(baseUrl, () => browser);
  const name = `扫码小店 ${Date.now()}`;
  const description = `店门口垃圾堆放（扫码反映 ${Date.now()}）`;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signInThroughApi(baseUrl, 'admin');
    const community = await signInThroughApi(baseUrl, 'community');
    const at = await gridSpot(baseUrl, gridCode, 0.3, 0.6);
    const shop = (
      await community.post<InspectionTarget>('/api/inspection-targets', {
        regionCode: gridCode,
        kind: 'shop',
        name,
        address: '义和路66号',
        lat: at.latitude,
        lng: at.longitude,
      })
    ).body;
    url = (await community.get<{ url: string }>(`/api/inspection-targets/${shop.id}/code`)).body.url;
    phone = await people.open(PHONE);
  });

  afterAll(async () => {
    await people.closeAll();
    await browser?.close();
  });

  it('opens the shop’s page from its code, without signing in', async () => {
    // Once, in a full CI run, this fresh phone's first load never finished (the next test on another
    // fresh phone loaded at once), and the test waited out its minute. It could not be reproduced: the
    // page is opened without waiting for every resource, and scanned again if it shows nothing.
    const shown = phone.getByTestId('shop-name');
    await actUntilVisible(
      async () => {
        await phone.goto(`${baseUrl}${url}`, { waitUntil: 'commit', timeout: 20_000 });
        await shown.waitFor({ timeout: 20_000 });
      },
      shown,
      50_000,
    );
    expect(await shown.textContent()).toBe(name);
    await phone.getByText('包卫生').waitFor();
  });

  it('refuses a forged code', async () => {
    const forged = await people.open(PHONE);
    await forged.goto(`${baseUrl}${url.slice(0, -4)}AAAA`);
    await forged.getByTestId('shop-invalid').waitFor();
  });

  it('reports a problem at the shop, and the case is placed there and names it', async () => {
    await phone.getByTestId('shop-report').click();
    await phone.waitForURL('**/login');
    await fillLoginForm(phone, 'resident');
    await phone.waitForURL('**/report?shop=*');
    await phone.getByTestId('report-point').waitFor();
    await phone.getByTestId('report-category').click();
    await phone.keyboard.type('暴露垃圾');
    await phone.locator('.ant-cascader-menu-item', { hasText: '暴露垃圾' }).first().click();
    await phone.getByTestId('report-description').fill(description);
    await phone.getByTestId('report-submit').click();
    await reportAnywayIfAsked(phone);
    const found = async () =>
      (await admin.get<CasePage>(`/api/cases?q=${encodeURIComponent(description)}&page=1&pageSize=5`)).body;
    await expect.poll(async () => (await found()).total, { timeout: 20_000 }).toBe(1);
    const [made] = (await found()).items;
    expect(made?.gridCode).toBe(gridCode);
    const { body } = await admin.get<{ case: { address: string | null } }>(`/api/cases/${made?.id}`);
    expect(body.case.address).toContain(name);
    // The case page names the shop: to the resident as text, to staff as a way to its inspections.
    await phone.goto(`${baseUrl}/cases/${made?.id}`);
    expect(await phone.getByTestId('case-shop').textContent()).toContain(name);
    const desk = await people.open(DESK);
    await people.signIn(desk, `/cases/${made?.id}`, 'community');
    await desk.getByTestId('case-shop').getByRole('link', { name }).click();
    await desk.waitForURL('**/inspections?target=*');
  });
});
