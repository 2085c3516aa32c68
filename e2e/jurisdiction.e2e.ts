import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GridCollection, Me, RegionDetail, RegionTreeNode } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { pointInsideGrid } from './harness/clickPoint.js';
import { fetchInPage, fillLoginForm } from './harness/pages.js';
import { nodesAtLevel } from './harness/regionTree.js';

const baseUrl = inject('baseUrl');

describe('a community staff member of 永昌街道 sees their community and nothing beyond it', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let communityCode: string;
  let gridCodes: string[];
  let foreignGridCode: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();

    await page.goto(`${baseUrl}/map`);
    await page.waitForURL('**/login');
    await fillLoginForm(page, 'community');
    await page.waitForURL('**/map');

    const me = (await fetchInPage(page, '/api/auth/me')).body as { user: Me };
    if (me.user.jurisdiction.kind !== 'region') throw new Error('community staff should hold a region');
    communityCode = me.user.jurisdiction.code;
    const grids = (await fetchInPage(page, `/api/regions/${communityCode}/grids`)).body as GridCollection;
    gridCodes = grids.features.map((grid) => grid.properties.code).sort();

    foreignGridCode = await gridOfAnotherStreet(communityCode);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('draws exactly the grids of their community', async () => {
    expect(communityCode).toMatch(/^\d{12}$/);
    expect(gridCodes.length).toBeGreaterThan(0);
    for (const code of gridCodes) expect(code.startsWith(communityCode)).toBe(true);

    await page.goto(`${baseUrl}/map`);
    await expect.poll(() => page.locator('path.needle-grid').count()).toBe(gridCodes.length);
    const listed = await page
      .getByTestId('grid-list')
      .locator('[data-grid-code]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-grid-code') ?? ''));
    expect(listed.sort()).toEqual(gridCodes);
    await expect.poll(() => page.getByTestId('region-tree').textContent()).toBeTruthy();
  });

  it('names the grid under a click on the map', async () => {
    const [gridCode] = gridCodes;
    if (!gridCode) throw new Error('community has no grids');
    await page.goto(`${baseUrl}/map`);
    await page.locator(`path.needle-grid[data-grid-code="${gridCode}"]`).waitFor();

    const point = await pointInsideGrid(page, gridCode);
    await page.mouse.click(point.x, point.y);

    await expect.poll(() => page.getByTestId('locate-grid-code').textContent()).toBe(gridCode);
    await page.screenshot({ path: join(tmpdir(), 'needle-map.png') });
  });

  it('opens a deep link to one of their own grids', async () => {
    const gridCode = gridCodes.at(-1);
    await page.goto(`${baseUrl}/map/${gridCode}`);
    await page.locator(`path.needle-grid[data-grid-code="${gridCode}"]`).waitFor();
    expect(await page.locator('path.needle-grid').count()).toBe(1);
    expect(await page.getByTestId('region-not-found').count()).toBe(0);
  });

  it('gets "not found" for a grid of another street, on the page and from the API', async () => {
    await page.goto(`${baseUrl}/map/${foreignGridCode}`);
    await page.getByTestId('region-not-found').waitFor();
    expect(await page.locator('path.needle-grid').count()).toBe(0);

    for (const path of [`/api/regions/${foreignGridCode}`, `/api/regions/${foreignGridCode}/grids`]) {
      const reply = await fetchInPage(page, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).toMatchObject({ error: { code: 'REGION_NOT_FOUND' } });
    }
  });
});

/** A grid that certainly exists, taken from the city administrator's tree, in a street other than ours. */
async function gridOfAnotherStreet(communityCode: string): Promise<string> {
  const admin = await signInThroughApi(baseUrl, 'admin');
  const community = await admin.get<RegionDetail>(`/api/regions/${communityCode}`);
  const ourStreet = community.body.ancestors.find((ancestor) => ancestor.level === 'street');
  if (!ourStreet) throw new Error(`community ${communityCode} has no street among its ancestors`);

  const tree = await admin.get<{ root: RegionTreeNode }>('/api/regions/tree');
  const otherStreets = nodesAtLevel(tree.body.root, 'street').filter(
    (street) => street.code !== ourStreet.code,
  );
  const grid = otherStreets.flatMap((street) => nodesAtLevel(street, 'grid'))[0];
  if (!grid) throw new Error('the demo city has no grid outside our street');
  // Codes are 6 county + 3 street + 3 community (+ 3 grid) digits: the street part must differ.
  expect(grid.code.slice(0, 9)).not.toBe(communityCode.slice(0, 9));
  return grid.code;
}
