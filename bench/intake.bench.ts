/**
 * Intake throughput: concurrent Open311 reports into one street against the production build on a real
 * PostgreSQL server, beside bare single-row INSERTs of a case-like row through the same driver, in one run.
 * The ratio says how much of the database's own write rate an intake keeps (issue 10 targets 1,000/s).
 *
 * BENCH_SECONDS (default 15) is how long each side runs; BENCH_CONCURRENCY (default 64) how many requests
 * are in flight. BENCH_DATABASE_URL points at a server; without it a throwaway one is started and removed.
 * Build first (`npm run build`): the server under test is server/dist/main.js.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { recreateDatabase } from '../server/src/db/recreate-database.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const PORT = Number(process.env.BENCH_PORT ?? 3917);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts/throwaway-postgres.sh');
const serverMain = path.join(root, 'server/dist/main.js');
// 义和社区's grid 220104004001001 in the generated demo city (README, Open311): every report lands in one street.
const GRID = { south: 43.927689, north: 43.930093, west: 125.244675, east: 125.246895 };

interface Sample {
  ms: number;
  ok: boolean;
}

function startDatabase(): { url: string; stop: () => void } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  const out = execFileSync(script, { encoding: 'utf8' }).trim().split('\n');
  const dir = (out[0] ?? '').replace(/^dir=/, '');
  return { url: out[out.length - 1] ?? '', stop: () => execFileSync(script, ['stop', dir]) };
}

async function startNeedle(databaseUrl: string, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [serverMain], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEEDLE_DEMO: '1',
      NEEDLE_DATA_DIR: dataDir,
      NEEDLE_LOG_LEVEL: 'warn',
      PORT: String(PORT),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('Needle did not answer /api/health within a minute');
}

/** Runs `work` from CONCURRENCY loops until the time is up; each call's latency and outcome is kept. */
async function load(work: (n: number) => Promise<boolean>): Promise<{ samples: Sample[]; seconds: number }> {
  const samples: Sample[] = [];
  let next = 0;
  const start = performance.now();
  const end = start + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const n = next++;
        const t0 = performance.now();
        const ok = await work(n).catch(() => false);
        samples.push({ ms: performance.now() - t0, ok });
      }
    }),
  );
  return { samples, seconds: (performance.now() - start) / 1000 };
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN;

function summary(name: string, run: { samples: Sample[]; seconds: number }) {
  const ok = run.samples.filter((s) => s.ok).map((s) => s.ms);
  return {
    name,
    perSecond: ok.length / run.seconds,
    p50: percentile(ok, 0.5),
    p99: percentile(ok, 0.99),
    failed: run.samples.length - ok.length,
  };
}

const between = (low: number, high: number) => low + Math.random() * (high - low);

function openReport(n: number): Promise<boolean> {
  // A unique description: an identical body within the retry window would be answered as a replay.
  const form = new URLSearchParams({
    api_key: 'needle-demo-open311-key',
    service_code: 'E0550',
    lat: between(GRID.south, GRID.north).toFixed(6),
    long: between(GRID.west, GRID.east).toFixed(6),
    'attribute[cover_type]': 'sewage',
    description: `压测上报 ${n}：路口井盖丢失`,
  });
  return fetch(`http://127.0.0.1:${PORT}/open311/v2/requests.json`, { method: 'POST', body: form }).then(
    async (res) => {
      await res.arrayBuffer();
      return res.ok;
    },
  );
}

if (!existsSync(serverMain)) throw new Error('No production build: run `npm run build` first');
const database = startDatabase();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'needle-intake-bench-'));
let needle: ChildProcess | undefined;
try {
  const needleUrl = await recreateDatabase(database.url, 'needle_intake_bench');
  const bareUrl = await recreateDatabase(database.url, 'needle_bare_bench');
  needle = await startNeedle(needleUrl, dataDir);
  const intake = summary('Needle intake (Open311 POST)', await load(openReport));

  const bare = new pg.Pool({ connectionString: bareUrl, max: CONCURRENCY });
  await bare.query(`create table bare_cases (
    id uuid primary key default gen_random_uuid(), code text not null, category_code text not null,
    description text not null, lat double precision not null, lng double precision not null,
    grid_code text not null, status text not null, created_at timestamptz not null default now())`);
  const insert = (n: number) =>
    bare
      .query(
        'insert into bare_cases (code, category_code, description, lat, lng, grid_code, status) values ($1, $2, $3, $4, $5, $6, $7)',
        [
          `bench-${n}`,
          'E0550',
          `压测上报 ${n}：路口井盖丢失`,
          between(GRID.south, GRID.north),
          between(GRID.west, GRID.east),
          '220104004001001',
          'reported',
        ],
      )
      .then(() => true);
  const raw = summary('bare INSERT of a case-like row', await load(insert));
  await bare.end();

  console.log(`\nIntake, ${CONCURRENCY} in flight for ${SECONDS} s each, PostgreSQL, production build:\n`);
  console.log('| | cases/s | p50 ms | p99 ms | failed |');
  console.log('|---|---|---|---|---|');
  for (const r of [intake, raw]) {
    console.log(
      `| ${r.name} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.failed} |`,
    );
  }
  console.log(`\nratio intake / bare INSERT: ${(intake.perSecond / raw.perSecond).toFixed(3)}`);
} finally {
  needle?.kill();
  database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
