/**
 * Every query the UI makes, at city scale: `npm run bench` generates a Beijing-like city (city/, 16
 * districts, 152 streets, about 10,000 grids) with BENCH_CASES cases over the last year (default
 * 1,000,000) on a real PostgreSQL, starts the production build on it (`npm run build` first), and times
 * what the pages ask for over HTTP, each beside its baseline measured in the same run:
 * - KPI cards, rankings, the category cut and the trend: the API, against the same figures summed over
 *   the case table (what the page would cost without rollups);
 * - a workbench's counts and a street's first page of open cases by deadline: the API, against the same
 *   API with PostgreSQL's index scans turned off for its sessions (the scan);
 * - the duplicate check: the API's nearby lookup, against the same question asked of the case table by
 *   distance without the H3 index;
 * - the server's memory with the city's grids loaded, against the demo city's 389.
 * It prints a table and writes bench/results/latest.json (BENCH_RESULTS overrides): an array of
 * { name, value, unit, baseline, baseline_value, ratio, target, ok }.
 *
 * BENCH_DATABASE_URL uses that server instead of a throwaway one (its database needle_city_bench is made
 * afresh, or with BENCH_REUSE_CITY=1 measured again as an earlier run left it); BENCH_RUNS sets the timed
 * runs per query (default 30).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../server/src/db/open-database.js';
import { recreateDatabase } from '../server/src/db/recreate-database.js';
import { chinaDayOf } from '../server/src/lib/calendar/index.js';
import { hashPassword } from '../server/src/modules/auth/password.js';
import type { CaseDeps } from '../server/src/modules/cases/case-deps.js';
import { findNearbyOpenCases } from '../server/src/modules/cases/duplicates.js';
import { seedCategories } from '../server/src/modules/categories/categories.service.js';
import { loadSettings } from '../server/src/modules/settings/settings.service.js';
import { DEMO_PASSWORD } from '../server/src/seed/demo-accounts.js';
import { startNeedleProcess } from '../server/src/test/needle-process.js';
import { signInTo } from '../server/src/test/source-server.js';
import { type BenchResult, printResults, samples, timeRuns } from './city/bench-results.js';
import { type GeneratedCity, generateCity, rollupRowCounts } from './city/generate-city.js';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const REUSE = process.env.BENCH_REUSE_CITY === '1';
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const IDLE_MS = 30_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts/throwaway-postgres.sh');
const resultsFile = process.env.BENCH_RESULTS ?? path.join(root, 'bench/results/latest.json');

function startPostgres(): { url: string; stop: () => void } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  const out = execFileSync(script, { encoding: 'utf8' }).trim().split('\n');
  const dir = (out[0] ?? '').replace(/^dir=/, '');
  return { url: out[out.length - 1] ?? '', stop: () => execFileSync(script, ['stop', dir]) };
}

/** The city a run generated, as the results name it. */
type City = Pick<GeneratedCity, 'cases' | 'grids' | 'cutRows'>;

