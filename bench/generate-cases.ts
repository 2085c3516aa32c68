/**
 * A case history for the benchmarks, generated inside PostgreSQL with multi-row INSERT … SELECT over
 * generate_series, a chunk of whole China days per statement. Shared by kpi.bench.ts (a year of cases)
 * and intake.bench.ts (BENCH_PRELOAD_CASES: the duplicate check and the indexes at a million cases).
 *
 * Every row is a case Needle could have written (server/src/modules/cases/cases.tables.ts):
 * - a point inside a grid of the demo city (generateDemoCity, the geometry NEEDLE_DEMO=1 seeds), spread
 *   evenly over its 389 grids, with the point's real H3 cell, so the duplicate check's index finds it;
 * - an active category of the database at its version, routed as routeCase would (the department of the
 *   category's type when the database has one, else the street);
 * - a human-readable code `<street prefix>-<China day>-NNNN`, numbered per street and day without gaps,
 *   and case_code_sequences raised to match, so that the server's next code on any day is a fresh one;
 * - a status as of `asOf`: most cases of the last days are open, nearly all older ones closed (on time
 *   or late against a due date from the category's time limit), a few rejected or voided. Open cases
 *   carry a step clock; a step already past its limit is marked announced, as the sweeper would have
 *   done, so a server started on the history does not announce thousands of old steps at once.
 * Times are whole milliseconds, as the server writes them. Not written here: timelines (case_events,
 * see city/generate-events.ts), followers, photos and the KPI rollups. Into a table holding fewer
 * cases than are generated, the secondary indexes are dropped and built again at the end (faster than
 * keeping them up row by row); then the code counters are raised and the table vacuumed and analysed.
 */
import pg from 'pg';
import { seededRandom } from '../server/src/lib/seeded-random.js';
import { cellOf } from '../server/src/modules/cases/nearby.js';
import { type Routing, routeCase } from '../server/src/modules/cases/routing.js';
import { changchunChaoyang } from '../server/src/modules/regions/demo-city/demo-division.js';
import { generateDemoCity } from '../server/src/modules/regions/demo-city/generate-demo-city.js';
import type { Rect } from '../server/src/modules/regions/demo-city/rectangles.js';

export interface DemoGrid {
  code: string;
  name: string;
  rect: Rect;
  /** How busy the grid is against the average (1): it gets that many more of the cases. */
  activity?: number;
}

const rectOf = (ring: number[][]): Rect => {
  const lngs = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  return {
    west: Math.min(...lngs),
    east: Math.max(...lngs),
    south: Math.min(...lats),
    north: Math.max(...lats),
  };
};

/** The demo city's regions with their rectangles (every region of the demo city is one). */
export function demoRegions(): DemoGrid[] {
  return generateDemoCity(changchunChaoyang).features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name,
    rect: rectOf(f.geometry.coordinates[0] ?? []),
  }));
}

/** The demo city's grids (15-digit codes). */
export const demoGrids = (): DemoGrid[] => demoRegions().filter((r) => r.code.length === 15);

export interface CaseGeneration {
  count: number;
  /** The first case's created_at; the cases come in evenly from here until `to`. */
  from: Date;
  to: Date;
  /** The moment the statuses are judged at: cases this much older are mostly closed. */
  asOf: Date;
  /** About this many rows per INSERT (whole China days are kept together); default 200,000. */
  chunk?: number;
  onProgress?: (done: number, elapsedMs: number) => void;
  /** The grids the cases fall in (default: the demo city's), and points drawn per grid of activity 1. */
  grids?: DemoGrid[];
  pointsPerGrid?: number;
  /**
   * A city's rhythm rather than an even stream: busier weekdays than weekends, a summer peak and the
   * heating season's start in November, and the day's hours (few at night, peaks in the morning and
   * evening); categories with a long tail (a few take most cases); points bunched around two spots of
   * each grid.
   */
  rhythm?: boolean;
  /** Called when the deferred indexes are built again. */
  onIndexes?: (count: number, ms: number) => void;
  /**
   * Number each street's day after the codes case_code_sequences already gives it, for cases added to a
   * history that already holds some of those days (the hotspot bench's new cases, a few at a time).
   */
  continueCodes?: boolean;
  /**
   * The first case's number in the draws (default 0): each case's place, category and status are drawn
   * from its number, so a batch added to a history draws from numbers of its own, or it repeats the
   * history's first cases place for place.
   */
  drawFrom?: number;
}

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** Points drawn per grid: cases share them, so the H3 cell is computed here rather than in SQL. */
const POINTS_PER_GRID = 256;

