import { gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { scoreByEvidence, scoreClusters } from './score-detector.js';

// A place in Beijing, one of its ring, and an area two steps away (outside the ring).
const home = latLngToCell(39.9, 116.4, 8);
const neighbour = gridDisk(home, 1).find((c) => c !== home) as string;
const away = gridDisk(home, 2).find((c) => !gridDisk(home, 1).includes(c)) as string;
const elsewhere = latLngToCell(40.1, 116.7, 8);

describe('scoreClusters', () => {
  it('matches a detection at the planted area or its ring, of the same category only', () => {
    const planted = [
      { area: home, category: 'A', meaningful: true },
      { area: elsewhere, category: 'B', meaningful: true },
    ];
    // Found: A on a neighbour of home. Not found: B (detected at home, wrong category).
    const detected = [
      { area: neighbour, radius: 1, category: 'A' },
      { area: home, radius: 0, category: 'B' },
      { area: away, radius: 0, category: 'A' },
    ];
    const ratios = new Map([
      [`${home}|B`, 2.5],
      [`${away}|A`, 1.2],
    ]);
    const score = scoreClusters(detected, planted, (d) => ratios.get(`${d.area}|${d.category}`) ?? 0);
    // 1 of 3 detections matches; 1 of 2 planted is found; of the two strays one doubled on its own.
    expect(score).toMatchObject({
      detections: 3,
      matched: 1,
      unplanted: 2,
      backgroundSurges: 1,
      planted: 2,
      found: 1,
      precision: 0.333,
      precisionWithSurges: 0.667,
      recall: 0.5,
    });
    expect(score.missed).toEqual([planted[1]]);
    expect(score.strays.map((s) => s.ownRatio)).toEqual([2.5, 1.2]);
  });

  it('keeps the small planted clusters out of the recall, but a detection of one is no stray', () => {
    const planted = [
      { area: home, category: 'A', meaningful: true },
      { area: elsewhere, category: 'A', meaningful: false },
    ];
    const score = scoreClusters([{ area: elsewhere, radius: 0, category: 'A' }], planted, () => 0);
    expect(score).toMatchObject({
      precision: 1,
      recall: 0,
      planted: 1,
      found: 0,
      smallPlanted: 1,
      smallFound: 1,
      smallRecall: 1,
    });
  });

  it('counts two detections of one planted cluster as two matches and one find', () => {
    const planted = [{ area: home, category: 'A', meaningful: true }];
    const score = scoreClusters(
      [
        { area: home, radius: 0, category: 'A' },
        { area: neighbour, radius: 0, category: 'A' },
      ],
      planted,
      () => 0,
    );
    expect(score).toMatchObject({ matched: 2, found: 1, precision: 1, recall: 1 });
  });

  it('claims nothing wrong and finds nothing when nothing is detected', () => {
    const score = scoreClusters([], [{ area: home, category: 'A', meaningful: true }], () => 0);
    expect(score).toMatchObject({ precision: 1, recall: 0, detections: 0 });
  });
});

describe('scoreByEvidence', () => {
  it('matches a detection holding three of the planted cases, of the same category', () => {
    const planted = [
      { category: 'A', codes: ['a1', 'a2', 'a3', 'a4'] },
      { category: 'B', codes: ['b1', 'b2', 'b3'] },
    ];
    const detected = [
      { category: 'A', codes: ['x', 'a2', 'a3', 'a4'] },
      // Only two of B's cases: no match; but the data says it is a recurrence all the same.
      { category: 'B', codes: ['b1', 'b2', 'y'] },
      // B's cases under another category: no match, and not one by the data.
      { category: 'C', codes: ['b1', 'b2', 'b3'] },
    ];
    const score = scoreByEvidence(detected, planted, (d) => d.category === 'B');
    expect(score).toEqual({
      detections: 3,
      matched: 1,
      backgroundTrue: 1,
      planted: 2,
      found: 1,
      precision: 0.333,
      precisionWithBackground: 0.667,
      recall: 0.5,
    });
  });
});
