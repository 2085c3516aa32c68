import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { PHONE, peopleOf } from './harness/contexts.js';
import { demoPassword } from './harness/demo.js';

const baseUrl = inject('baseUrl');
const MERCHANT = '永昌积分超市便利店';
const ITEM = '环保购物袋';
const PRICE = 5;
const MINUTE = 60_000;

interface Settings {
  participationPoints: { volunteerHour: number; deliberation: number; wishFulfilled: number };
}

/**
 * A volunteer's day, every step through the UI: a resident signs up on their phone for an activity of
 * their community's team, checks in and out by the code staff show on site, and has verified hours and
 * the points for them; with those points they redeem an item in the points shop, and staff, for the
 * merchant, complete it by its pickup code.
 */
describe('volunteering earns points that the points shop turns into an item picked up by its code', () => {
  let browser: Browser;
  const s: Record<string, ApiSession> = {};
  let communityCode = '';
  let activityId = '';
  let rules: Settings['participationPoints'] | undefined;
  // A resident of their own, so that no other test's points move this one's balance.
  const volunteer = `volunteer-${Date.now().toString(36)}`;

  const { open, signIn, closeAll } = peopleOf(baseUrl, () => browser);
  /** The on-site code as the staff's screen shows it now: the QR code and, under it, its token. */
  const siteToken = async (page: Page): Promise<string> => {
    await page.getByTestId('site-code-open').click();
    await page.getByTestId('site-code-qr').locator('canvas').waitFor();
    const token = (await page.getByTestId('site-code-token').textContent())?.trim() ?? '';
    await page.getByTestId('site-code-close').click();
    return token;
  };
  const balanceOf = async (page: Page) => Number(await page.getByTestId('points-balance').textContent());

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const who of ['admin', 'street', 'community']) s[who] = await signInThroughApi(baseUrl, who);
    const me = await s.community?.get<{ user: { jurisdiction: { code: string } } }>('/api/auth/me');
    communityCode = me?.body.user.jurisdiction.code ?? '';
    expect(communityCode).toMatch(/^\d{12}$/);

    // Ten points a minute rather than an hour, so that a minute on site earns enough for the item; the
    // city's rule is put back after.
    const settings = await s.admin?.get<Settings>('/api/settings');
    rules = settings?.body.participationPoints;
    expect(rules).toBeDefined();
    const changed = await s.admin?.put('/api/settings/participationPoints', {
      value: { ...rules, volunteerHour: 600 },
    });
    expect(changed?.status, JSON.stringify(changed?.body)).toBe(200);

    const created = await s.admin?.post('/api/users', {
      username: volunteer,
      displayName: '志愿者小周',
      password: demoPassword,
      roles: ['resident'],
      regionCode: communityCode,
    });
    expect(created?.status, JSON.stringify(created?.body)).toBe(201);
    // The merchant is a partner unit of the street's alliance; merchants have no accounts.
    const unit = await s.street?.post('/api/partner-units', { name: MERCHANT, kind: 'company' });
    expect(unit?.status, JSON.stringify(unit?.body)).toBe(201);

    const team = await s.community?.post<{ id: string }>('/api/volunteer-teams', {
      name: '永昌社区环境志愿服务队',
      focus: '环境',
    });
    expect(team?.status, JSON.stringify(team?.body)).toBe(201);
    // Begun ten minutes ago: the minutes count only inside the activity's span.
    const activity = await s.community?.post<{ id: string }>('/api/volunteer-activities', {
      teamId: team?.body.id,
      title: '楼道清理',
      place: '5号楼',
      startsAt: new Date(Date.now() - 10 * MINUTE).toISOString(),
      endsAt: new Date(Date.now() + 120 * MINUTE).toISOString(),
      capacity: 8,
    });
    expect(activity?.status, JSON.stringify(activity?.body)).toBe(201);
    activityId = activity?.body.id ?? '';
  });

  afterAll(async () => {
    if (rules) await s.admin?.put('/api/settings/participationPoints', { value: rules });
    await closeAll();
    await browser?.close();
  });

  let staff: Page;
  let phone: Page;
  let checkedInAt = 0;
  let pickupCode = '';
  let itemId = '';

  it('community staff put an item of the merchant on the points shop’s shelf', async () => {
    staff = await open();
    await signIn(staff, '/shop', 'community');
    await staff.getByTestId('shop-item-add').click();
    const form = staff.getByTestId('shop-item-form');
    await form.waitFor();
    await staff.getByTestId('shop-item-unit').click();
    await staff.locator('.ant-select-item-option').filter({ hasText: MERCHANT }).first().click();
    await staff.getByTestId('shop-item-name').fill(ITEM);
    await form.getByTestId('shop-item-points').fill(String(PRICE));
    await form.getByTestId('shop-item-stock').fill('3');
    await staff.getByTestId('shop-item-submit').click();
    const row = staff.locator('[data-testid^="shop-item-row-"]').filter({ hasText: ITEM }).first();
    await row.waitFor();
    itemId = (await row.getAttribute('data-testid'))?.replace('shop-item-row-', '') ?? '';
    expect(itemId).not.toBe('');
  });

  it('a resident signs up on the phone and checks in with the code shown on site', async () => {
    phone = await open(PHONE);
    await signIn(phone, `/volunteers/activities/${activityId}`, volunteer);
    await phone.getByTestId('activity-sign-up').click();
    await phone.getByTestId('activity-check-in').waitFor();

    await staff.goto(`${baseUrl}/volunteers/activities/${activityId}`);
    const token = await siteToken(staff);
    expect(token).not.toBe('');

    // No camera here: the phone takes the code typed, as where the browser cannot scan.
    await phone.getByTestId('activity-check-in').click();
    await phone.getByTestId('check-in-token').fill(token);
    await phone.getByTestId('check-in-submit').click();
    checkedInAt = Date.now();
    await phone.getByTestId('activity-check-out').waitFor();
  });

  it('checks out a minute later with a fresh code, and has the verified time and its points', async () => {
    // A real minute on site: the hours are what the two scans prove.
    const waited = Date.now() - checkedInAt;
    if (waited < 65_000) await phone.waitForTimeout(65_000 - waited);
    await staff.reload();
    const token = await siteToken(staff);

    await phone.getByTestId('activity-check-out').click();
    await phone.getByTestId('check-out-token').fill(token);
    await phone.getByTestId('check-out-submit').click();
    await phone.getByTestId('activity-earned').waitFor();

    await phone.goto(`${baseUrl}/points`);
    await expect.poll(() => balanceOf(phone)).toBeGreaterThanOrEqual(10);
    const entries = phone.getByTestId('points-entries');
    await entries.getByText('志愿服务时长').first().waitFor();
  }, 150_000);

  it('redeems the item in the points shop, which holds the points and shows the pickup code', async () => {
    const before = await balanceOf(phone);
    await phone.getByTestId('points-shop-link').click();
    await phone.waitForURL('**/points/shop');
    const card = phone.getByTestId(`shop-item-${itemId}`);
    await card.getByText(ITEM).waitFor();
    await phone.getByTestId(`shop-redeem-${itemId}`).click();
    await phone.getByTestId('shop-redeem-confirm').click();
    const code = phone.getByTestId('shop-redeemed').getByTestId('shop-pickup-code');
    await code.waitFor();
    pickupCode = (await code.textContent())?.replace(/\s/g, '') ?? '';
    expect(pickupCode).toMatch(/^[A-Z2-9]{8}$/);
    await expect
      .poll(async () => Number(await phone.getByTestId('shop-balance').textContent()))
      .toBe(before - PRICE);
    // The phone must not scroll sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('staff complete the pickup by its code for the merchant; the resident sees it picked up', async () => {
    await staff.goto(`${baseUrl}/shop`);
    await staff.getByTestId('shop-redemptions-tab').click();
    await staff.getByTestId('pickup-code-input').fill(pickupCode);
    await staff.getByTestId('pickup-submit').click();
    await expect.poll(() => staff.getByTestId('pickup-result').textContent()).toContain(ITEM);
    // A code completes once.
    await staff.getByTestId('pickup-code-input').fill(pickupCode);
    await staff.getByTestId('pickup-submit').click();
    await staff.getByTestId('pickup-invalid').or(staff.getByTestId('pickup-error')).waitFor();

    await phone.reload();
    await phone.getByTestId('shop-tab-mine').click();
    const mine = phone.getByTestId('my-redemptions');
    await mine.getByText(ITEM).first().waitFor();
    await expect.poll(() => mine.getByTestId('shop-pickup-code').count()).toBe(0);
  });
});
