import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { ok, refusal } from '../../test/answers.js';
import { grid001, MANHOLE, uploadPhoto, usePointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { RegionsService } from '../regions/regions.service.js';
import { sweepOverdueOrders } from './escalation-sweep.js';
import { rectificationOrders, shopCases } from './inspections.tables.js';

const { t, c } = useTestApp(['admin', 'street', 'community', 'community2', 'grid', 'resident']);
const at = usePointIn(t, c);

let shopId: string;
let code: string;

beforeAll(async () => {
  const shop = await ok(
    await t.post('/api/inspection-targets', c.grid, {
      regionCode: grid001,
      kind: 'shop',
      name: '老王烧烤',
      address: '义和路18号',
      lat: at.lat,
      lng: at.lng,
    }),
    201,
  );
  shopId = shop.id;
  expect(shop.frontageDuties).toEqual(['包卫生', '包绿化', '包秩序', '包设施', '包市容']);
  code = (await ok(await t.get(`/api/inspection-targets/${shopId}/code`, c.community))).code;
});

const inspect = (failed: string[], cookie = c.grid) =>
  t.post('/api/inspections', cookie, {
    targetId: shopId,
    results: ['门前卫生整洁', '无占道经营', '消防器材完好、通道畅通'].map((item) => ({
      item,
      ok: !failed.includes(item),
      note: failed.includes(item) ? `${item}：不合格` : '',
    })),
    fixWithinDays: 5,
  });

describe('an inspection, its rectification orders and 回头看', () => {
  let orderId: string;

  it('turns each failed item into an order with a deadline, once per Idempotency-Key', async () => {
    expect(await ok(await t.get('/api/inspection-checklists?kind=shop', c.grid))).toContain('无占道经营');
    const photo = await uploadPhoto(t, c.grid);
    const key = randomUUID();
    const body = {
      targetId: shopId,
      results: [
        { item: '无占道经营', ok: false, note: '桌椅摆到人行道' },
        { item: '门前卫生整洁', ok: true },
      ],
      photoIds: [photo],
    };
    const send = () =>
      t.call({
        method: 'POST',
        url: '/api/inspections',
        cookie: c.grid,
        payload: body,
        headers: { 'idempotency-key': key },
      });
    const done = await ok(await send(), 201);
    expect(done.passed).toBe(false);
    expect(done.orders).toHaveLength(1);
    expect(done.orders[0]).toMatchObject({
      item: '无占道经营',
      finding: '桌椅摆到人行道',
      state: 'open',
      overdue: false,
      photoIds: [photo],
    });
    orderId = done.orders[0].id;
    expect((await ok(await send())).replayed).toBe(true);
  });

  it('closes the order when the follow-up confirms it fixed, and refuses a second follow-up', async () => {
    const closed = await ok(
      await t.post(`/api/rectification-orders/${orderId}/follow-ups`, c.grid, {
        fixed: true,
        note: '已清理',
      }),
    );
    expect(closed).toMatchObject({ state: 'closed', reopened: 0 });
    refusal(
      await t.post(`/api/rectification-orders/${orderId}/follow-ups`, c.grid, { fixed: true, note: '再看' }),
      409,
      'ORDER_CLOSED',
    );
  });

  it('reopens an order a follow-up finds not fixed, with a new deadline', async () => {
    const done = await ok(await inspect(['消防器材完好、通道畅通']), 201);
    const id = done.orders[0].id;
    const reopened = await ok(
      await t.post(`/api/rectification-orders/${id}/follow-ups`, c.community, {
        fixed: false,
        note: '灭火器仍过期',
        fixWithinDays: 2,
      }),
    );
    expect(reopened).toMatchObject({ state: 'open', reopened: 1 });
    expect(new Date(reopened.deadline).getTime()).toBeLessThan(new Date(done.orders[0].deadline).getTime());
  });

  it('flags the repeat offender and escalates an overdue order, to the street after three days', async () => {
    const targets = await ok(
      await t.get(
        `/api/inspection-targets?regionCode=${demo.yongchangCommunity}&repeatOnly=true`,
        c.community,
      ),
    );
    expect(targets.map((x: { id: string }) => x.id)).toContain(shopId);
    const open = (
      await ok(await t.get(`/api/rectification-orders?targetId=${shopId}&state=open`, c.street))
    )[0];
    await t.database.db
      .update(rectificationOrders)
      .set({ deadline: new Date(Date.now() - 4 * 86_400_000) })
      .where(eq(rectificationOrders.id, open.id));
    const overdue = await ok(await t.get('/api/rectification-orders?overdueOnly=true', c.street));
    expect(overdue.find((o: { id: string }) => o.id === open.id)).toMatchObject({
      overdue: true,
      escalation: 'street',
    });
    const listed = await ok(await t.get(`/api/inspection-targets?regionCode=${grid001}`, c.grid));
    expect(listed.find((x: { id: string }) => x.id === shopId)).toMatchObject({
      overdueOrders: 1,
      lastPassed: false,
    });
  });

  it('tells the community once the order is overdue and the street three days on, each once', async () => {
    const open = (
      await ok(await t.get(`/api/rectification-orders?targetId=${shopId}&state=open`, c.street))
    )[0];
    const directory = (await RegionsService.load(t.database.db)).directory;
    const deadline = new Date(Date.now() - 86_400_000);
    await t.database.db
      .update(rectificationOrders)
      .set({ deadline, escalatedTo: 'none' })
      .where(eq(rectificationOrders.id, open.id));
    const noticesOf = async (cookie: string) =>
      (await ok(await t.get('/api/notifications', cookie))).items.filter(
        (n: { kind: string; data: { rectificationOrderId?: string } }) =>
          n.kind === 'rectification_overdue' && n.data.rectificationOrderId === open.id,
      );
    expect(await sweepOverdueOrders(t.database.db, directory)).toBe(1);
    expect(await sweepOverdueOrders(t.database.db, directory)).toBe(0);
    expect(await noticesOf(c.community)).toHaveLength(1);
    expect(await noticesOf(c.street)).toHaveLength(0);
    expect(await noticesOf(c.community2)).toHaveLength(0);
    const later = new Date(deadline.getTime() + 3 * 86_400_000 + 60_000);
    expect(await sweepOverdueOrders(t.database.db, directory, later)).toBe(1);
    expect(await sweepOverdueOrders(t.database.db, directory, later)).toBe(0);
    expect(await noticesOf(c.street)).toHaveLength(1);
    expect(await noticesOf(c.community)).toHaveLength(1);
    const [row] = await t.database.db
      .select({ escalatedTo: rectificationOrders.escalatedTo })
      .from(rectificationOrders)
      .where(eq(rectificationOrders.id, open.id));
    expect(row?.escalatedTo).toBe('street');
  });

  it('schedules a surprise follow-up at a random moment before the day given', async () => {
    const open = (
      await ok(await t.get(`/api/rectification-orders?targetId=${shopId}&state=open`, c.street))
    )[0];
    const before = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const scheduled = await ok(
      await t.post(`/api/rectification-orders/${open.id}/surprise`, c.street, { before }),
    );
    const when = new Date(scheduled.surpriseAt).getTime();
    expect(when).toBeGreaterThan(Date.now() + 86_400_000 - 60_000);
    expect(when).toBeLessThan(Date.now() + 11 * 86_400_000);
  });

  it("keeps another community's staff and residents out", async () => {
    refusal(await t.get(`/api/inspection-targets/${shopId}/code`, c.community2), 404, 'TARGET_NOT_FOUND');
    refusal(
      await t.post(`/api/rectification-orders/${orderId}/follow-ups`, c.community2, {
        fixed: true,
        note: 'x',
      }),
      404,
      'ORDER_NOT_FOUND',
    );
    refusal(await inspect([], c.community2), 404, 'TARGET_NOT_FOUND');
    refusal(await t.get('/api/rectification-orders', c.resident), 403, 'INSPECTIONS_STAFF_ONLY');
  });
});

describe('shop codes (一户一码)', () => {
  it("opens the shop's public page, with its duties and last inspection and nothing about people", async () => {
    const page = await ok(await t.get(`/api/public/shops/${encodeURIComponent(code)}`));
    expect(page).toMatchObject({
      name: '老王烧烤',
      frontageDuties: expect.arrayContaining(['包卫生']),
      lastInspection: { passed: false },
    });
    expect(JSON.stringify(page)).not.toMatch(/inspector|userId|phone/i);
  });

  it('refuses a forged code: another shop id, an altered signature, garbage', async () => {
    const [, signature] = code.split('.');
    for (const forged of [
      `${randomUUID()}.${signature}`,
      `${code.slice(0, -3)}abc`,
      `${shopId}.x`,
      'hello',
      shopId,
    ]) {
      refusal(await t.get(`/api/public/shops/${encodeURIComponent(forged)}`), 404, 'SHOP_CODE_INVALID');
    }
    refusal(
      await t.call({
        method: 'POST',
        url: `/api/shops/${encodeURIComponent(`${code.slice(0, -3)}abc`)}/reports`,
        cookie: c.resident,
        payload: { categoryCode: MANHOLE, description: 'x' },
        headers: { 'idempotency-key': randomUUID() },
      }),
      404,
      'SHOP_CODE_INVALID',
    );
  });

  it("takes a resident's report at the shop: placed there, naming it, tied to it, once per key", async () => {
    const key = randomUUID();
    const send = () =>
      t.call({
        method: 'POST',
        url: `/api/shops/${encodeURIComponent(code)}/reports`,
        cookie: c.resident,
        payload: { categoryCode: MANHOLE, description: '店门口井盖缺失' },
        headers: { 'idempotency-key': key },
      });
    const made = await ok(await send(), 201);
    expect(made.case.address).toContain('老王烧烤');
    expect(made.case.gridCode).toBe(grid001);
    expect((await ok(await send())).case.id).toBe(made.case.id);
    const tied = await t.database.db.select().from(shopCases).where(eq(shopCases.caseId, made.case.id));
    expect(tied).toEqual([{ districtCode: '220104000000', caseId: made.case.id, targetId: shopId }]);
    const n = await t.database.db.execute(
      sql`select count(*)::int as n from shop_cases where target_id = ${shopId}`,
    );
    expect(n.rows[0]).toEqual({ n: 1 });
    const ties = await ok(await t.get(`/api/cases/${made.case.id}/field-ties`, c.resident));
    expect(ties).toEqual({ patrol: null, shop: { id: shopId, name: '老王烧烤', address: '义和路18号' } });
    refusal(await t.get(`/api/cases/${made.case.id}/field-ties`, c.community2), 404, 'CASE_NOT_FOUND');
  });
});
