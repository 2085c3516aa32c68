import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { openTestDatabase } from '../../test/test-database.js';
import { onTimeClosureRate } from './formulas/index.js';
import { sumCounters, sumCountersBy } from './kpi-sums.js';
import { addToRollups, mergeDeltas } from './rollup/rollup-store.js';
import type { Counters } from './rollup/rollup-types.js';

let database: Database;
const GRID = '220104004001001';
const UNIT = 'd:00000000-0000-4000-8000-00000000000a';
const TODAY = '2026-12-10';

// A running month seen on 10 December: one case due last week and still open (overdue: it counts), one
// due and closed in time yesterday, one due today and one due next week, both open (not due yet), and
// one due next week that closed early (settled: it counts).
const rows: [string, Counters][] = [
  ['2026-12-03', { due: 1 }],
  ['2026-12-09', { due: 1, closed: 1, closedOnTime: 1 }],
  ['2026-12-10', { due: 1 }],
  ['2026-12-17', { due: 2, closed: 1, closedOnTime: 1 }],
];

beforeAll(async () => {
  database = await openTestDatabase();
  await addToRollups(
    database.db,
    mergeDeltas(
      rows.map(([day, counters]) => ({
        key: { day, regionCode: GRID, unitKey: UNIT, categoryCode: 'E0550' },
        counters,
      })),
    ),
  );
});
afterAll(() => database.close());

const december = { from: '2026-12-01', to: '2026-12-31', today: TODAY };

describe('应结 (due) in a running period', () => {
  it('counts a case once its deadline day has passed, or once it has closed, never before', async () => {
    // Overdue 12-03, closed 12-09, closed early 12-17: three due, two closed in time.
    for (const scope of [
      {},
      { regionPrefix: '220104004' },
      { regionPrefix: '220104004001' },
      { unitKey: UNIT },
    ]) {
      const s = await sumCounters(database.db, { ...december, ...scope });
      expect(s, JSON.stringify(scope)).toMatchObject({ due: 3, closed: 2, closedOnTime: 2 });
      expect(onTimeClosureRate(s)).toBe(2 / 3);
    }
  });

  it('counts every case due in a period that is over', async () => {
    const s = await sumCounters(database.db, { ...december, today: '2027-01-01' });
    expect(s).toMatchObject({ due: 5, closed: 2, closedOnTime: 2 });
  });

  it('counts only the settled cases of a period still to come', async () => {
    const s = await sumCounters(database.db, { from: '2026-12-11', to: '2026-12-31', today: TODAY });
    expect(s).toMatchObject({ due: 1, closed: 1, closedOnTime: 1 });
    expect(onTimeClosureRate(s)).toBe(1);
  });

  it('applies the same rule to the figures behind the rankings', async () => {
    const byStreet = await sumCountersBy(database.db, december, { regionPrefixLength: 9 });
    expect(byStreet.get('220104004')).toMatchObject({ due: 3, closed: 2 });
    const byUnit = await sumCountersBy(database.db, december, { units: 'departments' });
    expect(byUnit.get(UNIT)).toMatchObject({ due: 3, closed: 2 });
  });
});
