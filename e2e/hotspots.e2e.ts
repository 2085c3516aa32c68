import { randomUUID } from 'node:crypto';
import type { CaseDetail, CategoryClass, HotspotProposal, HotspotRun } from '@needle/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickOption, submitForm } from './harness/antd-forms.js';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { DESK, PHONE, peopleOf } from './harness/contexts.js';
import { gridSpot } from './harness/gridSpot.js';
import { actUntilVisible, openInApp } from './harness/pages.js';
import { type RunningServer, startServer } from './harness/server.js';

// The demo city's first start plants a week of morning-market stalls on the road in 永昌街道 (占道经营,
// reported by couriers riding past) for the detector to find at once. The test plants two more in grids
// of 牡丹园社区, found by runs on demand: one of a category the district has never had a case of, so a
// proactive case opened on it comes before any complaint whatever the history holds nearby, and
// open-air barbecues.
const STALLS = 'E0450';
const quietGrid = '220104004006005';
const barbecue = { gridCode: '220104004006010', categoryCode: 'E0410' }; // 露天烧烤

/** What the test reads of GET /api/hotspots/proposals/:id. */
interface ProposalDetail {
  proposal: HotspotProposal;
  cases: { id: string }[];
  cells: unknown[];
}

/** The city's month, as the dashboard names it. */
const cityMonth = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
})
  .format(new Date())
  .slice(0, 7);

/** A category of events of which the district has no case at all, the barbecues' aside. */
async function unusedCategory(baseUrl: string): Promise<{ code: string; nameZh: string }> {
  const leader = await signInThroughApi(baseUrl, 'leader');
  const { body } = await leader.get<{ items: CategoryClass[] }>('/api/categories');
  const events = body.items.filter((c) => c.kind === 'event').flatMap((c) => c.subcategories);
  for (const category of events) {
    if (!category.active || category.code === barbecue.categoryCode) continue;
    const cases = await leader.get<{ total: number }>(`/api/cases?categoryCode=${category.code}&pageSize=10`);
    if (cases.body.total === 0) return category;
  }
  throw new Error('every category of events has cases in the district');
}

/**
 * A week's reports of one problem at one spot by a courier riding past (随手拍): the city seeing for
 * itself, not a complaint, so a proactive case opened on them comes before any complaint there.
 */
