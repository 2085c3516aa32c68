import { count } from 'drizzle-orm';
import { expect } from 'vitest';
import { kpiOutbox } from '../modules/stats/stats.tables.js';
import { grid001, MANHOLE, pointIn, report } from './cases.js';
import { fromThisMonth } from './kpis.js';
import { createdBody, type TestApp } from './test-app.js';

/** What the worker's tests do through the API: report cases, read the KPIs, count the queue. */
export function rollupFixture(t: TestApp, c: { admin: string; resident: string; leader: string }) {
  const scope = `${fromThisMonth()}&regionCode=${grid001}`;
  return {
    queued: async () => (await t.database.db.select({ n: count() }).from(kpiOutbox))[0]?.n ?? 0,
    /** Reports `n` cases in grid 001 through the API; each leaves its events queued for the rollups. */
    async reportCases(n: number, label: string): Promise<void> {
      const at = await pointIn(t, c.admin, grid001);
      for (let i = 0; i < n; i++) {
        createdBody(
          await report(t, c.resident, { categoryCode: MANHOLE, description: `${label} ${i}`, ...at }),
        );
      }
    },
    /** The KPIs of grid 001 as the API answers them now, without waiting for the rollups. */
    async kpisNow() {
      const res = await t.get(`/api/stats/kpis?${scope}`, c.leader);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { asOf: string; counts: { reported: number } };
    },
  };
}
