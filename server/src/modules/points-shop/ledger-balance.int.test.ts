import { randomUUID } from 'node:crypto';
import { eq, inArray, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors/app-error.js';
import { useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';
import { type AuthUser, toAuthUser } from '../auth/auth-user.js';
import { balanceOf } from '../points/balance.js';
import { expirePoints } from '../points/expiry.js';
import { EARNING_KINDS, expiryCut } from '../points/expiry-rules.js';
import { heldFor } from '../points/holds.js';
import { HELD_ACCOUNT, userAccount } from '../points/ledger.js';
import { listPoints } from '../points/list-points.js';
import { awardParticipation } from '../points/participation-awards.js';
import { pointEntries, pointTransfers } from '../points/points.tables.js';
import { users } from '../users/users.tables.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import { createItem } from './items.js';
import { shopItems, shopRedemptions } from './points-shop.tables.js';
import { redeemItem } from './redeem.js';
import { cancelRedemption, completePickup, expirePickups } from './redemption-steps.js';
import type { ShopDeps } from './shop-deps.js';

/**
 * The property of the ledger (积分账本): after any sequence of earns, redemptions (holds), pickups,
 * cancellations, lapsed pickups and expiries, every balance is the sum of its entries and agrees with a
 * model of what should have happened, every transfer balances, no user is overdrawn, what is held is what
 * the pending redemptions hold, and each item's stock is its first stock less what was taken and not put back.
 * A seeded generator (no fast-check in the tree) makes each run repeatable: NEEDLE_PROPERTY_SEED replays one.
 */
const { t } = useTestApp([]);
const SEED = Number(process.env.NEEDLE_PROPERTY_SEED ?? 20_261_202);
const RUNS = 2;
const STEPS = 70;
const EXPIRY_MONTHS = 1;
const DAY = 86_400_000;

/** mulberry32: a small, well-mixed 32-bit generator, so a seed replays the same run. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T,
  };
}

interface Lot {
  at: Date;
  points: number;
}
interface ModelUser {
  user: AuthUser;
  balance: number;
  held: number;
  lots: Lot[];
  /** Earned less balance: everything that left net of what came back (the FIFO counter). */
  expiredMonths: Set<string>;
}
interface Pending {
  id: string;
  userId: string;
  itemId: string;
  points: number;
  code: string;
  deadline: Date;
}

let staff: AuthUser;
let people: AuthUser[];
let partnerId: string;

beforeAll(async () => {
  const rows = await t.database.db
    .select()
    .from(users)
    .where(inArray(users.username, ['community', 'resident', 'courier', 'grid']));
  const byName = (name: string) => toAuthUser(rows.find((r) => r.username === name) as (typeof rows)[number]);
  staff = byName('community');
  people = [byName('resident'), byName('courier'), byName('grid')];
  const [unit] = await t.database.db
    .insert(partnerUnits)
    .values({ districtCode: demo.district, name: '永昌积分超市', kind: 'shop', regionCode: demo.yongchang })
    .returning();
  partnerId = unit?.id as string;
});

/** The users' earnings before `before`, in the model. */
const earnedBefore = (m: ModelUser, before: Date) =>
  m.lots.filter((l) => l.at.getTime() < before.getTime()).reduce((s, l) => s + l.points, 0);
const earned = (m: ModelUser) => m.lots.reduce((s, l) => s + l.points, 0);

async function run(seed: number): Promise<void> {
  const rnd = generator(seed);
  const db = t.database.db;
  // Each run starts in a month of its own, far from the other runs' earnings.
  let now = new Date(Date.UTC(2031 + (seed % 50), 0, 1, 4));
  const deps: ShopDeps = { db, regions: t.regions, now: () => now };
  const model = new Map<string, ModelUser>();
  const at = (u: AuthUser) => model.get(u.id) as ModelUser;
  for (const u of people) {
    // What the users had before the run (an earlier run's leftovers) is counted in, never assumed away.
    const balance = await balanceOf(db, userAccount(u.id));
    const all = await db
      .select({ amount: pointEntries.amount, at: pointTransfers.createdAt })
      .from(pointEntries)
      .innerJoin(pointTransfers, eq(pointTransfers.id, pointEntries.transferId))
      .where(
        sql`${pointEntries.account} = ${userAccount(u.id)} and ${inArray(pointTransfers.kind, [...EARNING_KINDS])}`,
      );
    model.set(u.id, {
      user: u,
      balance,
      held: await heldFor(db, u.id),
      lots: all.map((r) => ({ at: r.at, points: r.amount })),
      expiredMonths: new Set(),
    });
  }
  const items = new Map<string, { stock: number }>();
  for (const [points, stock] of [
    [15, 3],
    [40, 2],
    [90, 1],
  ] as const) {
    const item = await createItem(deps, staff, {
      regionCode: demo.yongchangCommunity,
      partnerUnitId: partnerId,
      name: `积分商品 ${points}`,
      points,
      stock,
    });
    items.set(item.id, { stock });
  }
  const pending: Pending[] = [];
  const log: string[] = [];
  const refused = async (work: Promise<unknown>, code: string) => {
    const err = await work.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err instanceof AppError ? err.code : err, `seed ${seed}: ${log.join(' → ')}`).toBe(code);
  };

  for (let step = 0; step < STEPS; step++) {
    now = new Date(now.getTime() + rnd.int(4 * DAY));
    const roll = rnd.next();
    if (roll < 0.3) {
      const u = rnd.pick(people);
      const minutes = 30 + rnd.int(300);
      const got = await awardParticipation(db, {
        userId: u.id,
        reason: 'volunteer_hours',
        source: `activity:${randomUUID()}`,
        quantity: minutes,
        at: now,
      });
      expect(got).toBe(Math.floor((minutes * 10) / 60));
      at(u).balance += got;
      at(u).lots.push({ at: now, points: got });
      log.push(`earn ${got}`);
    } else if (roll < 0.6) {
      const u = rnd.pick(people);
      const itemId = rnd.pick([...items.keys()]);
      const [row] = await db.select().from(shopItems).where(eq(shopItems.id, itemId));
      const price = row?.points as number;
      const m = at(u);
      if ((items.get(itemId)?.stock ?? 0) === 0) {
        await refused(redeemItem(deps, u, itemId), 'SHOP_ITEM_OUT_OF_STOCK');
        log.push('redeem: out of stock');
      } else if (m.balance < price) {
        await refused(redeemItem(deps, u, itemId), 'POINTS_INSUFFICIENT');
        log.push('redeem: too few points');
      } else {
        const { redemption } = await redeemItem(deps, u, itemId);
        m.balance -= price;
        m.held += price;
        (items.get(itemId) as { stock: number }).stock--;
        pending.push({
          id: redemption.id,
          userId: u.id,
          itemId,
          points: price,
          code: redemption.pickupCode as string,
          deadline: new Date(redemption.pickupDeadline),
        });
        log.push(`redeem ${price}`);
      }
    } else if (roll < 0.75 && pending.length > 0) {
      const p = pending[rnd.int(pending.length)] as Pending;
      if (p.deadline.getTime() <= now.getTime()) {
        await refused(completePickup(deps, staff, p.code), 'PICKUP_CODE_NOT_FOUND');
        log.push('pickup: too late');
      } else {
        await completePickup(deps, staff, p.code);
        at(model.get(p.userId)?.user as AuthUser).held -= p.points;
        pending.splice(pending.indexOf(p), 1);
        await refused(completePickup(deps, staff, p.code), 'PICKUP_CODE_NOT_FOUND');
        log.push(`pickup ${p.points}`);
      }
    } else if (roll < 0.87 && pending.length > 0) {
      const p = pending[rnd.int(pending.length)] as Pending;
      const owner = model.get(p.userId) as ModelUser;
      await cancelRedemption(deps, owner.user, p.id);
      owner.balance += p.points;
      owner.held -= p.points;
      (items.get(p.itemId) as { stock: number }).stock++;
      pending.splice(pending.indexOf(p), 1);
      await refused(cancelRedemption(deps, owner.user, p.id), 'REDEMPTION_NOT_PENDING');
      log.push(`cancel ${p.points}`);
    } else {
      // The sweep: lapsed pickups first, then expiry, as sweepPoints runs them.
      await expirePickups(db, now);
      for (const p of pending.filter((x) => x.deadline.getTime() <= now.getTime())) {
        const owner = model.get(p.userId) as ModelUser;
        owner.balance += p.points;
        owner.held -= p.points;
        (items.get(p.itemId) as { stock: number }).stock++;
        pending.splice(pending.indexOf(p), 1);
      }
      await expirePoints(db, now, EXPIRY_MONTHS);
      const { before, ended } = expiryCut(now, EXPIRY_MONTHS);
      for (const m of model.values()) {
        // The model's FIFO, written out on its own: the old lots less what has left the account.
        const left = earnedBefore(m, before) - (earned(m) - m.balance);
        const expiring = Math.max(0, Math.min(m.balance, left));
        if (expiring > 0 && !m.expiredMonths.has(ended)) {
          m.balance -= expiring;
          m.expiredMonths.add(ended);
        }
      }
      log.push(`sweep ${now.toISOString().slice(0, 10)}`);
    }
    await checkInvariants(seed, log, model, items, pending);
  }
  // What is still pending is called off, so the next run starts with nothing waiting for pickup.
  for (const p of [...pending]) {
    const owner = model.get(p.userId) as ModelUser;
    await cancelRedemption(deps, owner.user, p.id);
    owner.balance += p.points;
    owner.held -= p.points;
    (items.get(p.itemId) as { stock: number }).stock++;
    pending.splice(pending.indexOf(p), 1);
  }
  await checkInvariants(seed, log, model, items, pending);
  // And the user's own page says the same: the balance, the sum of every entry, and nothing held.
  for (const m of model.values()) {
    const shown = await listPoints(db, m.user.id, { page: 1, pageSize: 100 });
    const entries = await db
      .select({ amount: pointEntries.amount })
      .from(pointEntries)
      .where(eq(pointEntries.account, userAccount(m.user.id)));
    expect(shown.balance).toBe(entries.reduce((sum, e) => sum + e.amount, 0));
    expect({ balance: shown.balance, held: shown.held }).toEqual({ balance: m.balance, held: 0 });
  }
}

