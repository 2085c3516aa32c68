/**
 * Known hotspots planted in a generated city's history, so the detector can be scored against them
 * (bench/hotspots/score-detector.ts): growing clusters, recurrences and repeated callers, with the truth
 * of each written down.
 *
 * A planted case is a copy of a real generated case (its template: same district and category, made by
 * generate-cases.ts at the same moment) moved to the planted place: it takes the point, grid, community,
 * street and address of a generated case standing there (its donor), a fresh code of that street and
 * day, and the street as its unit when the template's unit was its street. Its status, times, due date,
 * channel and routing stay the template's, so it is as consistent as every other generated case. The
 * cases are planted before the timelines, tickets and rollups are written from the case table
 * (generate-city.ts), so those follow them as they follow the rest; the callers are planted after the
 * tickets, by giving a few tickets one caller.
 *
 * - **Growing clusters**: a place (an area, or an area and its ring, see server/src/modules/hotspots)
 *   and a category, its last seven days raised above its own expected week: its weekly rate over all the
 *   history before the window, times its category's change across the city. A rise is only worth finding
 *   where it can be told from chance, and chance is judged over every place and category of a city at
 *   once (Bonferroni, the detector's documented method). So each is planted in one of three groups:
 *   - `growing` (the target): a place with a history (at least HISTORY_WEEKLY a week) whose window at
 *     least doubles (2× to 5× at random) and reaches at least the smallest count whose tail is below 0.05
 *     shared over the city's tests, against what four weeks of the place's own history can tell of its
 *     rate (`knowableSurprise`). A detector that knew each place's true rate could flag fewer; one that
 *     reads four weeks cannot, however it is built;
 *   - `new`: a place with next to no history (a new problem), raised to that smallest count;
 *   - `small`: a place with a history that doubles but stays below that count: what four weeks cannot tell
 *     from chance at the city's scale. Reported apart, never in the target.
 * - **Recurrences**: one point (a resolution-10 cell) and category reported, closed, and reported again
 *   within 30 days of the closing, again and again over the 90 days:
 *   - `long` (the target): as many times as the category needs (`chainNeeded`, up to eight) for the
 *     place's failed fixes to pass the detector's bar at the category's share across the city;
 *   - `short`: three or four times, wherever it falls, reported apart.
 * - **Repeated callers**: one caller key on three or four 12345 tickets of one category, all within the 30
 *   days before the detector's run.
 */
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import { gridDisk, gridDistance } from 'h3-js';
import type pg from 'pg';
import type { Executor } from '../../server/src/db/database.js';
import { seededRandom } from '../../server/src/lib/seeded-random.js';
import { thresholdFor } from '../../server/src/modules/hotspots/detect-clusters.js';
import { placeClosures } from '../../server/src/modules/hotspots/find-recurrences.js';
import { areaOf, areaSql } from '../../server/src/modules/hotspots/hotspot-area.js';
import { recurrenceBar, returnShare } from '../../server/src/modules/hotspots/recurrence-score.js';
import { binomialSurprise, surprise } from '../../server/src/modules/hotspots/surprise.js';

const DAY_MS = 86_400_000;
export const WINDOW_DAYS = 7;
export const BASELINE_DAYS = 28;
/** A recurrence: reported again within this many days of the closing. */
export const RECURRENCE_DAYS = 30;
/** Repeated callers: this many calls or more of one category within RECURRENCE_DAYS. */
export const REPEAT_CALLS = 3;

export interface PlantedCluster {
  /** The middle area (H3 resolution 8) and the place's size: 0 the area alone, 1 with its ring. */
  area: string;
  radius: 0 | 1;
  category: string;
  /** The place's own expected week: its baseline week times the category's change across the city. */
  expectedWeekly: number;
  /** Its cases in the window before and after planting, and how many were planted. */
  windowBefore: number;
  windowAfter: number;
  planted: number;
  /** windowAfter / expectedWeekly. */
  ratio: number;
  /** A growing cluster (see above): the target. */
  meaningful: boolean;
  group: ClusterGroup;
}

