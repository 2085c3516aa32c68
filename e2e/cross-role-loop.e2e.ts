import type { AddressSearchResult } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { gridSpot } from './harness/gridSpot.js';
import { fillLoginForm } from './harness/pages.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');

// 义和社区01网格, the demo grid worker's grid; 井盖缺失 is 城管's (the `department` account).
const gridCode = '220104004001001';
const callerPhone = '137 0431 2468';
const desk = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

/** The street's 12345 figures as its dashboard shows them: 响应 c / n, 解决 r / n, 满意 s, and the rates. */
interface HotlineFigures {
  contacted: number;
  resolved: number;
  valid: number;
  satisfied: number;
  rates: Record<'responseRate' | 'resolutionRate' | 'satisfactionRate', string>;
}

async function figuresOn(page: Page): Promise<HotlineFigures> {
  const text = async (id: string) => (await page.getByTestId(id).textContent()) ?? '';
  const ratio = (s: string) => {
    const m = /(\d+) \/ (\d+)/.exec(s);
    if (!m) throw new Error(`no ratio in "${s}"`);
    return [Number(m[1]), Number(m[2])] as const;
  };
  const [contacted, valid] = ratio(await text('kpi-responseRate'));
  const [resolved] = ratio(await text('kpi-resolutionRate'));
  const satisfied = Number(/满意 (\d+)/.exec(await text('kpi-satisfactionRate'))?.[1]);
  return {
    contacted,
    resolved,
    valid,
    satisfied,
    rates: {
      responseRate: await text('kpi-responseRate-value'),
      resolutionRate: await text('kpi-resolutionRate-value'),
      satisfactionRate: await text('kpi-satisfactionRate-value'),
    },
  };
}

/** A rate shown as "87.5%" (or "—" with nothing to divide by), as a number of percent. */
const percent = (shown: string) => Number.parseFloat(shown.replace('%', ''));

/**
 * The whole loop across roles, each step in the browser as its user takes it: the operator records a
 * complaint and sends it to the dispatch desk; the dispatcher, watching the workbench, sees 待派遣 rise
 * and dispatches; 城管 signs, contacts the caller and feeds back with a photo on its phone; the grid
 * worker's check passes; the shift lead closes; the operator records a satisfied callback; the street's
 * dashboard counts it.
 */
