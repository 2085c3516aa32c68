import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { PHONE, peopleOf } from './harness/contexts.js';
import { demoPassword } from './harness/demo.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');
const STEPS = ['posted', 'approved', 'claimed', 'fulfilled', 'confirmed'] as const;
type Counts = Record<(typeof STEPS)[number], number>;

/**
 * 微心愿 through the UI: a resident posts a wish on their phone, community staff approve it in the
 * console, another resident claims it as a volunteer and fulfils it with a photo, the wisher confirms
 * it, and the community's counts show it at every step.
 */
describe('a micro-wish from a resident’s phone to its confirmation, counted for the community', () => {
  let browser: Browser;
  let community: ApiSession | undefined;
  let communityName = '';
  const stamp = Date.now().toString(36);
  // Fresh people and a fresh wish each run: no other test's wishes or claims are in the way.
  const wisher = `wisher-${stamp}`;
  const volunteer = `helper-${stamp}`;
  const title = `想要一台收音机 ${stamp}`;

  const { open, signIn, closeAll } = peopleOf(baseUrl, () => browser);
  const stateOf = (page: Page) =>
    page.getByTestId('wish-detail').getByTestId('wish-state').getAttribute('data-state');
  const noSideScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  /** The community's row of the counts tab, as numbers by step. */
  const countsOf = async (page: Page): Promise<Counts> => {
    await page.goto(`${baseUrl}/wishes`);
    await page.getByTestId('tab-counts').click();
    await page.getByTestId('wish-count-table').waitFor();
    const row = page.getByTestId('wish-count-row').filter({ hasText: communityName });
    // A community with no wishes yet has no row: every count is nought.
    await page.getByTestId('wish-count-table').locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    if ((await row.count()) === 0) return { posted: 0, approved: 0, claimed: 0, fulfilled: 0, confirmed: 0 };
    const cells = await row.locator('td').allTextContents();
    return Object.fromEntries(STEPS.map((step, i) => [step, Number(cells[i + 1])])) as Counts;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await signInThroughApi(baseUrl, 'admin');
    community = await signInThroughApi(baseUrl, 'community');
    const me = await community.get<{ user: { jurisdiction: { code: string; name: string } } }>(
      '/api/auth/me',
    );
    const communityCode = me.body.user.jurisdiction.code;
    communityName = me.body.user.jurisdiction.name;
    expect(communityCode).toMatch(/^\d{12}$/);
    for (const [username, displayName] of [
      [wisher, '居民王大爷'],
      [volunteer, '志愿者小李'],
    ]) {
      const created = await admin.post('/api/users', {
        username,
        displayName,
        password: demoPassword,
        roles: ['resident'],
        regionCode: communityCode,
      });
      expect(created?.status, JSON.stringify(created?.body)).toBe(201);
    }
  });

  afterAll(async () => {
    await closeAll();
    await browser?.close();
  });

  let staff: Page;
  let wisherPhone: Page;
  let wishPath = '';
  let before: Counts;

  it('a resident posts a wish on the phone; it waits for review', async () => {
    staff = await open();
    await signIn(staff, '/wishes', 'community');
    before = await countsOf(staff);

    wisherPhone = await open(PHONE);
    await signIn(wisherPhone, '/wishes', wisher);
    await wisherPhone.getByTestId('wish-post').click();
    await wisherPhone.getByTestId('wish-title').fill(title);
    await wisherPhone.getByTestId('wish-description').fill('独居老人，想在家听戏曲广播');
    await wisherPhone.getByTestId('wish-submit').click();
    await wisherPhone.waitForURL('**/wishes/*');
    wishPath = new URL(wisherPhone.url()).pathname;
    await expect.poll(() => stateOf(wisherPhone)).toBe('pending_review');
    expect(await wisherPhone.getByTestId('wish-title').textContent()).toContain(title);
    await noSideScroll(wisherPhone);
  });

  it('community staff approve it in the console', async () => {
    await staff.goto(`${baseUrl}/wishes`);
    await staff.getByTestId('wish-row').filter({ hasText: title }).click();
    await staff.waitForURL(`**${wishPath}`);
    await staff.getByTestId('wish-approve').click();
    await staff.getByTestId('wish-approve-note-text').fill('符合条件，同意发布');
    await staff.getByTestId('wish-approve-note-submit').click();
    await expect.poll(() => stateOf(staff)).toBe('approved');
  });

  let helperPhone: Page;

  it('another resident finds it among the open wishes and claims it', async () => {
    helperPhone = await open(PHONE);
    await signIn(helperPhone, '/wishes', volunteer);
    await helperPhone.getByTestId('open-wishes').getByTestId('wish-card').filter({ hasText: title }).click();
    await helperPhone.waitForURL(`**${wishPath}`);
    await helperPhone.getByTestId('wish-claim').click();
    await expect.poll(() => stateOf(helperPhone)).toBe('claimed');
    // The volunteer never sees who wished it.
    expect(await helperPhone.getByTestId('wish-wisher').count()).toBe(0);
    await noSideScroll(helperPhone);
  });

  it('the volunteer fulfils it with a photo chosen on the phone', async () => {
    await helperPhone.getByTestId('wish-fulfil').click();
    const photos = helperPhone.getByTestId('wish-fulfil-photos');
    await photos
      .locator('input[type=file]')
      .setInputFiles({ name: 'radio.png', mimeType: 'image/png', buffer: solidPng(48, 48, [180, 60, 60]) });
    await photos.locator('img[src*="/thumbnail"]').waitFor();
    await helperPhone.getByTestId('wish-fulfil-note').fill('收音机已送到王大爷家，调好了戏曲频道');
    await helperPhone.getByTestId('wish-fulfil-submit').click();
    await expect.poll(() => stateOf(helperPhone)).toBe('fulfilled');
    const photo = helperPhone.getByTestId('wish-fulfilment').locator('img').first();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });

  it('the wisher confirms it on the phone, and sees every step on its timeline', async () => {
    await wisherPhone.reload();
    await wisherPhone.getByTestId('wish-fulfilment').locator('img').first().waitFor();
    await wisherPhone.getByTestId('wish-confirm').click();
    await wisherPhone.getByTestId('wish-confirm-note-text').fill('谢谢小李！');
    await wisherPhone.getByTestId('wish-confirm-note-submit').click();
    await expect.poll(() => stateOf(wisherPhone)).toBe('confirmed');
    const timeline = (await wisherPhone.getByTestId('wish-timeline').textContent()) ?? '';
    for (const step of ['发布', '审核通过', '认领', '圆梦', '确认']) expect(timeline).toContain(step);
    await noSideScroll(wisherPhone);
  });

  it('the community’s counts show the wish at every step', async () => {
    const after = await countsOf(staff);
    for (const step of STEPS) expect(after[step], step).toBe(before[step] + 1);
  });
});
