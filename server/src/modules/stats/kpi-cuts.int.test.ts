import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { seededRandom } from '../../lib/seeded-random.js';
import { openTestDatabase } from '../../test/test-database.js';
import { reportsByCategory, sumCounters, sumCountersBy, sumCountersByPeriod } from './kpi-sums.js';
import { addToRollups, mergeDeltas } from './rollup/rollup-store.js';
import type { RollupDelta } from './rollup/rollup-types.js';

// Two districts, streets, communities and grids, whistle offices, two units and three categories: random
// fine figures over fourteen months, summed back through every cut and compared with summing the fine
// rows themselves by the same rules (a day counts its due cases once it is past, else its closed ones).
const GRIDS = ['220104004001001', '220104004001002', '220104004002001', '220104005001001', '220105001001001'];
const OFFICES = ['220104004000', '220104004001'];
const UNITS = ['d:a', 'r:220104004000'];
const CATEGORIES = ['E0550', 'E0450', 'C0118'];
const TODAY = '2026-12-10';

let database: Database;
const fine: RollupDelta[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const random = seededRandom(20261204);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)] as T;
  for (let i = 0; i < 1500; i++) {
    const day = new Date(Date.UTC(2025, 10, 1) + Math.floor(random() * 425) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const whistle = random() < 0.1;
    fine.push({
      key: {
        day,
        regionCode: whistle ? pick(OFFICES) : pick(GRIDS),
        unitKey: pick(UNITS),
        categoryCode: whistle ? '' : pick(CATEGORIES),
      },
      counters: {
        reported: 1,
        due: 1 + Math.floor(random() * 3),
        closed: Math.floor(random() * 2),
        whistlesIssued: whistle ? 1 : 0,
      },
    });
  }
  await addToRollups(database.db, mergeDeltas(fine));
});
afterAll(() => database.close());

type Filter = { from: string; to: string; regionPrefix?: string; unitKey?: string };
const within = (d: RollupDelta, f: Filter) =>
  d.key.day >= f.from &&
  d.key.day <= f.to &&
  d.key.regionCode.startsWith(f.regionPrefix ?? '') &&
  (f.unitKey === undefined || d.key.unitKey === f.unitKey);
const oracle = (rows: RollupDelta[]) => ({
  reported: rows.reduce((s, d) => s + (d.counters.reported ?? 0), 0),
  due: rows.reduce((s, d) => s + ((d.key.day < TODAY ? d.counters.due : d.counters.closed) ?? 0), 0),
  closed: rows.reduce((s, d) => s + (d.counters.closed ?? 0), 0),
  whistlesIssued: rows.reduce((s, d) => s + (d.counters.whistlesIssued ?? 0), 0),
});

const PERIODS = [
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2025-11-17', to: '2026-12-09' },
  { from: '2026-11-01', to: '2026-11-30' },
  { from: '2026-12-01', to: '2026-12-31' },
  { from: '2026-02-10', to: '2026-02-10' },
];
const SCOPES: Omit<Filter, 'from' | 'to'>[] = [
  {},
  { regionPrefix: '22' },
  { regionPrefix: '2201' },
  { regionPrefix: '220104' },
  { regionPrefix: '220104004' },
  { regionPrefix: '220104004001' },
  { regionPrefix: '220104004001001' },
  { unitKey: 'd:a' },
  { unitKey: 'r:220104004000' },
];

describe('KPIs from the cuts (kpi_rollup) equal the fine rows summed', () => {
  it('at every level and for every shape of period: years and past months from month rows, the rest by day', async () => {
    for (const period of PERIODS) {
      for (const scope of SCOPES) {
        const f = { ...period, ...scope };
        const got = await sumCounters(database.db, { ...f, today: TODAY });
        expect(got, JSON.stringify(f)).toMatchObject(oracle(fine.filter((d) => within(d, f))));
      }
    }
  });

  it('per unit of a ranking, cases only, and per day or month of a trend', async () => {
    const f = { from: '2026-01-01', to: '2026-12-31', today: TODAY };
    for (const [prefix, length] of [
      ['', 9],
      ['220104', 12],
      ['220104004', 15],
      ['220104004001', 12],
    ] as const) {
      const groups = await sumCountersBy(
        database.db,
        { ...f, regionPrefix: prefix || undefined },
        { regionPrefixLength: length },
      );
      const expected = new Map<string, ReturnType<typeof oracle>>();
      for (const code of new Set(GRIDS.filter((g) => g.startsWith(prefix)).map((g) => g.slice(0, length)))) {
        expected.set(
          code,
          oracle(fine.filter((d) => d.key.categoryCode !== '' && within(d, { ...f, regionPrefix: code }))),
        );
      }
      expect(new Set(groups.keys()), prefix).toEqual(new Set(expected.keys()));
      for (const [code, sums] of groups) expect(sums, code).toMatchObject(expected.get(code) ?? {});
    }
    const units = await sumCountersBy(database.db, f, { units: 'departments' });
    expect([...units.keys()]).toEqual(['d:a']);
    expect(units.get('d:a')).toMatchObject(oracle(fine.filter((d) => within(d, { ...f, unitKey: 'd:a' }))));

    for (const granularity of ['day', 'month'] as const) {
      const points = await sumCountersByPeriod(database.db, { ...f, regionPrefix: '220104004' }, granularity);
      const length = granularity === 'day' ? 10 : 7;
      for (const [bucket, sums] of points) {
        const rows = fine.filter(
          (d) => d.key.day.startsWith(bucket) && within(d, { ...f, regionPrefix: '220104004' }),
        );
        expect(sums, bucket).toMatchObject(oracle(rows));
        expect(bucket).toHaveLength(length);
      }
      expect(points.size).toBe(
        granularity === 'day'
          ? new Set(fine.filter((d) => within(d, { ...f, regionPrefix: '220104004' })).map((d) => d.key.day))
              .size
          : 12,
      );
    }
  });

  it('a category cut at every level, from the cut down to a street and from the fine rows below', async () => {
    for (const period of PERIODS) {
      for (const scope of SCOPES) {
        const f = { ...period, ...scope };
        const got = await reportsByCategory(database.db, { ...f, today: TODAY });
        const expected = new Map<string, number>();
        for (const d of fine.filter((x) => x.key.categoryCode !== '' && within(x, f))) {
          expected.set(
            d.key.categoryCode,
            (expected.get(d.key.categoryCode) ?? 0) + (d.counters.reported ?? 0),
          );
        }
        expect(got, JSON.stringify(f)).toEqual(expected);
      }
    }
  });
});
