/**
 * Intake throughput: the production build on a real PostgreSQL server, with 64 clients at once
 * reporting into one street, beside bare INSERTs of a case-like row through the same driver, in one run.
 *
 * 1. A throwaway PostgreSQL server (scripts/throwaway-postgres.sh) and the server under test
 *    (server/dist/main.js, NEEDLE_DEMO=1: the demo city, its accounts and the Open311 demo key).
 * 2. Optionally BENCH_PRELOAD_CASES cases (e.g. 1000000) already in the database: the server is stopped,
 *    a year of cases over the whole demo city is generated (generate-cases.ts, shared with kpi.bench.ts),
 *    and the server is started again on it, so the duplicate check and the indexes work at that size
 *    (a million takes about a minute on a 2-core machine).
 * 3. Each side for BENCH_SECONDS with BENCH_CONCURRENCY requests in flight, one after the other:
 *    - POST /api/cases as the demo resident (signed in once, the session cookie reused: a session is
 *      only read per request, and no limiter counts a user's reports; the sign-in throttle counts wrong
 *      passwords only), JSON with Needle's Origin, a fresh Idempotency-Key per request: category E0550
 *      (井盖缺失) at a random point of the grid, an address;
 *    - POST /open311/v2/requests.json with the demo api_key, form-encoded, the same kind of report with
 *      the reporter's name and phone and the category's attributes (no Idempotency-Key: a unique
 *      description, since an identical body within the retry window is answered as a replay);
 *    - bare single-row INSERTs of a case-like row into a table of its own, through the same driver (pg).
 *    Between sides the KPI outbox is let drain, so that one side's backlog does not slow the next.
 * 4. Per side: cases/s (2xx answers per second), p50/p99 of the 2xx answers, errors (non-2xx or no answer;
 *    the first distinct ones are printed), replays, the cases actually stored (count(*) of cases before and
 *    after: it must equal the new cases answered, else the run says how many were lost), and the ratio to
 *    the bare-INSERT rate. Then Needle's targets for a storm in one street (≥ 1,000 cases/s, p99 < 100 ms, 0 errors, ratio ≥ 0.25).
 *    The figures go to bench/results/intake.json (intake-preload.json with a preload; BENCH_RESULTS overrides).
 *
 * Run: `npm run build`, then `npm run bench:intake` (at the root or with -w bench). Settings, all optional:
 *   BENCH_SECONDS (15)          how long each side runs
 *   BENCH_WARMUP_SECONDS (2)    how long each side runs first, unmeasured (JIT, pools, caches)
 *   BENCH_CONCURRENCY (64)      requests in flight
 *   BENCH_PRELOAD_CASES (0)     cases generated before the run (1000000: the targets must hold at a million)
 *   BENCH_AREA (grid)           where the reports fall: the grid 220104004001001, or `street` for anywhere in
 *                               its street 220104004 (永昌街道)
 *   BENCH_DATABASE_URL          a PostgreSQL server to use instead of a throwaway one (its databases
 *                               needle_intake_bench and needle_bare_bench are dropped and made afresh)
 *   BENCH_SERVER_MAIN           another build's main.js (default server/dist/main.js)
 *   BENCH_NODE_ARGS             extra node arguments for the server, e.g. --cpu-prof
 *   BENCH_PORT                  the server's port (default: a free one)
 *   BENCH_RESULTS               where to write the JSON
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { recreateDatabase } from '../server/src/db/recreate-database.js';
import { freePort, type NeedleProcess, startNeedleProcess } from '../server/src/test/needle-process.js';
import { type CpuSplit, cpuMeter } from './cpu-time.js';
import { demoRegions, generateCases } from './generate-cases.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const PRELOAD = Number(process.env.BENCH_PRELOAD_CASES ?? 0);
const AREA = process.env.BENCH_AREA === 'street' ? 'street' : 'grid';
const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts/throwaway-postgres.sh');
const serverMain = path.resolve(process.env.BENCH_SERVER_MAIN ?? path.join(root, 'server/dist/main.js'));
const resultsFile = path.resolve(
  process.env.BENCH_RESULTS ??
    path.join(root, 'bench/results', PRELOAD > 0 ? 'intake-preload.json' : 'intake.json'),
);
const BASE = `http://127.0.0.1:${PORT}`;
const DEMO_PASSWORD = 'Needle@2026';
const OPEN311_KEY = 'needle-demo-open311-key';
// 义和社区's grid 220104004001001 in 永昌街道 (220104004) of the generated demo city (README, Open311).
const GRID_CODE = '220104004001001';
const STREET_CODE = '220104004000';
const areaCode = AREA === 'grid' ? GRID_CODE : STREET_CODE;
const BOX = demoRegions().find((r) => r.code === areaCode)?.rect;
if (!BOX) throw new Error(`The demo city has no region ${areaCode}`);
const TARGETS = { perSecond: 1000, p99: 100, errors: 0, ratio: 0.25 };

interface Outcome {
  ok: boolean;
  /** A 2xx that returned an earlier case instead of making one. */
  replayed?: boolean;
  /** How many open cases nearby the answer listed (the duplicate check's result). */
  nearby?: number;
  /** Why it failed: the status and the start of the body, or the network error. */
  error?: string;
}