/** A time limit in calendar milliseconds, roughly: 8 working hours a day, 5 working days a week. */
function limitMs(amount: number, unit: string): number {
  switch (unit) {
    case 'working_hours':
      return amount * 3 * 1.4 * 3_600_000;
    case 'working_days':
      return amount * 1.4 * DAY_MS;
    case 'calendar_hours':
      return amount * 3_600_000;
    default:
      return amount * DAY_MS;
  }
}

/** The next China midnight strictly after `ms`. */
const nextChinaMidnight = (ms: number): number =>
  Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - CHINA_OFFSET_MS;

/** Relative reports per weekday, Sunday first: weekends are quieter. */
const WEEKDAY = [0.82, 1.12, 1.1, 1.05, 1.04, 1.0, 0.8];
/** Relative reports per hour of a China day: little at night, a morning and an evening peak. */
const HOURS = [
  0.15, 0.1, 0.08, 0.07, 0.08, 0.15, 0.4, 0.9, 1.5, 1.8, 1.7, 1.5, 1.1, 1.2, 1.5, 1.6, 1.5, 1.4, 1.2, 1.3,
  1.2, 0.9, 0.6, 0.3,
];

/** A day's weight in a city's year: a summer peak, and the heating complaints of early November. */
function seasonal(ms: number): number {
  const dayOfYear = (ms - Date.UTC(new Date(ms).getUTCFullYear(), 0, 1)) / DAY_MS;
  return (
    1 +
    0.2 * Math.sin((2 * Math.PI * (dayOfYear - 100)) / 365) +
    0.25 * Math.exp(-(((dayOfYear - 312) / 12) ** 2))
  );
}

interface DaySlice {
  startMs: number;
  lengthMs: number;
  /** Cases first … first + count − 1 come in on this day, in order. */
  first: number;
  count: number;
}

/**
 * The China days of [from, to), each with its share of the cases: in proportion to its length, times
 * the city's rhythm when asked. Boundaries are whole case numbers, so a street's numbering for a day is
 * complete within one statement.
 */
function daySlices(count: number, fromMs: number, toMs: number, rhythm: boolean): DaySlice[] {
  const days: { startMs: number; lengthMs: number; weight: number }[] = [];
  for (let start = fromMs; start < toMs; ) {
    const end = Math.min(nextChinaMidnight(start), toMs);
    const local = start + CHINA_OFFSET_MS;
    const weight =
      (end - start) * (rhythm ? (WEEKDAY[new Date(local).getUTCDay()] ?? 1) * seasonal(local) : 1);
    days.push({ startMs: start, lengthMs: end - start, weight });
    start = end;
  }
  const total = days.reduce((sum, d) => sum + d.weight, 0);
  let before = 0;
  let first = 0;
  return days.map((d) => {
    before += d.weight;
    const next = Math.min(count, Math.round((count * before) / total));
    const slice = { ...d, first, count: next - first };
    first = next;
    return slice;
  });
}

/** Ranges [first, last] of day indexes, about `chunk` cases each. */
function chunksOf(days: DaySlice[], chunk: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (const [i, d] of days.entries()) {
    size += d.count;
    if (size >= chunk || i === days.length - 1) {
      out.push([start, i]);
      start = i + 1;
      size = 0;
    }
  }
  return out;
}

