import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, count, eq, isNotNull, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/database.js';
import { caseEvents, cases } from '../../modules/cases/cases.tables.js';
import { CHANNELS } from '../../modules/cases/channels.js';
import { FINAL_STATUSES } from '../../modules/cases/lifecycle/case-status.js';
import { hotlineTickets } from '../../modules/hotline/hotline.tables.js';
import { DiskPhotoStore } from '../../modules/photos/photo-store.js';
import { RegionsService } from '../../modules/regions/regions.service.js';
import { drainKpiOutbox } from '../../modules/stats/rollup/apply-outbox.js';
import { rebuildKpis } from '../../modules/stats/rollup/rebuild.js';
import { kpiOutbox } from '../../modules/stats/stats.tables.js';
import { users } from '../../modules/users/users.tables.js';
import {
  whistleCalls,
  whistleEvaluations,
  whistleEvents,
  whistleOrders,
} from '../../modules/whistle/whistle.tables.js';
import { useTestDatabase } from '../../test/actors.js';
import { rollupSnapshot } from '../../test/rollup-snapshot.js';
import { openTestDatabase } from '../../test/test-database.js';
import { seedDemoHistory } from './seed-demo-history.js';

// A fixed seed and a fixed "now": the history is the same on every run, so its figures can be asserted.
const NOW = new Date('2026-11-20T02:00:00Z');
const HISTORY = { seed: 7, now: NOW, days: 90, cases: 60 };

const database = useTestDatabase();
const photosDir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-history-photos-'));
afterAll(() => fs.rmSync(photosDir, { recursive: true, force: true }));

async function seedOn(target: Database) {
  const regions = await RegionsService.load(target.db);
  return seedDemoHistory({ db: target.db, regions, photos: new DiskPhotoStore(photosDir) }, HISTORY);
}

beforeAll(async () => {
  await seedOn(database);
}, 240_000);

const howMany = async (db: Db, table: typeof cases, where?: SQL) =>
  (await db.select({ n: count() }).from(table).where(where))[0]?.n ?? 0;

/** Everything the history wrote that does not depend on random ids, as one digest. */
async function digest(db: Db): Promise<string> {
  const caseRows = await db
    .select({
      code: cases.code,
      channel: cases.channel,
      status: cases.status,
      category: cases.categoryCode,
      grid: cases.gridCode,
      createdAt: cases.createdAt,
      dueAt: cases.dueAt,
      closedAt: cases.closedAt,
      rating: cases.rating,
      description: cases.description,
    })
    .from(cases)
    .orderBy(asc(cases.code));
  const events = await db
    .select({
      code: cases.code,
      action: caseEvents.action,
      at: caseEvents.at,
      from: caseEvents.fromStatus,
      to: caseEvents.toStatus,
      by: users.username,
      note: caseEvents.note,
    })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .leftJoin(users, eq(users.id, caseEvents.actorId))
    .orderBy(asc(cases.code), asc(caseEvents.id));
  const whistles = await db
    .select({
      code: whistleOrders.code,
      action: whistleEvents.action,
      at: whistleEvents.at,
      onTime: sql<string | null>`${whistleEvents.data}->>'onTime'`,
    })
    .from(whistleEvents)
    .innerJoin(whistleOrders, eq(whistleOrders.id, whistleEvents.orderId))
    .orderBy(asc(whistleOrders.code), asc(whistleEvents.id));
  const tickets = await db
    .select({
      code: cases.code,
      urgency: hotlineTickets.urgency,
      signedAt: hotlineTickets.signedAt,
      callbackAt: hotlineTickets.callbackAt,
      resolved: hotlineTickets.resolved,
      satisfaction: hotlineTickets.satisfaction,
    })
    .from(hotlineTickets)
    .innerJoin(cases, eq(cases.id, hotlineTickets.caseId))
    .orderBy(asc(cases.code));
  const evaluations = await db
    .select({
      code: whistleOrders.code,
      onTime: whistleEvaluations.reportedInOnTime,
      solved: whistleEvaluations.solved,
      cooperation: whistleEvaluations.cooperation,
    })
    .from(whistleEvaluations)
    .innerJoin(whistleCalls, eq(whistleCalls.id, whistleEvaluations.callId))
    .innerJoin(whistleOrders, eq(whistleOrders.id, whistleCalls.orderId))
    // Ordered by every column read: rows alike in all of them may come in any order, as they are equal.
    .orderBy(
      asc(whistleOrders.code),
      asc(whistleEvaluations.cooperation),
      asc(whistleEvaluations.solved),
      asc(whistleEvaluations.reportedInOnTime),
    );
  return createHash('sha256')
    .update(JSON.stringify({ caseRows, events, whistles, tickets, evaluations }))
    .digest('hex');
}