/**
 * `long`: a chain as long as its category needs for the failing fixes to pass the city's bar
 * (`chainNeeded`), the target; `short`: three or four reports, which most places' fixes cannot be told
 * from chance by at the city's scale, reported apart.
 */
export type RecurrenceGroup = 'long' | 'short';

export interface PlantedRecurrence {
  /** The resolution-10 cell and its area. */
  cell: string;
  area: string;
  category: string;
  group: RecurrenceGroup;
  /** The reports in order, each after the one before was closed, within RECURRENCE_DAYS of it. */
  codes: string[];
  createdAt: string[];
}

export interface PlantedCaller {
  callerKey: string;
  category: string;
  codes: string[];
  createdAt: string[];
}

export interface HotspotTruth {
  /** The moment the detector is to run at: the window is the WINDOW_DAYS before it. */
  end: string;
  windowDays: number;
  baselineDays: number;
  /** The city's tests (two sizes per area and category with a case in the window) and its threshold. */
  tests: number;
  threshold: number;
  clusters: PlantedCluster[];
  recurrences: PlantedRecurrence[];
  /** The recurrence bar before planting (Tarone's count over the city's places), which long chains pass. */
  recurrenceThreshold: number;
  repeatCallers: PlantedCaller[];
}

export interface Count {
  area: string;
  category: string;
  window: number;
  baseline: number;
}

/** The hotspot area of a case's cell in SQL, as the detector counts it (and its index holds it). */
const AREA_SQL = new PgDialect().sqlToQuery(areaSql(sql.raw('h3_cell'))).sql;

/** Each area and category's cases in the window before `end` and in the baseline days before it. */
export async function gatherCounts(
  client: pg.ClientBase,
  end: Date,
  baselineDays = BASELINE_DAYS,
): Promise<Count[]> {
  const windowStart = new Date(end.getTime() - WINDOW_DAYS * DAY_MS);
  const baselineStart = new Date(windowStart.getTime() - baselineDays * DAY_MS);
  const { rows } = await client.query<Count>(
    `select ${AREA_SQL} as area, category_code as category,
            (count(*) filter (where created_at >= $2))::int as window,
            (count(*) filter (where created_at < $2))::int as baseline
     from cases where created_at >= $1 and created_at < $3 and channel <> 'proactive'
     group by 1, 2`,
    [baselineStart, windowStart, end],
  );
  return rows;
}

/**
 * A place's window against its own expected week (its baseline week times its category's change across
 * the city), as the planting measures it: what a detection matching nothing planted is judged by.
 */
export function ownWeek(
  counts: readonly Count[],
  baselineDays = BASELINE_DAYS,
): (
  area: string,
  radius: number,
  category: string,
) => { window: number; baseline: number; expected: number } {
  const byKey = new Map<string, Count>();
  const cityWindow = new Map<string, number>();
  const cityBaseline = new Map<string, number>();
  for (const c of counts) {
    byKey.set(`${c.category}|${c.area}`, c);
    cityWindow.set(c.category, (cityWindow.get(c.category) ?? 0) + c.window);
    cityBaseline.set(c.category, (cityBaseline.get(c.category) ?? 0) + c.baseline);
  }
  const weeks = baselineDays / 7;
  return (area, radius, category) => {
    const cells = radius === 0 ? [area] : gridDisk(area, 1);
    let window = 0;
    let baseline = 0;
    for (const cell of cells) {
      window += byKey.get(`${category}|${cell}`)?.window ?? 0;
      baseline += byKey.get(`${category}|${cell}`)?.baseline ?? 0;
    }
    const change = (cityWindow.get(category) ?? 0) / Math.max(1, (cityBaseline.get(category) ?? 0) / weeks);
    return { window, baseline, expected: (baseline / weeks) * change };
  };
}

