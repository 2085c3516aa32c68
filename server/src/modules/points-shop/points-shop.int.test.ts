import { randomUUID } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { userIds, useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';
import { auditLog } from '../audit/audit.tables.js';
import { balanceOf } from '../points/balance.js';
import { HELD_ACCOUNT, SHOP_ACCOUNT, userAccount } from '../points/ledger.js';
import { awardParticipation } from '../points/participation-awards.js';
import { shopItems, shopRedemptions } from './points-shop.tables.js';
import { expirePickups } from './redemption-steps.js';

const { t, c } = useTestApp(['admin', 'street', 'community', 'community2', 'resident', 'courier']);
const FORGED = '00000000-0000-4000-8000-000000000000';
const PASSWORD = 'Shop@2026pass';

let ids: Record<'resident' | 'courier', string>;
let partnerId: string;
/** A resident registered in 永昌's first community, and their id. */
let neighbour: { id: string; cookie: string };

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const refusal = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code, res.body).toBe(code);
};
/** Credits so many points: volunteer minutes at the default ten points an hour. */
const credit = (userId: string, points: number) =>
  awardParticipation(t.database.db, {
    userId,
    reason: 'volunteer_hours',
    source: `activity:${randomUUID()}`,
    quantity: points * 6,
  });
const newItem = async (body: Record<string, unknown> = {}, cookie = c.community) =>
  ok(
    await t.post('/api/shop-items', cookie, {
      partnerUnitId: partnerId,
      name: '洗衣液',
      points: 50,
      stock: 3,
      ...body,
    }),
    201,
  );