async function plant(
  baseUrl: string,
  courier: ApiSession,
  place: { gridCode: string; categoryCode: string },
  n: number,
) {
  const spot = await gridSpot(baseUrl, place.gridCode, 0.5, 0.5);
  for (let i = 0; i < n; i++) {
    const reply = await courier.post(
      '/api/cases',
      {
        categoryCode: place.categoryCode,
        description: `主动发现测试：路过又看到 ${i + 1}`,
        lat: spot.latitude + (i % 3) * 0.00005,
        lng: spot.longitude + (i % 2) * 0.00005,
      },
      { 'idempotency-key': randomUUID() },
    );
    if (reply.status !== 201) throw new Error(`report: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
  }
}

/** The street's open proposal of the category, once the detector has run over the reports. */
async function openProposalOf(street: ApiSession, categoryCode: string): Promise<ProposalDetail> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    // The scheduled run may hold the detector a moment (409): the next round runs it again.
    const run = await street.post<HotspotRun>('/api/hotspots/run');
    const { body } = await street.get<{ items: HotspotProposal[] }>(
      '/api/hotspots/proposals?status=open&pageSize=100',
    );
    const found = body.items.find((p) => p.categoryCode === categoryCode);
    if (found) return (await street.get<ProposalDetail>(`/api/hotspots/proposals/${found.id}`)).body;
    if (Date.now() > deadline)
      throw new Error(
        `no open proposal of ${categoryCode}; last run: ${run.status} ${JSON.stringify(run.body)}`,
      );
    await new Promise((next) => setTimeout(next, 1_000));
  }
}

const figure = async (page: Page, name: string) =>
  Number(
    await page.getByTestId(`kpi-proactive-${name}`).locator('.ant-statistic-content-value').textContent(),
  );

describe('主动发现 (未诉先办), as the demo street’s staff', () => {
  let server: RunningServer;
  let baseUrl = '';
  let browser: Browser;
  let people: ReturnType<typeof peopleOf>;
  let street: ApiSession;
  let stalls: ProposalDetail;
  let quiet: ProposalDetail;
  let quietName = '';
  let barbecueProposal: ProposalDetail;

  beforeAll(async () => {
    // A city of its own with the demo history, as a newcomer's first start makes it: the planted
    // hotspot among three months of ordinary cases, the detector run over them all at start.
    server = await startServer({ history: true });
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    people = peopleOf(baseUrl, () => browser);
    street = await signInThroughApi(baseUrl, 'street');
    stalls = await openProposalOf(street, STALLS);
    const unused = await unusedCategory(baseUrl);
    quietName = unused.nameZh;
    const courier = await signInThroughApi(baseUrl, 'courier');
    await plant(baseUrl, courier, { gridCode: quietGrid, categoryCode: unused.code }, 6);
    await plant(baseUrl, courier, barbecue, 6);
    quiet = await openProposalOf(street, unused.code);
    barbecueProposal = await openProposalOf(street, barbecue.categoryCode);
  }, 180_000);

  afterAll(async () => {
    await people?.closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('shows proposals on the workbench and in the list, with their evidence; one becomes a proactive case, and 未诉先办 counts it', async () => {
    // The demo's planted hotspot is proposed at start.
    expect(stalls.proposal).toMatchObject({ kind: 'cluster', streetName: '永昌街道', status: 'open' });
    expect(stalls.proposal.observed).toBeGreaterThanOrEqual(9);
    const p = quiet.proposal;
    const page = await people.open(DESK);
    await people.signIn(page, '/workbench', 'street');
    // The menu reaches the proposals.
    await page.getByTestId('nav-hotspots').waitFor();

    // The month's 未诉先办 before the case is opened.
    await openInApp(page, baseUrl, `/stats?month=${cityMonth}`, '[data-testid="kpi-proactive-opened"]');
    const before = { opened: await figure(page, 'opened'), first: await figure(page, 'beforeComplaint') };

    // The workbench says proposals wait, and leads to them.
    await openInApp(page, baseUrl, '/workbench', '[data-testid="hotspots-notice"]');
    const notice = page.getByTestId('hotspots-notice');
    expect(Number(await notice.getAttribute('data-count'))).toBeGreaterThanOrEqual(3);
    expect(await notice.textContent()).toMatch(/\d+ 条主动发现建议待处理/);
    await notice.click();
    await page.waitForURL('**/hotspots?status=open');

    // The rows: the category, the street, seen against expected.
    const rowOf = (id: string) =>
      page.locator('tr', {
        has: page.locator(`[data-testid="hotspot-category"][data-proposal-id="${id}"]`),
      });
    const stallsRow = rowOf(stalls.proposal.id);
    await stallsRow.waitFor();
    expect(await stallsRow.textContent()).toContain('占道经营');
    expect(await stallsRow.textContent()).toContain('永昌街道');
    const { observed, expected } = stalls.proposal;
    expect(await stallsRow.textContent()).toContain(`近7天 ${observed} 件，预期 ${expected.toFixed(1)} 件`);
    expect(await rowOf(p.id).textContent()).toContain(quietName);

    // Detection on demand says what it did.
    await actUntilVisible(
      () => page.getByTestId('run-detection').click(),
      page.locator('[data-testid="run-outcome"][data-opened]'),
    );
    expect(await page.getByTestId('run-outcome').textContent()).toContain('分析完成');

    // The proposal: its score in words, the place on a map, the trend, the cases.
    await rowOf(p.id).getByTestId('hotspot-category').click();
    await page.waitForURL(`**/hotspots/${p.id}`);
    await page.getByTestId('proposal-score').waitFor();
    expect(await page.getByTestId('proposal-figures').textContent()).toMatch(
      new RegExp(`^近7天 ${p.observed} 件，预期 [0-9.]+ 件$`),
    );
    expect(await page.getByTestId('proposal-score').textContent()).toContain('判定线');
    // The place's outline and a dot for each case.
    const shown = (await street.get<ProposalDetail>(`/api/hotspots/proposals/${p.id}`)).body;
    await expect
      .poll(() => page.locator('[data-testid="proposal-map"] path.hotspot-cell').count())
      .toBe(shown.cells.length);
    await expect
      .poll(() => page.locator('[data-testid="proposal-map"] path.hotspot-case').count())
      .toBe(shown.cases.length);
    await page.locator('[data-testid="proposal-trend"] canvas').waitFor();
    await expect
      .poll(() => page.getByTestId('evidence-case-link').count())
      .toBe(Math.min(10, shown.cases.length));

    // Accepted as a proactive case, its description drafted from the figures.
    await page.getByTestId('accept-as-case').click();
    const description = page.getByTestId('accept-case-description');
    await description.waitFor();
    expect(await description.inputValue()).toMatch(
      new RegExp(
        `^主动发现：永昌街道近7天${quietName}问题 ${p.observed} 件，预期约 [0-9.]+ 件，请核查处置。$`,
      ),
    );
    await page.getByTestId('accept-case-submit').click();
    const made = page.getByTestId('proposal-case-link');
    await made.waitFor();
    const code = (await made.textContent()) ?? '';
    expect(code).toMatch(/^220104\d{3}-\d{8}-\d{4}$/);
    expect(await page.getByTestId('proposal-outcome').getAttribute('data-status')).toBe('accepted');

    // The case is a proactive one, in the normal loop.
    await made.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('case-code').textContent()).toBe(code);
    const caseId = page.url().split('/').pop() ?? '';
    const { body } = await street.get<CaseDetail>(`/api/cases/${caseId}`);
    expect(body.case).toMatchObject({ channel: 'proactive', categoryCode: p.categoryCode });

    // 未诉先办 counts it: opened before any complaint of its kind there.
    await openInApp(page, baseUrl, `/stats?month=${cityMonth}`, '[data-testid="kpi-proactive-opened"]');
    await expect.poll(() => figure(page, 'opened')).toBe(before.opened + 1);
    expect(await figure(page, 'beforeComplaint')).toBe(before.first + 1);
  });

  it('dismisses one with its reason, on a phone', async () => {
    const id = barbecueProposal.proposal.id;
    const page = await people.open(PHONE);
    await people.signIn(page, '/hotspots?status=open', 'street');
    const card = page.locator('[data-testid="hotspot-card"]', {
      has: page.locator(`[data-proposal-id="${id}"]`),
    });
    await card.waitFor();
    expect(await card.textContent()).toContain('露天烧烤');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await card.click();
    await page.waitForURL(`**/hotspots/${id}`);
    await page.getByTestId('proposal-score').waitFor();
    await page.locator('[data-testid="proposal-map"] .leaflet-container').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // No dismissal without a reason.
    await page.getByTestId('dismiss-proposal').click();
    await page.getByTestId('dismiss-reason').waitFor();
    // The modal zooms in; a click while it does can land before the form is listening.
    await page.waitForFunction(() => !document.querySelector('.ant-modal .ant-zoom-appear, .ant-zoom-enter'));
    await page.getByTestId('dismiss-submit').click();
    await page.getByText('请填写驳回理由').waitFor();
    await page.getByTestId('dismiss-reason').fill('夜市经营许可范围内，已与摊主约定收摊时间');
    await page.getByTestId('dismiss-submit').click();
    await page.getByTestId('proposal-dismiss-reason').waitFor();
    expect(await page.getByTestId('proposal-dismiss-reason').textContent()).toContain('已与摊主约定收摊时间');
    const { body } = await street.get<ProposalDetail>(`/api/hotspots/proposals/${id}`);
    expect(body.proposal).toMatchObject({ status: 'dismissed', action: null });
    // Decided once: the server refuses a second decision.
    const again = await street.post(`/api/hotspots/proposals/${id}/dismiss`, { reason: '再驳回一次' });
    expect(again.status).toBe(409);
  });

  it('accepts the demo’s market stalls as a whistle order, calling a department with the cases linked', async () => {
    const id = stalls.proposal.id;
    const page = await people.open(DESK);
    await people.signIn(page, `/hotspots/${id}`, 'street');
    await page.getByTestId('accept-as-whistle').click();
    // Drafted from the proposal: its title, task and place.
    expect(await page.getByTestId('accept-whistle-title').inputValue()).toBe('永昌街道占道经营问题集中整治');
    expect(await page.getByTestId('accept-whistle-task').inputValue()).toMatch(
      /^主动发现：近7天占道经营问题 \d+ 件/,
    );
    expect(await page.getByTestId('accept-whistle-place').inputValue()).toBe('永昌街道');
    await pickOption(page, 'whistle-call-target-0', '城市管理', '朝阳区城市管理局');
    await page.getByTestId('whistle-call-task-0').fill('清理占道摊点，现场执法');
    await submitForm(page, 'accept-whistle');
    const order = page.getByTestId('proposal-whistle-link');
    await order.waitFor();
    expect(await page.getByTestId('proposal-outcome').getAttribute('data-status')).toBe('accepted');

    await order.click();
    await page.waitForURL(/\/whistles\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByTestId('whistle-heading').textContent())
      .toContain('占道经营问题集中整治');
    const { body } = await street.get<ProposalDetail>(`/api/hotspots/proposals/${id}`);
    expect(body.proposal).toMatchObject({ status: 'accepted', action: 'whistle' });
    expect(page.url()).toContain(body.proposal.actionWhistleId ?? 'no order');
  });
});