/** Shares `n` among `weights` in proportion, whole numbers summing to n (largest remainders). */
export function share(n: number, weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (n * w) / total);
  const out = exact.map((x) => Math.floor(x));
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  // The remainder, counted once: recounting it as it is handed out stopped halfway.
  const left = n - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) {
    const i = order[k]?.[1] ?? 0;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

/**
 * Copies each template case onto its donor's place (see the file's comment): one row per pair, codes
 * continuing the street's numbering of the template's day. Answers the new cases' codes in pair order.
 */
async function copyCases(
  client: pg.ClientBase,
  pairs: { donor: string; template: string }[],
): Promise<{ code: string; createdAt: Date }[]> {
  if (pairs.length === 0) return [];
  const { rows } = await client.query<{ k: string; code: string; created_at: Date }>(
    `with pair as (
       select d, t, k from unnest($1::uuid[], $2::uuid[]) with ordinality as p(d, t, k)
     ), placed as (
       select p.k, t.*, d.lat as d_lat, d.lng as d_lng, d.h3_cell as d_cell, d.grid_code as d_grid,
              d.community_code as d_community, d.street_code as d_street, d.district_code as d_district,
              d.region_code as d_region, d.address as d_address, left(d.street_code, 9) as prefix,
              to_char(t.created_at at time zone 'Asia/Shanghai', 'YYYYMMDD') as day
       from pair p join cases d on d.id = p.d join cases t on t.id = p.t
     ), numbered as (
       select placed.*, coalesce(s.last, 0) + row_number() over (partition by placed.prefix, placed.day order by placed.k) as number
       from placed
       left join case_code_sequences s on s.district_code = placed.d_district and s.prefix = placed.prefix
         and s.day = placed.day
     ), inserted as (
       insert into cases (code, channel, category_code, category_version, status, description, address, lat, lng,
         h3_cell, grid_code, community_code, street_code, district_code, region_code, routing, unit_department_id,
         unit_region_code, step_started_at, step_due_at, step_warn_at, step_overdue_at, step_due_soon_notified,
         due_at, rating, closed_at, created_at, updated_at)
       select prefix || '-' || day || '-' || lpad(number::text, 4, '0'), channel, category_code, category_version,
              status, description, d_address, d_lat, d_lng, d_cell, d_grid, d_community, d_street, d_district, d_region,
              routing, unit_department_id,
              case when unit_region_code = street_code then d_street else unit_region_code end,
              step_started_at, step_due_at, step_warn_at, step_overdue_at, step_due_soon_notified, due_at, rating,
              closed_at, created_at, updated_at
       from numbered
       where district_code = d_district
       returning code, created_at, district_code
     )
     select n.k, i.code, i.created_at from inserted i
     join numbered n on n.prefix || '-' || n.day || '-' || lpad(n.number::text, 4, '0') = i.code
       and n.d_district = i.district_code
     order by n.k`,
    [pairs.map((p) => p.donor), pairs.map((p) => p.template)],
  );
  if (rows.length !== pairs.length)
    throw new Error('plant-hotspots: a template was not of its donor district');
  // The server's next code of a street and day continues after the planted ones.
  await client.query(
    `insert into case_code_sequences (district_code, prefix, day, last)
     select district_code, split_part(code, '-', 1), split_part(code, '-', 2), max(split_part(code, '-', 3)::int)
     from cases where code = any($1::text[]) group by 1, 2, 3
     on conflict (district_code, prefix, day) do update set last = greatest(case_code_sequences.last, excluded.last)`,
    [rows.map((r) => r.code)],
  );
  return rows.map((r) => ({ code: r.code, createdAt: r.created_at }));
}

/** Generated cases of a district and category created in [from, to), reports only, in a seeded order. */
async function templatesOf(
  client: pg.ClientBase,
  district: string,
  category: string,
  from: Date,
  to: Date,
  seed: number,
): Promise<{ id: string; createdAt: Date; closedAt: Date | null }[]> {
  const { rows } = await client.query<{ id: string; created_at: Date; closed_at: Date | null }>(
    `select id, created_at, closed_at from cases
     where district_code = $1 and category_code = $2 and channel <> 'proactive' and created_at >= $3 and created_at < $4
     order by hashtext(id::text || $5)`,
    [district, category, from, to, String(seed)],
  );
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at, closedAt: r.closed_at }));
}

