import type { CaseDetail, Kpis, Rankings } from '@needle/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { gridSpot } from './harness/gridSpot.js';
import { fillLoginForm } from './harness/pages.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');

// 义和社区01网格 in 永昌街道 (朝阳区); 井盖缺失 is routed to the district's 城管 department.
const gridCode = '220104004001001';
const streetCode = '220104004000';
const districtCode = '220104000000';
const missingManholeCover = 'E0550';
const chengguan = '朝阳区城市管理局';

async function signIn(page: Page, path: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL('**/login');
  await fillLoginForm(page, username);
  await page.waitForURL(`**${path}`);
}

/** The current month in the city, as the command centre opens on it. */
function cityMonth(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  })
    .formatToParts(new Date())
    .map((part) => part.value);
  return `${parts[0]}-${parts[2]}`;
}

/**
 * The part of a ticket the test reads: the web's ticket types import the case types without a file
 * extension, which the e2e project's Node module resolution cannot follow.
 */
interface TicketReply {
  ticket: { signedAt: string | null; contactedAt: string | null };
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

describe('a 12345 call goes round the loop and shows in the command centre', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let operator: Page;
  let caseId: string;
  let caseCode: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('the operator takes the call on the console, with an Idempotency-Key', async () => {
    // Away from the middle of the grid, where case-loop's resident reports the same category: closer than
    // the 50 m duplicate radius, that report would be offered this case as "me too" while it is open.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      geolocation: await gridSpot(baseUrl, gridCode, 0.15, 0.15),
      permissions: ['geolocation'],
    });
    contexts.push(context);
    operator = await context.newPage();
    await signIn(operator, '/hotline', 'hotline');

    await operator.getByTestId('call-caller-name').fill('刘女士');
    await operator.getByTestId('call-caller-phone').fill('139 0431 2266');
    await operator.getByTestId('request-complaint').click();
    await operator.getByTestId('urgency-life_property').click();
    // Each tier shows the time it gives the unit, from the city's settings.
    expect(await operator.getByTestId('take-call').textContent()).toContain('2 小时内办结');

    await operator.getByTestId('call-category').click();
    await operator.keyboard.type('井盖缺失');
    await operator.locator('.ant-cascader-menu-item', { hasText: '井盖缺失' }).click();
    await operator.getByTestId('use-my-location').click();
    await expect.poll(() => operator.getByTestId('report-grid-code').textContent()).toBe(gridCode);
    await operator.getByTestId('call-address').fill('义和路12号门前');
    await operator.getByTestId('call-description').fill('来电人反映义和路12号门前井盖丢失，行人容易踩空');

    const [request] = await Promise.all([
      operator.waitForRequest(
        (sent) => sent.method() === 'POST' && new URL(sent.url()).pathname === '/api/hotline/tickets',
      ),
      operator.getByTestId('call-submit').click(),
    ]);
    expect(request.headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,200}$/);
    const taken = operator.getByTestId('call-taken');
    await taken.waitFor();
    caseId = (await taken.getAttribute('data-case-id')) ?? '';
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    caseCode = (await taken.textContent())?.match(/\d{9}-\d{8}-\d{4}/)?.[0] ?? '';
    expect(caseCode).toMatch(/^220104004-/);

