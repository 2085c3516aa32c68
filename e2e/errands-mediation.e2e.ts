import type { Errand } from '@needle/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { DESK, PHONE, peopleOf } from './harness/contexts.js';

const baseUrl = inject('baseUrl');
const gridCode = '220104004001001';

/** Picks an option of an antd select by typing part of its label. */
async function pick(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('帮办代办: the grid worker runs an errand and the resident follows it on the phone', () => {
  let browser: Browser;
  let desk: Page;
  let phone: Page;
  let grid: ApiSession;
  const people = peopleOf(baseUrl, () => browser);
  const office = `区政务服务中心${Date.now() % 100000}`;
  const card = (page: Page) => page.getByTestId('errand').filter({ hasText: office });

  beforeAll(async () => {
    browser = await launchBrowser();
    grid = await signInThroughApi(baseUrl, 'grid');
    desk = await people.open(DESK);
    await people.signIn(desk, '/errands', 'grid');
    phone = await people.open(PHONE);
    await people.signIn(phone, '/me', 'resident');
  });

  afterAll(async () => {
    await people.closeAll();
    await browser?.close();
  });

  it('takes the errand on at the desk with the documents, linked to the resident by phone number', async () => {
    await desk.getByTestId('errand-new').click();
    await pick(desk, 'errand-grid', gridCode);
    await desk.getByTestId('errand-for').fill('张秀英');
    await desk.getByTestId('errand-phone').fill('138 1234 5678');
    await desk.getByTestId('errand-office').fill(office);
    await desk.getByTestId('errand-deadline').fill('2099-12-20');
    await desk.getByTestId('errand-documents').click();
    for (const name of ['身份证', '户口本']) {
      await desk.keyboard.type(name);
      await desk.keyboard.press('Enter');
    }
    await desk.getByTestId('errand-new-submit').click();
    await card(desk).waitFor();
    expect(await card(desk).getByTestId('errand-state').textContent()).toBe('已受理');
    const mine = (await grid.get<Errand[]>('/api/errands')).body.find((e) => e.office === office);
    expect(mine?.documents.map((d) => d.name)).toEqual(['身份证', '户口本']);
    expect(mine?.forName).toBe('张**');
  });

  it('shows the resident the errand under 我的代办, masked, and each step as it happens', async () => {
    await phone.getByTestId('me-link-errands').click();
    await phone.waitForURL('**/errands');
    await card(phone).waitFor();
    expect(await card(phone).getByTestId('errand-state').textContent()).toBe('已受理');
    expect(await phone.content()).not.toContain('张秀英');
    await card(desk).getByTestId('errand-submit').click();
    await expect.poll(() => card(desk).getAttribute('data-state')).toBe('submitted');
    await card(desk).getByTestId('errand-complete').click();
    await desk.getByTestId('errands-page').waitFor();
    await phone.reload();
    await expect.poll(() => card(phone).getAttribute('data-state')).toBe('completed');
    const text = await card(phone).textContent();
    expect(text).toContain('身份证 · 已退还');
    expect(text).toContain('已递交');
    // A phone 390 px wide reads it without scrolling sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('矛盾调解: a dispute is registered, mediated, agreed and followed up', () => {
  let browser: Browser;
  let desk: Page;
  const people = peopleOf(baseUrl, () => browser);
  const summary = `楼上漏水引发邻里纠纷 ${Date.now() % 100000}`;
  const card = () => desk.getByTestId('dispute').filter({ hasText: summary });
  let community: ApiSession;
  const openInGrid = async () =>
    (await community.get<{ regionCode: string; open: number }[]>('/api/disputes/counts')).body.find(
      (c) => c.regionCode === gridCode,
    )?.open ?? 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    community = await signInThroughApi(baseUrl, 'community');
    desk = await people.open(DESK);
    await people.signIn(desk, '/errands', 'community');
    await desk.getByRole('tab', { name: '矛盾调解' }).click();
  });

  afterAll(async () => {
    await people.closeAll();
    await browser?.close();
  });

  it('registers the dispute with its two parties, masked in the list, and counts it for the grid', async () => {
    await desk.getByTestId('dispute-counts').waitFor();
    const before = await openInGrid();
    await desk.getByTestId('dispute-new').click();
    await pick(desk, 'dispute-grid', gridCode);
    await desk.getByTestId('dispute-summary').fill(summary);
    await desk.getByTestId('party-name-0').fill('刘建国');
    await desk.getByTestId('party-name-1').fill('陈丽');
    await desk.getByTestId('dispute-new-submit').click();
    await card().waitFor();
    expect(await card().getByTestId('dispute-state').textContent()).toBe('调解中');
    const text = await card().textContent();
    expect(text).toContain('刘**');
    expect(text).not.toContain('刘建国');
    expect(await openInGrid()).toBe(before + 1);
    await expect.poll(() => desk.getByTestId('dispute-counts').textContent()).toContain(String(before + 1));
  });

  it('records a session, the agreement and the follow-up', async () => {
    await card().getByTestId('dispute-session-open').click();
    await desk.getByTestId('dispute-session-text').fill('双方到场，物业检查管道');
    await desk.getByTestId('dispute-session-submit').click();
    await expect.poll(() => card().textContent()).toContain('双方到场，物业检查管道');
    await card().getByTestId('dispute-agree-open').click();
    await desk.getByTestId('dispute-agreement').fill('楼上住户负责维修并赔偿吊顶');
    await desk.getByTestId('dispute-follow-up-on').fill('2099-01-10');
    await desk.getByTestId('dispute-agree-submit').click();
    await expect.poll(() => card().getAttribute('data-state')).toBe('agreed');
    await card().getByTestId('dispute-followUp-open').click();
    await desk.getByTestId('dispute-followUp-text').fill('已修好，双方满意');
    await desk.getByTestId('dispute-followUp-submit').click();
    await expect.poll(() => card().textContent()).toContain('已回访');
  });
});
