import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.js';
import { kpiReport } from './kpi-report.js';
import { zeroSums } from './kpi-sums.js';
import {
  DEPARTMENT_WEIGHTS,
  REGION_WEIGHTS,
  rankingScore,
  SCORE_COUNTERS,
  scoreInputs,
} from './ranking-score.js';
import { COUNTER_COLUMNS } from './stats.tables.js';

describe('scoreInputs: what a ranking scores thousands of units on', () => {
  it('gives every unit the score its whole report gives, with and without data', () => {
    const random = seededRandom(20261204);
    const weights = { response: 0.2, resolution: 0.4, satisfaction: 0.4 };
    for (let i = 0; i < 500; i++) {
      const sums = zeroSums();
      // A quarter of the units have no figures at all: their score is null either way. Each part is
      // missing now and then, and no count exceeds what it is a share of.
      const upTo = (n: number) => Math.floor(random() * (n + 1));
      if (i % 4 !== 0) {
        sums.due = upTo(50);
        sums.closed = upTo(sums.due);
        sums.closedOnTime = upTo(sums.closed);
        sums.hotlineValidCallbacks = upTo(30);
        sums.hotlineContacted = upTo(sums.hotlineValidCallbacks);
        sums.hotlineResolved = upTo(sums.hotlineContacted);
        sums.hotlineSatisfied = upTo(sums.hotlineContacted);
        sums.hotlineBasicallySatisfied = upTo(sums.hotlineContacted - sums.hotlineSatisfied);
        sums.evaluations = upTo(5);
        sums.evaluationScoreSum = sums.evaluations * upTo(100);
      }
      // The other counters, which a ranking does not sum for every unit, change nothing: the score
      // of the score counters alone, or of them beside any other figures, is the whole report's.
      const scored = zeroSums();
      for (const c of SCORE_COUNTERS) scored[c] = sums[c];
      const others = { ...sums };
      for (const c of COUNTER_COLUMNS) if (!SCORE_COUNTERS.includes(c)) others[c] = upTo(40);
      for (const w of [REGION_WEIGHTS, DEPARTMENT_WEIGHTS]) {
        const whole = rankingScore(kpiReport(sums, weights), w);
        expect(rankingScore(scoreInputs(sums, weights), w)).toEqual(whole);
        expect(rankingScore(scoreInputs(scored, weights), w)).toEqual(whole);
        expect(rankingScore(scoreInputs(others, weights), w)).toEqual(whole);
      }
    }
  });
});
