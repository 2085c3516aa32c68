/**
 * What a year of 一日两巡 costs to keep: 389 grids (seed 000's count) × 2 patrols a day × 365 days.
 * Generates one month of such patrols (walks of 40–80 minutes, the phone's sampling rate, four
 * check-ins each) into a real PostgreSQL through Needle's own migrations, measures the tables, and
 * extrapolates to the year. Side by side in the same run, the baseline: the same tracks as one row
 * per point (patrol, time, lat, lng), measured over one day's patrols.
 *
 *   npx tsx bench/patrol-storage.bench.ts      (BENCH_DATABASE_URL to use a server of your own)
 *
 * Figures go to bench/results/patrol-storage.json.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../server/src/db/open-database.js';
import { recreateDatabase } from '../server/src/db/recreate-database.js';
import { seededRandom } from '../server/src/lib/seeded-random.js';
import { encodeTrack, type TrackPoint } from '../server/src/modules/patrols/track-code.js';
import { generateWalk } from '../server/src/modules/patrols/walk-generator.js';

const GRIDS = Number(process.env.BENCH_GRIDS ?? 389);
const PER_DAY = 2;
const DAYS = Number(process.env.BENCH_DAYS ?? 30);
const CHECKINS = 4;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts/throwaway-postgres.sh');
const resultsFile = path.join(root, 'bench/results/patrol-storage.json');
const random = seededRandom(389);

function startServer(): { url: string; stop: () => void } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  const out = execFileSync(script, { encoding: 'utf8' }).trim().split('\n');
  const dir = (out[0] ?? '').replace(/^dir=/, '');
  return { url: out[out.length - 1] ?? '', stop: () => execFileSync(script, ['stop', dir]) };
}

/** A 400 m × 450 m box per grid, side by side: only the walks' shapes matter to their size. */
const boxOf = (g: number) => {
  const south = 43.8 + Math.floor(g / 20) * 0.004;
  const west = 125.2 + (g % 20) * 0.0055;
  return { south, west, north: south + 0.0036, east: west + 0.005 };
};

const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;

async function tableBytes(client: pg.Client, table: string): Promise<number> {
  await client.query(`vacuum analyze ${table}`);
  const { rows } = await client.query<{ n: string }>('select pg_total_relation_size($1)::text as n', [table]);
  return Number(rows[0]?.n ?? 0);
}

