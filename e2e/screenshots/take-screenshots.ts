import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startNeedleProcess } from '../../server/src/test/needle-process.js';
import { launchBrowser } from '../harness/browser.js';
import { fillLoginForm } from '../harness/pages.js';

/**
 * Takes the README's screenshots from a fresh demo city, as a newcomer's first start makes it (the
 * embedded database, seeded with the demo history), so they show what Needle really shows: run with
 * `npm run screenshots` after a build. Every shot is 1440×900, the desk most offices have, in zh-CN,
 * unless it names a viewport of its own (a 390 px phone).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repoRoot, 'docs/screenshots');

interface Shot {
  file: string;
  user: string;
  path: string;
  /** What must be on the page before the picture is taken. */
  ready: string;
  /** Anything to do first, such as entering full screen. */
  prepare?: (page: Page) => Promise<void>;
  viewport?: { width: number; height: number };
}

const phone = { width: 390, height: 844 };

/** From the open proposals to the first of them, whose id no shot can know beforehand. */
const openFirstProposal = async (page: Page) => {
  await page.locator('[data-testid="hotspot-category"], [data-testid="hotspot-card"]').first().click();
  await page.waitForURL(/\/hotspots\/[0-9a-f-]{36}$/);
};

// 主动发现: the street's open proposals and the first of them, at a desk and on a phone.
const proposals = { user: 'street', path: '/hotspots?status=open' };
const proposal = { ...proposals, ready: '[data-testid="proposal-trend"] canvas', prepare: openFirstProposal };
const hotspotShots: Shot[] = [
  { ...proposals, file: 'hotspots.png', ready: 'tbody tr.ant-table-row' },
  { ...proposal, file: 'hotspot-detail.png' },
  { ...proposals, file: 'hotspots-phone.png', ready: '[data-testid="hotspot-card"]', viewport: phone },
  { ...proposal, file: 'hotspot-detail-phone.png', viewport: phone },
];

/**
 * The month the dashboard shows: this one, or in its first days the last one, which the demo history
 * fills (a month two days old has hardly any callbacks to rate yet).
 */
function dashboardMonth(now = new Date()): string {
  const shown = now.getDate() < 10 ? new Date(now.getFullYear(), now.getMonth() - 1, 1) : now;
  return `${shown.getFullYear()}-${String(shown.getMonth() + 1).padStart(2, '0')}`;
}

const shots: Shot[] = [
  { file: 'workbench.png', user: 'street', path: '/workbench', ready: '[data-testid="workbench"]' },
  { file: 'map.png', user: 'street', path: '/map', ready: '.leaflet-container canvas' },
  { file: 'dashboard.png', user: 'leader', path: `/stats?month=${dashboardMonth()}`, ready: 'canvas' },
  { file: 'big-screen.png', user: 'leader', path: '/bigscreen', ready: '[data-testid="bigscreen"] canvas' },
  { file: 'hotline-console.png', user: 'hotline', path: '/hotline', ready: '[data-testid="take-call"]' },
  {
    file: 'cases.png',
    user: 'street',
    path: '/cases',
    ready: '[data-testid="case-table"] tbody tr.ant-table-row',
  },
  { file: 'admin-users.png', user: 'admin', path: '/admin/users', ready: 'tbody tr.ant-table-row' },
  {
    file: 'admin-categories.png',
    user: 'admin',
    path: '/admin/categories',
    ready: '.ant-tree, tbody tr.ant-table-row',
  },
  { file: 'admin-settings.png', user: 'admin', path: '/admin/settings', ready: '.ant-card' },
  {
    file: 'participation.png',
    user: 'street',
    path: '/participation',
    ready: '[data-testid="participation-months"] canvas',
  },
  { file: 'lists.png', user: 'community', path: '/lists?tab=projects', ready: 'tbody tr.ant-table-row' },
  { file: 'deliberations.png', user: 'community', path: '/deliberations', ready: 'tbody tr.ant-table-row' },
  ...hotspotShots,
];

async function settle(page: Page, ready: string): Promise<void> {
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.waitForFunction(
    () => document.querySelector('.ant-spin-spinning, .ant-skeleton-active, [aria-busy="true"]') === null,
    undefined,
    { timeout: 30_000 },
  );
  // Charts animate in and tiles fade: wait for them to come to rest.
  await page.waitForTimeout(1500);
}

async function take(browser: Browser, baseUrl: string, shot: Shot): Promise<void> {
  const viewport = shot.viewport ?? { width: 1440, height: 900 };
  const small = viewport.width < 500;
  const context = await browser.newContext({ viewport, isMobile: small, hasTouch: small, locale: 'zh-CN' });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/login`);
    await fillLoginForm(page, shot.user);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${baseUrl}${shot.path}`);
    await shot.prepare?.(page);
    await settle(page, shot.ready);
    await page.screenshot({ path: path.join(outDir, shot.file) });
    console.log(`  ${shot.file}  (${shot.user} at ${shot.path})`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'needle-screenshots-'));
  const { DATABASE_URL: _database, NEEDLE_DEMO: _demo, ...inherited } = process.env;
  const server = await startNeedleProcess({
    entry: 'server/dist/main.js',
    env: { ...inherited, NEEDLE_DATA_DIR: dataDir },
  });
  const browser = await launchBrowser();
  try {
    console.log(`Screenshots of ${server.baseUrl} into docs/screenshots/:`);
    for (const shot of shots) await take(browser, server.baseUrl, shot);
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
