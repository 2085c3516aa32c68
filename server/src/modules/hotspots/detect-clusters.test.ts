import { gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { type AreaCount, detectClusters } from './detect-clusters.js';
import { poissonUpperTail } from './surprise.js';

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
    // The mean area: (1,708 + 1 smoothing case) / 61 areas / 28 days = 1709/1708 a day. Its rate:
    // (28 + 7 · 1709/1708) / (28 + 7), a week of even weekdays: × 7 = 7.00082; the rest of the city saw
    // 420 against 427 − 7.00082, so its change is (420 + 1) / (419.99918 + 1): expected 7.000833.
    const placeExpected = ((28 + (7 * 1709) / 1708) / 35) * 7;
    const change = (420 + 1) / (427 - placeExpected + 1);
    expect(found[0]?.expected).toBeCloseTo(placeExpected * change, 10);
    expect(found[0]?.expected).toBeCloseTo(7.000833, 6);
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
});
