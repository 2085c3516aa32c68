/**
 * The hotspot detector at city scale, `npm run bench:hotspots` (it builds the server first): a
 * Beijing-like city (city/, 16 districts, 152 streets, about 10,000 grids) with BENCH_CASES cases
 * (default 1,000,000) over the last BENCH_DAYS days (default 90), and BENCH_PLANT known hotspots of
 * each kind planted in it (default 30, city/plant-hotspots.ts; the truth is written beside the results,
 * bench/results/hotspots-truth.json). On a throwaway PostgreSQL, or BENCH_DATABASE_URL's server (its
 * database needle_hotspots_bench, made afresh, or with BENCH_REUSE_CITY=1 measured again as an earlier
 * run left it: generating a city takes minutes).
 *
 * It runs the built detector (server/dist's runHotspots) at the moment the history was planted for,
 * scores what it filed against the planted truth (hotspots/score-detector.ts), then times, each beside a
 * baseline measured in the same run:
 * - a full run over the window and baseline (35 days of cases), against the same run in sessions with
 *   PostgreSQL's index scans turned off (the scan);
 * - an incremental run after 1,000 new cases written by the generator (generate-cases.ts), against the
 *   full run.
 * It prints a table and writes bench/results/hotspots.json (BENCH_RESULTS overrides) in the format of
 * latest.json, with the precision and recall as rows. The cases it added and the proposals it filed are
 * removed at the end, so a kept city is measured again as it was. BENCH_RUNS sets the timed runs (5).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../server/src/db/open-database.js';
import { recreateDatabase } from '../server/src/db/recreate-database.js';
import { seedCategories } from '../server/src/modules/categories/categories.service.js';
import type * as RunModule from '../server/src/modules/hotspots/run-hotspots.js';
import { type BenchResult, printResults, samples } from './city/bench-results.js';
import { cityLayout } from './city/city-layout.js';
import { generateCity } from './city/generate-city.js';
import { gatherCounts, type HotspotTruth, ownWeek } from './city/plant-hotspots.js';
import { type DemoGrid, generateCases } from './generate-cases.js';
import { scoreByEvidence, scoreClusters } from './hotspots/score-detector.js';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 90);
const PLANT = Number(process.env.BENCH_PLANT ?? 30);
const REUSE = process.env.BENCH_REUSE_CITY === '1';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The city's shape: BENCH_SHAPE=districts,streets,communities-per-street,grids-per-community. */
const [DISTRICTS, STREETS, COMMUNITIES, GRIDS] = (process.env.BENCH_SHAPE ?? '16,152,21,3')
  .split(',')
  .map(Number);
const NEW_CASES = 1_000;
const DAY_MS = 86_400_000;
const DATABASE = 'needle_hotspots_bench';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts/throwaway-postgres.sh');
const resultsFile = process.env.BENCH_RESULTS ?? path.join(root, 'bench/results/hotspots.json');
const truthFile = path.join(path.dirname(resultsFile), 'hotspots-truth.json');

function startPostgres(): { url: string; stop: () => void } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  const out = execFileSync(script, { encoding: 'utf8' }).trim().split('\n');
  const dir = (out[0] ?? '').replace(/^dir=/, '');
  return { url: out[out.length - 1] ?? '', stop: () => execFileSync(script, ['stop', dir]) };
}

function databaseUrl(serverUrl: string, name: string, options?: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (options) url.searchParams.set('options', options);
  return url.toString();
}

/**
 * The city's grids as the generator made them (the layout is seeded by its shape), with their activity:
 * the generator draws the same points from them, so new cases come in where the history's did.
 */
