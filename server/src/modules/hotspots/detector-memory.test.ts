import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { indexCounts, pickClusters, ringCache, scoreAreas, thresholdFor } from './detect-clusters.js';
import { centersToScore, type DetectorMemory, foldNewCases } from './detector-memory.js';
import { areaOf } from './hotspot-area.js';

const at = new Date('2026-12-01T08:00:00Z');
const WEEK = [0, 1, 2, 3, 4, 5, 6];

/** A memory as a full run over a city with no cases leaves it (a new city's first start). */
function emptyMemory(): DetectorMemory {
  return {
    fullAt: at,
    windowStart: new Date(at.getTime() - 7 * 86_400_000),
    watermark: at,
    index: indexCounts([]),
    weekdays: new Map(),
    windowWeekdays: WEEK,
    baselineDays: 28,
    tests: 0,
    seen: new Map(),
  };
}

describe('an incremental run after a full run over nothing', () => {
  it('counts the areas new cases bring, so the prior is fitted over them and every score is finite', () => {
    const memory = emptyMemory();
    const cell = latLngToCell(39.9087, 116.3975, 10);
    const fresh = Array.from({ length: 5 }, (_, i) => ({
      id: `c${i}`,
      cell,
      category: 'stalls',
      at: new Date(at.getTime() + (i + 1) * 1000),
    }));
    const { touched, added } = foldNewCases(memory, fresh);
    expect(added).toBe(5);
    expect([...memory.index.areas]).toEqual([areaOf(cell)]);
    const ringOf = ringCache();
    const { candidates } = scoreAreas(
      { weekdays: memory.weekdays, baselineDays: 28, windowWeekdays: WEEK },
      memory.index,
      ringOf,
      centersToScore(touched, ringOf),
    );
    // One area, one category new to the city: mean (0 + 1) / 1 a baseline, areas alike (one), so the
    // week expects 7/28 of a case (the rest of the city, none, changes nothing).
    expect(candidates.map((c) => [c.radius, c.observed, c.expected])).toEqual([
      [0, 5, 0.25],
      [1, 5, 7 * 0.25],
    ]);
    expect(candidates.every((c) => Number.isFinite(c.surprise) && c.surprise > 0)).toBe(true);
    // Five where a quarter was expected: P(X ≥ 5 | 0.25) ≈ 6.6e-6, past the bar of its two tests.
    expect(pickClusters(candidates, thresholdFor(2), ringOf).map((c) => c.radius)).toEqual([0]);
  });
});
