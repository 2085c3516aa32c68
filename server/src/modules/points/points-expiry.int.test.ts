import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';
import { expectOk } from '../../test/test-app.js';
import { sweepPoints } from '../points-shop/points-sweep.js';
import { balanceOf } from './balance.js';
import { expirePoints } from './expiry.js';
import { monthStart } from './expiry-rules.js';
import { EXPIRED_ACCOUNT, SHOP_ACCOUNT, transferLegs, userAccount } from './ledger.js';
import { listPoints } from './list-points.js';
import { awardParticipation } from './participation-awards.js';
import { pointEntries, pointTransfers } from './points.tables.js';
import { postTransfer } from './post-transfer.js';

const { t, c } = useTestApp(['admin']);
const PASSWORD = 'Expiry@2026pass';

/** A user of the test's own, so no other test's points mix in. */
async function newResident(): Promise<{ id: string; cookie: string }> {
  const username = `expiry-${randomUUID().slice(0, 8)}`;
  const res = await t.post('/api/users', c.admin, {
    username,
    displayName: '居民刘女士',
    password: PASSWORD,
    roles: ['resident'],
    regionCode: demo.yongchangCommunity,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id, cookie: await t.login(username, PASSWORD) };
}
const earn = (userId: string, points: number, at: Date) =>
  awardParticipation(t.database.db, {
    userId,
    reason: 'wish_fulfilled',
    source: `wish:${randomUUID()}`,
    quantity: points / 20,
    at,
  });
const spend = (userId: string, amount: number, at: Date) =>
  postTransfer(t.database.db, {
    kind: 'redeemed',
    userId,
    caseId: null,
    at,
    legs: transferLegs(userAccount(userId), SHOP_ACCOUNT, amount),
  });
// Mid-month in China time, so no instant is near a month's edge.
const mid = (month: string) => new Date(monthStart(month).getTime() + 14 * 86_400_000);
const balance = (userId: string) => balanceOf(t.database.db, userAccount(userId));

describe('points expire by rule (pointsExpiryMonths)', () => {
  beforeAll(async () => {
    expectOk(await t.put('/api/settings/pointsExpiryMonths', c.admin, { value: 2 }), 'expiry months');
  });

  it('expire at the end of the month N months after they were earned, what spending (oldest first) left of them', async () => {
    const u = await newResident();
    await earn(u.id, 100, mid('2032-01'));
    await spend(u.id, 30, mid('2032-02'));
    await earn(u.id, 40, mid('2032-03'));
    // January's points last through March (two months on): nothing goes in March.
    expect(await expirePoints(t.database.db, mid('2032-03'), 2)).toBe(0);
    expect(await balance(u.id)).toBe(110);
    // April's first sweep: 70 of January's 100 are left after spending 30, and they expire.
    await expirePoints(t.database.db, monthStart('2032-04'), 2);
    expect(await balance(u.id)).toBe(40);
    const [expiry] = await t.database.db
      .select()
      .from(pointTransfers)
      .where(and(eq(pointTransfers.userId, u.id), eq(pointTransfers.kind, 'points_expired')));
    expect(expiry).toMatchObject({ source: 'expiry:2032-03' });
    // Run again, in the same month or from another process: nothing more.
    await expirePoints(t.database.db, mid('2032-04'), 2);
    expect(await balance(u.id)).toBe(40);
    // March's 40 go at the end of May.
    await expirePoints(t.database.db, mid('2032-05'), 2);
    expect(await balance(u.id)).toBe(40);
    await expirePoints(t.database.db, mid('2032-06'), 2);
    expect(await balance(u.id)).toBe(0);
  });

  it('shows the resident what expires at the end of this month, and never expires with the rule at 0', async () => {
    const u = await newResident();
    const now = new Date();
    // Earned three months ago: with a two-month rule it goes at the end of this month.
    await earn(u.id, 60, new Date(now.getTime() - 80 * 86_400_000));
    const page = expectOk(await t.get('/api/points', u.cookie)).json();
    expect(page.balance).toBe(60);
    expect(page.held).toBe(0);
    expect(page.expiring?.points).toBeGreaterThan(0);
    expect(new Date(page.expiring.at).getTime()).toBeGreaterThan(now.getTime());
    const never = await listPoints(t.database.db, u.id, { page: 1, pageSize: 20 }, { now, months: 0 });
    expect(never.expiring).toBeNull();
    expect(await expirePoints(t.database.db, new Date(now.getTime() + 400 * 86_400_000), 0)).toBe(0);
    expect(await balance(u.id)).toBe(60);
  });

  it('runs in the points sweep, with the rule from the settings', async () => {
    const u = await newResident();
    await earn(u.id, 20, mid('2029-01'));
    const swept = await sweepPoints(t.database.db, mid('2029-04'));
    expect(swept.expired).toBeGreaterThanOrEqual(1);
    expect(await balance(u.id)).toBe(0);
    const [expiry] = await t.database.db
      .select({ id: pointTransfers.id })
      .from(pointTransfers)
      .where(and(eq(pointTransfers.userId, u.id), eq(pointTransfers.kind, 'points_expired')));
    const legs = await t.database.db
      .select()
      .from(pointEntries)
      .where(eq(pointEntries.transferId, expiry?.id ?? 0));
    expect(legs.map((l) => [l.account, l.amount]).sort()).toEqual([
      [EXPIRED_ACCOUNT, 20],
      [userAccount(u.id), -20],
    ]);
  });

  it('refuses a rule that is not a whole number of months from 0 to 120', async () => {
    for (const value of [-1, 1.5, 121, '12']) {
      const res = await t.put('/api/settings/pointsExpiryMonths', c.admin, { value });
      expect(res.statusCode, JSON.stringify(value)).toBe(400);
      expect(res.json().error.code).toBe('SETTING_INVALID');
    }
  });
});
