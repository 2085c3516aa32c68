import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/actors.js';
import { fromThisMonth } from '../../../test/kpis.js';
import { rollupFixture } from '../../../test/rollups.js';
import { drainKpiOutbox } from './apply-outbox.js';
import { startRollupWorker } from './rollup-worker.js';

const { t, c } = useTestApp(['admin', 'resident', 'leader']);
const { queued, reportCases, kpisNow } = rollupFixture(t, c);

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
    const ranking = await t.get(`/api/stats/rankings?kind=grid&${fromThisMonth()}`, c.leader);
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
});