async function gridsOf(client: pg.Client): Promise<DemoGrid[]> {
  const grids = cityLayout({
    districts: DISTRICTS ?? 16,
    streets: STREETS ?? 152,
    communitiesPerStreet: COMMUNITIES ?? 21,
    gridsPerCommunity: GRIDS ?? 3,
  })
    .filter((r) => r.level === 'grid')
    .map((r) => ({ code: r.code, name: r.name, rect: r.rect, activity: r.activity }));
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from regions where level = 'grid' and code = any($1::text[])`,
    [grids.map((g) => g.code)],
  );
  if (rows[0]?.n !== grids.length) throw new Error('BENCH_SHAPE is not the shape of the kept city');
  return grids;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
const round = (x: number) => Math.round(x * 100) / 100;

const dist = path.join(root, 'server/dist/modules/hotspots/run-hotspots.js');
if (!existsSync(dist)) throw new Error('Build the server first (npm run build): server/dist is missing');
const { runHotspots } = (await import(dist)) as typeof RunModule;
/** The server's other finders, as its schedule passes them, when this build has them. */
const finders: RunModule.RunOptions['finders'] = {};
for (const [name, file, fn] of [
  ['recurrences', 'find-recurrences.js', 'findRecurrences'],
  ['repeatCallers', 'find-repeat-callers.js', 'findRepeatCallers'],
] as const) {
  const at = path.join(path.dirname(dist), file);
  if (existsSync(at)) finders[name] = ((await import(at)) as Record<string, RunModule.Finder>)[fn];
}

const postgres = startPostgres();
const results: BenchResult[] = [];
try {
  const url = REUSE ? databaseUrl(postgres.url, DATABASE) : await recreateDatabase(postgres.url, DATABASE);
  const database = await openDatabase({ kind: 'postgres', url });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let truth: HotspotTruth;
  if (REUSE) {
    truth = JSON.parse(readFileSync(truthFile, 'utf8')) as HotspotTruth;
    console.log(`Reusing the kept city, planted for ${truth.end} (${truthFile})`);
  } else {
    await seedCategories(database.db);
    const started = Date.now();
    let last = '';
    const city = await generateCity(client, database.db, {
      districts: DISTRICTS ?? 16,
      streets: STREETS ?? 152,
      communitiesPerStreet: COMMUNITIES ?? 21,
      gridsPerCommunity: GRIDS ?? 3,
      cases: CASES,
      days: DAYS,
      patrolDays: 0,
      plantHotspots: PLANT,
      now: new Date(),
      onProgress: (step, done, total) => {
        const line = `  ${step} ${Math.floor((100 * done) / total)} %`;
        if (line !== last) process.stdout.write(`${line} (${Math.round((Date.now() - started) / 1000)} s)\n`);
        last = line;
      },
    });
    truth = city.truth as HotspotTruth;
    mkdirSync(path.dirname(truthFile), { recursive: true });
    writeFileSync(truthFile, `${JSON.stringify(truth, null, 2)}\n`);
    console.log(
      `Generated ${city.cases.toLocaleString()} cases over ${city.grids.toLocaleString()} grids in ${Math.round((Date.now() - started) / 1000)} s`,
    );
  }
  const end = new Date(truth.end);
  // What an earlier run left: its new cases, proposals and the detector's state.
  const cleanUp = async () => {
    await client.query(`delete from cases where created_at > $1 and region_code like '1101%'`, [end]);
    await client.query('delete from hotspot_proposals');
    await client.query('delete from hotspot_runs');
  };
  await cleanUp();
  await client.query('vacuum analyze cases');
  const { rows: counted } = await client.query<{ n: number; window: number }>(
    `select count(*)::int as n, (count(*) filter (where created_at >= $1::timestamptz - interval '35 days'))::int as window
     from cases where created_at >= $1::timestamptz - interval '${DAYS} days' and created_at < $1`,
    [end],
  );
  const about = {
    cases: counted[0]?.n,
    casesInWindowAndBaseline: counted[0]?.window,
    days: DAYS,
    planted: {
      clusters: truth.clusters.filter((c) => c.group === 'growing').length,
      newClusters: truth.clusters.filter((c) => c.group === 'new').length,
      smallClusters: truth.clusters.filter((c) => c.group === 'small').length,
      recurrences: truth.recurrences.length,
      repeatCallers: truth.repeatCallers.length,
      threshold: truth.threshold,
    },
  };
  console.log(JSON.stringify(about));

  // The detector at its defaults, once, as the server runs it: what it files is scored.
  const memory: RunModule.RunOptions['memory'] = {};
  const first = await runHotspots(database.db, { now: end, mode: 'full', memory, finders });
  console.log('  first full run:', JSON.stringify(first));
  const { rows: filed } = await client.query<{
    kind: string;
    area: string;
    radius: number;
    category: string;
    subject: string;
    observed: number;
    expected: number;
    surprise: number;
    threshold: number;
    codes: string[];
  }>(
    `select p.kind, p.area, p.radius, p.category_code as category, p.subject, p.observed, p.expected, p.surprise, p.threshold,
            array(select c.code from cases c where c.id = any(p.case_ids)) as codes
     from hotspot_proposals p where p.status = 'open'`,
  );
  // The unplanted detections against all the history before the window (score-detector.ts).
  const own = ownWeek(await gatherCounts(client, end, DAYS - 7), DAYS - 7);
  const clusterScore = scoreClusters(
    filed.filter((f) => f.kind === 'cluster'),
    truth.clusters,
    (d) => {
      const w = own(d.area, d.radius, d.category);
      return w.expected > 0 ? Math.round((w.window / w.expected) * 100) / 100 : -1;
    },
  );
  console.log('  clusters:', JSON.stringify({ ...clusterScore, missed: undefined, strays: undefined }));
  for (const m of clusterScore.missed) console.log('    missed:', JSON.stringify(m));
  for (const s of clusterScore.strays) {
    const f = filed.find((x) => x.kind === 'cluster' && x.area === s.area && x.category === s.category);
    const w = own(s.area, s.radius, s.category);
    console.log(
      `    unplanted: ${s.category} at ${s.area} r${s.radius}: ${f?.observed} against ${f?.expected.toFixed(2)} (surprise ${f?.surprise.toFixed(2)}, threshold ${f?.threshold.toFixed(2)}); its own history expected ${w.expected.toFixed(2)} a week`,
    );
  }
  const scoreRow = (name: string, value: number, target: number): BenchResult => ({
    name,
    value,
    unit: 'ratio',
    baseline: 'the planted truth (bench/results/hotspots-truth.json)',
    baseline_value: 1,
    ratio: value,
    target,
    ok: value >= target,
  });
  results.push(
    scoreRow(
      `cluster precision: ${clusterScore.matched} of ${clusterScore.detections} detections planted (${clusterScore.backgroundSurges} more doubled on their own)`,
      clusterScore.precision,
      0.9,
    ),
    scoreRow(
      `cluster recall: ${clusterScore.found} of ${clusterScore.planted} planted growing clusters found (new problems: ${clusterScore.newFound} of ${clusterScore.newPlanted}; small: ${clusterScore.smallFound} of ${clusterScore.smallPlanted})`,
      clusterScore.recall,
      0.9,
    ),
  );
  // Recurrences and repeated callers, when the server's finders file them.
  for (const [kind, planted] of [
    ['recurrence', truth.recurrences],
    ['repeat_caller', truth.repeatCallers],
  ] as const) {
    const detected = filed.filter((f) => f.kind === kind);
    const finder = kind === 'recurrence' ? finders.recurrences : finders.repeatCallers;
    if (first === 'busy' || !finder) {
      console.log(`  ${kind}: this build has no finder for it, not scored`);
      continue;
    }
    // A recurrence is known by its cell (the proposal's subject), a caller by the calls in its evidence.
    // An unplanted one is judged by the definition in the data (score-detector.ts): at its cell and
    // category, two reports or more within 30 days of a closing before them; of its calls, three or more
    // by one caller within 30 days.
    const meets = new Set<string>();
    for (const d of detected) {
      const { rows } =
        kind === 'recurrence'
          ? await client.query(
              `select 1 from cases a join cases b on b.h3_cell = a.h3_cell and b.category_code = a.category_code
                 and b.created_at > a.closed_at and b.created_at < a.closed_at + interval '30 days'
               where a.h3_cell = $1 and a.category_code = $2 and a.closed_at < $3
               having count(distinct b.id) >= 2`,
              [d.subject, d.category, end],
            )
          : await client.query(
              `select 1 from hotline_tickets t join cases c on c.id = t.case_id where c.code = any($1::text[])
               group by t.caller_key
               having count(*) >= 3 and max(c.created_at) - min(c.created_at) < interval '30 days'`,
              [d.codes],
            );
      if (rows.length > 0) meets.add(`${d.category}|${d.subject}`);
    }
    const judged = (d: { category: string; subject?: string }) => meets.has(`${d.category}|${d.subject}`);
    const byCell = detected.map((d) => ({ category: d.category, codes: [d.subject], subject: d.subject }));
    const cellsOf = (group: 'long' | 'short') =>
      truth.recurrences
        .filter((r) => r.group === group)
        .map((r) => ({ category: r.category, codes: [r.cell] }));
    // A recurrence's recall is of the long chains (plant-hotspots.ts); the short ones are reported apart.
    const score =
      kind === 'recurrence'
        ? scoreByEvidence(byCell, [...cellsOf('long'), ...cellsOf('short')], judged)
        : scoreByEvidence(detected, planted, judged);
    const target = kind === 'recurrence' ? scoreByEvidence(byCell, cellsOf('long'), judged) : score;
    const short = kind === 'recurrence' ? scoreByEvidence(byCell, cellsOf('short'), judged) : undefined;
    console.log(`  ${kind}:`, JSON.stringify(score));
    results.push(
      scoreRow(
        `${kind} precision: ${score.matched} planted + ${score.backgroundTrue} by definition in the background, of ${score.detections} detections`,
        // The background holds real ones (generated cases share points, callers share keys): they count.
        score.precisionWithBackground,
        0.9,
      ),
      scoreRow(
        short
          ? `${kind} recall: ${target.found} of ${target.planted} planted long chains found (short: ${short.found} of ${short.planted})`
          : `${kind} recall: ${score.found} of ${score.planted} planted found`,
        target.recall,
        0.9,
      ),
    );
  }

  // A full run as the server makes it each hour (growing clusters), timed; its baseline the same run in
  // sessions with index scans turned off. The finders of recurrences and repeated callers, which the
  // server runs once a day over the last 90 days, are timed apart below.
  const full = await samples(RUNS, () => runHotspots(database.db, { now: end, mode: 'full', memory }));
  const scanning = await openDatabase({
    kind: 'postgres',
    url: databaseUrl(
      postgres.url,
      DATABASE,
      '-c enable_indexscan=off -c enable_bitmapscan=off -c enable_indexonlyscan=off',
    ),
  });
  const scanned = await samples(Math.max(3, Math.floor(RUNS / 2)), () =>
    runHotspots(scanning.db, { now: end, mode: 'full', memory: {} }),
  );
  await scanning.close();
  const fullMs = median(full);
  results.push({
    name: `full detection over ${about.casesInWindowAndBaseline?.toLocaleString()} cases of the window and baseline (p50)`,
    value: round(fullMs),
    unit: 'ms',
    baseline: 'the same run with index scans off (the scan)',
    baseline_value: round(median(scanned)),
    ratio: round(median(scanned) / fullMs),
    target: 2000,
    ok: fullMs < 2000,
  });
  // The daily finders, over the last 90 days, against the full run with them.
  if (finders.recurrences && finders.repeatCallers) {
    const { recurrences, repeatCallers } = finders;
    const patterns = await samples(Math.max(3, Math.floor(RUNS / 2)), async () => {
      await recurrences(database.db, { end });
      await repeatCallers(database.db, { end });
    });
    const withPatterns = await samples(Math.max(3, Math.floor(RUNS / 2)), () =>
      runHotspots(database.db, { now: end, mode: 'full', memory, finders }),
    );
    results.push({
      name: `recurrences and repeated callers over the last ${DAYS} days, once a day (p50)`,
      value: round(median(patterns)),
      unit: 'ms',
      baseline: 'the full run with them, as the first run of a day makes it',
      baseline_value: round(median(withPatterns)),
      ratio: round(median(withPatterns) / median(patterns)),
      target: 2000,
      ok: median(patterns) < 2000,
    });
  }

  // Incremental runs: each after 1,000 new cases written by the generator, over the time the city takes
  // to report that many (its last five weeks' pace), so the new cases are a usual stream, not a surge.
  await runHotspots(database.db, { now: end, mode: 'full', memory, finders });
  const grids = await gridsOf(client);
  const incremental: number[] = [];
  const stepMs = Math.round((NEW_CASES / ((about.casesInWindowAndBaseline ?? 1) / 35)) * DAY_MS);
  for (let round = 1; round <= RUNS + 1; round++) {
    const now = new Date(end.getTime() + round * stepMs);
    await generateCases(client, {
      count: NEW_CASES,
      from: new Date(now.getTime() - stepMs + 1),
      to: now,
      asOf: now,
      grids,
      pointsPerGrid: 24,
      rhythm: true,
      continueCodes: true,
      // Draws of their own: the history drew from 0 up, and each round from its own thousand.
      drawFrom: 1_000_000_000 + round * NEW_CASES,
    });
    const started = process.hrtime.bigint();
    const run = await runHotspots(database.db, { now, mode: 'incremental', memory });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (run === 'busy' || run.mode !== 'incremental')
      throw new Error(`not an incremental run: ${JSON.stringify(run)}`);
    console.log(
      `  incremental run ${round}: ${round === 1 ? 'warm-up, ' : ''}${Math.round(ms)} ms, ${run.newCases} new cases, ${run.clusters} clusters (${run.opened} opened, ${run.updated} updated)`,
    );
    if (round > 1) incremental.push(ms);
  }
  const incrementalMs = median(incremental);
  results.push({
    name: `incremental detection after ${NEW_CASES.toLocaleString()} new cases (p50)`,
    value: round(incrementalMs),
    unit: 'ms',
    baseline: 'the full run',
    baseline_value: round(fullMs),
    ratio: round(fullMs / incrementalMs),
    target: 200,
    ok: incrementalMs < 200,
  });

  await cleanUp();
  await client.end();
  await database.close();
  printResults(results, about);
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Written to ${path.relative(root, resultsFile)}`);
} finally {
  postgres.stop();
}