async function checkInvariants(
  seed: number,
  log: string[],
  model: Map<string, ModelUser>,
  items: Map<string, { stock: number }>,
  pending: Pending[],
): Promise<void> {
  const db = t.database.db;
  const why = `seed ${seed}, after ${log.length} steps: ${log.slice(-6).join(' → ')}`;
  // Every transfer balances, with two legs or more: the database's commit check, read back.
  const unbalanced = await db
    .select({ id: pointEntries.transferId })
    .from(pointEntries)
    .groupBy(pointEntries.transferId)
    .having(sql`sum(${pointEntries.amount}) <> 0 or count(*) < 2`);
  expect(unbalanced, why).toEqual([]);
  // Points are neither made nor lost: all accounts together sum to zero.
  const [all] = await db
    .select({ total: sql<number>`coalesce(sum(${pointEntries.amount}), 0)::int` })
    .from(pointEntries);
  expect(Number(all?.total), why).toBe(0);
  for (const m of model.values()) {
    const [balance, held] = await Promise.all([
      balanceOf(db, userAccount(m.user.id)),
      heldFor(db, m.user.id),
    ]);
    expect({ balance, held }, why).toEqual({ balance: m.balance, held: m.held });
    expect(balance, why).toBeGreaterThanOrEqual(0);
  }
  // What is held is what the pending redemptions hold, in the ledger and in the shop's table alike.
  const pendingRows = await db
    .select({
      userId: shopRedemptions.userId,
      points: shopRedemptions.points,
      itemId: shopRedemptions.itemId,
    })
    .from(shopRedemptions)
    .where(eq(shopRedemptions.state, 'pending'));
  const heldTotal = await balanceOf(db, HELD_ACCOUNT);
  expect(heldTotal, why).toBe(pendingRows.reduce((s, r) => s + r.points, 0));
  for (const m of model.values()) {
    const theirs = pendingRows.filter((r) => r.userId === m.user.id).reduce((s, r) => s + r.points, 0);
    expect(theirs, why).toBe(m.held);
  }
  expect(pendingRows.filter((r) => items.has(r.itemId)).length, why).toBe(pending.length);
  // Stock: the model's count, never below zero.
  const stocks = await db
    .select({ id: shopItems.id, stock: shopItems.stock })
    .from(shopItems)
    .where(inArray(shopItems.id, [...items.keys()]));
  for (const s of stocks) {
    expect(s.stock, why).toBe(items.get(s.id)?.stock);
    expect(s.stock, why).toBeGreaterThanOrEqual(0);
  }
}

describe('the points ledger under random sequences (a property test)', () => {
  it(`keeps every balance the sum of its entries, and the model's, over ${RUNS} runs of ${STEPS} steps`, async () => {
    for (let r = 0; r < RUNS; r++) await run(SEED + r);
    // The runs did exercise what they are about.
    const kinds = await t.database.db
      .selectDistinct({ kind: pointTransfers.kind })
      .from(pointTransfers)
      .where(like(pointTransfers.source, '%:%'));
    expect(kinds.map((k) => k.kind).sort()).toEqual(
      expect.arrayContaining([
        'points_expired',
        'redeemed',
        'redemption_cancelled',
        'redemption_completed',
        'volunteer_hours',
      ]),
    );
  }, 60_000);
});
