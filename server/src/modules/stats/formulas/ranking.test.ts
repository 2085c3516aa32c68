import { describe, expect, it } from 'vitest';
import { competitionRanks, rankedSlice, rankUnits } from './ranking.js';

// DOMAIN.md KPIs: "Composite commonly 10 % / 50 % / 40 % (some cities 30 / 35 / 35): weights configurable.
//   Ranked separately for streets and for departments."
describe('ranking units', () => {
  it('ranks by score descending with competition ranking for ties (1, 2, 2, 4)', () => {
    const ranked = rankUnits([
      { unit: '110105004', score: 0.7 },
      { unit: '110105001', score: 0.9 },
      { unit: '110105003', score: 0.8 },
      { unit: '110105002', score: 0.8 },
    ]);
    expect(ranked.map((r) => [r.unit, r.rank])).toEqual([
      ['110105001', 1],
      ['110105002', 2],
      ['110105003', 2],
      ['110105004', 4],
    ]);
  });

  it('lists units without a score last, unranked, by unit code', () => {
    const ranked = rankUnits([
      { unit: 'c', score: null },
      { unit: 'b', score: 0 },
      { unit: 'a', score: null },
      { unit: 'd', score: 0.5 },
    ]);
    expect(ranked.map((r) => [r.unit, r.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['a', null],
      ['c', null],
    ]);
  });

  it('orders equal scores by unit code whatever the input order', () => {
    const rows = [
      { unit: '03', score: 1 },
      { unit: '01', score: 1 },
      { unit: '02', score: 1 },
    ];
    const expected = [
      { unit: '01', score: 1, rank: 1 },
      { unit: '02', score: 1, rank: 1 },
      { unit: '03', score: 1, rank: 1 },
    ];
    expect(rankUnits(rows)).toEqual(expected);
    expect(rankUnits([...rows].reverse())).toEqual(expected);
  });

  it('keeps the other fields of each row and leaves the input untouched', () => {
    const rows = [
      { unit: 'x', score: 0.1, name: '和平里街道' },
      { unit: 'y', score: 0.2, name: '德胜街道' },
    ];
    const ranked = rankUnits(rows);
    expect(ranked[0]).toEqual({ unit: 'y', score: 0.2, name: '德胜街道', rank: 1 });
    expect(rows.map((r) => r.unit)).toEqual(['x', 'y']);
    expect(rows[0]).not.toHaveProperty('rank');
  });

  it('handles empty and all-null input', () => {
    expect(rankUnits([])).toEqual([]);
    expect(rankUnits([{ unit: 'a', score: null }])).toEqual([{ unit: 'a', score: null, rank: null }]);
  });

  it('refuses NaN scores and duplicate units', () => {
    expect(() => rankUnits([{ unit: 'a', score: Number.NaN }])).toThrow(/not a finite number/);
    expect(() =>
      rankUnits([
        { unit: 'a', score: 1 },
        { unit: 'a', score: 0.5 },
      ]),
    ).toThrow(/appears twice/);
  });
});

describe('a slice of a ranking', () => {
  // Scores with long runs of ties, in ranking order, then units with no score.
  const scored = Array.from({ length: 200 }, (_, i) => ({
    unit: `u${String(i).padStart(3, '0')}`,
    score: 100 - Math.floor(i / 7) * 3,
  }));
  const unscored = ['z1', 'z2', 'z3'];
  const whole = [
    ...competitionRanks(scored).map((r) => ({ key: r.unit, score: r.score, rank: r.rank })),
    ...unscored.map((key) => ({ key, score: null, rank: null })),
  ];

  it('ranks every slice as competitionRanks ranks the whole', () => {
    for (const [from, to] of [
      [0, 20],
      [3, 11],
      [190, 210],
      [200, 203],
      [199, 200],
      [0, 203],
      [250, 270],
    ] as const)
      expect(
        rankedSlice(scored, () => unscored, from, to),
        `${from}..${to}`,
      ).toEqual(whole.slice(from, to));
  });

  it('lists the unscored only for a slice that reaches them', () => {
    let asked = 0;
    rankedSlice(
      scored,
      () => {
        asked += 1;
        return unscored;
      },
      0,
      20,
    );
    expect(asked).toBe(0);
  });
});
