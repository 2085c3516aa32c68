import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { ok, refusal } from '../../test/answers.js';
import { grid001, MANHOLE, usePointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { users } from '../users/users.tables.js';

const { t, c } = useTestApp(['admin', 'street', 'community', 'community2', 'grid', 'resident']);
const at = usePointIn(t, c);
const FORGED = '00000000-0000-4000-8000-000000000000';

/** A walk north from the grid's middle: one point every 10 s, about 10 m apart. */
const walk = (start: Date, from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    lat: at.lat + (from + i) * 0.00009,
    lng: at.lng,
    at: new Date(start.getTime() + (from + i) * 10_000).toISOString(),
  }));

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe('a patrol with its track, check-ins and a case', () => {
  const id = randomUUID();
  const start = minutesAgo(30);
  let pointId: string;
  let qrToken: string;
  let farPointQr: string;

  it('starts under the phone’s id, once', async () => {
    const point = await ok(
      await t.post('/api/patrol-points', c.community, {
        regionCode: grid001,
        name: '义和路垃圾站',
        lat: at.lat + 0.0009,
        lng: at.lng,
        radiusM: 30,
      }),
      201,
    );
    pointId = point.id;
    qrToken = point.qrToken;
    farPointQr = (
      await ok(
        await t.post('/api/patrol-points', c.grid, {
          regionCode: grid001,
          name: '小区东门',
          lat: at.lat,
          lng: at.lng + 0.003,
        }),
        201,
      )
    ).qrToken;
    const first = await ok(await t.post('/api/patrols', c.grid, { id, startedAt: start.toISOString() }), 201);
    expect(first.coverage).toEqual({ passed: 0, total: 2 });
    await ok(await t.post('/api/patrols', c.grid, { id, startedAt: start.toISOString() }));
    refusal(
      await t.post('/api/patrols', c.grid, { id, startedAt: minutesAgo(5).toISOString() }),
      409,
      'PATROL_ID_TAKEN',
    );
    refusal(
      await t.post('/api/patrols', c.community, { id: randomUUID(), startedAt: start.toISOString() }),
      403,
      'PATROLS_FOR_GRID_WORKERS',
    );
  });

  it('merges batches in any order, each once, and marks the points the track passed', async () => {
    await ok(await t.post(`/api/patrols/${id}/track`, c.grid, { batch: 1, points: walk(start, 30, 30) }));
    await ok(await t.post(`/api/patrols/${id}/track`, c.grid, { batch: 0, points: walk(start, 0, 30) }));
    const again = await ok(
      await t.post(`/api/patrols/${id}/track`, c.grid, { batch: 0, points: walk(start, 0, 30) }),
    );
    expect(again.trackPoints).toBe(60);
    expect(again.distanceM).toBeGreaterThan(550);
    expect(again.distanceM).toBeLessThan(620);
    expect(again.coverage).toEqual({ passed: 1, total: 2 });
    const track = await ok(await t.get(`/api/patrols/${id}/track`, c.community));
    expect(track.points).toHaveLength(60);
    expect(track.points[59]).toEqual({
      lat: expect.closeTo(walk(start, 59, 1)[0]?.lat ?? 0, 5),
      lng: expect.closeTo(at.lng, 5),
      at: walk(start, 59, 1)[0]?.at,
    });
  });

  it('checks in by GPS within the radius, or by QR code; too far is refused', async () => {
    refusal(
      await t.post(`/api/patrols/${id}/checkins`, c.grid, {
        pointId,
        lat: at.lat,
        lng: at.lng,
        at: minutesAgo(20).toISOString(),
      }),
      400,
      'TOO_FAR_FROM_POINT',
    );
    await ok(
      await t.post(`/api/patrols/${id}/checkins`, c.grid, {
        pointId,
        lat: at.lat + 0.0009,
        lng: at.lng,
        at: minutesAgo(20).toISOString(),
      }),
    );
    const byQr = await ok(
      await t.post(`/api/patrols/${id}/checkins`, c.grid, {
        qrToken: farPointQr,
        at: minutesAgo(19).toISOString(),
      }),
    );
    expect(byQr.checkins.map((k: { method: string }) => k.method)).toEqual(['gps', 'qr']);
    refusal(
      await t.post(`/api/patrols/${id}/checkins`, c.grid, {
        qrToken: `${qrToken.slice(0, -2)}xx`,
        at: minutesAgo(19).toISOString(),
      }),
      404,
      'PATROL_POINT_NOT_FOUND',
    );
  });

  it('raises a case tied to the patrol, once per Idempotency-Key', async () => {
    const key = randomUUID();
    const body = {
      categoryCode: MANHOLE,
      description: '巡查发现井盖缺失',
      lat: at.lat + 0.0003,
      lng: at.lng,
    };
    const send = () =>
      t.call({
        method: 'POST',
        url: `/api/patrols/${id}/cases`,
        cookie: c.grid,
        payload: body,
        headers: { 'idempotency-key': key },
      });
    const raised = await ok(await send(), 201);
    await ok(await send());
    const patrol = await ok(await t.get(`/api/patrols/${id}`, c.street));
    expect(patrol.cases).toEqual([{ id: raised.case.id, code: raised.case.code }]);
    const ties = await ok(await t.get(`/api/cases/${raised.case.id}/field-ties`, c.community));
    expect(ties).toMatchObject({ patrol: { id }, shop: null });
  });

  it('ties a case sent before its patrol’s start arrived, and refuses someone else’s patrol', async () => {
    const later = randomUUID();
    const body = {
      categoryCode: MANHOLE,
      description: '离线时发现的问题',
      lat: at.lat + 0.0004,
      lng: at.lng,
    };
    const raised = await ok(
      await t.call({
        method: 'POST',
        url: `/api/patrols/${later}/cases`,
        cookie: c.grid,
        payload: body,
        headers: { 'idempotency-key': randomUUID() },
      }),
      201,
    );
    await ok(
      await t.post('/api/patrols', c.grid, { id: later, startedAt: minutesAgo(3).toISOString() }),
      201,
    );
    expect((await ok(await t.get(`/api/patrols/${later}`, c.grid))).cases).toEqual([
      { id: raised.case.id, code: raised.case.code },
    ]);
    refusal(
      await t.call({
        method: 'POST',
        url: `/api/patrols/${later}/cases`,
        cookie: c.community,
        payload: body,
        headers: { 'idempotency-key': randomUUID() },
      }),
      404,
      'PATROL_NOT_FOUND',
    );
  });

  it('finishes once, and a late batch from an offline phone still joins the track', async () => {
    const done = await ok(
      await t.post(`/api/patrols/${id}/finish`, c.grid, { endedAt: minutesAgo(1).toISOString() }),
    );
    expect(done.minutes).toBe(29);
    await ok(await t.post(`/api/patrols/${id}/finish`, c.grid, { endedAt: minutesAgo(0).toISOString() }));
    const late = await ok(
      await t.post(`/api/patrols/${id}/track`, c.grid, { batch: 2, points: walk(start, 60, 10) }),
    );
    expect(late).toMatchObject({ trackPoints: 70, endedAt: done.endedAt });
  });

  it("is the worker's and the area's: others get not found, and bad input a clear 4xx", async () => {
    refusal(await t.get(`/api/patrols/${id}`, c.community2), 404, 'PATROL_NOT_FOUND');
    refusal(await t.get(`/api/patrols/${id}/track`, c.resident), 404, 'PATROL_NOT_FOUND');
    refusal(
      await t.post(`/api/patrols/${FORGED}/track`, c.grid, { batch: 0, points: walk(start, 0, 1) }),
      404,
      'PATROL_NOT_FOUND',
    );
    refusal(
      await t.post(`/api/patrols/${id}/track`, c.grid, {
        batch: 9,
        points: [{ lat: 'north', lng: 1, at: 'x' }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    refusal(
      await t.post(`/api/patrols/${id}/track`, c.grid, {
        batch: 9,
        points: walk(new Date(Date.now() + 3_600_000), 0, 1),
      }),
      400,
      'TIME_IN_FUTURE',
    );
    const list = await ok(await t.get('/api/patrols', c.community));
    expect(list.items.map((p: { id: string }) => p.id)).toContain(id);
    expect(
      (await ok(await t.get('/api/patrols', c.community2))).items.map((p: { id: string }) => p.id),
    ).not.toContain(id);
  });
});

describe('一日两巡 in the calendar and the assessment', () => {
  /** A finished patrol of `minutes` on a past China day, as the phone would send it. */
  async function patrolOn(day: string, hour: number, minutes: number) {
    const id = randomUUID();
    const startedAt = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
    await ok(await t.post('/api/patrols', c.grid, { id, startedAt: startedAt.toISOString() }), 201);
    await ok(await t.post(`/api/patrols/${id}/track`, c.grid, { batch: 0, points: walk(startedAt, 0, 20) }));
    await ok(
      await t.post(`/api/patrols/${id}/finish`, c.grid, {
        endedAt: new Date(startedAt.getTime() + minutes * 60_000).toISOString(),
      }),
    );
  }

  it('flags the day with one patrol as missed, and counts the day with two as met', async () => {
    // 2026-11-10 and -11 are a Tuesday and a Wednesday, working days.
    await patrolOn('2026-11-10', 9, 40);
    await patrolOn('2026-11-11', 9, 40);
    await patrolOn('2026-11-11', 15, 25);
    await patrolOn('2026-11-12', 9, 40);
    await patrolOn('2026-11-12', 15, 10);
    const cal = await ok(
      await t.get(`/api/patrols/calendar?month=2026-11&regionCode=${demo.yongchangCommunity}`, c.community),
    );
    const worker = cal.workers.find((w: { regionCode: string }) => w.regionCode === grid001);
    const day = (d: string) => worker.days.find((x: { date: string }) => x.date === d);
    expect(day('2026-11-10')).toMatchObject({ required: 2, counted: 1, missed: 1, state: 'missed' });
    expect(day('2026-11-11')).toMatchObject({ required: 2, counted: 2, missed: 0, state: 'met' });
    // Ten minutes is under the rule's twenty: it does not count.
    expect(day('2026-11-12')).toMatchObject({ counted: 1, missed: 1, state: 'missed' });
    expect(day('2026-11-14')).toMatchObject({ working: false, required: 0, state: 'rest' });

    const assessed = await ok(
      await t.get(`/api/patrols/assessment?month=2026-11&regionCode=${grid001}`, c.street),
    );
    const me = assessed.items.find((i: { regionCode: string }) => i.regionCode === grid001);
    expect(me.patrolsCounted).toBe(4);
    expect(me.missed).toBeGreaterThanOrEqual(2);
    expect(me.minutes).toBe(40 + 40 + 25 + 40 + 10);
  });

  it("follows the community's own rule once staff set it", async () => {
    await ok(
      await t.put('/api/patrol-rules', c.community, {
        regionCode: demo.yongchangCommunity,
        patrolsPerDay: 1,
        minMinutes: 20,
      }),
    );
    const [grid] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'grid'));
    const cal = await ok(
      await t.get(`/api/patrols/calendar?month=2026-11&workerId=${grid?.id}`, c.community),
    );
    const day = cal.workers[0].days.find((x: { date: string }) => x.date === '2026-11-10');
    expect(day).toMatchObject({ required: 1, counted: 1, state: 'met' });
    refusal(
      await t.put('/api/patrol-rules', c.community, { patrolsPerDay: 1, minMinutes: 20 }),
      403,
      'PATROL_RULE_NOT_YOURS',
    );
    refusal(
      await t.put('/api/patrol-rules', c.community2, {
        regionCode: demo.yongchangCommunity,
        patrolsPerDay: 1,
        minMinutes: 20,
      }),
      404,
      'REGION_NOT_FOUND',
    );
  });

  it('keeps a year of tracks in one row a patrol', async () => {
    const rows = await t.database.db.execute(sql`select count(*)::int as n from patrols`);
    const list = await ok(await t.get('/api/patrols?pageSize=200', c.admin));
    expect(rows.rows[0]).toEqual({ n: list.total });
  });
});
