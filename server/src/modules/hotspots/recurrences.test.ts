import { describe, expect, it } from 'vitest';
import {
  type CategoryReturns,
  expectedReturns,
  type PlaceCount,
  type PlaceReport,
  returnsAt,
  scoreRecurrences,
} from './recurrences.js';
import { poissonUpperTail } from './surprise.js';

const DAY = 86_400_000;
/** Days into a 90-day period starting at 0. */
const period = { start: 0, end: 90 * DAY };
const report = (id: string, made: number, closed: number | null): PlaceReport => ({
  id,
  createdAt: made * DAY,
  closedAt: closed === null ? null : closed * DAY,
});

describe('a place’s fixes and returns, report by report', () => {
  it('a fix is the place cleared; the next report within 30 days is its return; not while a case is open', () => {
    const at = returnsAt(
      [
        report('a', 1, 3),
        report('b', 10, 12), // 7 days after a's fix: back
        report('c', 20, null), // 8 days after b's: back, and still open
        report('d', 25, 26), // c is open: one more voice, not a return, and d's closure no fix
      ],
      period,
    );
    expect(at.returns).toEqual(['b', 'c']);
    expect(at.fixedBy).toEqual(['a', 'b']);
    expect(at.fixes).toBe(2);
    expect(at.watched).toBe(2);
  });

  it('duplicates closed together are one fix, and one report after them one return', () => {
    const at = returnsAt([report('a', 1, 5), report('b', 2, 5), report('c', 10, null)], period);
    expect(at.returns).toEqual(['c']);
    expect(at.fixes).toBe(1);
  });

  it('a report more than 30 days after, or after a fix before the period, is not back', () => {
    const late = returnsAt([report('a', 1, 3), report('b', 34, null)], period);
    expect(late.returns).toEqual([]);
    expect(late.fixes).toBe(1);
    expect(returnsAt([report('a', 1, 33), report('b', 63, null)], period).returns).toEqual(['b']);
    // Fixed 5 days before the period began; back 10 days later, in the period: not counted.
    const early = returnsAt([report('a', -20, -5), report('b', 5, null)], period);
    expect(early.returns).toEqual([]);
    expect(early.fixes).toBe(0);
  });

  it('an earlier case never closed keeps the place from being fixed', () => {
    const at = returnsAt([report('a', 1, null), report('b', 2, 4), report('c', 10, null)], period);
    expect(at.returns).toEqual([]);
    expect(at.fixes).toBe(0);
  });

  it('the last fix counts for the share of its watch seen; the reports are taken in the order made', () => {
    const at = returnsAt([report('c', 85, 88), report('b', 80, 82), report('a', 70, 75)], period);
    // a fixed on day 75, back on 80; b fixed on 82, back on 85; c fixed on 88, watched 2 days of 30.
    expect(at.returns).toEqual(['b', 'c']);
    expect(at.fixes).toBe(3);
    expect(at.watched).toBeCloseTo(2 + 2 / 30, 12);
  });
});

const place = (cell: string, fixes: number, returns: number, category = 'road'): PlaceCount => ({
  cell,
  category,
  fixes,
  watched: fixes,
  returns,
});

describe('places where fixes do not hold, worked by hand', () => {
  // The city: 10 of 100 fixes of 'road' came back, the place's own among them.
  const road = new Map<string, CategoryReturns>([['road', { fixes: 100, watched: 100, returns: 10 }]]);

  it('a place is held to the rest of the city’s share of fixes come back, times its own fixes', () => {
    // The rest: 7 of 97, one in two added: 8 / 99, times 3.
    expect(expectedReturns(place('p', 3, 3), road.get('road'))).toBeCloseTo((8 / 99) * 3, 12);
  });

  it('three returns where 0.242 are expected clear the bar among 10 places, not among 100', () => {
    const p = place('p', 3, 3);
    const expected = (8 / 99) * 3;
    // P(X ≥ 3 | 0.242) = 0.00198, a surprise of 2.70: above −log10(0.05 / 10) = 2.30, below 3.30.
    expect(poissonUpperTail(3, expected)).toBeCloseTo(0.00198, 5);
    const [found] = scoreRecurrences([p], road, 10);
    expect(found?.expected).toBeCloseTo(expected, 12);
    expect(found?.surprise).toBeCloseTo(2.703, 3);
    expect(found?.threshold).toBeCloseTo(2.301, 3);
    expect(scoreRecurrences([p], road, 100)).toEqual([]);
  });

  it('one return is never a pattern, however rare returns are', () => {
    const rare = new Map([['road', { fixes: 5000, watched: 5000, returns: 0 }]]);
    // Expected 1 / 5,001: one return would score 3.7, above the bar of a single test.
    expect(scoreRecurrences([place('p', 1, 1)], rare, 1)).toEqual([]);
    expect(scoreRecurrences([place('p', 2, 2)], rare, 1).map((r) => r.cell)).toEqual(['p']);
  });

  it('a place does not raise its own bar: its returns are left out of the share', () => {
    // Ten of the category's twelve returns are the place's: the rest's are 2 of 100 fixes.
    const mostly = new Map([['road', { fixes: 110, watched: 110, returns: 12 }]]);
    const [found] = scoreRecurrences([place('p', 10, 10)], mostly, 1);
    expect(found?.expected).toBeCloseTo((3 / 102) * 10, 12);
  });

  it('a category with no history is held to one return in two fixes, not to none', () => {
    const p = place('p', 2, 2, 'new');
    // Expected 1: two returns score 0.58.
    expect(expectedReturns(p, undefined)).toBe(1);
    expect(scoreRecurrences([p], new Map(), 1)).toEqual([]);
  });

  it('the most surprising place comes first', () => {
    const found = scoreRecurrences([place('a', 3, 3), place('b', 6, 6)], road, 1);
    expect(found.map((r) => r.cell)).toEqual(['b', 'a']);
  });
});