/**
 * How surprising a place's window is against what its own four weeks can tell of its rate, when those
 * weeks held what its week leads one to expect: a baseline of x = expected × 4 cases, and the rate's
 * uncertainty after seeing them (Jeffreys' prior: a gamma of shape x + ½), so the negative binomial of
 * that shape and mean expected × (x + ½) / x. This is the bench's own yardstick, not the detector's
 * prior (which is fitted across the city's areas): it asks what the data available could tell at all.
 */
export function knowableSurprise(count: number, expected: number): number {
  const x = (expected * BASELINE_DAYS) / 7;
  const shape = x + 0.5;
  return surprise(count, x > 0 ? (expected * shape) / x : expected, shape);
}

/** The smallest count, three or more, past `threshold` by knowableSurprise. */
export function significantCount(expected: number, threshold: number): number {
  let n = MIN_CLUSTER;
  while (knowableSurprise(n, expected) < threshold) n++;
  return n;
}

/** A planted cluster's group: what the bench reports its recall by (see the file's comment). */
export type ClusterGroup = 'growing' | 'new' | 'small';

/** Below this expected week a place has no history to grow from: a cluster there is a new problem. */
export const HISTORY_WEEKLY = 0.5;
const MIN_CLUSTER = 3;

interface ClusterPlace {
  area: string;
  radius: 0 | 1;
  category: string;
  expected: number;
  cells: string[];
  weights: number[];
  window: number;
  /** The window's count to plant up to. */
  target: number;
  group: ClusterGroup;
}

/**
 * Places for each group, at random among the city's areas and categories (a seeded shuffle), apart from
 * each other. `counts` are over the long history before the window (the best a place's own week is known).
 */
export function pickClusterPlaces(
  counts: Count[],
  historyDays: number,
  wanted: Record<ClusterGroup, number>,
  threshold: number,
  random: () => number,
): ClusterPlace[] {
  const own = ownWeek(counts, historyDays);
  const shuffled = counts
    .filter((c) => c.baseline > 0)
    .map((c) => [random(), c] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, c]) => c);
  const chosen: ClusterPlace[] = [];
  // Apart from each other (four steps: their rings neither overlap nor touch), so each is found or not
  // on its own.
  const apart = (area: string) =>
    chosen.every((o) => {
      try {
        return gridDistance(o.area, area) >= 4;
      } catch {
        return true;
      }
    });
  const taken: Record<ClusterGroup, number> = { growing: 0, new: 0, small: 0 };
  for (const [i, c] of shuffled.entries()) {
    if (Object.entries(wanted).every(([g, n]) => taken[g as ClusterGroup] >= n)) break;
    // Every third a neighbourhood (the area and its ring), the others one area.
    const radius: 0 | 1 = i % 3 === 2 ? 1 : 0;
    const cells = radius === 0 ? [c.area] : gridDisk(c.area, 1);
    const { window, expected } = own(c.area, radius, c.category);
    const ratio = 2 + 3 * random();
    const doubled = Math.max(MIN_CLUSTER, Math.ceil(ratio * expected));
    const significant = significantCount(expected, threshold);
    let group: ClusterGroup;
    let target: number;
    if (expected >= HISTORY_WEEKLY) {
      // A growing cluster at least doubles, and at least reaches what four weeks of the place's history
      // can tell from chance at the city's 0.05; a small one doubles but stays below that.
      if (doubled < significant && expected >= 1) [group, target] = ['small', doubled];
      else [group, target] = ['growing', Math.max(doubled, significant)];
    } else [group, target] = ['new', significant];
    if (taken[group] >= wanted[group]) continue;
    // Already that high without help: not a place to plant in.
    if (window >= target) continue;
    if (!apart(c.area)) continue;
    const weights = cells.map((cell) => own(cell, 0, c.category).baseline + 1);
    chosen.push({
      area: c.area,
      radius,
      category: c.category,
      expected,
      cells,
      weights,
      window,
      target,
      group,
    });
    taken[group]++;
  }
  return chosen;
}

/**
 * Plants `k` meaningful growing clusters (and a quarter as many small ones) and `k` recurrences in the
 * cases of a generated city, for a detector run at `end`. Run it after generate-cases.ts and before the
 * timelines (generate-city.ts does). Answers the truth, the callers still empty (plantCallers).
 */
