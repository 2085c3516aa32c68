import { type CountIndex, emptyCategory } from './detect-clusters.js';
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
  /** The counts by area and category and by category, the window's growing with each new case. */
  index: CountIndex;
  weekdays: Map<string, number[]>;
  windowWeekdays: number[];
  baselineDays: number;
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
 * Adds the cases not counted yet to the window's counts; answers the areas they touched by category and how many cases it added. Cases already seen are skipped, so looking back LATE_MS
 * counts nobody twice.
 */
export function foldNewCases(
  memory: DetectorMemory,
  fresh: readonly NewCase[],
): { touched: Map<string, Set<string>>; added: number } {
  const touched = new Map<string, Set<string>>();
  let added = 0;
  for (const c of fresh) {
    if (memory.seen.has(c.id)) continue;
    memory.seen.set(c.id, c.at.getTime());
    added++;
    const area = areaOf(c.cell);
    // An area new to this run joins those the prior is fitted over, as a full run would count it.
    memory.index.areas.add(area);
    const category = memory.index.categories.get(c.category) ?? emptyCategory();
    memory.index.categories.set(c.category, category);
    let count = category.byArea.get(area);
    if (!count) {
      count = { area, category: c.category, window: 0, baseline: 0 };
      category.counts.push(count);
      category.byArea.set(area, count);
    }
    count.window += 1;
    category.window += 1;
    const areas = touched.get(c.category) ?? new Set<string>();
    areas.add(area);
    touched.set(c.category, areas);
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
  touched: ReadonlyMap<string, ReadonlySet<string>>,
  ringOf: (area: string) => string[],
): Map<string, Set<string>> {
  const centers = new Map<string, Set<string>>();
  for (const [category, areas] of touched) {
    const around = new Set<string>();
    for (const area of areas) for (const cell of ringOf(area)) around.add(cell);
    centers.set(category, around);
  }
  return centers;
}
