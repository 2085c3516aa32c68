import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { DESK, PHONE, peopleOf } from './harness/contexts.js';

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
    await row.getByRole('button').click();
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
});
