import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pickInTree, pickOption, submitForm } from './harness/antd-forms.js';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { fillLoginForm } from './harness/pages.js';

const baseUrl = inject('baseUrl');

// 义和社区01网格 in 永昌街道 (朝阳区), a grid of the demo city.
const gridName = '义和社区01网格';
const gridCode = '220104004001001';

describe('the admin screens', () => {
  let browser: Browser;
  let page: Page;
  let api: ApiSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    page = await context.newPage();
    await page.goto(`${baseUrl}/admin`);
    await page.waitForURL('**/login');
    await fillLoginForm(page, 'admin');
    // The admin section opens on its first screen.
    await page.waitForURL('**/admin/users');
    api = await signInThroughApi(baseUrl, 'admin');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the admin creates an account, then puts it on a post of a grid', async () => {
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill('e2e.gridleader');
    await page.getByTestId('user-display-name').fill('测试网格长');
    await page.getByTestId('user-password').fill('a-long-password');
    await pickOption(page, 'user-roles', '网格员', '网格员');
    await page.keyboard.press('Escape');
    await pickInTree(page, 'user-region', gridName);
    await submitForm(page, 'user');
    // The list is in username order, a page at a time; other tests' accounts can push this one to a
    // later page, so the admin looks it up as they would.
    await page.getByTestId('user-search').locator('input').fill('e2e.gridleader');
    await page.getByTestId('user-search').locator('input').press('Enter');
    const row = page.locator('[data-testid="user-table"] tr', { hasText: 'e2e.gridleader' });
    await row.waitFor();
    expect(await row.textContent()).toContain(gridName);

    // The account is real: the API lists it, in the grid, as a grid worker.
    const users = await api.get<{
      items: { id: string; username: string; roles: string[]; regionCode: string }[];
    }>('/api/users?q=e2e.gridleader');
    const created = users.body.items.find((u) => u.username === 'e2e.gridleader');
    expect(created).toMatchObject({ roles: ['grid_worker'], regionCode: gridCode });

    await page.getByTestId('admin-nav-posts').click();
    await page.getByTestId('post-no-grid').waitFor();
    await pickInTree(page, 'post-grid', gridName);
    await page.getByTestId('post-assign').click();
    await pickOption(page, 'post-person', '测试网格长', '测试网格长');
    await submitForm(page, 'post');
    const post = page.locator('[data-testid="post-table"] tr', { hasText: '测试网格长' });
    await post.waitFor();
    expect(await post.textContent()).toContain('网格长');

    const posts = await api.get<{ items: { userId: string; kind: string }[] }>(
      `/api/posts?regionCode=${gridCode}`,
    );
    expect(posts.body.items).toContainEqual(
      expect.objectContaining({ userId: created?.id, kind: 'grid_leader' }),
    );
  });

  it('a setting refuses a bad value with the reason, keeps the old one, and takes a good one', async () => {
    await page.getByTestId('admin-nav-settings').click();
    const radius = page.getByTestId('setting-input-duplicateRadiusMeters');
    await radius.fill('5000');
    await page.getByTestId('setting-save-duplicateRadiusMeters').click();
    const refusal = page.getByTestId('setting-error-duplicateRadiusMeters');
    await refusal.waitFor();
    // The server's words name the bound that was crossed.
    expect(await refusal.textContent()).toContain('1000');
    expect(
      (await api.get<{ duplicateRadiusMeters: number }>('/api/settings')).body.duplicateRadiusMeters,
    ).toBe(50);

    await radius.fill('80');
    await page.getByTestId('setting-save-duplicateRadiusMeters').click();
    await page.getByTestId('setting-saved-duplicateRadiusMeters').waitFor();
    expect(await refusal.count()).toBe(0);
    expect(
      (await api.get<{ duplicateRadiusMeters: number }>('/api/settings')).body.duplicateRadiusMeters,
    ).toBe(80);
  });

  it('a region file with an error is previewed with the error, and nothing is written', async () => {
    const community = '220104004095';
    const square = (lng: number, lat: number, size: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [lng, lat],
          [lng + size, lat],
          [lng + size, lat + size],
          [lng, lat + size],
          [lng, lat],
        ],
      ],
    });
    const file = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: community, name: '导入测试社区' },
          geometry: square(128, 46, 0.002),
        },
        // A grid's ring that is not closed: the whole file must be refused.
        {
          type: 'Feature',
          properties: { code: `${community}001`, name: '导入测试社区01网格' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [128, 46],
                [128.001, 46],
                [128.001, 46.001],
              ],
            ],
          },
        },
      ],
    };
    await page.getByTestId('admin-nav-regions').click();
    await page.locator('[data-testid="region-file"] input[type="file"]').setInputFiles({
      name: 'regions.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByTestId('region-preview-invalid').waitFor();
    const problems = page.getByTestId('region-preview-problems');
    expect(await problems.textContent()).toContain(`${community}001`);
    // Nothing can be imported from a file with problems, and the preview wrote nothing.
    expect(await page.getByTestId('region-import-submit').count()).toBe(0);
    expect((await api.get(`/api/regions/${community}`)).status).toBe(404);
    const audit = await api.get<{ items: unknown[] }>(`/api/audit?entity=region&entityId=${community}`);
    expect(audit.body.items).toEqual([]);
  });

  it('an Open311 client is created and its key shown once', async () => {
    await page.getByTestId('admin-nav-open311').click();
    await page.getByTestId('open311-create').click();
    await page.getByTestId('open311-name').fill('区网格化平台');
    await pickInTree(page, 'open311-region', '永昌街道');
    await page.getByTestId('open311-submit').click();
    const shown = page.getByTestId('open311-key');
    await shown.waitFor();
    const key = (await shown.textContent())?.trim() ?? '';
    expect(key.length).toBeGreaterThan(16);

    // On a busy machine the first click can land while the dialog is still zooming in and be lost;
    // a person clicks again, so the test does too, and only asks that the key goes once clicked.
    await expect
      .poll(async () => {
        if ((await shown.count()) > 0)
          await page
            .getByTestId('open311-key-done')
            .click({ timeout: 2_000 })
            .catch(() => {});
        return shown.count();
      })
      .toBe(0);
    const row = page.locator('[data-testid="open311-table"] tr', { hasText: '区网格化平台' });
    await row.waitFor();
    // Once closed, the key is nowhere on the page; the list shows only its first characters.
    expect(await page.locator('body').textContent()).not.toContain(key);
    const clients = await api.get<{ items: { name: string; keyPrefix: string; regionCode: string }[] }>(
      '/api/open311/clients',
    );
    const client = clients.body.items.find((c) => c.name === '区网格化平台');
    expect(client?.regionCode).toBe('220104004000');
    expect(key.startsWith(client?.keyPrefix ?? '-')).toBe(true);
    expect(await row.textContent()).toContain(client?.keyPrefix);
  });
});