export async function plantCases(
  client: pg.ClientBase,
  opts: { k: number; end: Date; days: number; seed?: number },
): Promise<HotspotTruth> {
  const random = seededRandom(opts.seed ?? 16);
  const counts = await gatherCounts(client, opts.end);
  const tests = 2 * counts.filter((c) => c.window > 0).length;
  const threshold = thresholdFor(tests);
  // Each place's own week from all the history before the window, not the detector's four weeks.
  const historyDays = Math.max(BASELINE_DAYS, opts.days - WINDOW_DAYS);
  const places = pickClusterPlaces(
    await gatherCounts(client, opts.end, historyDays),
    historyDays,
    // Three times as many places as wanted: a place is dropped when its district had no case of the
    // category in the window to copy.
    { growing: 3 * opts.k, new: opts.k, small: opts.k },
    threshold,
    random,
  );
  const quota: Record<ClusterGroup, number> = {
    growing: opts.k,
    new: Math.ceil(opts.k / 3),
    small: Math.ceil(opts.k / 4),
  };
  const windowStart = new Date(opts.end.getTime() - WINDOW_DAYS * DAY_MS);

  // Donors: generated cases standing in the chosen areas, by area.
  const areas = [...new Set(places.flatMap((p) => p.cells))];
  const donors = new Map<string, { id: string; district: string }[]>();
  const found = await client.query<{ id: string; area: string; district: string }>(
    `select id, ${AREA_SQL} as area, district_code as district from cases
     where ${AREA_SQL} = any($1::text[]) and created_at < $2 order by id`,
    [areas, opts.end],
  );
  for (const r of found.rows) {
    const list = donors.get(r.area) ?? [];
    list.push({ id: r.id, district: r.district });
    donors.set(r.area, list);
  }
  const pool = new Map<string, { id: string }[]>();
  const templateFor = async (district: string, category: string, i: number) => {
    const key = `${district}|${category}`;
    let list = pool.get(key);
    if (!list) {
      list = await templatesOf(client, district, category, windowStart, opts.end, opts.seed ?? 16);
      pool.set(key, list);
    }
    return list.length > 0 ? list[i % list.length]?.id : undefined;
  };

  const clusters: PlantedCluster[] = [];
  let used = 0;
  for (const p of places) {
    if (clusters.filter((c) => c.group === p.group).length >= quota[p.group]) continue;
    const planted = p.target - p.window;
    const perCell = share(
      planted,
      p.cells.map((cell, i) => (donors.has(cell) ? (p.weights[i] ?? 1) : 0)),
    );
    const pairs: { donor: string; template: string }[] = [];
    for (const [i, cell] of p.cells.entries()) {
      const here = donors.get(cell) ?? [];
      for (let j = 0; j < (perCell[i] ?? 0); j++) {
        const donor = here[Math.floor(random() * here.length)];
        if (!donor) continue;
        const template = await templateFor(donor.district, p.category, used++);
        if (template) pairs.push({ donor: donor.id, template });
      }
    }
    if (pairs.length < planted) continue; // no template of the category in the district's window
    await copyCases(client, pairs);
    const after = p.window + pairs.length;
    clusters.push({
      area: p.area,
      radius: p.radius,
      category: p.category,
      expectedWeekly: Math.round(p.expected * 100) / 100,
      windowBefore: p.window,
      windowAfter: after,
      planted: pairs.length,
      ratio: Math.round((after / p.expected) * 100) / 100,
      meaningful: p.group === 'growing',
      group: p.group,
    });
  }

  const planted = await plantRecurrences(client, opts, random);
  return {
    end: opts.end.toISOString(),
    windowDays: WINDOW_DAYS,
    baselineDays: BASELINE_DAYS,
    tests,
    threshold: Math.round(threshold * 1000) / 1000,
    clusters,
    recurrences: planted.recurrences,
    recurrenceThreshold: Math.round(planted.threshold * 1000) / 1000,
    repeatCallers: [],
  };
}

