import { gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import {
  type AreaCount,
  detectClusters,
  indexCounts,
  ringCache,
  scoreAreas,
  thresholdFor,
} from './detect-clusters.js';
import { poissonUpperTail, surprise } from './surprise.js';

// 61 areas around 天安门: a middle one and four rings.
const middle = latLngToCell(39.9087, 116.3975, 8);
const areas = gridDisk(middle, 4);
const WEEK = [0, 1, 2, 3, 4, 5, 6];
const EVEN = [4, 4, 4, 4, 4, 4, 4];

/** Every area: 28 cases in the 28 baseline days and 7 in the window, but those given. */
function city(window: Record<string, number> = {}, everywhere = 7): AreaCount[] {
  return areas.map((area) => ({ area, category: 'road', baseline: 28, window: window[area] ?? everywhere }));
}
const run = (counts: AreaCount[]) =>
  detectClusters({
    counts,
    weekdays: new Map([['road', EVEN]]),
    baselineDays: 28,
    windowWeekdays: WEEK,
  });

describe('growing clusters, worked by hand', () => {
  it('a quiet city has none', () => {
    expect(run(city())).toEqual([]);
  });

  it('one area quadrupling stands alone: expected 7, seen 30', () => {
    const hot = areas[30] as string;
    const found = run(city({ [hot]: 30 }));
    expect(found.map((c) => [c.area, c.radius, c.observed])).toEqual([[hot, 0, 30]]);
    // Every area had 28: no spread beyond chance, so each is the mean area, (1,708 + 1 smoothing case)
    // / 61 a baseline. A week of even weekdays is 7/28 of it: 1709/244. The rest of the city saw 420
    // against 427 − 1709/244, so its change is (420 + 1) / (427 − 1709/244 + 1): expected 7.004170.
    const placeExpected = 1709 / 244;
    const change = (420 + 1) / (427 - placeExpected + 1);
    expect(found[0]?.expected).toBeCloseTo(placeExpected * change, 10);
    expect(found[0]?.expected).toBeCloseTo(7.00417, 5);
    expect(found[0]?.shape).toBe(Number.POSITIVE_INFINITY);
    expect(found[0]?.surprise).toBeCloseTo(-Math.log10(poissonUpperTail(30, placeExpected * change)), 10);
    // 61 areas × 2 sizes tested: the bar is −log10(0.05 / 122).
    expect(found[0]?.threshold).toBeCloseTo(-Math.log10(0.05 / 122), 10);
  });

  it("a hot area lifts its neighbours' rings past the bar too, and stands for them", () => {
    const hot = areas[30] as string;
    // A neighbour with its ring sees 60 + 6 × 7 = 102 against 49: a cluster of its own, but less
    // surprising than the area in its middle.
    const found = run(city({ [hot]: 60 }));
    expect(found.map((c) => c.area)).toEqual([hot]);
  });

  it('a rise spread over a neighbourhood is found as one place with its ring', () => {
    const ring = gridDisk(middle, 1);
    const found = run(city(Object.fromEntries(ring.map((a) => [a, 16]))));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ area: middle, radius: 1, observed: 7 * 16 });
  });

  it('the whole city doubling (heating in November) is the season, not a hotspot', () => {
    const hot = areas[12] as string;
    expect(run(city({}, 14))).toEqual([]);
    // A place doubling beyond a doubled city still stands out.
    expect(run(city({ [hot]: 60 }, 14)).map((c) => c.area)).toEqual([hot]);
  });

  it('a place short of doubling is left, however surprising', () => {
    // A busy city: 280 baseline cases an area (10 a day), 70 in the window. One area sees 130 against
    // 70: P(X ≥ 130 | 70) is about 1e-10, far past the bar, but 130 < 2 × 70.
    const busy = areas.map((area) => ({ area, category: 'road', baseline: 280, window: 70 }));
    const hot = busy[7] as AreaCount;
    hot.window = 130;
    expect(-Math.log10(poissonUpperTail(130, 70))).toBeGreaterThan(8);
    expect(run(busy)).toEqual([]);
    hot.window = 150;
    expect(run(busy).map((c) => c.area)).toEqual([hot.area]);
  });

  it('two reports of a category new to the city are not a cluster, and the expectation is never zero', () => {
    const counts = city();
    counts.push({ area: areas[5] as string, category: 'new', baseline: 0, window: 2 });
    expect(run(counts)).toEqual([]);
    counts.push({ area: areas[5] as string, category: 'newer', baseline: 0, window: 3 });
    const found = run(counts);
    expect(found.map((c) => [c.category, c.observed])).toEqual([['newer', 3]]);
    // (0 + 1) / 61 / 28 a day for the mean area, the place's prior seven days of it, over 35 days, × 7.
    expect(found[0]?.expected).toBeGreaterThan(0);
    expect(Number.isFinite(found[0]?.surprise)).toBe(true);
  });

  it('a place with no history is held to the mean area, not to nothing', () => {
    const counts = city();
    const fresh = latLngToCell(39.9087, 116.3975 + 0.2, 8);
    counts.push({ area: fresh, category: 'road', baseline: 0, window: 2 });
    expect(run(counts)).toEqual([]);
  });

  it("three reports where a patchy category's quiet place had none are chance, not a city's hotspot", () => {
    // Stalls crowd three areas (40 baseline cases each) and are absent from the other 58: total 120,
    // squares 4,800. Mean (120 + 1) / 61; the counts' variance 4800/61 − (120/61)², less that mean,
    // is the spread; the shape is mean² / spread. A quiet area: shape unchanged (no cases), rate
    // shape/mean + 1, its baseline's mean shape / rate, a week 7/28 of that.
    const counts = city();
    for (const i of [3, 20, 50])
      counts.push({ area: areas[i] as string, category: 'stalls', baseline: 40, window: 10 });
    const quiet = areas[40] as string;
    counts.push({ area: quiet, category: 'stalls', baseline: 0, window: 3 });
    const mean = 121 / 61;
    const shape = mean ** 2 / (4800 / 61 - (120 / 61) ** 2 - mean);
    const week = (shape / (shape / mean + 1)) * (7 / 28);
    // The rest of the city saw 30 against 30 expected (even weekdays: 120 / 28 × 7), so no change but
    // its one case added each side: (30 + 1) / (30 − week + 1).
    const expected = week * (31 / (31 - week));
    const scored = scoreAreas(
      {
        weekdays: new Map([
          ['road', EVEN],
          ['stalls', EVEN],
        ]),
        baselineDays: 28,
        windowWeekdays: WEEK,
      },
      indexCounts(counts),
      ringCache(),
      new Map([['stalls', new Set([quiet])]]),
    );
    const alone = scored.candidates.find((c) => c.radius === 0);
    expect(alone?.expected).toBeCloseTo(expected, 10);
    expect(alone?.shape).toBeCloseTo(shape, 10);
    // The negative binomial's tail: one less its first three terms, p^r (1, r q, r (r+1) q² / 2).
    const q = expected / (shape + expected);
    const head = (1 - q) ** shape * (1 + shape * q + (shape * (shape + 1) * q * q) / 2);
    expect(alone?.surprise).toBeCloseTo(-Math.log10(1 - head), 8);
    // Against a city's 100,000 tests it is chance; a Poisson of the same mean, taking the quiet area's
    // rate as known, would have called it a hotspot.
    const bar = thresholdFor(100_000);
    expect(alone?.surprise).toBeLessThan(bar);
    expect(surprise(3, expected)).toBeGreaterThan(bar);
  });
});