const redeem = (itemId: string, cookie: string, key?: string) =>
  t.call({
    method: 'POST',
    url: `/api/points-shop/items/${itemId}/redeem`,
    cookie,
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
const pointsOf = async (cookie: string) => ok(await t.get('/api/points', cookie));
const stockOf = async (itemId: string) => {
  const [row] = await t.database.db.select().from(shopItems).where(eq(shopItems.id, itemId));
  return row?.stock;
};

beforeAll(async () => {
  ids = await userIds(t.database.db, ['resident', 'courier']);
  const unit = await ok(
    await t.post('/api/partner-units', c.street, { name: '永昌便民超市', kind: 'company' }),
    201,
  );
  partnerId = unit.id;
  const created = await ok(
    await t.post('/api/users', c.admin, {
      username: 'shop-neighbour',
      displayName: '居民王先生',
      password: PASSWORD,
      phone: '+8613812340000',
      roles: ['resident'],
      regionCode: demo.yongchangCommunity,
    }),
    201,
  );
  neighbour = { id: created.id, cookie: await t.login('shop-neighbour', PASSWORD) };
});

describe('the items of the shop, kept by street and community staff', () => {
  it('puts an item on the community’s shop, shown to its staff and residents with the merchant', async () => {
    const item = await newItem({ description: '2kg 装' });
    expect(item).toMatchObject({
      regionCode: demo.yongchangCommunity,
      partnerUnitId: partnerId,
      partnerUnitName: '永昌便民超市',
      name: '洗衣液',
      points: 50,
      stock: 3,
      active: true,
    });
    const kept = await ok(await t.get('/api/shop-items', c.community));
    expect(kept.items.map((i: { id: string }) => i.id)).toContain(item.id);
    const shop = await ok(await t.get('/api/points-shop/items', neighbour.cookie));
    expect(shop.items.map((i: { id: string }) => i.id)).toContain(item.id);
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    expect(audit).toMatchObject({ action: 'shop_item.create', entity: 'shop_item' });
  });

  it('offers a street’s item to the residents of its communities, and not another street’s', async () => {
    const streetItem = await newItem({ regionCode: demo.yongchang, name: '街道纪念品' }, c.street);
    const other = await ok(
      await t.post('/api/partner-units', c.admin, {
        name: '前进药店',
        kind: 'company',
        regionCode: demo.qianjin,
      }),
      201,
    );
    const elsewhere = await newItem(
      { regionCode: demo.qianjinCommunity, partnerUnitId: other.id, name: '口罩' },
      c.admin,
    );
    const shop = (await ok(await t.get('/api/points-shop/items', neighbour.cookie))).items.map(
      (i: { id: string }) => i.id,
    );
    expect(shop).toContain(streetItem.id);
    expect(shop).not.toContain(elsewhere.id);
    await credit(neighbour.id, 10);
    refusal(await redeem(elsewhere.id, neighbour.cookie), 404, 'SHOP_ITEM_NOT_FOUND');
    // Another community's staff neither see nor change the first community's items.
    const theirs = await ok(await t.get('/api/shop-items', c.community2));
    expect(theirs.items.map((i: { id: string }) => i.id)).not.toContain(streetItem.id);
    refusal(
      await t.patch(`/api/shop-items/${streetItem.id}`, c.community2, { stock: 0 }),
      404,
      'SHOP_ITEM_NOT_FOUND',
    );
  });

  it('changes the price, stock and whether it is offered, with an audit row', async () => {
    const item = await newItem();
    const changed = await ok(
      await t.patch(`/api/shop-items/${item.id}`, c.community, { points: 80, stock: 9 }),
    );
    expect(changed).toMatchObject({ points: 80, stock: 9, active: true });
    const off = await ok(await t.patch(`/api/shop-items/${item.id}`, c.community, { active: false }));
    expect(off.active).toBe(false);
    const shop = await ok(await t.get('/api/points-shop/items', neighbour.cookie));
    expect(shop.items.map((i: { id: string }) => i.id)).not.toContain(item.id);
    await credit(neighbour.id, 5);
    refusal(await redeem(item.id, neighbour.cookie), 409, 'SHOP_ITEM_INACTIVE');
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'shop_item.create',
      'shop_item.update',
      'shop_item.update',
    ]);
  });

  it('refuses bad items with a 4xx and a code', async () => {
    refusal(
      await t.post('/api/shop-items', c.community, {
        partnerUnitId: partnerId,
        name: 'x',
        points: 0,
        stock: 1,
      }),
      400,
      'VALIDATION_FAILED',
    );
    refusal(
      await t.post('/api/shop-items', c.community, {
        partnerUnitId: partnerId,
        name: 'x',
        points: 5,
        stock: -1,
      }),
      400,
      'VALIDATION_FAILED',
    );
    refusal(
      await t.post('/api/shop-items', c.community, {
        partnerUnitId: partnerId,
        name: '',
        points: 5,
        stock: 1,
      }),
      400,
      'VALIDATION_FAILED',
    );
    refusal(
      await t.post('/api/shop-items', c.admin, {
        partnerUnitId: partnerId,
        name: 'x',
        points: 5,
        stock: 1,
        regionCode: demo.district,
      }),
      400,
      'SHOP_REGION_LEVEL',
    );
    refusal(
      await t.post('/api/shop-items', c.community, {
        partnerUnitId: partnerId,
        name: 'x',
        points: 5,
        stock: 1,
        regionCode: demo.qianjinCommunity,
      }),
      404,
      'REGION_NOT_FOUND',
    );
    refusal(
      await t.post('/api/shop-items', c.community, { partnerUnitId: FORGED, name: 'x', points: 5, stock: 1 }),
      404,
      'PARTNER_UNIT_NOT_FOUND',
    );
    refusal(
      await t.patch(`/api/shop-items/${FORGED}`, c.community, { stock: 1 }),
      404,
      'SHOP_ITEM_NOT_FOUND',
    );
    refusal(await t.patch(`/api/shop-items/${FORGED}`, c.community, {}), 400, 'VALIDATION_FAILED');
    refusal(
      await t.post('/api/shop-items', c.resident, {
        partnerUnitId: partnerId,
        name: 'x',
        points: 5,
        stock: 1,
      }),
      403,
      'SHOP_STAFF_ONLY',
    );
    refusal(await t.get('/api/shop-items', c.resident), 403, 'SHOP_STAFF_ONLY');
    expect((await t.get('/api/points-shop/items')).statusCode).toBe(401);
  });
});

