import { describe, expect, it } from 'vitest';
import { tally } from './tally.js';

const offers = [
  { id: 'a', name: '幸福餐饮公司' },
  { id: 'b', name: '邻里食堂合作社' },
  { id: 'c', name: '阳光配餐' },
];
const criteria = [
  { id: 'price', weight: 40 },
  { id: 'quality', weight: 40 },
  { id: 'service', weight: 20 },
];
const sums = (offerId: string, price: number, quality: number, service: number, count = 2) => [
  { offerId, criterionId: 'price', sum: price, count },
  { offerId, criterionId: 'quality', sum: quality, count },
  { offerId, criterionId: 'service', sum: service, count },
];

describe('tally of a 民事民评', () => {
  it('weights the criteria averages and ranks the offers', () => {
    const r = tally({
      mode: 'score',
      offers,
      criteria,
      households: 2,
      scoreSums: [...sums('a', 6, 10, 8), ...sums('b', 10, 6, 6), ...sums('c', 4, 4, 4)],
      votes: [],
    });
    // a: 0.4·3 + 0.4·5 + 0.2·4 = 4.0; b: 0.4·5 + 0.4·3 + 0.2·3 = 3.8; c: 2.
    expect(r.offers.map((o) => [o.offerId, o.score, o.rank])).toEqual([
      ['a', 4, 1],
      ['b', 3.8, 2],
      ['c', 2, 3],
    ]);
    expect(r.offers[0]?.criteria).toEqual([
      { criterionId: 'price', average: 3 },
      { criterionId: 'quality', average: 5 },
      { criterionId: 'service', average: 4 },
    ]);
    expect(r.households).toBe(2);
  });

  it('gives offers level on score the same place', () => {
    const r = tally({
      mode: 'score',
      offers,
      criteria,
      households: 1,
      scoreSums: [...sums('a', 4, 4, 4, 1), ...sums('b', 4, 4, 4, 1), ...sums('c', 1, 1, 1, 1)],
      votes: [],
    });
    expect(r.offers.map((o) => o.rank)).toEqual([1, 1, 3]);
  });

  it('has no score and no winner before anyone took part', () => {
    const r = tally({ mode: 'score', offers, criteria, households: 0, scoreSums: [], votes: [] });
    expect(r.offers.map((o) => [o.score, o.rank])).toEqual([
      [null, 1],
      [null, 1],
      [null, 1],
    ]);
  });

  it('counts votes per offer to vote', () => {
    const r = tally({
      mode: 'vote',
      offers,
      criteria: [],
      households: 5,
      scoreSums: [],
      votes: [
        { offerId: 'b', count: 3 },
        { offerId: 'a', count: 2 },
      ],
    });
    expect(r.offers.map((o) => [o.offerId, o.votes, o.score, o.rank])).toEqual([
      ['a', 2, null, 2],
      ['b', 3, null, 1],
      ['c', 0, null, 3],
    ]);
  });
});
