import { gridDisk } from 'h3-js';
import { cityChange, expectedCount, placeRate, weekdayWeights, windowWeight } from './expected-count.js';
import { surprise } from './surprise.js';

/** One area's cases of one category: in the window, and in the baseline before it. */
export interface AreaCount {
  area: string;
  category: string;
  window: number;
  baseline: number;
}

export interface ClusterInput {
  counts: readonly AreaCount[];
  /** Each category's baseline cases per weekday across the city, Sunday first. */
  weekdays: ReadonlyMap<string, readonly number[]>;
  baselineDays: number;
  /** The weekday (0 = Sunday) of each day of the window. */
  windowWeekdays: readonly number[];
  /** The chance, shared over every place and category tested, of calling a quiet place a hotspot. */
  alpha?: number;
  /** How many times its expectation a place's count must reach. */
  minRatio?: number;
}

export interface Cluster {
  /** The middle area. */
  area: string;
  /** 0: the area alone; 1: the area and its ring of six. */
  radius: 0 | 1;
  category: string;
  observed: number;
  expected: number;
  /** −log10 of the chance of so many or more. */
  surprise: number;
  /** The surprise a place had to reach this run. */
  threshold: number;
}

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_MIN_RATIO = 2;

const key = (area: string, category: string) => `${category}|${area}`;

/**
 * Growing clusters: each area with cases in the window is scored alone and with its ring (a cluster on
 * a block, or spread over a neighbourhood: a scan over two sizes), against what the place's own baseline,
 * the weekday rhythm and the city's change in the category lead one to expect. A place is a cluster when its count is at least `minRatio` times the expectation and its tail probability stays
 * below `alpha` shared over all places and categories tested (Bonferroni); of neighbouring clusters the
 * most surprising one stands for them.
 */
export function detectClusters(input: ClusterInput): Cluster[] {
  const alpha = input.alpha ?? DEFAULT_ALPHA;
  const minRatio = input.minRatio ?? DEFAULT_MIN_RATIO;
  const byKey = new Map(input.counts.map((c) => [key(c.area, c.category), c]));
  const areas = new Set(input.counts.map((c) => c.area));
  // Each category's totals and its own counts, gathered once: a city has a hundred categories.
  const categories = new Map<string, { window: number; baseline: number; counts: AreaCount[] }>();
  for (const c of input.counts) {
    const t = categories.get(c.category) ?? { window: 0, baseline: 0, counts: [] };
    t.window += c.window;
    t.baseline += c.baseline;
    t.counts.push(c);
    categories.set(c.category, t);
  }
  const rings = new Map<string, string[]>();
  const ringOf = (area: string) => {
    let ring = rings.get(area);
    if (!ring) {
      ring = gridDisk(area, 1);
      rings.set(area, ring);
    }
    return ring;
  };

  const scored: Cluster[] = [];
  for (const [category, city] of categories) {
    const weight = windowWeight(
      weekdayWeights(input.weekdays.get(category) ?? [0, 0, 0, 0, 0, 0, 0]),
      input.windowWeekdays,
    );
    const meanAreaRate = city.baseline / areas.size / input.baselineDays;
    const cityExpected = (city.baseline / input.baselineDays) * weight;
    for (const c of city.counts) {
      if (c.window === 0) continue;
      for (const radius of [0, 1] as const) {
        const cells = radius === 0 ? [c.area] : ringOf(c.area);
        let observed = 0;
        let baseline = 0;
        for (const cell of cells) {
          const n = byKey.get(key(cell, category));
          observed += n?.window ?? 0;
          baseline += n?.baseline ?? 0;
        }
        // The prior of a place is as many mean areas as it holds.
        const rate = placeRate({
          baselineCount: baseline,
          baselineDays: input.baselineDays,
          meanPlaceRate: cells.length * meanAreaRate,
        });
        const placeExpected = rate * weight;
        const change = cityChange({
          cityWindow: city.window,
          cityExpected,
          placeWindow: observed,
          placeExpected,
        });
        const expected = expectedCount({ rate, windowWeight: weight, cityChange: change });
        scored.push({
          area: c.area,
          radius,
          category,
          observed,
          expected,
          surprise: surprise(observed, expected),
          threshold: 0,
        });
      }
    }
  }
  const threshold = -Math.log10(alpha / Math.max(1, scored.length));
  const flagged = scored
    .filter((s) => s.surprise >= threshold && s.observed >= minRatio * s.expected)
    .map((s) => ({ ...s, threshold }));
  // One cluster per area, its more surprising size; then of neighbouring areas the most surprising.
  const best = new Map<string, Cluster>();
  for (const s of flagged) {
    const k = key(s.area, s.category);
    const other = best.get(k);
    if (!other || s.surprise > other.surprise) best.set(k, s);
  }
  const beats = (a: Cluster, b: Cluster) =>
    a.surprise > b.surprise || (a.surprise === b.surprise && a.area < b.area);
  return [...best.values()]
    .filter((s) =>
      ringOf(s.area).every((cell) => {
        const other = cell === s.area ? undefined : best.get(key(cell, s.category));
        return !other || beats(s, other);
      }),
    )
    .sort((a, b) => b.surprise - a.surprise);
}