interface Sample extends Outcome {
  ms: number;
}

interface Run {
  samples: Sample[];
  seconds: number;
}

function startDatabase(): { url: string; stop: () => void } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  const out = execFileSync(script, { encoding: 'utf8' }).trim().split('\n');
  const dir = (out[0] ?? '').replace(/^dir=/, '');
  return { url: out[out.length - 1] ?? '', stop: () => execFileSync(script, ['stop', dir]) };
}

/** Starts the server and waits for /api/health; returns the process and how long it took to answer. */
async function startNeedle(
  databaseUrl: string,
  dataDir: string,
): Promise<{ server: NeedleProcess; ms: number }> {
  const started = Date.now();
  if (await fetch(`${BASE}/api/health`).catch(() => undefined)) {
    throw new Error(`Something already answers on port ${PORT}: set BENCH_PORT to a free one`);
  }
  const server = await startNeedleProcess({
    entry: serverMain,
    nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEEDLE_DEMO: '1',
      // The storm goes into an empty demo city, as the figures above were measured.
      NEEDLE_DEMO_HISTORY: '0',
      NEEDLE_DATA_DIR: dataDir,
      NEEDLE_LOG_LEVEL: 'warn',
    },
    port: PORT,
    startupTimeoutMs: 120_000,
  });
  // A server error during the run is worth seeing as it happens.
  server.child.stderr?.pipe(process.stderr);
  return { server, ms: Date.now() - started };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signs the demo resident in; returns the Cookie header to send. */
