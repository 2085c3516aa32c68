import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/actors.js';
import { rollupFixture } from '../../../test/rollups.js';
import { applyKpiBatch, drainKpiOutbox, lockRollups } from './apply-outbox.js';

// PostgreSQL only (*.pg.test.ts): the embedded database has one connection, so one applier.
const { t, c } = useTestApp(['admin', 'resident', 'leader']);
const { queued, reportCases, kpisNow } = rollupFixture(t, c);

beforeEach(async () => {
  await drainKpiOutbox(t.database.db);
});

describe('the KPI rollup worker beside another applier', () => {
  it('skips its round, rather than waiting, while another process applies; reads never wait for either', async () => {
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
  });
});
