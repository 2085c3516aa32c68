import { type AreaCount, countKey } from './detect-clusters.js';
import { areaOf } from './hotspot-area.js';

/**
 * What a process remembers of its last full run, so an incremental run can add the new cases and score
 * only the places they touched: the window's and baseline's counts per area and category, the city's
 * weekday rhythm, how many places were tested (the Bonferroni count), and which cases it has counted.
 * Held in memory, not in the database: reading a city's counts back would cost what counting them does.
 */
export interface DetectorMemory {
  /** The full run this memory is of (hotspot_runs.full_at): a full run by another process replaces it. */
  fullAt: Date;
  windowStart: Date;
  /** The newest case time counted. */
  watermark: Date;
  counts: Map<string, AreaCount>;
  weekdays: Map<string, number[]>;
  windowWeekdays: number[];
  baselineDays: number;
  /** Areas with any case in the full run: the prior's mean area is over these. */
  areaCount: number;
  tests: number;
  /** Cases created within LATE_MS of the watermark that were counted, by id, with their time. */
  seen: Map<string, number>;
}

/**
 * How far before the watermark an incremental run looks again: a report's time is its transaction's
 * start, so a slow transaction can commit after a newer one was counted. Ids seen are skipped.
 */
export const LATE_MS = 5 * 60_000;

export interface NewCase {
  id: string;
  cell: string;
  category: string;
  at: Date;
}

/**
 * Adds the cases not counted yet to the window's counts; answers the areas and categories they touched
 * (as count keys) and how many cases it added. Cases already seen are skipped, so looking back LATE_MS
 * counts nobody twice.
 */
export function foldNewCases(
  memory: DetectorMemory,
  fresh: readonly NewCase[],
): { touched: Set<string>; added: number } {
  const touched = new Set<string>();
  let added = 0;
  for (const c of fresh) {
    if (memory.seen.has(c.id)) continue;
    memory.seen.set(c.id, c.at.getTime());
    added++;
    const area = areaOf(c.cell);
    const k = countKey(area, c.category);
    const count = memory.counts.get(k) ?? { area, category: c.category, window: 0, baseline: 0 };
    count.window += 1;
    memory.counts.set(k, count);
    touched.add(k);
    if (c.at > memory.watermark) memory.watermark = c.at;
  }
  const forget = memory.watermark.getTime() - LATE_MS;
  for (const [id, at] of memory.seen) if (at < forget) memory.seen.delete(id);
  return { touched, added };
}

/**
 * The places to score again: each touched area and its ring, in the touched category, since a ring's
 * count includes its neighbours'.
 */
export function centersToScore(
  touched: ReadonlySet<string>,
  memory: DetectorMemory,
  ringOf: (area: string) => string[],
): Set<string> {
  const centers = new Set<string>();
  for (const k of touched) {
    const count = memory.counts.get(k);
    if (!count) continue;
    for (const area of ringOf(count.area)) centers.add(countKey(area, count.category));
  }
  return centers;
}