/** A planted chain's length: `long` ones as long as their category needs, up to this. */
const LONGEST_CHAIN = 8;

/**
 * The reports a chain at a place needs for its fixes to be seen failing at the city's scale: the
 * fewest, from 3, whose closures all but the last came back (on top of what the place already had)
 * give a binomial tail below the recurrence bar (recurrence-score.ts) at the category's share, the
 * chain's own closures and returns counted in it as the detector will count them. None when even
 * LONGEST_CHAIN would not: where a category's fixes often fail, a place failing a few times more is not
 * news.
 */
export function chainNeeded(
  had: { closures: number; returns: number },
  category: { closures: number; returns: number } | undefined,
  bar: number,
): number | undefined {
  for (let length = 3; length <= LONGEST_CHAIN; length++) {
    const closures = had.closures + length;
    const returns = had.returns + length - 1;
    const share = returnShare({
      closures: (category?.closures ?? 0) + length,
      returns: (category?.returns ?? 0) + length - 1,
    });
    if (returns >= 2 * closures * share && binomialSurprise(returns, closures, share) >= bar) return length;
  }
  return undefined;
}

async function plantRecurrences(
  client: pg.ClientBase,
  opts: { k: number; end: Date; days: number; seed?: number },
  random: () => number,
): Promise<{ recurrences: PlantedRecurrence[]; threshold: number }> {
  const from = new Date(opts.end.getTime() - Math.min(opts.days, 90) * DAY_MS);
  // The city's recurrence figures before planting: each category's share of fixes that failed, each
  // place's closures and returns, and the bar (Tarone's count) the detector will hold places to.
  const db = drizzle(client as pg.Client) as unknown as Executor;
  const { places, totals } = await placeClosures(db, opts.end);
  const { threshold } = recurrenceBar(places, totals);
  const had = new Map(places.map((p) => [`${p.cell}|${p.category}`, p]));
  // Places and categories as the city has them: random generated cases (a busy category more often).
  const { rows: spots } = await client.query<{
    id: string;
    h3_cell: string;
    district: string;
    category: string;
  }>(
    `select id, h3_cell, district_code as district, category_code as category from cases
     where created_at >= $1 and created_at < $2 and channel <> 'proactive'
     order by hashtext(id::text || $3) limit $4`,
    [from, opts.end, `recur-${opts.seed ?? 16}`, opts.k * 40],
  );
  const quota: Record<RecurrenceGroup, number> = { long: opts.k, short: Math.ceil(opts.k / 4) };
  const out: PlantedRecurrence[] = [];
  const usedCells = new Set<string>();
  const usedCategories = new Set<string>();
  for (const spot of spots) {
    if (out.length >= quota.long + quota.short) break;
    if (usedCells.has(spot.h3_cell)) continue;
    // A place the pass did not list has the spot's own report: counted closed, which asks more of the chain.
    const before = had.get(`${spot.h3_cell}|${spot.category}`) ?? { closures: 1, returns: 0 };
    // One long chain a category: a second would raise the category's share the first was planted for.
    const needed = usedCategories.has(spot.category)
      ? undefined
      : chainNeeded(before, totals.get(spot.category), threshold);
    // Short chains (three or four reports) wherever they fall, as many places see; long ones where
    // their length can show it.
    const group: RecurrenceGroup =
      out.filter((r) => r.group === 'short').length < quota.short ? 'short' : 'long';
    if (
      group === 'long' &&
      (needed === undefined || out.filter((r) => r.group === 'long').length >= quota.long)
    )
      continue;
    const length = group === 'long' ? (needed as number) : 3 + Math.floor(random() * 2);
    const all = (await templatesOf(client, spot.district, spot.category, from, opts.end, 0)).sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    );
    // A chain: a report closed, another within the days after its closing, and so on.
    const firstWithin = all.filter(
      (t) => t.closedAt && t.createdAt.getTime() < from.getTime() + 30 * DAY_MS && t.closedAt < opts.end,
    );
    const chain: typeof all = [];
    let current = firstWithin[Math.floor(random() * firstWithin.length)];
    while (current && chain.length < length) {
      chain.push(current);
      const closed = current.closedAt?.getTime();
      if (closed === undefined || chain.length === length) break;
      const next = all.filter(
        (t) =>
          t.createdAt.getTime() > closed + DAY_MS / 2 &&
          t.createdAt.getTime() < closed + 25 * DAY_MS &&
          (chain.length + 1 === length || t.closedAt !== null),
      );
      current = next[Math.floor(random() * Math.min(next.length, 20))];
    }
    if (chain.length < length) continue;
    const copied = await copyCases(
      client,
      chain.map((t) => ({ donor: spot.id, template: t.id })),
    );
    usedCells.add(spot.h3_cell);
    usedCategories.add(spot.category);
    // The chain's closures and returns join its category's, as the detector will count them.
    const total = totals.get(spot.category) ?? { closures: 0, returns: 0 };
    totals.set(spot.category, { closures: total.closures + length, returns: total.returns + length - 1 });
    out.push({
      cell: spot.h3_cell,
      area: areaOf(spot.h3_cell),
      category: spot.category,
      group,
      codes: copied.map((c) => c.code),
      createdAt: copied.map((c) => c.createdAt.toISOString()),
    });
  }
  return { recurrences: out, threshold };
}