async function signIn(username: string): Promise<string> {
  const res = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`Signing in as ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('needle_session='));
  if (!cookie) throw new Error(`Signing in as ${username} set no needle_session cookie`);
  return cookie;
}

/** Numbers every request of the run, warm-ups included: Open311 descriptions must not repeat. */
let next = 0;

/** Runs `work` from CONCURRENCY loops until the time is up; each call's latency and outcome is kept. */
async function load(work: (n: number) => Promise<Outcome>, seconds = SECONDS): Promise<Run> {
  const samples: Sample[] = [];
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const n = next++;
        const t0 = performance.now();
        const outcome = await work(n).catch(
          (err: Error & { cause?: { code?: string } }): Outcome => ({
            ok: false,
            error: `no answer: ${err.cause?.code ?? err.message}`,
          }),
        );
        samples.push({ ...outcome, ms: performance.now() - t0 });
      }
    }),
  );
  return { samples, seconds: (performance.now() - start) / 1000 };
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Row {
  name: string;
  requests: number;
  ok: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  /** The distinct errors, most frequent first (at most 5). */
  errorSamples: { error: string; count: number }[];
  replayed?: number;
  /** Mean number of open cases nearby listed per answer. */
  meanNearby?: number;
  /** Cases the database gained during the side; new cases answered, and how many of those went missing. */
  stored?: number;
  newCases?: number;
  lost?: number;
  /** KPI outbox rows left when the side ended, and how long they took to drain. */
  outboxAtEnd?: number | null;
  drainSeconds?: number | null;
  ratio?: number;
  /** CPU milliseconds per case answered, by process (see cpu-time.ts). */
  cpuMsPerCase?: CpuSplit;
}

/** CPU seconds of a side spread over its cases, in milliseconds each. */
const perCase = (cpu: CpuSplit, cases: number): CpuSplit => ({
  server: round((cpu.server * 1000) / cases, 2),
  postgres: round((cpu.postgres * 1000) / cases, 2),
  loadGenerator: round((cpu.loadGenerator * 1000) / cases, 2),
});

function summary(name: string, run: Run): Row {
  const ok = run.samples.filter((s) => s.ok);
  const ms = ok.map((s) => s.ms);
  const errors = new Map<string, number>();
  for (const s of run.samples) if (!s.ok) errors.set(s.error ?? '?', (errors.get(s.error ?? '?') ?? 0) + 1);
  const nearby = ok.filter((s) => s.nearby !== undefined);
  return {
    name,
    requests: run.samples.length,
    ok: ok.length,
    seconds: round(run.seconds, 2),
    perSecond: round(ok.length / run.seconds),
    p50: round(percentile(ms, 0.5)),
    p90: round(percentile(ms, 0.9)),
    p99: round(percentile(ms, 0.99)),
    max: round(ms.length > 0 ? ms.reduce((a, b) => Math.max(a, b)) : Number.NaN),
    errors: run.samples.length - ok.length,
    errorSamples: [...errors]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([error, count]) => ({ error, count })),
    replayed: ok.filter((s) => s.replayed).length,
    ...(nearby.length > 0
      ? { meanNearby: round(nearby.reduce((sum, s) => sum + (s.nearby ?? 0), 0) / nearby.length) }
      : {}),
  };
}

const between = (low: number, high: number) => low + Math.random() * (high - low);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;
const ROADS = ['义和路', '永昌路', '西安大路', '同志街', '建设街', '红旗街'];
const SPOTS = ['门前', '路口东侧', '公交站旁', '人行道上', '小区大门外', '停车场入口'];
const WORDS = [
  '井盖丢失，井口敞开，夜里看不清，行人容易踩空',
  '井盖不见了，只剩一个黑洞，已有电动车差点掉进去',
  '下水井盖被人拿走，周围没有任何警示，孩子放学经过很危险',
  '井盖缺失，有人临时放了块砖头挡着，请尽快补上',
];

function where() {
  const box = BOX as NonNullable<typeof BOX>;
  return {
    lat: Number(between(box.south, box.north).toFixed(6)),
    lng: Number(between(box.west, box.east).toFixed(6)),
    address: `${pick(ROADS)}${1 + Math.floor(Math.random() * 300)}号${pick(SPOTS)}`,
  };
}

async function failure(res: Response): Promise<Outcome> {
  const body = (await res.text()).replace(/\s+/g, ' ').slice(0, 200);
  return { ok: false, error: `${res.status} ${body}` };
}

/** POST /api/cases as a signed-in resident, the way the web app sends a report. */
function appReport(cookie: string) {
  return async (): Promise<Outcome> => {
    const at = where();
    const res = await fetch(`${BASE}/api/cases`, {
      method: 'POST',
      // As the browser sends it from a Needle page: the session cookie is honoured only with Needle's Origin.
      headers: {
        'content-type': 'application/json',
        origin: BASE,
        cookie,
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify({
        categoryCode: 'E0550',
        description: `${at.address}${pick(WORDS)}`,
        lat: at.lat,
        lng: at.lng,
        address: at.address,
      }),
    });
    if (!res.ok) return failure(res);
    const answer = (await res.json()) as { replayed: boolean; possibleDuplicates: unknown[] };
    return { ok: true, replayed: answer.replayed, nearby: answer.possibleDuplicates.length };
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const COVERS = ['water_supply', 'sewage', 'storm', 'power', 'telecom', 'gas', 'heating', 'unknown'];

/** POST requests.json the way a partner system files a citizen's report. */
async function open311Report(n: number): Promise<Outcome> {
  const at = where();
  const form = new URLSearchParams({
    api_key: OPEN311_KEY,
    service_code: 'E0550',
    lat: String(at.lat),
    long: String(at.lng),
    address_string: at.address,
    // Unique, since an identical body within the retry window is answered as a replay.
    description: `${at.address}${pick(WORDS)}（${n}）`,
    first_name: '先生',
    last_name: pick(SURNAMES),
    phone: `13${Math.floor(100_000_000 + Math.random() * 899_999_999)}`,
    'attribute[cover_type]': pick(COVERS),
    'attribute[hazard_level]': pick(['roadway', 'guarded', 'verge']),
  });
  const res = await fetch(`${BASE}/open311/v2/requests.json`, { method: 'POST', body: form });
  if (!res.ok) return failure(res);
  const [answer] = (await res.json()) as { service_notice?: string }[];
  const notice = answer?.service_notice ?? '';
  return {
    ok: true,
    replayed: notice.includes('此前已收到相同的提交'),
    // "附近已有3件…", or "附近已有20多件…" past the server's limit on the list.
    nearby: Number(/附近已有(\d+)多?件/.exec(notice)?.[1] ?? 0),
  };
}

const countCases = async (db: pg.Client) =>
  Number((await db.query<{ n: string }>('select count(*) as n from cases')).rows[0]?.n);

/** KPI outbox rows waiting, or null when this build has no such table. */
async function outbox(db: pg.Client): Promise<number | null> {
  const { rows } = await db.query<{ t: string | null }>(`select to_regclass('kpi_outbox')::text as t`);
  if (!rows[0]?.t) return null;
  return Number((await db.query<{ n: string }>('select count(*) as n from kpi_outbox')).rows[0]?.n);
}

/** Waits (at most two minutes) until the outbox is empty; returns the seconds it took. */
async function drain(db: pg.Client): Promise<number | null> {
  const started = Date.now();
  for (;;) {
    const left = await outbox(db);
    if (left === null) return null;
    if (left === 0) return round((Date.now() - started) / 1000, 1);
    if (Date.now() - started > 120_000) {
      console.log(`  the KPI outbox still holds ${left} events after two minutes; going on`);
      return round((Date.now() - started) / 1000, 1);
    }
    await sleep(200);
  }
}

/** One side against the server: the cases stored are counted in the database around it. */
async function side(db: pg.Client, name: string, work: (n: number) => Promise<Outcome>): Promise<Row> {
  process.stdout.write(`${name}: `);
  if (WARMUP > 0) {
    process.stdout.write(`${WARMUP} s warm-up, `);
    await load(work, WARMUP);
    await drain(db);
  }
  const before = await countCases(db);
  process.stdout.write(`${SECONDS} s …`);
  const cpu = cpuMeter(needle?.child.pid);
  const run = await load(work);
  const used = cpu();
  const row = summary(name, run);
  const outboxAtEnd = await outbox(db);
  const drainSeconds = await drain(db);
  const stored = (await countCases(db)) - before;
  const newCases = row.ok - (row.replayed ?? 0);
  process.stdout.write(` ${row.perSecond} cases/s\n`);
  return {
    ...row,
    stored,
    newCases,
    lost: newCases - stored,
    outboxAtEnd,
    drainSeconds,
    cpuMsPerCase: perCase(used, row.ok),
  };
}

const fmt = (x: number | undefined, digits = 0) =>
  x === undefined || Number.isNaN(x)
    ? '–'
    : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

// Other work on the machine shows in the figures: its load is recorded beside them.
const loadAtStart = os.loadavg()[0] ?? Number.NaN;
if (!existsSync(serverMain))
  throw new Error(`No production build at ${serverMain}: run \`npm run build\` first`);
