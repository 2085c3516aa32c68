import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { PHONE, peopleOf } from './harness/contexts.js';
import { demoPassword } from './harness/demo.js';

const baseUrl = inject('baseUrl');

interface Resident {
  username: string;
  phone: string;
  place: string;
  householdId: string;
}

/**
 * 四步议事 through the UI: community staff enter the party organisation's proposal, the two committees'
 * meeting and minutes are recorded, the vote opens for verified residents (verified at the door by the
 * grid worker, or by a door code on the phone), enough of them vote on their phones to reach the quorum
 * and each keeps a receipt, staff close the vote, and the resolution goes on the community board where
 * a resident sees it and objects; every step is on the timeline.
 */
describe('a deliberation through its four steps, with a vote that reaches its quorum', () => {
  let browser: Browser;
  const s: Record<string, ApiSession> = {};
  let communityCode = '';
  // Fresh names each run: nothing here depends on another test's deliberations or households.
  const stamp = Date.now().toString(36);
  const title = `加装电梯议题 ${stamp}`;
  const resolution = `同意在${stamp}号楼加装电梯，费用按楼层分摊`;
  // Four electors, quorum 60 %: three ballots (75 %) reach it, two "for" of three pass it.
  const residents: Resident[] = [1, 2, 3, 4].map((n) => ({
    username: `voter-${stamp}-${n}`,
    // 11 digits from the clock: unique per run, and a mainland number the door check accepts.
    phone: `139${String(Date.now()).slice(-7)}${n}`,
    place: `${stamp}号楼${n}单元101`,
    householdId: '',
  }));
  const [atDoor1, atDoor2, byCode, absent] = residents as [Resident, Resident, Resident, Resident];

  const { open, signIn, closeAll } = peopleOf(baseUrl, () => browser);
  const stateOf = (page: Page) => page.getByTestId('deliberation-state').first().getAttribute('data-state');
  const noSideScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const who of ['admin', 'community', 'grid']) s[who] = await signInThroughApi(baseUrl, who);
    const me = await s.community?.get<{ user: { jurisdiction: { code: string } } }>('/api/auth/me');
    communityCode = me?.body.user.jurisdiction.code ?? '';
    expect(communityCode).toMatch(/^\d{12}$/);
    // The grid worker keeps the registry of their grid's community: the same one.
    const grid = await s.grid?.get<{ user: { jurisdiction: { code: string } } }>('/api/auth/me');
    expect(grid?.body.user.jurisdiction.code.slice(0, 12)).toBe(communityCode);

    for (const [i, r] of residents.entries()) {
      const created = await s.admin?.post('/api/users', {
        username: r.username,
        displayName: `居民${'甲乙丙丁'[i]}`,
        password: demoPassword,
        roles: ['resident'],
        regionCode: communityCode,
        phone: `+86${r.phone}`,
      });
      expect(created?.status, JSON.stringify(created?.body)).toBe(201);
      const household = await s.community?.post<{ id: string }>('/api/households', { placeLabel: r.place });
      expect(household?.status, JSON.stringify(household?.body)).toBe(201);
      r.householdId = household?.body.id ?? '';
    }
    // The one who will not vote is verified in setup; the others are verified through the UI below.
    const verified = await s.community?.post(`/api/households/${absent.householdId}/residents`, {
      phone: absent.phone,
    });
    expect(verified?.status, JSON.stringify(verified?.body)).toBe(201);
  });

  afterAll(async () => {
    await closeAll();
    await browser?.close();
  });

  let staff: Page;
  const phones = new Map<Resident, Page>();
  const receipts = new Map<Resident, string>();

  it('the grid worker verifies two residents at the door; a third redeems a door code on the phone', async () => {
    const grid = await open(PHONE);
    await signIn(grid, '/households', 'grid');
    const cardOf = (r: Resident) => grid.getByTestId('household-row').filter({ hasText: r.place });
    for (const r of [atDoor1, atDoor2]) {
      await cardOf(r).getByTestId('household-verify-open').click();
      await grid.getByTestId('household-verify-phone').fill(r.phone);
      await grid.getByTestId('household-verify-submit').click();
      await grid.getByTestId('household-verify-form').waitFor({ state: 'detached' });
      await cardOf(r).getByText('已核实居民 1').waitFor();
    }
    await noSideScroll(grid);

    await cardOf(byCode).getByTestId('household-issue-code').click();
    const code = ((await grid.getByTestId('door-code').textContent()) ?? '').trim();
    expect(code).not.toBe('');

    const phone = await open(PHONE);
    await signIn(phone, '/voting', byCode.username);
    await phone.getByTestId('redeem-code').fill(code);
    await phone.getByTestId('redeem-submit').click();
    const verified = phone.getByTestId('my-household-verified');
    await verified.waitFor();
    expect(await verified.textContent()).toContain(byCode.place);
    phones.set(byCode, phone);
  });

  it('step 1: community staff propose it in the console', async () => {
    staff = await open();
    await signIn(staff, '/deliberations', 'community');
    await staff.getByTestId('deliberation-propose').click();
    await staff.getByTestId('propose-title').fill(title);
    await staff.getByTestId('propose-proposal').fill('老旧楼栋无电梯，老人上下楼困难，党支部提议加装电梯。');
    await staff.getByTestId('propose-submit').click();
    await staff.waitForURL('**/deliberations/*');
    await expect.poll(() => stateOf(staff)).toBe('proposed');
    expect(await staff.getByTestId('deliberation-heading').textContent()).toBe(title);
  });

  it('step 2: the two committees meet (time, place, attendees) and their minutes are recorded', async () => {
    await staff.getByTestId('command-discuss').click();
    await staff.getByTestId('discuss-minutes').fill('两委一致同意提交居民代表审议表决，费用分摊方案附后。');
    await staff.getByTestId('discuss-submit').click();
    await expect.poll(() => stateOf(staff)).toBe('discussed');

    await staff.getByTestId('command-meeting').click();
    const form = staff.getByTestId('meeting-form');
    await form.locator('#step').click();
    await staff.locator('.ant-select-item-option').filter({ hasText: '两委商议' }).click();
    await staff.getByTestId('meeting-place').fill('社区党群服务中心二楼会议室');
    await form.getByTestId('meeting-attendees').fill('9');
    await staff.getByTestId('meeting-roles').fill('党组织书记、居委会主任、两委委员7人');
    await staff.getByTestId('meeting-note').fill('逐户征求意见后形成方案');
    await staff.getByTestId('meeting-submit').click();
    const meeting = staff.locator('[data-testid="deliberation-meeting"][data-step="2"]');
    await meeting.waitFor();
    expect(await meeting.textContent()).toContain('社区党群服务中心二楼会议室');
    expect(await meeting.textContent()).toContain('9');
    expect(await staff.getByTestId('deliberation-facts').textContent()).toContain('两委一致同意');
  });

  it('step 3: staff open the vote for the verified residents, with a quorum of 60 %', async () => {
    await staff.getByTestId('command-openVote').click();
    const form = staff.getByTestId('open-vote-form');
    const electorate = form.locator('#electorate');
    for (const r of residents) {
      await electorate.fill(r.place);
      await staff.locator('.ant-select-item-option').filter({ hasText: r.place }).click();
    }
    await form.getByTestId('open-vote-quorum').fill('60');
    await form.getByTestId('open-vote-majority').fill('50');
    expect(await form.getByTestId('open-vote-capacity').count()).toBe(4);
    await staff.getByTestId('open-vote-submit').click();
    await expect.poll(() => stateOf(staff)).toBe('voting');
    expect(await staff.getByTestId('vote-state').getAttribute('data-state')).toBe('open');
    await expect.poll(() => staff.getByTestId('vote-elector').count()).toBe(4);
  });

  it('three of the four vote on their phones, and each sees their receipt', async () => {
    const choices: [Resident, 'for' | 'against'][] = [
      [atDoor1, 'for'],
      [byCode, 'for'],
      [atDoor2, 'against'],
    ];
    for (const [r, choice] of choices) {
      let phone = phones.get(r);
      if (phone) await phone.reload();
      else {
        phone = await open(PHONE);
        await signIn(phone, '/voting', r.username);
        phones.set(r, phone);
      }
      const vote = phone.getByTestId('my-vote').filter({ hasText: title });
      await vote.getByTestId(`cast-${choice}`).click();
      await phone.getByTestId('cast-confirm').click();
      const receipt = phone.getByTestId('receipt');
      await receipt.waitFor();
      receipts.set(r, ((await receipt.textContent()) ?? '').trim());
      expect(receipts.get(r)).toMatch(/\S{16,}/);
      await noSideScroll(phone);
      await phone.getByTestId('receipt-done').click();
      await expect.poll(() => vote.getAttribute('data-voted')).toBe('true');
      // One ballot each: the buttons are gone.
      expect(await vote.getByTestId('cast-for').count()).toBe(0);
    }
    expect(new Set(receipts.values()).size).toBe(3);
  });

  it('staff close the vote and see it reached its quorum and passed; a receipt shows it counted', async () => {
    await staff.reload();
    await expect.poll(() => staff.getByTestId('vote-turnout').textContent()).toContain('3 / 4');
    await staff.getByTestId('command-closeVote').click();
    await staff.getByTestId('closeVote-confirm').click();
    await expect.poll(() => stateOf(staff)).toBe('voted');
    const result = staff.getByTestId('vote-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('同意 2 · 反对 1 · 弃权 0');
    expect(await staff.getByTestId('vote-quorum').getAttribute('data-reached')).toBe('true');
    expect(await staff.getByTestId('vote-passed').getAttribute('data-passed')).toBe('true');

    // The voter checks their own receipt against the count: counted, as "against".
    const phone = phones.get(atDoor2) as Page;
    await phone.getByTestId('receipt-check-input').fill(receipts.get(atDoor2) ?? '');
    await phone.getByTestId('receipt-check-submit').click();
    const check = phone.getByTestId('receipt-check-result');
    await check.waitFor();
    expect(await check.getAttribute('data-counted')).toBe('true');
    expect(await check.textContent()).toContain('反对');
  });

  it('step 4: the resolution goes on the board; a resident sees it there and objects', async () => {
    await staff.getByTestId('command-publish').click();
    await staff.getByTestId('publish-resolution').fill(resolution);
    await staff.getByTestId('publish-submit').click();
    await expect.poll(() => stateOf(staff)).toBe('published');

    // The resident follows the link from 我的议事 to the community board anyone may read.
    const phone = phones.get(atDoor1) as Page;
    await phone.reload();
    await phone.getByTestId('my-board-link').click();
    await phone.waitForURL(`**/public/communities/${communityCode}/deliberations`);
    const item = phone.getByTestId('board-resolution').filter({ hasText: title });
    await item.waitFor();
    expect(await item.getAttribute('data-state')).toBe('published');
    expect(await item.textContent()).toContain(resolution);
    await noSideScroll(phone);

    await phone.goBack();
    const mine = phone.getByTestId('board-resolution').filter({ hasText: title });
    await mine.getByTestId('object-open').click();
    await phone.getByTestId('object-text').fill('希望一楼住户免于分摊费用');
    await phone.getByTestId('object-submit').click();
    await phone.getByTestId('object-form').waitFor({ state: 'detached' });
    await expect.poll(() => mine.getByTestId('board-objections').textContent()).toContain('1');
    await noSideScroll(phone);
  });

  it('every step shows on the timeline, with the objection under the resolution', async () => {
    await staff.reload();
    await staff.getByTestId('deliberation-objection').filter({ hasText: '一楼住户' }).waitFor();
    const actions = await staff
      .getByTestId('deliberation-event')
      .evaluateAll((events) => events.map((e) => e.getAttribute('data-action')));
    expect(actions).toEqual([
      'propose',
      'discuss',
      'meeting',
      'open_vote',
      'close_vote',
      'publish',
      'object',
    ]);
  });
});
