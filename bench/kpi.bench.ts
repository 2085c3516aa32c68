/**
 * City-wide KPIs over a large case history: the rollup query Needle runs against the GROUP BY over the
 * case table it replaces, side by side in one run, on a real PostgreSQL server.
 *
 * BENCH_CASES sets the history's size (default 10,000,000). BENCH_DATABASE_URL points at a server;
 * without it a throwaway one is started (scripts/throwaway-postgres.sh) and removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../server/src/db/open-database.js';
import { recreateDatabase } from '../server/src/db/recreate-database.js';
import { chinaDayOf } from '../server/src/lib/calendar/index.js';
import { seedCategories } from '../server/src/modules/categories/categories.service.js';
import { changchunChaoyang } from '../server/src/modules/regions/demo-city/demo-division.js';
import { generateDemoCity } from '../server/src/modules/regions/demo-city/generate-demo-city.js';
import { kpiReport } from '../server/src/modules/stats/kpi-report.js';
import { sumCounters } from '../server/src/modules/stats/kpi-sums.js';

const CASES = Number(process.env.BENCH_CASES ?? 10_000_000);
const CHUNK = 1_000_000;
const RUNS = 15;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts/throwaway-postgres.sh');

function startServer(): { url: string; stop: () => void } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  const out = execFileSync(script, { encoding: 'utf8' }).trim().split('\n');
  const dir = (out[0] ?? '').replace(/^dir=/, '');
  return { url: out[out.length - 1] ?? '', stop: () => execFileSync(script, ['stop', dir]) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function time(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm the cache: both sides are measured hot
  const took: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    took.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(took);
}

const server = startServer();
try {
  const benchUrl = await recreateDatabase(server.url, 'needle_bench');
  const database = await openDatabase({ kind: 'postgres', url: benchUrl });
  await seedCategories(database.db);
  const db = new pg.Client({ connectionString: benchUrl });
  await db.connect();

  const grids = generateDemoCity(changchunChaoyang)
    .features.map((f) => f.properties.code)
    .filter((c) => c.length === 15);
  const categories = (await db.query<{ code: string }>('select code from categories order by code')).rows.map(
    (r) => r.code,
  );
  await db.query('create temporary table bench_grids (i int, code text)');
  await db.query(
    `insert into bench_grids select i - 1, code from unnest($1::text[]) with ordinality as g(code, i)`,
    [grids],
  );
  await db.query('create temporary table bench_categories (i int, code text)');
  await db.query(
    `insert into bench_categories select i - 1, code from unnest($1::text[]) with ordinality as c(code, i)`,
    [categories],
  );

  console.log(
    `Generating ${CASES.toLocaleString()} cases over 2026 in ${grids.length} grids and ${categories.length} categories…`,
  );
  const generating = Date.now();
  for (let from = 1; from <= CASES; from += CHUNK) {
    const to = Math.min(CASES, from + CHUNK - 1);
    // A year of cases: 80 % closed, most of them in time; due three days after they came in.
    await db.query(
      `insert into cases (code, channel, category_code, category_version, status, description, lat, lng, h3_cell,
         grid_code, community_code, street_code, district_code, region_code, routing, unit_region_code,
         step_started_at, due_at, closed_at, created_at, updated_at)
       select 'B-' || n, 'resident_app', c.code, 1, case when n % 5 = 0 then 'in_progress' else 'closed' end, 'bench',
              43.88, 125.32, '8a317662a467fff', g.code, left(g.code, 12), left(g.code, 9) || '000', '220104000000',
              g.code, 'street_led', left(g.code, 9) || '000', t, t + interval '3 days',
              case when n % 5 = 0 then null when n % 7 = 0 then t + interval '4 days' else t + interval '1 day' end, t, t
       from generate_series($1::int, $2::int) as n
       cross join lateral (select timestamptz '2026-01-01 00:00+08' + (n % 525600) * interval '1 minute' as t) as at
       join bench_grids g on g.i = n % ${grids.length}
       join bench_categories c on c.i = (n / 7) % ${categories.length}`,
      [from, to],
    );
    process.stdout.write(
      `  ${to.toLocaleString()} cases (${Math.round((Date.now() - generating) / 1000)} s)\n`,
    );
  }
  // The rollups the applier would have built from these cases' events, filled in one pass.
  const rollup = `sum(1)::int as due, count(closed_at)::int as closed,
       count(*) filter (where closed_at <= due_at)::int as closed_on_time`;
  await db.query(
    `insert into kpi_daily (day, region_code, unit_key, category_code, due, closed, closed_on_time)
     select (due_at at time zone 'Asia/Shanghai')::date, region_code, 'r:' || unit_region_code, category_code, ${rollup}
     from cases group by 1, 2, 3, 4`,
  );
  await db.query(
    `insert into kpi_daily_street (day, street_prefix, unit_key, due, closed, closed_on_time)
     select day, left(region_code, 9), unit_key, sum(due), sum(closed), sum(closed_on_time) from kpi_daily group by 1, 2, 3`,
  );
  await db.query('vacuum analyze');
  const counts = await db.query(
    `select (select count(*) from cases)::int as cases, (select count(*) from kpi_daily)::int as fine,
            (select count(*) from kpi_daily_street)::int as street`,
  );
  console.log(`Generated in ${Math.round((Date.now() - generating) / 1000)} s:`, counts.rows[0]);

  // Read on today's date: while 2026 runs, a case due after today is 应结 only once it has closed.
  const today = chinaDayOf(new Date());
  const year = { from: '2026-01-01', to: '2026-12-31', today };
  const viaRollups = () => sumCounters(database.db, year).then((s) => kpiReport(s));
  const viaCases = () =>
    db.query(
      `select count(*) filter (where due_at < $1::date::timestamp at time zone 'Asia/Shanghai' or closed_at is not null)::int as due,
              count(closed_at)::int as closed, count(*) filter (where closed_at <= due_at)::int as on_time
       from cases where due_at >= timestamptz '2026-01-01 00:00+08' and due_at < timestamptz '2027-01-01 00:00+08'`,
      [today],
    );
  const fromRollups = (await viaRollups()).counts;
  const fromCases = (await viaCases()).rows[0] as { due: number; closed: number; on_time: number };
  if (fromRollups.due !== fromCases.due || fromRollups.closedOnTime !== fromCases.on_time) {
    throw new Error(`The two ways disagree: ${JSON.stringify({ fromRollups, fromCases })}`);
  }
  const rollupMs = await time(RUNS, viaRollups);
  const scanMs = await time(3, viaCases);
  console.log('');
  console.log('City-wide KPIs for 2026 (median, warm cache)  ms');
  console.log(`  rollup query (kpi_daily_street)            ${rollupMs.toFixed(1)}`);
  console.log(`  aggregate over the case table              ${scanMs.toFixed(1)}`);
  console.log(`  ratio                                      ${(scanMs / rollupMs).toFixed(0)}×`);
  console.log(`  target < 50 ms                             ${rollupMs < 50 ? 'met' : 'MISSED'}`);
  console.log(`  same answer: due ${fromCases.due}, closed on time ${fromCases.on_time}`);
  await db.end();
  await database.close();
} finally {
  server.stop();
}