async function loadReference(
  db: pg.ClientBase,
  grids: DemoGrid[],
  pointsPerGrid: number,
  bunched: boolean,
): Promise<{ points: number; categories: number }> {
  const random = seededRandom(2026);
  const lat: number[] = [];
  const lng: number[] = [];
  const cell: string[] = [];
  const grid: number[] = [];
  // A grid of activity a gets a times the points, so a times the cases: they are drawn evenly over points.
  for (const [i, g] of grids.entries()) {
    const { west, east, south, north } = g.rect;
    const spots = [0, 1].map(
      () => [west + random() * (east - west), south + random() * (north - south)] as const,
    );
    const within = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    for (let j = 0; j < Math.max(4, Math.round(pointsPerGrid * (g.activity ?? 1))); j++) {
      // Half of a bunched grid's points lie near one of its two spots (a market gate, a busy corner).
      const spot = bunched && random() < 0.5 ? spots[j % 2] : undefined;
      const y = Number(
        (spot
          ? within(spot[1] + (random() - 0.5) * 0.2 * (north - south), south, north)
          : south + random() * (north - south)
        ).toFixed(6),
      );
      const x = Number(
        (spot
          ? within(spot[0] + (random() - 0.5) * 0.2 * (east - west), west, east)
          : west + random() * (east - west)
        ).toFixed(6),
      );
      lat.push(y);
      lng.push(x);
      cell.push(cellOf(y, x));
      grid.push(i);
    }
  }
  await db.query(
    'drop table if exists pg_temp.gen_points, pg_temp.gen_grids, pg_temp.gen_categories, pg_temp.gen_units',
  );
  await db.query(
    `create temporary table gen_points as
    select (i - 1)::int as i, lat, lng, h3, grid from unnest($1::float8[], $2::float8[], $3::text[], $4::int[])
      with ordinality as p(lat, lng, h3, grid, i)`,
    [lat, lng, cell, grid],
  );
  await db.query('alter table gen_points add primary key (i)');
  // "义和03网格" → "义和": the community part of an address.
  const place = grids.map((g) => g.name.replace(/\d+网格.*$/, ''));
  await db.query(
    `create temporary table gen_grids as
    select (i - 1)::int as i, code, place from unnest($1::text[], $2::text[]) with ordinality as g(code, place, i)`,
    [grids.map((g) => g.code), place],
  );
  await db.query('alter table gen_grids add primary key (i)');

  const categories = (
    await db.query<{
      code: string;
      version: number;
      name_zh: string;
      time_limit_amount: number;
      time_limit_unit: string;
      routing: Routing;
      department_type: string;
    }>(
      `select code, version, name_zh, time_limit_amount, time_limit_unit, routing, department_type
       from categories where active order by code`,
    )
  ).rows;
  if (categories.length === 0) throw new Error('No active categories: seed them first');
  await db.query(
    `create temporary table gen_categories as
    select (i - 1)::int as i, code, version, name, limit_ms from unnest($1::text[], $2::int[], $3::text[], $4::bigint[])
      with ordinality as c(code, version, name, limit_ms, i)`,
    [
      categories.map((c) => c.code),
      categories.map((c) => c.version),
      categories.map((c) => c.name_zh),
      categories.map((c) => Math.round(limitMs(c.time_limit_amount, c.time_limit_unit))),
    ],
  );
  await db.query('alter table gen_categories add primary key (i)');

  // Routing per street and category: the demo departments serve the whole district, so a street's
  // first grid stands for all of its grids.
  const departments = (
    await db.query<{ id: string; type: string; regionCode: string }>(
      'select id, type, region_code as "regionCode" from departments',
    )
  ).rows;
  const streets = new Map<string, string>();
  for (const g of grids) if (!streets.has(g.code.slice(0, 9))) streets.set(g.code.slice(0, 9), g.code);
  const units = {
    prefix: [] as string[],
    cat: [] as number[],
    routing: [] as string[],
    dept: [] as (string | null)[],
    region: [] as (string | null)[],
  };
  for (const [prefix, gridCode] of streets) {
    for (const [i, c] of categories.entries()) {
      const routed = routeCase(
        { routing: c.routing, departmentType: c.department_type },
        { streetCode: `${prefix}000`, regionCode: gridCode },
        departments,
      );
      units.prefix.push(prefix);
      units.cat.push(i);
      units.routing.push(c.routing);
      units.dept.push(routed.unit.kind === 'department' ? routed.unit.departmentId : null);
      units.region.push(routed.unit.kind === 'region' ? routed.unit.regionCode : null);
    }
  }
  await db.query(
    `create temporary table gen_units as
    select * from unnest($1::text[], $2::int[], $3::text[], $4::uuid[], $5::text[]) as u(prefix, cat, routing, dept, region)`,
    [units.prefix, units.cat, units.routing, units.dept, units.region],
  );
  await db.query('alter table gen_units add primary key (prefix, cat)');
  // A uniform draw in [0, 1) for case n, one independent stream per k: the same history on every run.
  await db.query(`create or replace function pg_temp.gen_u(n bigint, k bigint) returns float8
    language sql immutable parallel safe
    as $$ select (hashint8extended(n, k) & 9223372036854775807)::float8 / 9223372036854775808.0 $$`);
  return { points: lat.length, categories: categories.length };
}

