import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { DESK, PHONE, peopleOf } from './harness/contexts.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');
const gridCode = '220104004001001';
const ID = '220104194105061228';
const PHONE_NUMBER = '13912345678';

describe('the registry keeps personal data masked, shows it in full only for a recorded reason', () => {
  let browser: Browser;
  let desk: Page;
  let community: ApiSession;
  const people = peopleOf(baseUrl, () => browser);
  const building = `${Date.now() % 100000}号楼`;

  beforeAll(async () => {
    browser = await launchBrowser();
    community = await signInThroughApi(baseUrl, 'community');
    const made = await community.post<{ id: string; units: { id: string }[] }>('/api/registry/buildings', {
      regionCode: gridCode,
      name: building,
      address: `义和路${building}`,
      floors: 6,
      units: ['1单元'],
    });
    expect(made.status).toBe(201);
    const household = await community.post('/api/registry/households', {
      buildingId: made.body.id,
      unitId: made.body.units[0]?.id,
      room: '301',
      floor: 3,
      residents: [
        { name: '王秀兰', birthYear: 1941, idNumber: ID, phone: PHONE_NUMBER, careTags: ['living_alone'] },
      ],
    });
    expect(household.status).toBe(201);
    desk = await people.open(DESK);
    await people.signIn(desk, '/registry', 'community');
  });

  afterAll(async () => {
    await people.closeAll();
    await browser?.close();
  });

  it('finds the resident by ID number and shows them masked, nowhere in full', async () => {
    await desk.getByRole('tab', { name: '居民查询' }).click();
    await desk.getByTestId('resident-search').locator('input').fill(ID);
    await desk.keyboard.press('Enter');
    const row = desk.getByTestId('resident-row').filter({ hasText: '王**' });
    await row.waitFor();
    expect(await row.textContent()).toContain('220104***********8');
    expect(await row.textContent()).toContain('139****5678');
    // The number typed into the search box is the user's own; the answer shown carries no full value.
    const shown = await desk.locator('.ant-table').innerHTML();
    expect(shown).not.toContain(ID);
    expect(shown).not.toContain(ID.slice(6, 14));
    expect(await desk.content()).not.toContain(PHONE_NUMBER);
  });

  it('shows the full data only after a reason, and the look is recorded', async () => {
    await desk.getByTestId('resident-row').filter({ hasText: '王**' }).getByTestId('reveal').click();
    await desk.getByRole('textbox', { name: '事由' }).fill('低保复核，核对身份证号');
    await desk.getByTestId('reveal-submit').click();
    await expect.poll(() => desk.getByTestId('revealed').textContent()).toContain(ID);
    await desk.keyboard.press('Escape');
    await desk.getByRole('tab', { name: '查询记录' }).click();
    await desk.getByRole('cell', { name: '低保复核，核对身份证号' }).first().waitFor();
  });

  it('puts the resident on the grid worker’s care round on the phone, and records a visit', async () => {
    const phone = await people.open(PHONE);
    await people.signIn(phone, '/registry', 'grid');
    const row = phone.getByTestId('care-row').filter({ hasText: building });
    await row.waitFor();
    await row.getByTestId('care-visit').click();
    const photos = phone.getByTestId('visit-photos');
    await photos
      .locator('input[type=file]')
      .setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: solidPng(48, 48, [60, 120, 180]) });
    await photos.locator('img[src*="/thumbnail"]').waitFor();
    await phone.getByTestId('visit-note').fill('老人身体尚好，已检查燃气阀门');
    await phone.getByTestId('visit-submit').click();
    await expect
      .poll(
        async () =>
          (
            await community.get<{ items: { building: string; lastVisitAt: string | null }[] }>(
              '/api/care/due',
            )
          ).body.items.find((i) => i.building === building)?.lastVisitAt,
      )
      .not.toBeNull();
    expect(await phone.content()).not.toContain(ID);
  });

  it('shows the visit with its photo to community staff, who set their community’s interval for the care group', async () => {
    await desk.getByRole('tab', { name: '关爱走访' }).click();
    const row = desk.getByTestId('care-row').filter({ hasText: building });
    await row.getByTestId('care-visit').click();
    const history = desk.getByTestId('visit-history');
    await history.getByText('已检查燃气阀门').waitFor();
    await history.getByTestId('visit-photo').first().waitFor();
    await desk.keyboard.press('Escape');
    expect(await row.getAttribute('data-overdue')).toBe('false');
    // Seven days for 独居老人 in the city; the visit was today, so only a one-day rule can make it due.
    await desk.getByRole('tab', { name: '走访周期' }).click();
    const schedule = desk.getByTestId('schedule-row').and(desk.locator('[data-tag="living_alone"]'));
    await schedule.getByTestId('schedule-days').fill('1');
    await schedule.getByTestId('schedule-save').click();
    await expect
      .poll(
        async () =>
          (
            await community.get<{ items: { building: string; everyDays: number }[] }>('/api/care/due')
          ).body.items.find((i) => i.building === building)?.everyDays,
      )
      .toBe(1);
  });

  it('puts the overdue visits on the community’s workbench, as the care round counts them', async () => {
    const counts = (await community.get<{ overdue: number; underCare: number }[]>('/api/care/overdue-counts'))
      .body;
    const overdue = counts.reduce((n, c) => n + c.overdue, 0);
    expect(counts.reduce((n, c) => n + c.underCare, 0)).toBeGreaterThan(0);
    await desk.goto(`${baseUrl}/workbench`);
    const card = desk.getByTestId('care-overdue-card');
    await card.waitFor();
    expect(await card.getAttribute('data-overdue')).toBe(String(overdue));
    await card.click();
    await desk.waitForURL('**/registry');
  });
});