describe('the demo history', () => {
  it('has cases from every channel, closed and open ones, overdue ones among them', async () => {
    const { db } = database;
    const byChannel = await db
      .select({ channel: cases.channel, n: count() })
      .from(cases)
      .groupBy(cases.channel);
    for (const channel of CHANNELS) {
      expect(byChannel.find((r) => r.channel === channel)?.n ?? 0, channel).toBeGreaterThan(0);
    }
    expect(await howMany(db, cases)).toBe(HISTORY.cases);
    const statuses = await db.select({ status: cases.status, n: count() }).from(cases).groupBy(cases.status);
    expect(statuses.find((s) => s.status === 'closed')?.n).toBeGreaterThan(HISTORY.cases / 2);
    const open = statuses.filter((s) => !(FINAL_STATUSES as readonly string[]).includes(s.status));
    expect(open.length, JSON.stringify(statuses)).toBeGreaterThanOrEqual(3);
    const stillOpen = notInArray(cases.status, [...FINAL_STATUSES]);
    // Red: past their due date and still open, their overdue step marked by the sweep at "now".
    expect(await howMany(db, cases, and(stillOpen, lt(cases.dueAt, NOW)))).toBeGreaterThan(0);
    expect(await howMany(db, cases, and(stillOpen, isNotNull(cases.stepOverdueAt)))).toBeGreaterThan(0);
    // And some not due yet.
    expect(await howMany(db, cases, and(stillOpen, sql`${cases.dueAt} > ${NOW}`))).toBeGreaterThan(0);
    // Late closures and ratings, the figures the rates are made of.
    expect(await howMany(db, cases, sql`${cases.closedAt} > ${cases.dueAt}`)).toBeGreaterThan(0);
    expect(await howMany(db, cases, isNotNull(cases.rating))).toBeGreaterThan(0);
    const [latest] = await db.select({ at: sql<Date>`max(${caseEvents.at})` }).from(caseEvents);
    expect(new Date(latest?.at ?? 0).getTime()).toBeLessThanOrEqual(NOW.getTime());
  });

  it('has 12345 tickets called back, satisfied and not, and the supervision of late cases', async () => {
    const { db } = database;
    const called = await db
      .select({ resolved: hotlineTickets.resolved, satisfaction: hotlineTickets.satisfaction })
      .from(hotlineTickets)
      .where(eq(hotlineTickets.callbackValid, true));
    expect(called.filter((t) => t.satisfaction === 'satisfied').length).toBeGreaterThan(0);
    const verdicts = await db
      .select({ resolved: sql<string>`${caseEvents.data}->>'resolved'`, n: count() })
      .from(caseEvents)
      .where(eq(caseEvents.action, 'callback'))
      .groupBy(sql`1`);
    expect(verdicts.find((v) => v.resolved === 'false')?.n ?? 0, 'callbacks not resolved').toBeGreaterThan(0);
    for (const action of ['supervise', 'check_fail', 'sign', 'contact']) {
      const [n] = await db.select({ n: count() }).from(caseEvents).where(eq(caseEvents.action, action));
      expect(n?.n ?? 0, action).toBeGreaterThan(0);
    }
  });

  it('has whistle orders with report-ins on time and late, evaluated, and one still running', async () => {
    const { db } = database;
    const arrivals = await db
      .select({ onTime: sql<string>`${whistleEvents.data}->>'onTime'`, n: count() })
      .from(whistleEvents)
      .where(eq(whistleEvents.action, 'arrive'))
      .groupBy(sql`1`);
    expect(arrivals.find((a) => a.onTime === 'true')?.n ?? 0).toBeGreaterThan(0);
    expect(arrivals.find((a) => a.onTime === 'false')?.n ?? 0).toBeGreaterThan(0);
    expect((await db.select({ n: count() }).from(whistleEvaluations))[0]?.n).toBeGreaterThan(0);
    const states = await db.select({ status: whistleOrders.status }).from(whistleOrders);
    expect(states.some((o) => o.status === 'closed')).toBe(true);
    expect(states.some((o) => o.status === 'open')).toBe(true);
  });

  it('leaves KPI rollups that equal a rebuild from the event logs', async () => {
    const { db } = database;
    await drainKpiOutbox(db);
    expect((await db.select({ n: count() }).from(kpiOutbox))[0]?.n).toBe(0);
    const incremental = await rollupSnapshot(db);
    expect(incremental.fine.length).toBeGreaterThan(0);
    await rebuildKpis(db);
    expect(await rollupSnapshot(db)).toEqual(incremental);
  });

  it('is the same history from the same seed: the same codes, steps and times', async () => {
    const again = await openTestDatabase();
    try {
      await seedOn(again);
      expect(await digest(again.db)).toBe(await digest(database.db));
    } finally {
      await again.close();
    }
  }, 240_000);
});