const database = startDatabase();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'needle-intake-bench-'));
// Stopped with SIGTERM: it closes cleanly, and writes a --cpu-prof profile.
let needle: NeedleProcess | undefined;
let db: pg.Client | undefined;
try {
  const needleUrl = await recreateDatabase(database.url, 'needle_intake_bench');
  const bareUrl = await recreateDatabase(database.url, 'needle_bare_bench');
  const first = await startNeedle(needleUrl, dataDir);
  needle = first.server;
  db = new pg.Client({ connectionString: needleUrl });
  await db.connect();
  const postgres =
    (await db.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]?.v ?? '?';

  let preload: Record<string, number> | undefined;
  let startupMs = first.ms;
  if (PRELOAD > 0) {
    // The server made the schema and the demo city; the history goes in while it is stopped.
    await needle.stop();
    console.log(
      `Preloading ${PRELOAD.toLocaleString('en-US')} cases over the last year, all over the demo city…`,
    );
    const now = new Date();
    const { ms } = await generateCases(db, {
      count: PRELOAD,
      from: new Date(now.getTime() - 365 * 86_400_000),
      to: now,
      asOf: now,
      onProgress: (done, elapsed) =>
        console.log(`  ${done.toLocaleString('en-US')} cases (${(elapsed / 1000).toFixed(1)} s)`),
      onIndexes: (count, took) =>
        console.log(`  ${count} indexes built again in ${(took / 1000).toFixed(1)} s`),
    });
    const facts = (
      await db.query<{ total: string; open: string; street: string; streetOpen: string; week: string }>(
        `select count(*) as total, count(*) filter (where status not in ('closed', 'rejected', 'voided')) as open,
                count(*) filter (where street_code = $1) as street,
                count(*) filter (where street_code = $1 and status not in ('closed', 'rejected', 'voided')) as "streetOpen",
                count(*) filter (where street_code = $1 and category_code = 'E0550'
                  and created_at > now() - interval '7 days') as week
         from cases`,
        [STREET_CODE],
      )
    ).rows[0];
    preload = {
      cases: Number(facts?.total),
      seconds: round(ms / 1000, 1),
      open: Number(facts?.open),
      inStreet: Number(facts?.street),
      openInStreet: Number(facts?.streetOpen),
      e0550InStreetLastWeek: Number(facts?.week),
    };
    console.log(
      `Preloaded in ${preload.seconds} s (generation, code counters, vacuum analyze): ${fmt(preload.cases)} cases, ` +
        `${fmt(preload.open)} open; street ${STREET_CODE}: ${fmt(preload.inStreet)}, ${fmt(preload.openInStreet)} open`,
    );
    const again = await startNeedle(needleUrl, dataDir);
    needle = again.server;
    startupMs = again.ms;
    console.log(`Needle started again on the history in ${(startupMs / 1000).toFixed(1)} s`);
  }

  const build = path.relative(root, serverMain).startsWith('..')
    ? serverMain
    : path.relative(root, serverMain);
  const cookie = await signIn('resident');
  console.log(
    `Reporting E0550 into ${AREA} ${areaCode}, ${CONCURRENCY} in flight, ${SECONDS} s per side (build ${build})`,
  );
  const app = await side(db, 'POST /api/cases (resident, JSON)', appReport(cookie));
  const open311 = await side(db, 'Open311 POST requests.json', open311Report);

  const bare = new pg.Pool({ connectionString: bareUrl, max: CONCURRENCY });
  await bare.query(`create table bare_cases (
    id uuid primary key default gen_random_uuid(), code text not null, category_code text not null,
    description text not null, lat double precision not null, lng double precision not null,
    grid_code text not null, status text not null, created_at timestamptz not null default now())`);
  const box = BOX;
  const insert = (n: number) =>
    bare
      .query(
        'insert into bare_cases (code, category_code, description, lat, lng, grid_code, status) values ($1, $2, $3, $4, $5, $6, $7)',
        [
          `bench-${n}`,
          'E0550',
          `压测上报 ${n}：路口井盖丢失`,
          between(box.south, box.north),
          between(box.west, box.east),
          GRID_CODE,
          'reported',
        ],
      )
      .then((): Outcome => ({ ok: true }));
  process.stdout.write(`bare INSERT: ${WARMUP > 0 ? `${WARMUP} s warm-up, ` : ''}${SECONDS} s …`);
  if (WARMUP > 0) await load(insert, WARMUP);
  const rawCpu = cpuMeter(undefined);
  const raw = summary('bare INSERT of a case-like row', await load(insert));
  raw.cpuMsPerCase = perCase(rawCpu(), raw.ok);
  process.stdout.write(` ${raw.perSecond} rows/s\n`);
  await bare.end();
  for (const r of [app, open311]) r.ratio = round(r.perSecond / raw.perSecond, 4);
  raw.ratio = 1;
  raw.replayed = undefined;

  const preloaded = preload ? `, ${fmt(preload.cases)} cases preloaded` : '';
  console.log(
    `\nIntake into one ${AREA} (${areaCode}), ${CONCURRENCY} in flight for ${SECONDS} s each, PostgreSQL ${postgres}, production build${preloaded}` +
      ` (${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} now):\n`,
  );
  console.log('| | cases/s | p50 ms | p99 ms | errors | stored / new cases | ratio to bare INSERT |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of [app, open311, raw]) {
    const stored = r.stored === undefined ? '–' : `${fmt(r.stored)} / ${fmt(r.newCases)}`;
    console.log(
      `| ${r.name} | ${fmt(r.perSecond)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${fmt(r.errors)} | ${stored} | ${(r.ratio ?? 0).toFixed(3)} |`,
    );
  }
  console.log('');
  for (const r of [app, open311, raw]) {
    if (r.lost) {
      console.log(
        r.lost > 0
          ? `LOST: ${r.name} answered ${fmt(r.newCases)} new cases but stored ${fmt(r.stored)} (${fmt(r.lost)} missing)`
          : `EXTRA: ${r.name} stored ${fmt(r.stored)} cases for ${fmt(r.newCases)} new ones answered`,
      );
    }
    if (r.replayed) console.log(`${r.name}: ${fmt(r.replayed)} answers were replays of earlier reports`);
    for (const e of r.errorSamples) console.log(`${r.name}: ${fmt(e.count)} × ${e.error}`);
  }
  console.log(`\nCPU per case (ms; ${os.cpus().length} cores give ${os.cpus().length * 1000} ms a second):`);
  for (const r of [app, open311, raw]) {
    const c = r.cpuMsPerCase;
    if (c) {
      console.log(
        `  ${r.name}: server ${c.server}, PostgreSQL ${c.postgres}, load generator ${c.loadGenerator}`,
      );
    }
  }
  for (const r of [app, open311]) {
    const misses = [
      r.perSecond >= TARGETS.perSecond ? '' : `${fmt(r.perSecond)}/s < ${fmt(TARGETS.perSecond)}/s`,
      r.p99 < TARGETS.p99 ? '' : `p99 ${fmt(r.p99, 1)} ms ≥ ${TARGETS.p99} ms`,
      r.errors === TARGETS.errors ? '' : `${fmt(r.errors)} errors`,
      (r.ratio ?? 0) >= TARGETS.ratio ? '' : `ratio ${(r.ratio ?? 0).toFixed(3)} < ${TARGETS.ratio}`,
      r.lost ? `${fmt(r.lost)} lost` : '',
    ].filter(Boolean);
    console.log(
      `${r.name}: ${misses.length === 0 ? 'targets met' : `targets MISSED (${misses.join(', ')})`}; ` +
        `${fmt(r.meanNearby, 1)} open cases nearby per answer; KPI outbox ${r.outboxAtEnd ?? '–'} at the end, ` +
        `drained in ${r.drainSeconds ?? '–'} s`,
    );
  }

  const cpus = os.cpus();
  const result = {
    benchmark: 'intake',
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? '?',
      cores: cpus.length,
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAverage: { atStart: round(loadAtStart, 2), atEnd: round(os.loadavg()[0] ?? Number.NaN, 2) },
    },
    node: process.version,
    postgres,
    settings: {
      seconds: SECONDS,
      warmupSeconds: WARMUP,
      concurrency: CONCURRENCY,
      area: AREA,
      areaCode,
      category: 'E0550',
      preloadCases: PRELOAD,
      server: build,
      nodeArgs: process.env.BENCH_NODE_ARGS ?? '',
      database: process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : 'throwaway (fsync off)',
    },
    preload: preload ?? null,
    startupSeconds: round(startupMs / 1000, 1),
    targets: TARGETS,
    rows: { app, open311, bareInsert: raw },
  };
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), resultsFile)}`);
} finally {
  await db?.end().catch(() => {});
  await needle?.stop();
  database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