const server = startServer();
try {
  const url = await recreateDatabase(server.url, 'needle_patrol_storage');
  // Needle's migrations make the tables, exactly as a server would.
  await (await openDatabase({ kind: 'postgres', url, poolSize: 2 })).close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create table baseline_track_points (
    patrol_id uuid not null, at timestamptz not null, lat double precision not null, lng double precision not null)`);
  await client.query(`create index on baseline_track_points (patrol_id, at)`);
  // The patrols' check-ins point at points of their grid: a city and a district row, four points a grid.
  await client.query(
    `insert into regions (code, name, level, parent_code, geometry)
     values ('220100000000', '市', 'city', null, '{}'::jsonb),
            ('220104000000', '区', 'district', '220100000000', '{}'::jsonb) on conflict do nothing`,
  );
  const pointIds: string[][] = [];
  for (let g = 0; g < GRIDS; g++) {
    const ids = Array.from({ length: CHECKINS }, () => randomUUID());
    pointIds.push(ids);
    const box = boxOf(g);
    for (const id of ids) {
      await client.query(
        `insert into patrol_points (district_code, id, region_code, name, lat, lng, qr_token, created_at)
         values ('220104000000', $1, '220104000000', '点位', $2, $3, $4, now())`,
        [id, box.south + 0.001, box.west + 0.001, randomUUID()],
      );
    }
  }

  const started = Date.now();
  let patrolRows = 0;
  let points = 0;
  let baselineRows = 0;
  const day0 = Date.UTC(2026, 10, 1, 0, 0);
  for (let day = 0; day < DAYS; day++) {
    const patrols: unknown[][] = [];
    const checkins: unknown[][] = [];
    const baseline: unknown[][] = [];
    for (let g = 0; g < GRIDS; g++) {
      for (let k = 0; k < PER_DAY; k++) {
        const id = randomUUID();
        const minutes = 40 + Math.floor(random() * 40);
        const startedAt = new Date(day0 + day * 86_400_000 + (k === 0 ? 1 : 6) * 3_600_000);
        const walk: TrackPoint[] = generateWalk(boxOf(g), minutes, random);
        points += walk.length;
        patrols.push([
          id,
          startedAt,
          new Date(startedAt.getTime() + minutes * 60_000),
          encodeTrack(walk),
          walk.length,
        ]);
        for (const [i, pointId] of (pointIds[g] ?? []).entries()) {
          checkins.push([id, pointId, new Date(startedAt.getTime() + (i + 1) * 600_000)]);
        }
        // The baseline is measured over the first day and scaled: the whole month as rows would take long.
        if (day === 0) {
          for (const p of walk) baseline.push([id, new Date(startedAt.getTime() + p.t * 1000), p.lat, p.lng]);
        }
      }
    }
    for (let i = 0; i < patrols.length; i += 200) {
      const chunk = patrols.slice(i, i + 200);
      const values = chunk.map(
        (_, j) =>
          `('220104000000', $${j * 5 + 1}, '220104000000', '00000000-0000-4000-8000-000000000001', $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5}, 4, now())`,
      );
      await client.query(
        `insert into patrols (district_code, id, region_code, worker_id, started_at, ended_at, track, track_points, points_total, received_at) values ${values.join(',')}`,
        chunk.flat(),
      );
    }
    for (let i = 0; i < checkins.length; i += 500) {
      const chunk = checkins.slice(i, i + 500);
      const values = chunk.map(
        (_, j) => `('220104000000', $${j * 3 + 1}, $${j * 3 + 2}, $${j * 3 + 3}, 'qr')`,
      );
      await client.query(
        `insert into patrol_checkins (district_code, patrol_id, point_id, at, method) values ${values.join(',')}`,
        chunk.flat(),
      );
    }
    for (let i = 0; i < baseline.length; i += 2000) {
      const chunk = baseline.slice(i, i + 2000);
      const values = chunk.map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`);
      await client.query(`insert into baseline_track_points values ${values.join(',')}`, chunk.flat());
    }
    patrolRows += patrols.length;
    baselineRows += baseline.length;
    process.stdout.write(`\rday ${day + 1}/${DAYS}: ${patrolRows} patrols, ${points} points`);
  }
  process.stdout.write('\n');
  const patrolBytes = await tableBytes(client, 'patrols');
  const checkinBytes = await tableBytes(client, 'patrol_checkins');
  const baselineBytes = await tableBytes(client, 'baseline_track_points');
  await client.end();

  const year = 365 / DAYS;
  const yearPatrols = Math.round(patrolRows * year);
  const yearCheckins = Math.round(patrolRows * CHECKINS * year);
  const yearPoints = Math.round(points * year);
  const yearBytes = Math.round((patrolBytes + checkinBytes) * year);
  // The first day's points as rows, scaled to the year by points.
  const baselineYearBytes = Math.round((baselineBytes / baselineRows) * yearPoints);
  const results = [
    {
      name: 'patrol storage: a year of 2 patrols a day × 389 grids (patrols + check-ins)',
      value: mb(yearBytes),
      unit: 'MB',
      baseline: 'the same tracks as one row per point',
      baseline_value: mb(baselineYearBytes),
      ratio: Math.round((yearBytes / baselineYearBytes) * 1000) / 1000,
      target: 'under 1/5 of the baseline',
      ok: yearBytes * 5 < baselineYearBytes,
    },
    {
      name: 'patrol storage: rows a year (patrols + check-ins)',
      value: yearPatrols + yearCheckins,
      unit: 'rows',
      baseline: 'one row per point',
      baseline_value: yearPoints,
      ratio: Math.round(((yearPatrols + yearCheckins) / yearPoints) * 1000) / 1000,
      target: 'one row per patrol, one per check-in',
      ok: true,
    },
  ];
  console.table(
    results.map((r) => ({
      name: r.name,
      value: `${r.value} ${r.unit}`,
      baseline: `${r.baseline_value} ${r.unit}`,
      ratio: r.ratio,
      ok: r.ok,
    })),
  );
  console.log(
    `Measured: ${patrolRows} patrols (${DAYS} days), ${points} points (${Math.round(points / patrolRows)} a patrol), ` +
      `patrols ${mb(patrolBytes)} MB + check-ins ${mb(checkinBytes)} MB; baseline ${baselineRows} point rows ${mb(baselineBytes)} MB; ` +
      `${Math.round((Date.now() - started) / 1000)} s`,
  );
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
} finally {
  server.stop();
}
