import { gridDisk } from 'h3-js';
import { cityChange, fitAreaPrior, placeRate, weekdayWeights, windowWeight } from './expected-count.js';
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
  /** How sure its expectation is: the shape of its negative binomial (Infinity: a known rate). */
  shape: number;
}

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_MIN_RATIO = 2;
/**
 * A cluster is several reports: one or two reports of a rare problem at a place say nothing the data can
 * tell from chance, however small the expectation (the tail of a tiny mean is tiny for any count).
 */
export const MIN_CLUSTER_CASES = 3;

const key = (area: string, category: string) => `${category}|${area}`;

/** Each area's ring of six and itself, remembered: a run asks for the same rings many times. */
export function ringCache(): (area: string) => string[] {
  const rings = new Map<string, string[]>();
  return (area) => {
    let ring = rings.get(area);
    if (!ring) {
      ring = gridDisk(area, 1);
      rings.set(area, ring);
    }
    return ring;
  };
}

export interface CategoryCounts {
  window: number;
  baseline: number;
  /** Σ baseline² over its areas: with the total, the spread of its rates across the city. */
  baselineSquares: number;
  counts: AreaCount[];
  byArea: Map<string, AreaCount>;
}

export const emptyCategory = (): CategoryCounts => ({
  window: 0,
  baseline: 0,
  baselineSquares: 0,
  counts: [],
  byArea: new Map(),
});

/** A city's counts, indexed for scoring: by area and category, and by category with its totals. */
export interface CountIndex {
  /** Per category: its totals, its counts, and the same by area (looked up seven times a place). */
  categories: Map<string, CategoryCounts>;
  /** Areas with any case: the prior is fitted over these; an incremental run adds the new ones. */
  areas: Set<string>;
}

/** Indexes counts once; a run's memory keeps the index and adds new cases to it (detector-memory.ts). */
export function indexCounts(counts: readonly AreaCount[]): CountIndex {
  const categories: CountIndex['categories'] = new Map();
  const areas = new Set<string>();
  for (const c of counts) {
    areas.add(c.area);
    const t: CategoryCounts = categories.get(c.category) ?? emptyCategory();
    t.window += c.window;
    t.baseline += c.baseline;
    t.baselineSquares += c.baseline * c.baseline;
    t.counts.push(c);
    t.byArea.set(c.area, c);
    categories.set(c.category, t);
  }
  return { categories, areas };
}

/**
 * Scores each area with cases in the window, alone and with its ring, against what the place's own
 * baseline, the weekday rhythm and the city's change in the category lead one to expect (a scan over two
 * sizes: a cluster on a block, or spread over a neighbourhood). With `centers` (areas by category), only
 * those are scored, as an incremental run does for the places new cases touched.
 */
export function scoreAreas(
  input: Omit<ClusterInput, 'counts'>,
  index: CountIndex,
  ringOf: (area: string) => string[],
  centers?: ReadonlyMap<string, ReadonlySet<string>>,
): { candidates: Cluster[]; tests: number } {
  const minRatio = input.minRatio ?? DEFAULT_MIN_RATIO;
  const { categories } = index;
  // Every place and size is a test (the Bonferroni count), but only one that could be flagged, at least
  // MIN_CLUSTER_CASES and minRatio times its expectation, has its tail computed: most of a city's places
  // saw a case or two, and their tails would cost most of the run.
  const candidates: Cluster[] = [];
  let tests = 0;
  for (const [category, city] of categories) {
    const weight = windowWeight(
      weekdayWeights(input.weekdays.get(category) ?? [0, 0, 0, 0, 0, 0, 0]),
      input.windowWeekdays,
    );
    const prior = fitAreaPrior({
      areas: index.areas.size,
      total: city.baseline,
      sumOfSquares: city.baselineSquares,
    });
    // A baseline's rate to the window's days, weekday-weighted.
    const exposure = weight / input.baselineDays;
    const cityExpected = (city.baseline / input.baselineDays) * weight;
    const asked = centers?.get(category);
    if (centers && !asked) continue;
    const toScore = asked
      ? [...asked].flatMap((area) => {
          const c = city.byArea.get(area);
          return c ? [c] : [];
        })
      : city.counts;
    for (const c of toScore) {
      if (c.window === 0) continue;
      for (const radius of [0, 1] as const) {
        const cells = radius === 0 ? [c.area] : ringOf(c.area);
        let observed = 0;
        let baseline = 0;
        for (const cell of cells) {
          const n = city.byArea.get(cell);
          observed += n?.window ?? 0;
          baseline += n?.baseline ?? 0;
        }
        const rate = placeRate(prior, cells.length, baseline);
        const placeExpected = rate.mean * exposure;
        const change = cityChange({
          cityWindow: city.window,
          cityExpected,
          placeWindow: observed,
          placeExpected,
        });
        const expected = placeExpected * change;
        tests++;
        if (observed < MIN_CLUSTER_CASES || observed < minRatio * expected) continue;
        candidates.push({
          area: c.area,
          radius,
          category,
          observed,
          expected,
          surprise: surprise(observed, expected, rate.shape),
          threshold: 0,
          shape: rate.shape,
        });
      }
    }
  }
  return { candidates, tests };
}

/** The surprise a place must reach when `tests` places, sizes and categories were tested (Bonferroni). */
export const thresholdFor = (tests: number, alpha = DEFAULT_ALPHA) => -Math.log10(alpha / Math.max(1, tests));

/**
 * Of the scored, those at least `minRatio` times their expectation and past the threshold; of an
 * area's two sizes the more surprising one, and of neighbouring clusters the most surprising one, so
 * one rise is one proposal.
 */
export function pickClusters(
  scored: readonly Cluster[],
  threshold: number,
  ringOf: (area: string) => string[],
  minRatio = DEFAULT_MIN_RATIO,
): Cluster[] {
  const flagged = scored
    .filter(
      (s) =>
        s.observed >= MIN_CLUSTER_CASES && s.surprise >= threshold && s.observed >= minRatio * s.expected,
    )
    .map((s) => ({ ...s, threshold }));
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

/**
 * Growing clusters over a whole city: every area scored (`scoreAreas`), the threshold shared over every
 * place, size and category tested, the clusters picked (`pickClusters`). `tests` says how many were tested.
 */
export function detectClusters(input: ClusterInput): Cluster[] {
  return detectClustersCounted(input).clusters;
}

export function detectClustersCounted(input: ClusterInput): { clusters: Cluster[]; tests: number } {
  const ringOf = ringCache();
  const { candidates, tests } = scoreAreas(input, indexCounts(input.counts), ringOf);
  const threshold = thresholdFor(tests, input.alpha ?? DEFAULT_ALPHA);
  return {
    clusters: pickClusters(candidates, threshold, ringOf, input.minRatio ?? DEFAULT_MIN_RATIO),
    tests,
  };
}
