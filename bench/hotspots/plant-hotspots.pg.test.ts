import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { openDatabase } from '../../server/src/db/open-database.js';
import { placeClosures } from '../../server/src/modules/hotspots/find-recurrences.js';
import { returnShare } from '../../server/src/modules/hotspots/recurrence-score.js';
import { binomialSurprise } from '../../server/src/modules/hotspots/surprise.js';
import { rebuildKpis } from '../../server/src/modules/stats/rollup/rebuild.js';
import { rollupSnapshot } from '../../server/src/test/rollup-snapshot.js';
import { createPostgresTestDatabase } from '../../server/src/test/test-database.js';
import { generateCity } from '../city/generate-city.js';
import {
  gatherCounts,
  HISTORY_WEEKLY,
  knowableSurprise,
  ownWeek,
  RECURRENCE_DAYS,
  REPEAT_CALLS,
} from '../city/plant-hotspots.js';

const DAY_MS = 86_400_000;

// PostgreSQL only (*.pg.test.ts), as the generator is.
it('planted hotspots are generated cases like the rest, and stand in the data as the truth says', async () => {
  const url = await createPostgresTestDatabase(inject('postgresTemplate'));
  const database = await openDatabase({ kind: 'postgres', url });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const now = new Date();
    const city = await generateCity(client, database.db, {
      districts: 2,
      streets: 2,
      communitiesPerStreet: 2,
      gridsPerCommunity: 2,
      cases: 6000,
      days: 60,
      patrolDays: 0,
      plantHotspots: 4,
      now,
    });
    const truth = city.truth;
    if (!truth) throw new Error('no truth');
    expect(truth.clusters.length).toBeGreaterThan(0);
    expect(truth.recurrences.filter((r) => r.group === 'short').length).toBe(1);
    expect(truth.recurrences.filter((r) => r.group === 'long').length).toBeGreaterThan(0);
    expect(truth.repeatCallers.length).toBe(4);
    const { rows: total } = await client.query<{ n: number }>(
      `select count(*)::int as n from cases where region_code like '1101%'`,
    );
    expect(total[0]?.n).toBe(city.cases);
    expect(city.cases).toBeGreaterThan(6000);

    // Each planted cluster's window holds what the truth says; against its own expected week (from the
    // history before the window) a growing one at least doubles and is past the city's bar, a small one
    // doubles and is not, a new one is past the bar where next to nothing was expected.
    const historyDays = 60 - 7;
    const own = ownWeek(await gatherCounts(client, now, historyDays), historyDays);
    for (const c of truth.clusters) {
      const w = own(c.area, c.radius, c.category);
      expect(w.window, `${c.category} at ${c.area}`).toBe(c.windowAfter);
      const past = knowableSurprise(c.windowAfter, c.expectedWeekly) >= truth.threshold - 0.01;
      if (c.group === 'new') expect([c.expectedWeekly < HISTORY_WEEKLY, past]).toEqual([true, true]);
      else {
        expect(c.windowAfter / c.expectedWeekly).toBeGreaterThanOrEqual(1.99);
        expect(past).toBe(c.group === 'growing');
      }
    }

    // A recurrence: one cell and category, each report after the one before was closed, within 30 days.
    for (const r of truth.recurrences) {
      const { rows } = await client.query<{
        cell: string;
        category: string;
        created: Date;
        closed: Date | null;
      }>(
        `select h3_cell as cell, category_code as category, created_at as created, closed_at as closed
         from cases where code = any($1::text[]) order by created_at`,
        [r.codes],
      );
      expect(rows.length).toBeGreaterThanOrEqual(3);
      expect(new Set(rows.map((x) => `${x.cell}|${x.category}`))).toEqual(
        new Set([`${r.cell}|${r.category}`]),
      );
      for (let i = 1; i < rows.length; i++) {
        const closed = rows[i - 1]?.closed?.getTime() ?? Number.NaN;
        const again = rows[i]?.created.getTime() ?? Number.NaN;
        expect(again).toBeGreaterThan(closed);
        expect(again - closed).toBeLessThan(RECURRENCE_DAYS * DAY_MS);
      }
    }

    // A long chain's place passes the recurrence bar the city had before planting; a short one need not.
    const { places, totals } = await placeClosures(database.db, now);
    for (const r of truth.recurrences.filter((x) => x.group === 'long')) {
      const place = places.find((p) => p.cell === r.cell && p.category === r.category);
      if (!place) throw new Error(`no closures at ${r.cell}`);
      const s = binomialSurprise(place.returns, place.closures, returnShare(totals.get(r.category)));
      expect(s, `${r.category} at ${r.cell}`).toBeGreaterThanOrEqual(truth.recurrenceThreshold - 0.01);
    }

    // A repeated caller: one key on three or more tickets of one category within 30 days.
    for (const c of truth.repeatCallers) {
      const { rows } = await client.query<{ category: string; created: Date }>(
        `select c.category_code as category, c.created_at as created from hotline_tickets t
         join cases c on c.id = t.case_id where t.caller_key = $1 order by c.created_at`,
        [c.callerKey],
      );
      expect(rows.length).toBeGreaterThanOrEqual(REPEAT_CALLS);
      expect(new Set(rows.map((x) => x.category))).toEqual(new Set([c.category]));
      const span = (rows.at(-1)?.created.getTime() ?? 0) - (rows[0]?.created.getTime() ?? 0);
      expect(span).toBeLessThan(RECURRENCE_DAYS * DAY_MS);
    }

    // The planted cases have their timelines, and the rollups still equal a rebuild from them.
    const { rows: bare } = await client.query(
      `select c.code from cases c where c.region_code like '1101%'
         and not exists (select 1 from case_events e where e.case_id = c.id and e.action = 'report')`,
    );
    expect(bare).toEqual([]);
    const kept = await rollupSnapshot(database.db);
    await rebuildKpis(database.db);
    expect(await rollupSnapshot(database.db)).toEqual(kept);
  } finally {
    await client.end();
    await database.close();
  }
}, 180_000);
