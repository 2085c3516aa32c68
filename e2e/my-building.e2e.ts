import type { Building, MeResponse } from '@needle/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { DESK, PHONE, peopleOf } from './harness/contexts.js';

const baseUrl = inject('baseUrl');
const gridCode = '220104004001001';
const NEW_PHONE = '13900001234';

describe('楼栋长 keeps the building current from the phone; staff add buildings at the desk', () => {
  let browser: Browser;
  let phone: Page;
  let desk: Page;
  let community: ApiSession;
  let building: Building;
  const people = peopleOf(baseUrl, () => browser);
  const name = `${Date.now() % 100000}号楼`;
  const household = () => phone.getByTestId('household').filter({ hasText: '1单元 502' });

  beforeAll(async () => {
    browser = await launchBrowser();
    community = await signInThroughApi(baseUrl, 'community');
    const made = await community.post<Building>('/api/registry/buildings', {
      regionCode: gridCode,
      name,
      address: `义和路${name}`,
      floors: 6,
      units: ['1单元', '2单元'],
    });
    expect(made.status).toBe(201);
    building = made.body;
    const resident = await signInThroughApi(baseUrl, 'resident');
    const me = (await resident.get<MeResponse>('/api/auth/me')).body.user;
    const admin = await signInThroughApi(baseUrl, 'admin');
    const post = await admin.post('/api/posts', {
      userId: me.id,
      kind: 'building_leader',
      regionCode: gridCode,
      building: name,
    });
    expect(post.status, JSON.stringify(post.body)).toBe(201);
    phone = await people.open(PHONE);
    await people.signIn(phone, '/me', 'resident');
  });

  afterAll(async () => {
    await people.closeAll();
    await browser?.close();
  });

  it('finds 我的楼栋 on 我的 and registers a household with its resident, shown masked', async () => {
    await phone.getByTestId('me-link-my-building').filter({ hasText: name }).click();
    await phone.waitForURL('**/my-building');
    await phone.getByTestId('my-building').filter({ hasText: name }).waitFor();
    await phone.getByTestId('household-new').click();
    await phone.getByTestId('household-room').fill('502');
    await phone.getByTestId('household-floor').fill('5');
    await phone.getByTestId('resident-name').fill('李桂兰');
    await phone.getByTestId('resident-birth-year').fill('1942');
    await phone.getByTestId('resident-phone').fill('139 0000 5678');
    await phone.getByTestId('household-new-submit').click();
    await household().waitFor();
    const text = await household().textContent();
    expect(text).toContain('李**');
    expect(text).toContain('139****5678');
    expect(await phone.content()).not.toContain('13900005678');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('updates the phone without ever showing the old one in full', async () => {
    await household().getByRole('button', { name: '更新信息' }).click();
    expect(await phone.getByTestId('resident-phone').getAttribute('placeholder')).toBe('139****5678');
    await phone.getByTestId('resident-phone').fill(NEW_PHONE);
    await phone.getByTestId('resident-edit-submit').click();
    await expect.poll(() => household().textContent()).toContain('139****1234');
    const detail = await community.get<{ households: { room: string; residents: { phone: string }[] }[] }>(
      `/api/registry/buildings/${building.id}`,
    );
    expect(detail.body.households.find((h) => h.room === '502')?.residents[0]?.phone).toBe('139****1234');
  });

  it('lets community staff add a building from the desk, and shows them the leader’s household', async () => {
    desk = await people.open(DESK);
    await people.signIn(desk, '/registry', 'community');
    await desk.getByRole('tab', { name: '楼栋' }).click();
    const other = `${name}附楼`;
    await desk.getByTestId('building-new').click();
    await desk.getByTestId('building-grid').click();
    await desk.keyboard.type(gridCode);
    await desk.keyboard.press('Enter');
    await desk.getByTestId('building-name').fill(other);
    await desk.getByTestId('building-address').fill(`义和路${other}`);
    await desk.getByTestId('building-new-submit').click();
    await desk.getByRole('button', { name: other }).waitFor();
    // The leader's building shows the household registered from the phone.
    await desk.getByRole('button', { name, exact: true }).click();
    await desk.getByTestId('household').filter({ hasText: '1单元 502' }).waitFor();
  });
});