async function generate(
  client: pg.Client,
  database: Awaited<ReturnType<typeof openDatabase>>,
): Promise<City> {
  await seedCategories(database.db);
  const started = Date.now();
  let last = '';
  const city = await generateCity(client, database.db, {
    districts: 16,
    streets: 152,
    communitiesPerStreet: 21,
    gridsPerCommunity: 3,
    cases: CASES,
    days: 365,
    now: new Date(),
    onProgress: (step, done, total) => {
      const line = `  ${step} ${Math.floor((100 * done) / total)} %`;
      if (line !== last) process.stdout.write(`${line} (${Math.round((Date.now() - started) / 1000)} s)\n`);
      last = line;
    },
  });
  console.log(
    `Generated ${city.cases.toLocaleString()} cases over ${city.grids.toLocaleString()} grids in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  console.log('Rollup rows:', city.cutRows);
  return city;
}

/**
 * The city an earlier run left in needle_city_bench (BENCH_REUSE_CITY=1): a 10 M city takes an hour to
 * generate, so a change is measured again on the same one. Its cases are as old as that run: the
 * figures of "this month" are the ones it generated, with whatever days have passed since.
 */
async function keptCity(client: pg.Client): Promise<City> {
  const { rows } = await client.query<{ grids: string; cases: string }>(
    `select (select count(*) from regions where level = 'grid') as grids, (select count(*) from cases) as cases`,
  );
  const kept = rows[0];
  if (!kept || Number(kept.cases) === 0) throw new Error('BENCH_REUSE_CITY: needle_city_bench holds no city');
  console.log(
    `Reusing the kept city: ${Number(kept.cases).toLocaleString()} cases over ${Number(kept.grids).toLocaleString()} grids`,
  );
  return { cases: Number(kept.cases), grids: Number(kept.grids), cutRows: await rollupRowCounts(client) };
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const postgres = startPostgres();
const dataDirs: string[] = [];
const results: BenchResult[] = [];
try {
  const url = REUSE
    ? databaseUrl(postgres.url, 'needle_city_bench')
    : await recreateDatabase(postgres.url, 'needle_city_bench');
  // Opening migrates: a kept city gets this build's migrations before the server starts.
  const database = await openDatabase({ kind: 'postgres', url });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const city = REUSE ? await keptCity(client) : await generate(client, database);

  // Who asks: the city's leader, the busiest street's staff, a district's 城管 department.
  const busiest = await client.query<{ street: string; community: string; grid: string; district: string }>(
    `select street_code as street, max(community_code) as community, max(grid_code) as grid, max(district_code) as district
     from cases where street_code like '1101%' group by street_code order by count(*) desc limit 1`,
  );
  const place = busiest.rows[0];
  if (!place) throw new Error('no cases were generated');
  const [department] = (
    await client.query<{ id: string }>(
      `select id from departments where type = 'chengguan' and region_code = $1`,
      [place.district],
    )
  ).rows;
  const hash = await hashPassword(DEMO_PASSWORD);
  await client.query(
    `insert into users (username, display_name, password_hash, roles, region_code, department_id)
     values ('bj-leader', '市指挥中心', $1, '{leader}', '110100000000', null),
            ('bj-street', '街道工作人员', $1, '{street_staff}', $2, null),
            ('bj-department', '城管队员', $1, '{department_staff}', null, $3)
     on conflict (username) do update set region_code = excluded.region_code, department_id = excluded.department_id`,
    [hash, place.street, department?.id],
  );

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'needle-city-bench-'));
  dataDirs.push(dataDir);
  const server = await startNeedleProcess({
    entry: 'server/dist/main.js',
    env: { ...process.env, DATABASE_URL: url, NEEDLE_DATA_DIR: dataDir, NEEDLE_LOG_LEVEL: 'warn' },
    startupTimeoutMs: 180_000,
  });
  const startedRss = rssOf(server.child.pid);
  try {
    const signIn = (username: string) => signInTo(server.baseUrl, username);
    const leader = await signIn('bj-leader');
    const street = await signIn('bj-street');
    const dept = await signIn('bj-department');
    const api = async (cookie: string, pathAndQuery: string) => {
      const res = await fetch(`${server.baseUrl}${pathAndQuery}`, { headers: { cookie } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${pathAndQuery}: ${res.status} ${body.slice(0, 300)}`);
      return JSON.parse(body) as unknown;
    };
    const sql = (text: string, params: unknown[] = []) => client.query(text, params);

    const today = chinaDayOf(new Date());
    const month = today.slice(0, 7);
    const year = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
    const periods = [
      { label: 'month', query: `month=${month}`, from: `${month}-01`, to: `${month}-31` },
      { label: 'year', query: `from=${year.from}&to=${year.to}`, ...year },
    ];
    // The scan: the same due / closed-in-time figures summed over the cases of the period.
    const scanKpis = (where: string, from: string, to: string, params: unknown[]) =>
      sql(
        `select count(*) filter (where due_at < $1::date::timestamp at time zone 'Asia/Shanghai' or closed_at is not null) as due,
                count(*) filter (where closed_at <= due_at) as on_time, count(*) as n
         from cases where due_at >= $2::date::timestamp at time zone 'Asia/Shanghai'
           and due_at < ($3::date + 1)::timestamp at time zone 'Asia/Shanghai' and ${where}`,
        [today, from, to, ...params],
      );
    const levels = [
      { name: 'city', region: '', where: `region_code like '1101%'`, params: [] },
      { name: 'district', region: place.district, where: 'district_code = $4', params: [place.district] },
      { name: 'street', region: place.street, where: 'street_code = $4', params: [place.street] },
      { name: 'community', region: place.community, where: 'community_code = $4', params: [place.community] },
      { name: 'grid', region: place.grid, where: 'grid_code = $4', params: [place.grid] },
    ];
    for (const p of periods) {
      for (const level of levels) {
        const region = level.region ? `&regionCode=${level.region}` : '';
        await timeRuns(results, RUNS, {
          name: `KPI cards, ${level.name}, ${p.label}`,
          target: 50,
          run: () => api(leader, `/api/stats/kpis?${p.query}${region}`),
          baseline: 'sum over the case table',
          runBaseline: () => scanKpis(level.where, p.from, p.to, level.params),
        });
      }
      await timeRuns(results, RUNS, {
        name: `KPI cards, department, ${p.label}`,
        target: 50,
        run: () => api(dept, `/api/stats/kpis?${p.query}`),
        baseline: 'sum over the case table',
        runBaseline: () => scanKpis('unit_department_id = $4', p.from, p.to, [department?.id]),
      });
    }
    const scanRanking = (length: number) =>
      sql(
        `select left(region_code, $4) as unit, count(*) filter (where closed_at <= due_at) as on_time, count(*) as due
         from cases where due_at >= $2::date::timestamp at time zone 'Asia/Shanghai'
           and due_at < ($3::date + 1)::timestamp at time zone 'Asia/Shanghai' and region_code like '1101%'
           and $1::date is not null
         group by 1`,
        [today, `${month}-01`, `${month}-31`, length],
      );
    for (const [kind, length] of [
      ['street', 9],
      ['community', 12],
      ['grid', 15],
    ] as const) {
      await timeRuns(results, RUNS, {
        name: `ranking of ${kind}s, city, month`,
        target: 50,
        run: () => api(leader, `/api/stats/rankings?kind=${kind}&month=${month}&page=1&pageSize=20`),
        baseline: 'group by over the case table',
        runBaseline: () => scanRanking(length),
      });
    }
    await timeRuns(results, RUNS, {
      name: 'ranking of departments, city, month',
      target: 50,
      run: () => api(leader, `/api/stats/rankings?kind=department&month=${month}&page=1&pageSize=20`),
      baseline: 'group by over the case table',
      runBaseline: () =>
        sql(
          `select unit_department_id, count(*) from cases where due_at >= $1::date::timestamp at time zone 'Asia/Shanghai'
             and due_at < ($2::date + 1)::timestamp at time zone 'Asia/Shanghai' and unit_department_id is not null group by 1`,
          [`${month}-01`, `${month}-31`],
        ),
    });
    for (const level of levels.slice(0, 3)) {
      const region = level.region ? `&regionCode=${level.region}` : '';
      await timeRuns(results, RUNS, {
        name: `category cut, ${level.name}, year`,
        target: 50,
        run: () =>
          api(leader, `/api/stats/rising-categories?from=${year.from}&to=${year.to}${region}&limit=20`),
        baseline: 'group by category over the case table',
        runBaseline: () =>
          sql(
            `select category_code, count(*) from cases
             where created_at >= $1::date::timestamp at time zone 'Asia/Shanghai' - interval '1 year'
               and created_at < ($2::date + 1)::timestamp at time zone 'Asia/Shanghai' and ${level.where.replace('$4', '$3')}
             group by 1`,
            [year.from, year.to, ...level.params],
          ),
      });
    }
    for (const level of levels.slice(0, 3)) {
      const region = level.region ? `&regionCode=${level.region}` : '';
      await timeRuns(results, RUNS, {
        name: `trend by day over a year, ${level.name}`,
        target: 50,
        run: () => api(leader, `/api/stats/trend?granularity=day&from=${year.from}&to=${year.to}${region}`),
        baseline: 'group by day over the case table',
        runBaseline: () =>
          sql(
            `select (due_at at time zone 'Asia/Shanghai')::date, count(*), count(*) filter (where closed_at <= due_at)
             from cases where due_at >= $1::date::timestamp at time zone 'Asia/Shanghai'
               and due_at < ($2::date + 1)::timestamp at time zone 'Asia/Shanghai' and ${level.where.replace('$4', '$3')}
             group by 1`,
            [year.from, year.to, ...level.params],
          ),
      });
    }

    // The scan for the case queries: the same request with index scans off in the server's sessions.
    const indexesOff = async (off: boolean) => {
      await sql(`alter database needle_city_bench set enable_indexscan = ${off ? 'off' : 'on'}`);
      await sql(`alter database needle_city_bench set enable_bitmapscan = ${off ? 'off' : 'on'}`);
      await sql(`alter database needle_city_bench set enable_indexonlyscan = ${off ? 'off' : 'on'}`);
      // Pooled sessions read the setting when they open: end them so the next request opens new ones.
      await sql(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = 'needle_city_bench' and pid <> pg_backend_pid()`,
      );
      // The sessions end a moment later; a request meanwhile may meet one ending (503, retried).
      await new Promise((r) => setTimeout(r, 1_000));
      await api(street, '/api/workbench').catch(() => {});
    };
    const workbench = (await api(street, '/api/workbench')) as { queues: { key: string; count: number }[] };
    const biggest = [...(workbench.queues ?? [])]
      .filter((q) => q.key !== 'whistles')
      .sort((a, b) => b.count - a.count)[0];
    console.log(`  the street's biggest queue: ${biggest?.key} (${biggest?.count} cases)`);
    const caseQueries = [
      { name: "a street's workbench counts", target: 20, percentile: 50, path: '/api/workbench' },
      {
        name: `first page of a street's open cases by deadline (${biggest?.key})`,
        target: 50,
        percentile: 99,
        path: `/api/workbench/queues/${biggest?.key}?sort=deadline&page=1&pageSize=20`,
      },
    ];
    // Both sides of each are measured in the same run: first with the indexes, then with scans.
    const scanned = new Map<string, number[]>();
    await indexesOff(true);
    try {
      for (const q of caseQueries) {
        scanned.set(q.name, await samples(Math.max(5, Math.floor(RUNS / 3)), () => api(street, q.path)));
      }
    } finally {
      await indexesOff(false);
    }
    for (const q of caseQueries) {
      await timeRuns(results, RUNS, {
        name: q.name,
        target: q.target,
        percentile: q.percentile,
        run: () => api(street, q.path),
        baseline: 'the same request with index scans off (the scan)',
        baselineSamples: scanned.get(q.name),
      });
    }
    // The duplicate check, as intake runs it (findNearbyOpenCases, the same statement) at 200 places where
    // an open case stands, in turn: open cases of the category within the radius, nearest first.
    const spots = (
      await sql(
        `select lat, lng, category_code as "categoryCode" from cases
         where region_code like '1101%' and status not in ('closed', 'rejected', 'voided')
         order by hashint8(extract(epoch from created_at)::bigint) limit 200`,
      )
    ).rows as { lat: number; lng: number; categoryCode: string }[];
    const settings = await loadSettings(database.db);
    const deps = {
      db: database.db,
      settings: async () => settings,
      now: () => new Date(),
    } as unknown as CaseDeps;
    // Warm every place once, as every other figure is measured warm: at 10 M the city outgrows the
    // machine's memory, and the first visit of each of 200 places read its index pages from disk (a p99
    // of 3.5 to 14 ms from run to run), which is the disk's figure, not the check's.
    for (const spot of spots) await findNearbyOpenCases(deps, spot);
    let turn = 0;
    let baselineTurn = 0;
    await timeRuns(results, RUNS * 10, {
      name: 'duplicate check at intake',
      target: 5,
      percentile: 99,
      run: () => findNearbyOpenCases(deps, spots[turn++ % spots.length] as (typeof spots)[number]),
      baseline: 'open cases of the category within the radius, by distance over the case table',
      runBaseline: () => {
        const spot = spots[baselineTurn++ % spots.length] as (typeof spots)[number];
        return sql(
          `select id from cases where category_code = $3 and status not in ('closed', 'rejected', 'voided')
             and 6371008.8 * 2 * asin(sqrt(power(sin(radians(lat - $1) / 2), 2)
               + cos(radians($1)) * cos(radians(lat)) * power(sin(radians(lng - $2) / 2), 2))) <= $4`,
          [spot.lat, spot.lng, spot.categoryCode, settings.duplicateRadiusMeters],
        );
      },
      baselineRuns: 5,
    });
    const rss = rssOf(server.child.pid);
    // V8 collects an old generation's garbage when it sees fit: straight after the queries the figure
    // swung between 260 and 386 MB on the same code. Half a minute idle shows what the server keeps.
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const idleRss = rssOf(server.child.pid);
    await server.stop();
    const demoRss = await demoCityRss(postgres.url);
    results.push({
      name: `server RSS with ${city.grids.toLocaleString()} grids loaded, just started`,
      value: startedRss,
      unit: 'MB',
      baseline: 'the demo city (389 grids), just started',
      baseline_value: demoRss,
      ratio: Math.round((startedRss / demoRss) * 100) / 100,
      target: 300,
      ok: startedRss < 300,
    });
    results.push({
      name: `server RSS with ${city.grids.toLocaleString()} grids loaded, after the queries above`,
      value: rss,
      unit: 'MB',
      baseline: 'the demo city (389 grids), just started',
      baseline_value: demoRss,
      ratio: Math.round((rss / demoRss) * 100) / 100,
      target: 300,
      ok: rss < 300,
    });
    results.push({
      name: `server RSS with ${city.grids.toLocaleString()} grids loaded, after the queries and ${IDLE_MS / 1000} s idle`,
      value: idleRss,
      unit: 'MB',
      baseline: 'the demo city (389 grids), just started',
      baseline_value: demoRss,
      ratio: Math.round((idleRss / demoRss) * 100) / 100,
      target: 300,
      ok: idleRss < 300,
    });
  } finally {
    if (server.child.exitCode === null) await server.stop();
  }
  await client.end();
  await database.close();
  printResults(results, { cases: city.cases, grids: city.grids, rollupRows: city.cutRows });
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Written to ${path.relative(root, resultsFile)}`);
} finally {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  postgres.stop();
}

/** Resident set size of a process, in MB, from /proc. */
function rssOf(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Math.round(kb / 1024);
}

/** The same build's memory on the demo city alone, started afresh: what the city's grids add. */
async function demoCityRss(serverUrl: string): Promise<number> {
  const url = await recreateDatabase(serverUrl, 'needle_demo_bench');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'needle-demo-bench-'));
  dataDirs.push(dataDir);
  const demo = await startNeedleProcess({
    entry: 'server/dist/main.js',
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEEDLE_DATA_DIR: dataDir,
      NEEDLE_DEMO: '1',
      NEEDLE_DEMO_HISTORY: '0',
      NEEDLE_LOG_LEVEL: 'warn',
    },
    startupTimeoutMs: 180_000,
  });
  try {
    return rssOf(demo.child.pid);
  } finally {
    await demo.stop();
  }
}