/**
 * Plants `k` repeated callers in the 12345 tickets of a generated city: one new caller key on three or
 * four hotline cases of one category in one district within RECURRENCE_DAYS. Run after the tickets.
 */
export async function plantCallers(
  client: pg.ClientBase,
  opts: { k: number; end: Date; seed?: number },
): Promise<PlantedCaller[]> {
  const random = seededRandom((opts.seed ?? 16) + 1);
  // All the calls within the RECURRENCE_DAYS before `end`: a caller is news while their calls are recent.
  const from = new Date(opts.end.getTime() - (RECURRENCE_DAYS - 3) * DAY_MS);
  const { rows: firsts } = await client.query<{
    id: string;
    district: string;
    category: string;
    created_at: Date;
  }>(
    `select c.id, c.district_code as district, c.category_code as category, c.created_at from hotline_tickets t
     join cases c on c.id = t.case_id
     where c.channel = 'hotline' and c.created_at >= $1 and c.created_at < $2
     order by hashtext(c.id::text || $3) limit $4`,
    [from, new Date(opts.end.getTime() - 10 * DAY_MS), `caller-${opts.seed ?? 16}`, opts.k * 10],
  );
  const out: PlantedCaller[] = [];
  const taken = new Set<string>();
  for (const first of firsts) {
    if (out.length >= opts.k) break;
    if (taken.has(first.id)) continue;
    const calls = REPEAT_CALLS + Math.floor(random() * 2);
    const { rows: more } = await client.query<{ id: string; code: string; created_at: Date }>(
      `select c.id, c.code, c.created_at from hotline_tickets t join cases c on c.id = t.case_id
       where c.district_code = $1 and c.category_code = $2 and c.channel = 'hotline'
         and c.created_at > $3 and c.created_at < least($4::timestamptz, $3::timestamptz + interval '${RECURRENCE_DAYS - 3} days')
         and c.id <> $5
       order by hashtext(c.id::text || $6) limit $7`,
      [first.district, first.category, first.created_at, opts.end, first.id, String(out.length), calls - 1],
    );
    const ids = [first.id, ...more.map((m) => m.id)];
    if (ids.length < calls || ids.some((id) => taken.has(id))) continue;
    for (const id of ids) taken.add(id);
    const { rows } = await client.query<{ key: string; code: string; created_at: Date }>(
      `update hotline_tickets t set caller_key = encode(sha256(convert_to('planted-caller-' || $2::text, 'UTF8')), 'hex')
       from cases c where c.id = t.case_id and t.case_id = any($1::uuid[])
       returning t.caller_key as key, c.code, c.created_at`,
      [ids, out.length],
    );
    rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
    out.push({
      callerKey: rows[0]?.key ?? '',
      category: first.category,
      codes: rows.map((r) => r.code),
      createdAt: rows.map((r) => r.created_at.toISOString()),
    });
  }
  return out;
}
