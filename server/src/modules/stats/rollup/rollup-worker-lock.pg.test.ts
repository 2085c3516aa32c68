import { type SQL, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/actors.js';
import { rollupFixture } from '../../../test/rollups.js';
import { applyKpiBatch, drainKpiOutbox, lockRollups } from './apply-outbox.js';
import { rebuildKpis } from './rebuild.js';

// PostgreSQL only (*.pg.test.ts): the embedded database has one connection, so one applier.
const { t, c } = useTestApp(['admin', 'resident', 'leader']);
const { queued, reportCases, kpisNow } = rollupFixture(t, c);

/**
 * Another applier: it holds the rollups' lock from `hasLock` until `release`, then writes `batch` (if
 * any) and commits; `other` settles once it has.
 */
function anotherApplier(batch?: SQL) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked = () => {};
  const hasLock = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const other = t.database.db.transaction(async (tx) => {
    await lockRollups(tx);
    locked();
    await held;
    if (batch) await tx.execute(batch);
  });
  return { hasLock, release: () => release(), other };
}

beforeEach(async () => {
  await drainKpiOutbox(t.database.db);
});

describe('the KPI rollup worker beside another applier', () => {
  it('skips its round, rather than waiting, while another process applies; reads never wait for either', async () => {
    await reportCases(1, '另一进程在汇总');
    const { hasLock, release, other } = anotherApplier();
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
  });
});

describe('a rebuild beside an applier', () => {
  it('waits for the applier to finish before it reads, so a batch committed meanwhile does not make it start again', async () => {
    await reportCases(2, '重建时另一进程在汇总');
    await drainKpiOutbox(t.database.db);
    // An applier's batch: it holds the lock, writes rollup rows, and commits while the rebuild waits.
    const { hasLock, release, other } = anotherApplier(sql`update kpi_daily set reported = reported`);
    await hasLock;
    // One attempt only: a rebuild whose snapshot predates that commit is refused (40001) and fails.
    const rebuilt = rebuildKpis(t.database.db, { attempts: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await other;
    const { cases } = await rebuilt;
    expect(cases).toBeGreaterThanOrEqual(2);
  });
});
