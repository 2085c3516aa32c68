import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CASE_CREW, useTestApp } from '../../test/actors.js';
import { act, newCase, pointIn, report } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { cases } from './cases.tables.js';
import { NEARBY_LIMIT } from './duplicates.js';
import { distanceM } from './nearby.js';

const { t, c } = useTestApp([...CASE_CREW, 'courier', 'community', 'street', 'hotline']);

const grid = (n: number) => demo.gridOf(demo.yongchangCommunity, n);
const caseCount = async () => (await t.database.db.select({ n: count() }).from(cases))[0]?.n ?? 0;

describe('intake from every channel', () => {
  it.each([
    ['resident', 'resident_app', 'reported'],
    ['courier', 'courier', 'reported'],
    ['grid', 'patrol', 'verified'],
    ['hotline', 'hotline', 'registered'],
    ['community', 'proactive', 'registered'],
  ])('%s reports through %s and the case starts %s', async (who, channel, status) => {
    const at = await pointIn(t, c.admin, grid(1));
    const res = await report(t, c[who] as string, {
      categoryCode: 'E0450',
      description: `${who}: 占道经营`,
      ...at,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().case).toMatchObject({
      channel,
      status,
      gridCode: grid(1),
      unitRegionCode: demo.yongchang,
      routing: 'street_led',
    });
  });

  it('routes street-whistle items to the street office', async () => {
    const at = await pointIn(t, c.admin, grid(2));
    expect(
      await newCase(t, c.resident, { categoryCode: 'E0101', description: '楼顶私搭乱建', ...at }),
    ).toMatchObject({
      routing: 'street_whistles',
      unitRegionCode: demo.yongchang,
      unitDepartmentId: null,
    });
  });

  it('refuses a place outside every grid, an unknown category, and a department reporter', async () => {
    const before = await caseCount();
    const off = await report(t, c.resident, {
      categoryCode: 'E0450',
      description: 'x',
      lat: 39.9,
      lng: 116.4,
    });
    expect(off.statusCode).toBe(422);
    expect(off.json().error.code).toBe('LOCATION_OUTSIDE_GRIDS');
    const at = await pointIn(t, c.admin, grid(1));
    const unknown = await report(t, c.resident, { categoryCode: 'E9999', description: 'x', ...at });
    expect(unknown.statusCode).toBe(404);
    const dept = await report(t, c.department, { categoryCode: 'E0450', description: 'x', ...at });
    expect(dept.statusCode).toBe(403);
    expect(await caseCount()).toBe(before);
  });

  it('refuses staff reporting outside their jurisdiction, and callers recorded by anyone but the hotline', async () => {
    const elsewhere = await pointIn(t, c.admin, demo.gridOf(demo.qianjinCommunity));
    const res = await report(t, c.community, {
      categoryCode: 'E0450',
      description: 'x',
      ...elsewhere,
    });
    expect(res.json().error.code).toBe('LOCATION_OUTSIDE_JURISDICTION');
    const at = await pointIn(t, c.admin, grid(1));
    const onBehalf = await report(t, c.resident, {
      categoryCode: 'E0450',
      description: 'x',
      ...at,
      reporterPhone: '13800000000',
    });
    expect(onBehalf.json().error.code).toBe('REPORTER_NOT_ALLOWED');
  });

  it('needs an Idempotency-Key', async () => {
    const at = await pointIn(t, c.admin, grid(1));
    const res = await t.post('/api/cases', c.resident, { categoryCode: 'E0450', description: 'x', ...at });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('a retried phone submission never duplicates', () => {
  it('returns the first case for the same Idempotency-Key, and refuses the key for a different body', async () => {
    const at = await pointIn(t, c.admin, grid(3));
    const key = randomUUID();
    const body = { categoryCode: 'E0102', description: '小区门口暴露垃圾', ...at };
    const first = await report(t, c.resident, body, key);
    expect(first.statusCode).toBe(201);
    const again = await report(t, c.resident, body, key);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, case: { id: first.json().case.id } });
    const other = await report(t, c.resident, { ...body, description: '另一件事' }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('sent 20 times concurrently, gives exactly one case', async () => {
    const at = await pointIn(t, c.admin, grid(4));
    const key = randomUUID();
    const body = { categoryCode: 'E0102', description: `网络不好，重发了20次 ${key}`, ...at };
    const results = await Promise.all(Array.from({ length: 20 }, () => report(t, c.courier, body, key)));
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(new Set(results.map((r) => r.json().case.id)).size).toBe(1);
    const [row] = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(eq(cases.description, body.description));
    expect(row?.n).toBe(1);
  });
});

describe('duplicates', () => {
  /** A point `metres` east of the given one. */
  const east = (p: { lat: number; lng: number }, metres: number) => ({
    lat: p.lat,
    lng: p.lng + metres / (111_320 * Math.cos((p.lat * Math.PI) / 180)),
  });

  it('finds open cases of the same category within the radius, not beyond it, nor of another category', async () => {
    const at = await pointIn(t, c.admin, grid(5));
    const { id } = await newCase(t, c.resident, { categoryCode: 'C0118', description: '路灯不亮', ...at });
    const near = await report(t, c.courier, {
      categoryCode: 'C0118',
      description: '这里路灯坏了',
      ...east(at, 49),
    });
    expect(near.json().possibleDuplicates.map((d: { id: string }) => d.id)).toEqual([id]);
    const far = await t.get(
      `/api/cases/nearby?categoryCode=C0118&lat=${east(at, 51).lat}&lng=${east(at, 51).lng}`,
      c.courier,
    );
    expect(far.json().items.map((d: { id: string }) => d.id)).not.toContain(id);
    const otherCategory = await t.get(
      `/api/cases/nearby?categoryCode=E0102&lat=${at.lat}&lng=${at.lng}`,
      c.courier,
    );
    expect(otherCategory.json().items.map((d: { id: string }) => d.id)).not.toContain(id);
  });

  it('answers the nearest first, and no more than NEARBY_LIMIT of a crowd', async () => {
    const at = await pointIn(t, c.admin, grid(8));
    // Reports 1 m apart going east: report k is k metres off the point asked about.
    const ids: string[] = [];
    for (let k = NEARBY_LIMIT + 4; k >= 1; k--) {
      ids[k] = (
        await newCase(t, c.resident, { categoryCode: 'E0301', description: `第${k}件`, ...east(at, k) })
      ).id;
    }
    const res = await t.get(`/api/cases/nearby?categoryCode=E0301&lat=${at.lat}&lng=${at.lng}`, c.courier);
    const items: { id: string; distanceM: number }[] = res.json().items;
    expect(items.map((d) => d.id)).toEqual(ids.slice(1, NEARBY_LIMIT + 1));
    // The database measures as distanceM does, to the decimetre shown.
    for (const [k, d] of items.entries()) {
      expect(d.distanceM).toBe(Math.round(distanceM(at, east(at, k + 1)) * 10) / 10);
    }
  });

  it('finds them within the time window only', async () => {
    const at = await pointIn(t, c.admin, grid(6));
    const old = await report(t, c.resident, { categoryCode: 'C0118', description: '旧案', ...at });
    const id = old.json().case.id;
    const ask = () => t.get(`/api/cases/nearby?categoryCode=C0118&lat=${at.lat}&lng=${at.lng}`, c.courier);
    const age = async (days: number) =>
      t.database.db
        .update(cases)
        .set({ createdAt: new Date(Date.now() - days * 86_400_000) })
        .where(eq(cases.id, id));
    await age(6.9);
    expect((await ask()).json().items.map((d: { id: string }) => d.id)).toContain(id);
    await age(7.1);
    expect((await ask()).json().items.map((d: { id: string }) => d.id)).not.toContain(id);
  });

  it('"me too" follows the case; a linked duplicate follows its master and its reporters are told', async () => {
    const at = await pointIn(t, c.admin, grid(7));
    const master = await newCase(t, c.resident, { categoryCode: 'E0450', description: '占道摆摊', ...at });
    const dup = await newCase(t, c.courier, { categoryCode: 'E0450', description: '又见摆摊', ...at });
    const linked = await t.post(`/api/cases/${dup.id}/link`, c.community, { masterCaseId: master.id });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().case.masterCaseId).toBe(master.id);
    const onDuplicate = await act(t, c.community, dup.id, 'register');
    expect(onDuplicate.json().error.code).toBe('CASE_IS_DUPLICATE');
    await act(t, c.community, master.id, 'register');
    const followed = (await t.get(`/api/cases/${dup.id}`, c.community)).json();
    expect(followed.case.status).toBe('registered');
    expect(followed.timeline.map((e: { action: string }) => e.action)).toEqual([
      'report',
      'link_duplicate',
      'follow_master',
    ]);
    const inbox = (await t.get('/api/notifications', c.courier)).json();
    expect(
      inbox.items.some(
        (n: { kind: string; caseId: string }) => n.kind === 'status_changed' && n.caseId === dup.id,
      ),
    ).toBe(true);
    const unlinked = await t.delete(`/api/cases/${dup.id}/link`, c.community);
    expect(unlinked.json().case.masterCaseId).toBeNull();
  });
});

describe('the sweeper', () => {
  it('marks an overdue step once, tells the holder and the superior, even when two sweeps run at once', async () => {
    const at = await pointIn(t, c.admin, grid(8));
    const created = await newCase(t, c.resident, { categoryCode: 'E0450', description: '超时测试', ...at });
    await t.database.db
      .update(cases)
      .set({ stepDueAt: new Date(Date.now() - 60_000), stepWarnAt: new Date(Date.now() - 120_000) })
      .where(eq(cases.id, created.id));
    const [a, b] = await Promise.all([t.sweep(), t.sweep()]);
    expect((a?.overdue ?? 0) + (b?.overdue ?? 0)).toBeGreaterThanOrEqual(1);
    const detail = (await t.get(`/api/cases/${created.id}`, c.dispatcher)).json();
    expect(detail.case.overdue).toBe(true);
    expect(detail.case.light).toBe('red');
    expect(detail.timeline.filter((e: { action: string }) => e.action === 'overdue')).toHaveLength(1);
    const leaderInbox = (await t.get('/api/notifications', await t.login('leader'))).json();
    expect(
      leaderInbox.items.some(
        (n: { kind: string; caseId: string }) => n.kind === 'overdue' && n.caseId === created.id,
      ),
    ).toBe(true);
    const overdueList = await t.get('/api/cases?overdue=true', c.dispatcher);
    expect(overdueList.json().items.map((x: { id: string }) => x.id)).toContain(created.id);
    const [flag] = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(and(eq(cases.id, created.id), eq(cases.stepDueSoonNotified, false)));
    expect(flag?.n).toBe(1);
  });
});
