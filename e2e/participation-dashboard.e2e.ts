import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { PHONE, peopleOf } from './harness/contexts.js';

const baseUrl = inject('baseUrl');
const DAY = 24 * 3600_000;

/**
 * 参与看板: community staff reach it from the 社区参与 menu and see this year's projects, a new one
 * among them; a resident has no such entry; on a phone it does not scroll sideways.
 */
describe('the participation dashboard', () => {
  let browser: Browser;
  let community: ApiSession;
  const { open, signIn, closeAll } = peopleOf(baseUrl, () => browser);
  const projectsShown = async (page: Awaited<ReturnType<typeof open>>) =>
    Number(
      (
        await page
          .getByTestId('participation-stat-projects')
          .locator('.ant-statistic-content-value')
          .textContent()
      )?.replace(/\D/g, ''),
    );

  beforeAll(async () => {
    browser = await launchBrowser();
    // 前进街道's community: no other walk writes projects there, so the count moves by this test's alone.
    community = await signInThroughApi(baseUrl, 'community2');
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
  });

  it('community staff open it from the 社区参与 menu; a new project of the year counts', async () => {
    const page = await open();
    await signIn(page, '/workbench', 'community2');
    // The workbench's live counts re-render the header while other walks write cases: a submenu item
    // caught mid-render is detached, so open the group and click again until the page changes.
    await expect
      .poll(
        async () => {
          // Off the menu first: a pointer already over the group sends no new hover to reopen it.
          await page.mouse.move(700, 600);
          await page.getByTestId('nav-participation-group').hover();
          // Dispatched to the item as it is now, rather than waiting for it to hold still.
          await page
            .getByTestId('nav-participation')
            .dispatchEvent('click', undefined, { timeout: 3_000 })
            .catch(() => undefined);
          return new URL(page.url()).pathname;
        },
        { timeout: 45_000 },
      )
      .toBe('/participation');
    await page.getByTestId('participation-stat-projects').waitFor();
    const before = await projectsShown(page);

    const year = Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
    const need = await community.post<{ need: { id: string } }>('/api/community-needs', {
      source: 'door_to_door',
      description: '7号楼楼道照明不足',
      households: 6,
      householdNote: '7号楼',
    });
    expect(need.status, JSON.stringify(need.body)).toBe(201);
    const project = await community.post('/api/community-projects', {
      needIds: [need.body.need.id],
      year,
      title: '7号楼楼道灯改造',
      budgetYuan: 3000,
      dueDate: new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10),
      claimDeadline: new Date(Date.now() + 10 * DAY).toISOString(),
    });
    expect(project.status, JSON.stringify(project.body)).toBe(201);

    await page.reload();
    await expect.poll(() => projectsShown(page)).toBe(before + 1);
    await page.getByTestId('participation-months').locator('canvas').waitFor();
  });

  it('fits a phone and is not on a resident’s menu', async () => {
    const phone = await open(PHONE);
    await signIn(phone, '/participation', 'street');
    await phone.getByTestId('participation-rows').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    const resident = await open();
    await signIn(resident, '/me', 'resident');
    // Opened until the submenu shows.
    await expect
      .poll(
        async () => {
          // By the keyboard, as keyboard.e2e opens it: a hover is lost when the header re-renders under it.
          if (!(await resident.getByTestId('nav-volunteers').isVisible())) {
            await resident.getByTestId('nav-participation-group').focus();
            await resident.keyboard.press('Enter');
          }
          return resident.getByTestId('nav-volunteers').isVisible();
        },
        { timeout: 45_000, interval: 1_000 },
      )
      .toBe(true);
    expect(await resident.getByTestId('nav-participation').count()).toBe(0);
  });
});