    // The list shows it at once, with the unit's deadline to sign for it.
    const row = operator.locator('tr', {
      has: operator.getByTestId('ticket-link').filter({ hasText: caseCode }),
    });
    await row.waitFor();
    expect(await row.getByTestId('ticket-sign').getAttribute('data-done')).toBe('false');
    // The form is ready for the next caller.
    expect(await operator.getByTestId('call-caller-name').inputValue()).toBe('');
  });

  it('it arrives dispatched to 城管, which signs for it (accepting it), contacts the caller and handles it', async () => {
    const sessions: Record<string, ApiSession> = {};
    for (const username of ['shiftlead', 'department', 'grid']) {
      sessions[username] = await signInThroughApi(baseUrl, username);
    }
    const act = async (username: string, action: string, body: unknown = {}) => {
      const reply = await sessions[username]?.post<CaseDetail>(
        `/api/cases/${caseId}/actions/${action}`,
        body,
      );
      expect(reply?.status, `${username} ${action}`).toBe(200);
      return reply?.body.case;
    };
    const ticketStep = async (step: string, body: unknown = {}) => {
      const reply = await sessions.department?.post<TicketReply>(
        `/api/hotline/tickets/${caseId}/${step}`,
        body,
      );
      expect(reply?.status, step).toBe(200);
      return reply?.body.ticket;
    };

    expect((await ticketStep('sign', { note: '已签收，安排执法中队处置' }))?.signedAt).not.toBeNull();
    expect((await ticketStep('contact', { note: '已电话联系来电人，今日补装' }))?.contactedAt).not.toBeNull();

    const photo = await sessions.department?.upload<{ id: string }>('/api/photos', {
      name: 'cover.png',
      type: 'image/png',
      content: solidPng(48, 48, [70, 70, 70]),
    });
    expect(photo?.status).toBe(201);
    const handled = await act('department', 'feedback', { note: '已补装井盖', photoIds: [photo?.body.id] });
    expect(handled?.status).toBe('handled');
    expect(handled?.categoryCode).toBe(missingManholeCover);
    // 核查 on site, with a photo taken there.
    const onSite = await sessions.grid?.upload<{ id: string }>('/api/photos', {
      name: 'site.png',
      type: 'image/png',
      content: solidPng(48, 48, [90, 160, 90]),
    });
    expect(onSite?.status).toBe(201);
    expect((await act('grid', 'check_pass', { photoIds: [onSite?.body.id] }))?.status).toBe('checked');
    expect((await act('shiftlead', 'close'))?.status).toBe('closed');
  });

  it('the operator calls the caller back in the browser: reached, solved, satisfied', async () => {
    await operator.goto(`${baseUrl}/cases/${caseId}`);
    await operator.getByTestId('ticket-card').waitFor();
    await operator.getByTestId('ticket-callback').click();
    await operator.getByTestId('callback-resolved').click();
    await operator.getByTestId('callback-satisfied').click();
    await operator.getByTestId('callback-note').fill('来电人表示井盖已补装，满意');
    await operator.getByTestId('callback-submit').click();

    await expect.poll(() => operator.getByTestId('ticket-satisfaction').textContent()).toBe('满意');
    // A valid callback is final: nothing left to call back, and the case's timeline records it.
    expect(await operator.getByTestId('ticket-callback').count()).toBe(0);
    await operator.locator('[data-testid="timeline-event"][data-action="callback"]').waitFor();
  });

  it("the leader sees the district's rates for the month, and why 永昌街道 ranks where it does", async () => {
    const month = cityMonth();
    const leader = await signInThroughApi(baseUrl, 'leader');
    const readKpis = () => leader.get<Kpis>(`/api/stats/kpis?month=${month}&regionCode=${districtCode}`);
    let kpis = await readKpis();
    expect(kpis.status).toBe(200);
    // Other test files share the server; this file's callback is the district's only 12345 one so far.
    // The rollup worker applies it a moment after it was recorded.
    await expect
      .poll(async () => {
        kpis = await readKpis();
        return kpis.body.hotline.validCallbacks;
      })
      .toBeGreaterThanOrEqual(1);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, '/stats', 'leader');
    expect(await page.getByTestId('stats-period').textContent()).toContain(`${month}-01`);
    const shown = (name: string) => page.getByTestId(`kpi-${name}-value`).textContent();
    await expect.poll(() => shown('responseRate')).toBe(percent(kpis.body.hotline.responseRate));
    expect(await shown('resolutionRate')).toBe(percent(kpis.body.hotline.resolutionRate));
    expect(await shown('satisfactionRate')).toBe(percent(kpis.body.hotline.satisfactionRate));
    expect(await shown('composite')).toBe(percent(kpis.body.hotline.composite));
    expect(await shown('onTimeClosureRate')).toBe(percent(kpis.body.caseLoop.onTimeClosureRate));
    expect(await shown('reworkRate')).toBe(percent(kpis.body.caseLoop.reworkRate));

    const rankings = await leader.get<Rankings>(`/api/stats/rankings?kind=street&month=${month}`);
    const ours = rankings.body.items.find((item) => item.unit === streetCode);
    expect(ours?.name).toBe('永昌街道');
    expect(ours?.score).not.toBeNull();

    await page.getByTestId('ranking-tab-street').click();
    const row = page.locator(`[data-testid="ranking-street"] tr[data-row-key="${streetCode}"]`);
    await row.waitFor();
    expect(await row.getByTestId('ranking-name').textContent()).toBe('永昌街道');
    expect(await row.getByTestId('ranking-score').textContent()).toBe(ours?.score?.toFixed(1));
    await row.click();
    const breakdown = page.locator(`[data-testid="ranking-breakdown"][data-unit="${streetCode}"]`);
    await breakdown.waitFor();
    const scored = ours?.parts.filter((part) => part.points !== null) ?? [];
    expect(await breakdown.getByTestId('breakdown-formula').count()).toBe(scored.length);
    expect(await breakdown.getByTestId('breakdown-total').textContent()).toBe(ours?.score?.toFixed(1));
    expect(await breakdown.textContent()).toContain('12345 综合得分');

    await page.screenshot({ path: '/tmp/needle-stats.png', fullPage: true });
  });
});

describe('a street whistles 城管, which acknowledges in the browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const title = '义和路井盖缺失现场围挡';
  let orderPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('the street issues the order from /whistles, calling 城管 with its task', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, '/whistles', 'street');

    await page.getByTestId('whistle-issue').click();
    await page.getByTestId('issue-title').fill(title);
    await page.getByTestId('issue-task').fill('设置围挡，疏导行人，补装井盖');
    await page.getByTestId('issue-place').fill('义和路12号');
    await page.getByTestId('whistle-call-target-0').click();
    await page.keyboard.type('城市管理');
    await page.locator('.ant-select-item-option', { hasText: chengguan }).click();
    await page.getByTestId('whistle-call-task-0').fill('补装井盖，现场执法');
    await page.getByTestId('issue-submit').click();

    await page.waitForURL(/\/whistles\/[0-9a-f-]{36}$/);
    orderPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByTestId('call-name').textContent()).toBe(chengguan);
    expect(await page.getByTestId('call-acknowledged-at').getAttribute('data-done')).toBe('false');
    expect(await page.getByTestId('whistle-status').getAttribute('data-status')).toBe('open');
  });

  it('城管 finds the order in its list and acknowledges it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, '/whistles', 'department');

    const row = page.locator('tr', { has: page.getByTestId('whistle-title').filter({ hasText: title }) });
    await row.getByTestId('whistle-link').click();
    await page.waitForURL(`**${orderPath}`);
    await expect.poll(() => page.getByTestId('whistle-heading').textContent()).toContain(title);

    await page.getByTestId('call-acknowledge').click();
    await expect.poll(() => page.getByTestId('call-acknowledged-at').getAttribute('data-done')).toBe('true');
    // Next comes the report-in on site; the order's history records the acknowledgement.
    await page.getByTestId('call-arrive').waitFor();
    await page.locator('[data-testid="whistle-event"][data-action="acknowledge"]').waitFor();
    expect(await page.getByTestId('call-late').count()).toBe(0);

    await page.screenshot({ path: '/tmp/needle-whistle.png', fullPage: true });
  });
});