describe('a redemption holds the points until the merchant completes it by the pickup code', () => {
  it('holds the price, takes one off the stock and gives a pickup code; the merchant completes it once', async () => {
    const item = await newItem({ points: 40, stock: 2 });
    await credit(ids.resident, 100);
    const before = await pointsOf(c.resident);
    const { redemption, replayed } = await ok(await redeem(item.id, c.resident as string), 201);
    expect(replayed).toBe(false);
    expect(redemption).toMatchObject({ itemId: item.id, itemName: '洗衣液', points: 40, state: 'pending' });
    expect(redemption.pickupCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(await stockOf(item.id)).toBe(1);
    const during = await pointsOf(c.resident);
    expect(during.balance).toBe(before.balance - 40);
    expect(during.held).toBe(before.held + 40);
    expect(during.entries[0]).toMatchObject({ amount: -40, reason: 'redeemed' });
    const mine = await ok(await t.get('/api/points-shop/redemptions?state=pending', c.resident));
    expect(mine.items.find((r: { id: string }) => r.id === redemption.id)?.pickupCode).toBe(
      redemption.pickupCode,
    );

    // The audit trail does not keep the code: a reader of the audit log could otherwise pick the item up.
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, redemption.id));
    expect(JSON.stringify(audits)).not.toContain(redemption.pickupCode);

    const shopBefore = await balanceOf(t.database.db, SHOP_ACCOUNT);
    // Another community's staff cannot complete it, whatever the code.
    refusal(
      await t.post('/api/shop-pickups', c.community2, { code: redemption.pickupCode }),
      404,
      'PICKUP_CODE_NOT_FOUND',
    );
    const done = await ok(
      await t.post('/api/shop-pickups', c.community, { code: redemption.pickupCode.toLowerCase() }),
    );
    expect(done).toMatchObject({ id: redemption.id, state: 'completed', points: 40, residentName: '居****' });
    expect(done.residentPhone).toMatch(/^138\*+5678$/);
    expect(done).not.toHaveProperty('pickupCode');
    refusal(
      await t.post('/api/shop-pickups', c.community, { code: redemption.pickupCode }),
      404,
      'PICKUP_CODE_NOT_FOUND',
    );
    expect(await balanceOf(t.database.db, SHOP_ACCOUNT)).toBe(shopBefore + 40);
    const after = await pointsOf(c.resident);
    expect(after).toMatchObject({ balance: before.balance - 40, held: before.held });
    expect(await stockOf(item.id)).toBe(1);
    const seen = await ok(await t.get('/api/points-shop/redemptions', c.resident));
    expect(seen.items.find((r: { id: string }) => r.id === redemption.id)).toMatchObject({
      state: 'completed',
      pickupCode: null,
    });
    refusal(
      await t.post(`/api/points-shop/redemptions/${redemption.id}/cancel`, c.resident),
      409,
      'REDEMPTION_NOT_PENDING',
    );
  });

  it('redeems once for a phone’s retry with the same Idempotency-Key', async () => {
    const item = await newItem({ points: 10, stock: 5 });
    await credit(ids.resident, 10);
    const key = randomUUID();
    const first = await ok(await redeem(item.id, c.resident as string, key), 201);
    const again = await ok(await redeem(item.id, c.resident as string, key), 200);
    expect(again).toMatchObject({ replayed: true, redemption: { id: first.redemption.id } });
    expect(await stockOf(item.id)).toBe(4);
    const other = await newItem({ points: 10, stock: 5 });
    refusal(await redeem(other.id, c.resident as string, key), 422, 'IDEMPOTENCY_KEY_REUSED');
    const rows = await t.database.db.select().from(shopRedemptions).where(eq(shopRedemptions.clientKey, key));
    expect(rows).toHaveLength(1);
  });

  it('refuses to overdraw: the available balance must cover the price, and nothing is taken', async () => {
    const item = await newItem({ points: 100_000, stock: 1 });
    const before = await pointsOf(c.courier as string);
    refusal(await redeem(item.id, c.courier as string), 409, 'POINTS_INSUFFICIENT');
    expect(await stockOf(item.id)).toBe(1);
    expect(await pointsOf(c.courier as string)).toMatchObject({ balance: before.balance, held: before.held });
  });

  it('gives the last one to one resident only, however many redeem it at once', async () => {
    const item = await newItem({ points: 1, stock: 1 });
    await credit(ids.resident, 5);
    await credit(ids.courier, 5);
    const answers = await Promise.all([
      redeem(item.id, c.resident as string),
      redeem(item.id, c.courier as string),
      redeem(item.id, neighbour.cookie),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    for (const a of answers.filter((x) => x.statusCode === 409))
      expect(a.json().error.code).toBe('SHOP_ITEM_OUT_OF_STOCK');
    expect(await stockOf(item.id)).toBe(0);
  });

  it('holds no more than the balance and completes a code once, however many ask at once', async () => {
    const item = await newItem({ points: 25, stock: 10 });
    const username = `shop-racer-${randomUUID().slice(0, 8)}`;
    const racer = await ok(
      await t.post('/api/users', c.admin, {
        username,
        displayName: '居民赵先生',
        password: PASSWORD,
        roles: ['resident'],
        regionCode: demo.yongchangCommunity,
      }),
      201,
    );
    const cookie = await t.login(username, PASSWORD);
    // Enough for two redemptions, not three.
    await credit(racer.id, 60);
    const fits = 2;
    const answers = await Promise.all(Array.from({ length: fits + 2 }, () => redeem(item.id, cookie)));
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(fits);
    for (const a of answers.filter((x) => x.statusCode !== 201)) refusal(a, 409, 'POINTS_INSUFFICIENT');
    expect(await pointsOf(cookie)).toMatchObject({ balance: 10, held: 50 });
    expect(await stockOf(item.id)).toBe(8);
    const code = answers.find((a) => a.statusCode === 201)?.json().redemption.pickupCode;
    const shopBefore = await balanceOf(t.database.db, SHOP_ACCOUNT);
    const pickups = await Promise.all(
      [c.community, c.street, c.community].map((staff) => t.post('/api/shop-pickups', staff, { code })),
    );
    expect(pickups.map((p) => p.statusCode).sort()).toEqual([200, 404, 404]);
    expect(await balanceOf(t.database.db, SHOP_ACCOUNT)).toBe(shopBefore + 25);
  });

  it('a resident cancels before pickup: the points come back and the item goes back on the shelf', async () => {
    const item = await newItem({ points: 30, stock: 1 });
    await credit(ids.resident, 30);
    const before = await pointsOf(c.resident as string);
    const { redemption } = await ok(await redeem(item.id, c.resident as string), 201);
    refusal(
      await t.post(`/api/points-shop/redemptions/${redemption.id}/cancel`, c.courier),
      404,
      'REDEMPTION_NOT_FOUND',
    );
    const cancelled = await ok(
      await t.post(`/api/points-shop/redemptions/${redemption.id}/cancel`, c.resident),
    );
    expect(cancelled).toMatchObject({ state: 'cancelled', pickupCode: null });
    expect(await stockOf(item.id)).toBe(1);
    const after = await pointsOf(c.resident as string);
    expect(after).toMatchObject({ balance: before.balance, held: before.held });
    expect(after.entries[0]).toMatchObject({ amount: 30, reason: 'redemption_cancelled' });
    refusal(
      await t.post(`/api/points-shop/redemptions/${redemption.id}/cancel`, c.resident),
      409,
      'REDEMPTION_NOT_PENDING',
    );
    refusal(
      await t.post('/api/shop-pickups', c.community, { code: redemption.pickupCode }),
      404,
      'PICKUP_CODE_NOT_FOUND',
    );
    refusal(
      await t.post(`/api/points-shop/redemptions/${FORGED}/cancel`, c.resident),
      404,
      'REDEMPTION_NOT_FOUND',
    );
  });

  it('calls off a redemption not picked up in time, once, however often the sweep runs', async () => {
    const item = await newItem({ points: 20, stock: 1 });
    await credit(ids.resident, 20);
    const { redemption } = await ok(await redeem(item.id, c.resident as string), 201);
    const deadline = new Date(redemption.pickupDeadline);
    // Seven days by default.
    expect(deadline.getTime() - new Date(redemption.createdAt).getTime()).toBe(7 * 86_400_000);
    // Earlier tests' redemptions fall due a moment before this one; this one waits for its own deadline.
    await expirePickups(t.database.db, new Date(deadline.getTime() - 1));
    const stateOf = async () =>
      (await t.database.db.select().from(shopRedemptions).where(eq(shopRedemptions.id, redemption.id)))[0]
        ?.state;
    expect(await stateOf()).toBe('pending');
    const before = await pointsOf(c.resident as string);
    const late = deadline;
    const [first, second] = [
      await expirePickups(t.database.db, late),
      await expirePickups(t.database.db, late),
    ];
    expect(first).toBe(1);
    expect(second).toBe(0);
    expect(await stateOf()).toBe('expired');
    expect(await stockOf(item.id)).toBe(1);
    expect(await pointsOf(c.resident as string)).toMatchObject({
      balance: before.balance + 20,
      held: before.held - 20,
    });
    refusal(
      await t.post('/api/shop-pickups', c.community, { code: redemption.pickupCode }),
      404,
      'PICKUP_CODE_NOT_FOUND',
    );
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, redemption.id), eq(auditLog.action, 'shop_redemption.expire')));
    expect(audits).toHaveLength(1);
  });

  it('shows staff the redemptions of their shops with the resident masked and no code', async () => {
    const list = await ok(await t.get('/api/shop-redemptions', c.community));
    expect(list.items.length).toBeGreaterThan(0);
    for (const r of list.items) {
      expect(r).not.toHaveProperty('pickupCode');
      expect(r.regionCode.startsWith(demo.yongchangCommunity)).toBe(true);
      if (r.residentPhone !== null) expect(r.residentPhone).toContain('*');
    }
    const theirs = await ok(await t.get('/api/shop-redemptions', c.community2));
    expect(theirs.items).toEqual([]);
  });

  it('refuses malformed redemption input with a 4xx', async () => {
    refusal(await redeem('not-a-uuid', c.resident as string), 400, 'VALIDATION_FAILED');
    refusal(await redeem(FORGED, c.resident as string), 404, 'SHOP_ITEM_NOT_FOUND');
    refusal(await redeem(FORGED, c.resident as string, 'bad key!'), 400, 'VALIDATION_FAILED');
    refusal(await t.post('/api/shop-pickups', c.community, { code: '' }), 400, 'VALIDATION_FAILED');
    refusal(await t.post('/api/shop-pickups', c.community, { code: 'AB CD' }), 400, 'VALIDATION_FAILED');
    refusal(await t.post('/api/shop-pickups', c.resident, { code: 'ABCDEFGH' }), 403, 'SHOP_STAFF_ONLY');
    refusal(await t.get('/api/points-shop/redemptions?state=lost', c.resident), 400, 'VALIDATION_FAILED');
    const [held] = await t.database.db
      .select()
      .from(shopRedemptions)
      .where(like(shopRedemptions.regionCode, `${demo.qianjin}%`));
    expect(held).toBeUndefined();
  });
});

describe('the ledger behind the shop', () => {
  it('keeps system:held equal to the points of the pending redemptions', async () => {
    const pending = await t.database.db
      .select()
      .from(shopRedemptions)
      .where(eq(shopRedemptions.state, 'pending'));
    const sum = pending.reduce((s, r) => s + r.points, 0);
    expect(await balanceOf(t.database.db, HELD_ACCOUNT)).toBe(sum);
    expect(await balanceOf(t.database.db, userAccount(ids.resident))).toBeGreaterThanOrEqual(0);
  });
});
