import { count, like, sql } from 'drizzle-orm';
import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { openDatabase } from '../../server/src/db/open-database.js';
import { caseEvents, cases } from '../../server/src/modules/cases/cases.tables.js';
import { rebuildKpis } from '../../server/src/modules/stats/rollup/rebuild.js';
import { rollupSnapshot } from '../../server/src/test/rollup-snapshot.js';
import { createPostgresTestDatabase } from '../../server/src/test/test-database.js';
import { generateCity } from './generate-city.js';

// PostgreSQL only (*.pg.test.ts): the generator writes with PostgreSQL's functions and temporary tables.
it("a generated city's timelines follow the case loop, and its rollups and case states equal a rebuild from them", async () => {
  const url = await createPostgresTestDatabase(inject('postgresTemplate'));
  const database = await openDatabase({ kind: 'postgres', url });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const city = await generateCity(client, database.db, {
      districts: 2,
      streets: 3,
      communitiesPerStreet: 2,
      gridsPerCommunity: 2,
      cases: 4000,
      days: 45,
      now: new Date(),
    });
    expect(city.events).toBeGreaterThan(city.cases * 3);
    // A ticket for each hotline case (a quarter of the reports), and a callback for most closed ones.
    expect(city.tickets).toBeGreaterThan(700);
    expect(city.callbacks).toBeGreaterThan(200);
    // About one case in a hundred whistled, each to one to three of its district's departments.
    expect(city.whistleOrders).toBeGreaterThan(15);
    expect(city.whistleCalls).toBeGreaterThan(city.whistleOrders);
    expect(city.whistleEvents).toBeGreaterThan(city.whistleCalls * 2);
    // A week of 一日两巡 over the 12 grids: two a working day, some missed, each checking in where it passed.
    expect(city.patrols).toBeGreaterThan(12 * 5 * 1.5);
    expect(city.patrols).toBeLessThan(12 * 7 * 2);
    expect(city.patrolCheckins).toBeGreaterThan(city.patrols);
    // A year of participation per street, in seed 000's proportions, its deliberations voted through the module.
    const streets = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from regions where level = 'street' and code like '1101%'`,
    );
    const streetCount = streets.rows[0]?.n ?? 0;
    expect(city.participation).toMatchObject({
      projects: streetCount * 154,
      deliberations: streetCount * 32,
    });
    expect(city.participation.ballots).toBeGreaterThan(streetCount * 32);
    expect(city.participation.volunteerHours).toBeGreaterThan(0);
    const participated = await database.db.execute<{ table: string; n: number }>(sql`
      select 'deliberations' as table, count(*)::int as n from deliberations where region_code like '1101%'
      union all select 'wishes', count(*)::int from micro_wishes where region_code like '1101%'
      union all select 'credits', count(*)::int from point_entries e join users u on e.account = 'user:' || u.id
        where u.username like 'gen-res-%' and e.amount > 0`);
    expect(Object.fromEntries(participated.rows.map((r) => [r.table, r.n]))).toMatchObject({
      deliberations: streetCount * 32,
      wishes: streetCount * 72,
    });
    expect(participated.rows.find((r) => r.table === 'credits')?.n).toBeGreaterThan(streetCount * 100);
    const [generated] = await database.db
      .select({ n: count() })
      .from(cases)
      .where(like(cases.regionCode, '1101%'));
    expect(generated?.n).toBe(4000);

    // Every case's timeline starts with its report and ends in its status, each step from the one before.
    const broken = await database.db.execute<{ id: string }>(sql`
      select c.id from ${cases} c
      join lateral (
        select array_agg(e.action order by e.id) as actions, array_agg(e.to_status order by e.id) as statuses,
               bool_and(e.from_status is not distinct from e.before) as chained
        from (select *, lag(to_status) over (order by id) as before from ${caseEvents} where case_id = c.id) e
      ) t on true
      where c.region_code like '1101%'
        and (t.actions[1] <> 'report' or t.statuses[cardinality(t.statuses)] <> c.status or not t.chained)`);
    expect(broken.rows).toEqual([]);
    const closed = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${caseEvents} where action = 'close' and region_code like '1101%'`,
    );
    expect(closed.rows[0]?.n).toBeGreaterThan(1000);

    const kept = await rollupSnapshot(database.db);
    for (const counter of [
      'filed',
      'filedOnTime',
      'dispatched',
      'returned',
      'handled',
      'verifiedPublicReports',
      'hotlineValidCallbacks',
      'hotlineContacted',
      'hotlineResolved',
      'hotlineSatisfied',
      'hotlineBasicallySatisfied',
      'whistlesIssued',
      'reportIns',
      'reportInsOnTime',
      'problemsSolved',
      'evaluations',
      'evaluationScoreSum',
    ] as const)
      expect(
        kept.fine.reduce((sum, r) => sum + r[counter], 0),
        counter,
      ).toBeGreaterThan(0);
    await rebuildKpis(database.db);
    expect(await rollupSnapshot(database.db)).toEqual(kept);
  } finally {
    await client.end();
    await database.close();
  }
}, 180_000);