// Each step opens a browser context and signs a user in: more than the default minute on a busy machine.
describe('the loop across roles: 12345 → dispatch desk → 城管 → grid check → close → callback → dashboard', {
  timeout: 120_000,
}, () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Record<string, Page> = {};
  let admin: ApiSession;
  let address = '';
  let earlierCode = '';
  let caseId = '';
  let caseCode = '';
  let before: HotlineFigures;

  const open = async (username: string, path: string, viewport = desk) => {
    const context = await browser.newContext({
      viewport,
      isMobile: viewport === phone,
      hasTouch: viewport === phone,
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    await page.waitForURL('**/login');
    await fillLoginForm(page, username);
    await page.waitForURL(`**${path}`);
    pages[username] = page;
    return page;
  };
  const statusOf = (page: Page) => page.getByTestId('case-status').textContent();
  const addPhoto = async (page: Page, colour: [number, number, number]) => {
    await page
      .getByTestId('action-photos')
      .locator('input[type=file]')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: solidPng(64, 48, colour) });
    await page.getByTestId('action-photos').locator('img[src*="/thumbnail"]').waitFor();
  };
  const dispatchCount = async () =>
    Number(await pages.dispatcher?.getByTestId('workbench-count-to_dispatch').textContent());

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signInThroughApi(baseUrl, 'admin');
    // A building of the gazetteer in the grid, the nearest to its far corner, away from where other
    // files report.
    const corner = await gridSpot(baseUrl, gridCode, 0.85, 0.15);
    const found = await admin.get<AddressSearchResult>(
      `/api/addresses/search?q=${encodeURIComponent('义和社区')}&near=${corner.latitude},${corner.longitude}&limit=30`,
    );
    for (const match of found.body.items) {
      if (!/^义和社区\d+号楼$/.test(match.text)) continue;
      const at = await admin.get<{ grid: { code: string } }>(
        `/api/regions/locate?lat=${match.lat}&lng=${match.lng}`,
      );
      if (at.status === 200 && at.body.grid.code === gridCode) {
        address = match.text;
        break;
      }
    }
    expect(address, 'a building of 义和社区 in grid 001').not.toBe('');
    // The caller rang before about something else: the console shows it from the number alone.
    const hotline = await signInThroughApi(baseUrl, 'hotline');
    const earlier = await hotline.post<{ ticket: { caseCode: string } }>(
      '/api/hotline/tickets',
      {
        callerName: '孙女士',
        callerPhone: '+86 137-0431-2468',
        requestType: 'consult',
        urgency: 'general',
        categoryCode: 'E1301',
        lat: corner.latitude,
        lng: corner.longitude,
        description: '咨询居住证办理材料',
        answeredOnCall: true,
      },
      { 'idempotency-key': 'cross-role-earlier-call' },
    );
    expect(earlier.status, JSON.stringify(earlier.body)).toBe(201);
    earlierCode = earlier.body.ticket.caseCode;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('the street’s dashboard and the dispatcher’s workbench are open before the call', async () => {
    const street = await open('street', '/stats');
    await street.getByTestId('kpi-responseRate').waitFor();
    before = await figuresOn(street);
    const dispatcher = await open('dispatcher', '/workbench');
    await dispatcher.getByTestId('workbench-queue-to_dispatch').waitFor();
    await expect.poll(() => dispatcher.getByTestId('workbench-live').getAttribute('data-live')).toBe('true');
    await dispatcher.evaluate(() => Object.assign(window, { notReloaded: true }));
  });

  it('1–2. the operator finds the caller’s history, searches the address, records the complaint for the desk; 待派遣 rises live', async () => {
    const waiting = await dispatchCount();
    const page = await open('hotline', '/hotline');
    await page.getByTestId('call-caller-phone').fill(callerPhone);
    const history = page.getByTestId('caller-history');
    await expect.poll(() => history.getAttribute('data-count')).toBe('1');
    expect(await history.textContent()).toContain(earlierCode);
    await page.getByTestId('call-caller-name').fill('孙女士');
    await page.getByTestId('request-complaint').click();
    await page.getByTestId('urgency-complex').click();
    // 复杂诉求 ticks 转派遣台 by itself: the desk will choose the unit.
    const toDesk = page.locator('[data-testid="call-to-desk"]');
    const ticked = () =>
      toDesk.evaluate((el) => (el instanceof HTMLInputElement ? el : el.querySelector('input'))?.checked);
    await expect.poll(ticked).toBe(true);

    await page.getByTestId('call-address').fill(address);
    const first = page.getByTestId('call-address-option').first();
    await expect.poll(() => first.getAttribute('data-text')).toBe(address);
    await first.click();
    await expect
      .poll(() => page.getByTestId('call-pin').getAttribute('data-community-code'))
      .toBe('220104004001');

    await page.getByTestId('call-category').click();
    await page.keyboard.type('井盖缺失');
    await page.locator('.ant-cascader-menu-item', { hasText: '井盖缺失' }).first().click();
    await page
      .getByTestId('call-description')
      .fill(`来电人反映${address}门前井盖丢失，井口敞开，涉及多家单位`);
    await page.getByTestId('call-submit').click();
    const taken = page.getByTestId('call-taken');
    await taken.waitFor();
    caseId = (await taken.getAttribute('data-case-id')) ?? '';
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    caseCode = (await admin.get<{ case: { code: string } }>(`/api/cases/${caseId}`)).body.case.code;

    // The dispatcher's count rises without a reload.
    await expect.poll(dispatchCount, { timeout: 10_000 }).toBe(waiting + 1);
    expect(await pages.dispatcher?.evaluate(() => 'notReloaded' in window)).toBe(true);
  });

  it('2. the dispatcher opens 待派遣, finds the call and dispatches it to the suggested unit', async () => {
    const page = pages.dispatcher as Page;
    await page.getByTestId('workbench-queue-to_dispatch').click();
    const table = page.getByTestId('workbench-case-table');
    await table.getByTestId('case-link').filter({ hasText: caseCode }).click();
    await page.waitForURL(`**/cases/${caseId}`);
    await expect.poll(() => statusOf(page)).toBe('已立案');
    await page.getByTestId('action-dispatch').click();
    await page.getByTestId('action-submit').click();
    await expect.poll(() => statusOf(page)).toBe('已派遣');
  });

  it('3. 城管 signs for it on its phone, calls the caller, and feeds back with a photo of the fix', async () => {
    const page = await open('department', `/cases/${caseId}`, phone);
    await page.getByTestId('ticket-sign').click();
    await expect.poll(() => statusOf(page)).toBe('处置中');
    await page.getByTestId('ticket-contact').click();
    await page.getByTestId('contact-text').fill('已电话联系孙女士，今日到场补装');
    await page.getByTestId('contact-submit').click();
    await expect.poll(() => page.getByTestId('ticket-contact').count()).toBe(0);

    await page.getByTestId('action-feedback').click();
    await addPhoto(page, [30, 160, 60]);
    await page.getByTestId('action-note').fill('已补装新井盖');
    await page.getByTestId('action-submit').click();
    await expect.poll(() => statusOf(page)).toBe('已反馈');
  });

  it('4. the grid worker’s check on site passes, with a photo', async () => {
    const page = await open('grid', `/cases/${caseId}`, phone);
    await page.getByTestId('action-check_pass').click();
    await addPhoto(page, [200, 180, 40]);
    await page.getByTestId('action-submit').click();
    await expect.poll(() => statusOf(page)).toBe('已核查');
  });

  it('5. the shift lead closes it', async () => {
    const page = await open('shiftlead', `/cases/${caseId}`);
    // Closing asks for nothing more: one click.
    await page.getByTestId('action-close').click();
    await expect.poll(() => statusOf(page)).toBe('已结案');
  });

  it('6. the operator calls back: reached, solved, satisfied', async () => {
    const page = pages.hotline as Page;
    await page.goto(`${baseUrl}/cases/${caseId}`);
    await expect.poll(() => page.getByTestId('case-code').textContent()).toBe(caseCode);
    await page.getByTestId('ticket-callback').click();
    await page.getByTestId('callback-resolved').click();
    await page.getByTestId('callback-satisfied').click();
    await page.getByTestId('callback-note').fill('孙女士表示井盖已补好，满意');
    await page.getByTestId('callback-submit').click();
    await expect.poll(() => page.getByTestId('ticket-satisfaction').count()).toBeGreaterThan(0);
  });

  it('7. the street’s dashboard counts the callback: each rate moves by this one ticket', async () => {
    const page = pages.street as Page;
    const after = async () => {
      await page.reload();
      await page.getByTestId('kpi-responseRate').waitFor();
      return figuresOn(page);
    };
    // The rollups are applied by the server's worker within a moment of the step.
    await expect.poll(async () => (await after()).valid, { timeout: 15_000 }).toBe(before.valid + 1);
    const now = await figuresOn(page);
    expect(now).toMatchObject({
      contacted: before.contacted + 1,
      resolved: before.resolved + 1,
      satisfied: before.satisfied + 1,
    });
    const rate = (n: number) => (100 * n) / now.valid;
    expect(percent(now.rates.responseRate)).toBeCloseTo(rate(now.contacted), 0);
    expect(percent(now.rates.resolutionRate)).toBeCloseTo(rate(now.resolved), 0);
    expect(percent(now.rates.satisfactionRate)).toBeGreaterThan(0);
    if (before.valid === 0) expect(before.rates.responseRate).toBe('—');
  });
});
