import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/actors.js';
import { grid001, MANHOLE, pointIn, report } from '../../../test/cases.js';
import { fromThisMonth } from '../../../test/kpis.js';
import { createdBody } from '../../../test/test-app.js';
import { testEngine } from '../../../test/test-database.js';
import { kpiOutbox } from '../stats.tables.js';
import { applyKpiBatch, drainKpiOutbox, lockRollups } from './apply-outbox.js';
import { startRollupWorker } from './rollup-worker.js';

const { t, c } = useTestApp(['admin', 'resident', 'leader']);
const period = fromThisMonth();
const scope = `${period}&regionCode=${grid001}`;

const queued = async () => (await t.database.db.select({ n: count() }).from(kpiOutbox))[0]?.n ?? 0;

/** Reports `n` cases in grid 001 through the API; each leaves its events queued for the rollups. */
async function reportCases(n: number, label: string): Promise<void> {
  const at = await pointIn(t, c.admin, grid001);
  for (let i = 0; i < n; i++) {
    createdBody(await report(t, c.resident, { categoryCode: MANHOLE, description: `${label} ${i}`, ...at }));
  }
}

/** The KPIs of grid 001 as the API answers them now, without waiting for the rollups. */
async function kpisNow() {
  const res = await t.get(`/api/stats/kpis?${scope}`, c.leader);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { asOf: string; counts: { reported: number } };
}

let worker: { stop(): Promise<void> } | undefined;

beforeEach(async () => {
  // The demo city's own events start the test applied, so what is queued is what the test wrote.
  await drainKpiOutbox(t.database.db);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

describe('the KPI rollup worker', () => {
  it('leaves reads to the rollups as they stand, saying how fresh they are: asOf is when the oldest queued event was written', async () => {
    const before = await kpisNow();
    const writing = Date.now();
    await reportCases(2, '还在排队的井盖');
    const written = Date.now();
    expect(await queued()).toBeGreaterThan(0);

    // A read no longer applies the queue: the new cases are not in the figures yet, and asOf says so.
    const lagging = await kpisNow();
    expect(lagging.counts.reported).toBe(before.counts.reported);
    expect(Date.parse(lagging.asOf)).toBeGreaterThanOrEqual(writing);
    expect(Date.parse(lagging.asOf)).toBeLessThanOrEqual(written);

    // Once they are applied, the figures are complete up to the moment of the read.
    await drainKpiOutbox(t.database.db);
    const reading = Date.now();
    const fresh = await kpisNow();
    expect(fresh.counts.reported).toBe(before.counts.reported + 2);
    expect(Date.parse(fresh.asOf)).toBeGreaterThanOrEqual(reading);
    expect(Date.parse(fresh.asOf)).toBeLessThanOrEqual(Date.now());

    // The rankings say the same.
    const ranking = await t.get(`/api/stats/rankings?kind=grid&${period}`, c.leader);
    expect(ranking.statusCode, ranking.body).toBe(200);
    expect(Date.parse(ranking.json().asOf)).toBeGreaterThanOrEqual(reading);
  });

  it('applies what is queued within a second of its writing, without anyone reading', async () => {
    const before = await kpisNow();
    await reportCases(3, '后台汇总的井盖');
    const started = Date.now();
    worker = startRollupWorker(t.database.db);
    await expect.poll(queued, { timeout: 1_000, interval: 20 }).toBe(0);
    const drainedAfter = Date.now() - started;
    expect(drainedAfter).toBeLessThan(1_000);
    const after = await kpisNow();
    expect(after.counts.reported).toBe(before.counts.reported + 3);
    expect(Date.parse(after.asOf)).toBeGreaterThanOrEqual(started + drainedAfter);
  });

  it('takes the next batch at once while batches come back full, rather than after the pause', async () => {
    await reportCases(3, '分批汇总的井盖');
    const events = await queued();
    expect(events).toBeGreaterThanOrEqual(3);
    const started = Date.now();
    // Batches of one, and a long pause: waiting the pause after every full batch would take a second per event.
    worker = startRollupWorker(t.database.db, { batch: 1, intervalMs: 1_000 });
    await expect.poll(queued, { timeout: 5_000, interval: 20 }).toBe(0);
    // The first round waits the pause; every later one follows at once.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.skipIf(testEngine() !== 'postgres')(
    'skips its round, rather than waiting, while another process applies; reads never wait for either (PostgreSQL only: the embedded database has one connection, so one applier)',
    async () => {
      await reportCases(1, '另一进程在汇总');
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked = () => {};
      const hasLock = new Promise<void>((resolve) => {
        locked = resolve;
      });
      // Another applier holds the rollups' lock for as long as the test says.
      const other = t.database.db.transaction(async (tx) => {
        await lockRollups(tx);
        locked();
        await held;
      });
      try {
        await hasLock;
        expect(await applyKpiBatch(t.database.db, { wait: false })).toBe('busy');
        const read = await kpisNow();
        expect(Date.parse(read.asOf)).toBeLessThanOrEqual(Date.now());
        expect(await queued()).toBeGreaterThan(0);
      } finally {
        release();
        await other;
      }
      expect(await applyKpiBatch(t.database.db, { wait: false })).toBeGreaterThan(0);
      expect(await queued()).toBe(0);
    },
  );
});