/**
 * Drops a table's secondary indexes (those behind a constraint, such as the key or a unique code, stay)
 * and returns what builds them again: for a bulk load, building an index once afterwards is faster
 * than keeping it up row by row. Resolves to how many it built.
 */
export async function deferIndexes(db: pg.ClientBase, table: string): Promise<() => Promise<number>> {
  const { rows: deferred } = await db.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes
     where schemaname = current_schema() and tablename = $1
       and not exists (select 1 from pg_constraint k where k.conindid = format('%I.%I', schemaname, indexname)::regclass)`,
    [table],
  );
  for (const index of deferred) await db.query(`drop index ${pg.escapeIdentifier(index.name)}`);
  return async () => {
    for (const index of deferred) await db.query(index.def);
    return deferred.length;
  };
}

const OPEN_STATUSES = `case
  when s < 0.08 then 'reported' when s < 0.12 then 'verified' when s < 0.18 then 'registered'
  when s < 0.24 then 'filed' when s < 0.36 then 'dispatched' when s < 0.76 then 'in_progress'
  when s < 0.78 then 'returned' when s < 0.82 then 'suspended' when s < 0.94 then 'handled'
  else 'checked' end`;

/** Generates the cases; returns how long it took, with the code counters raised and the table analysed. */
export async function generateCases(db: pg.ClientBase, g: CaseGeneration): Promise<{ ms: number }> {
  const started = Date.now();
  const rhythm = g.rhythm ?? false;
  const { points, categories } = await loadReference(
    db,
    g.grids ?? demoGrids(),
    g.pointsPerGrid ?? POINTS_PER_GRID,
    rhythm,
  );
  // Each chunk is sorted by street and day for its numbering: in memory rather than on disk.
  await db.query(`set work_mem = '256MB'`);
  await db.query(`set maintenance_work_mem = '512MB'`);
  // Into a table that holds less than the history, the indexes are built once afterwards.
  const existing = Number((await db.query<{ n: string }>('select count(*) as n from cases')).rows[0]?.n);
  const rebuildIndexes = existing < g.count ? await deferIndexes(db, 'cases') : async () => 0;
  const fromMs = g.from.getTime();
  const toMs = g.to.getTime();
  const spanMs = toMs - fromMs;
  if (spanMs <= 0 || g.count <= 0) throw new Error('generateCases: an empty span or count');
  const days = daySlices(g.count, fromMs, toMs, rhythm);
  await db.query('drop table if exists pg_temp.gen_days');
  await db.query(
    `create temporary table gen_days as
     select (i - 1)::int as i, start_ms, length_ms, first_n, n_count
     from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[]) with ordinality as d(start_ms, length_ms, first_n, n_count, i)`,
    [
      days.map((d) => d.startMs),
      days.map((d) => d.lengthMs),
      days.map((d) => d.first + (g.drawFrom ?? 0)),
      days.map((d) => d.count),
    ],
  );
  // Where in its day the k-th of a day's cases comes in, as a fraction of the day: evenly, or by the
  // hours' weights (the inverse of their cumulative share, linear within an hour).
  const cumulative = HOURS.map(
    (_, h) => HOURS.slice(0, h + 1).reduce((a, b) => a + b, 0) / HOURS.reduce((a, b) => a + b, 0),
  );
  const thresholds = `array[${cumulative.slice(0, -1).join(', ')}]::float8[]`;
  const lower = `array[0, ${cumulative.slice(0, -1).join(', ')}]::float8[]`;
  const upper = `array[${cumulative.join(', ')}]::float8[]`;
  await db.query(`create or replace function pg_temp.gen_hour(u float8, shaped boolean) returns float8
    language sql immutable parallel safe as $$
      select case when not shaped then u else
        (k + (u - (${lower})[k + 1]) / ((${upper})[k + 1] - (${lower})[k + 1])) / 24 end
      from (select width_bucket(u, ${thresholds}) as k) as h $$`);
  const categoryDraw = rhythm ? 'power(cat, 3)' : 'cat';
  let done = 0;
  for (const [firstDay, lastDay] of chunksOf(days, g.chunk ?? 200_000)) {
    // Each step is its own subquery behind OFFSET 0, so that an expression is computed once per row
    // rather than copied into every expression that uses it.
    await db.query(
      `insert into cases (code, channel, category_code, category_version, status, description, address, lat, lng,
         h3_cell, grid_code, community_code, street_code, district_code, region_code, routing, unit_department_id,
         unit_region_code, step_started_at, step_due_at, step_warn_at, step_overdue_at, step_due_soon_notified,
         due_at, rating, closed_at, created_at, updated_at)
       select prefix || '-' || day || '-' || lpad((seq.code_from + row_number() over (partition by prefix, day order by n))::text, 4, '0'),
              case when ch < 0.35 then 'resident_app' when ch < 0.60 then 'hotline' when ch < 0.85 then 'patrol'
                   when ch < 0.93 then 'proactive' when ch < 0.98 then 'open311' else 'courier' end,
              category_code, category_version, status,
              name || '：' || (array['路口附近', '小区门口', '人行道上', '公交站旁', '楼道里', '商铺门前', '学校附近',
                '绿地边'])[1 + floor(d * 8)::int] || '，请尽快处理',
              place || (1 + floor(a * 120))::int || '号附近',
              lat, lng, h3, grid_code, left(grid_code, 12), prefix || '000', left(grid_code, 6) || '000000', grid_code,
              routing, dept, region, started, step_due, started + (step_due - started) * 0.8,
              case when step_due <= $4::timestamptz then step_due end,
              coalesce(started + (step_due - started) * 0.8 <= $4::timestamptz, false),
              due_at, case when status = 'closed' and r < 0.5 then (3 + floor(r * 6))::smallint end,
              closed_at, t, greatest(started, closed_at)
       from (
         -- The current step: an open case's began somewhere in its life so far; handling runs to the due date.
         select *, case when status in ('closed', 'rejected', 'voided', 'suspended') then null
                        when status = 'in_progress' then due_at else started + interval '6 hours' end as step_due
         from (
           select *, case when status = 'closed' then closed_at
                          when status in ('rejected', 'voided') then greatest(t, least($4::timestamptz, t + interval '2 hours'))
                          else date_trunc('milliseconds', t + ($4::timestamptz - t) * (0.7 * step)) end as started
           from (
             -- Closed on time or, one in eight, late; one that would close only after asOf closed at some
             -- moment of its life so far instead.
             select *, date_trunc('milliseconds', case when status <> 'closed' then null
                            when closing <= $4::timestamptz then closing
                            else t + ($4::timestamptz - t) * took end) as closed_at
             from (
               select *, t + limit_ms * interval '1 millisecond' as due_at,
                      t + limit_ms * interval '1 millisecond'
                        * case when late < 0.125 then 1 + took else 0.1 + 0.85 * took end as closing
               from (
                 select drawn.*, to_char(t at time zone 'Asia/Shanghai', 'YYYYMMDD') as day, left(gr.code, 9) as prefix,
                        p.lat, p.lng, p.h3, gr.code as grid_code, gr.place, c.code as category_code,
                        c.version as category_version, c.name, c.limit_ms, un.routing, un.dept, un.region,
                        -- Open: 90 % of the last day's cases, 60 % up to 3 days, 25 % up to a week, 6 % up to a
                        -- month, 1 % of older ones.
                        case when o < case when age < 1 then 0.9 when age < 3 then 0.6 when age < 7 then 0.25
                                           when age < 30 then 0.06 else 0.01 end then ${OPEN_STATUSES}
                             when s < 0.96 then 'closed' when s < 0.985 then 'rejected' else 'voided' end as status
                 from (
                   select n, t, extract(epoch from ($4::timestamptz - t)) / 86400 as age,
                          pg_temp.gen_u(n, 1) as pt, pg_temp.gen_u(n, 2) as cat, pg_temp.gen_u(n, 3) as o,
                          pg_temp.gen_u(n, 4) as s, pg_temp.gen_u(n, 5) as ch, pg_temp.gen_u(n, 6) as late,
                          pg_temp.gen_u(n, 7) as took, pg_temp.gen_u(n, 8) as r, pg_temp.gen_u(n, 9) as d,
                          pg_temp.gen_u(n, 10) as a, pg_temp.gen_u(n, 11) as step
                   from gen_days dd
                   cross join lateral generate_series(dd.first_n, dd.first_n + dd.n_count - 1) as n
                   -- A whole day follows the hours; a part of a day at either end of the span comes in evenly.
                   -- Whole milliseconds, as the server's own timestamps (JavaScript dates) are.
                   cross join lateral (select date_trunc('milliseconds', to_timestamp((dd.start_ms + dd.length_ms * pg_temp.gen_hour(
                     ((n - dd.first_n) + 0.5) / dd.n_count, $3::boolean and dd.length_ms = ${DAY_MS})) / 1000.0)) as t) as at
                   where dd.i between $1 and $2
                   offset 0
                 ) as drawn
                 join gen_points p on p.i = floor(pt * ${points})::int
                 join gen_grids gr on gr.i = p.grid
                 join gen_categories c on c.i = floor(${categoryDraw} * ${categories})::int
                 join gen_units un on un.prefix = left(gr.code, 9) and un.cat = c.i
                 offset 0
               ) as placed
               offset 0
             ) as timed
             offset 0
           ) as closed
           offset 0
         ) as begun
         offset 0
       ) as generated
       cross join lateral (
         select coalesce(max(s.last), 0) as code_from from case_code_sequences s
         where $5::boolean and s.district_code = left(generated.grid_code, 6) || '000000'
           and s.prefix = generated.prefix and s.day = generated.day
       ) as seq`,
      [firstDay, lastDay, rhythm, g.asOf, g.continueCodes ?? false],
    );
    done = (days[lastDay]?.first ?? 0) + (days[lastDay]?.count ?? 0);
    g.onProgress?.(done, Date.now() - started);
  }
  // The server's next code for a street and day continues after the history's.
  await db.query(
    `insert into case_code_sequences (district_code, prefix, day, last)
     select district_code, split_part(code, '-', 1), split_part(code, '-', 2), max(split_part(code, '-', 3)::int)
     from cases where code ~ '^[0-9]{9}-[0-9]{8}-[0-9]+$' group by 1, 2, 3
     on conflict (district_code, prefix, day) do update set last = greatest(case_code_sequences.last, excluded.last)`,
  );
  const indexing = Date.now();
  const rebuilt = await rebuildIndexes();
  if (rebuilt > 0) g.onIndexes?.(rebuilt, Date.now() - indexing);
  await db.query('reset work_mem');
  await db.query('reset maintenance_work_mem');
  await db.query('vacuum analyze cases');
  return { ms: Date.now() - started };
}
