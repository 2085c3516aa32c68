import { describe, expect, it } from 'vitest';
import { trafficLight } from './traffic-light.js';

const HOUR = 3_600_000;

describe('trafficLight', () => {
  it.each([
    [0, 'green'],
    [8 * HOUR - 1, 'green'],
    [8 * HOUR, 'yellow'], // exactly 80 %
    [10 * HOUR, 'yellow'], // exactly 100 %: finished at the deadline is on time
    [10 * HOUR + 1, 'red'],
  ])('shows %d ms of a 10-hour limit as %s', (elapsed, light) => {
    expect(trafficLight(elapsed, 10 * HOUR)).toBe(light);
  });

  it('is exact at 80 % where 0.8 × limit is not a round number', () => {
    // 0.8 × 7 is 5.6000000000000005 in floating point; 28 of 35 is exactly 80 %.
    expect(trafficLight(28, 35)).toBe('yellow');
    expect(trafficLight(27, 35)).toBe('green');
  });

  it('refuses negative or non-finite times', () => {
    expect(() => trafficLight(-1, HOUR)).toThrow(/Elapsed time must be a finite number/);
    expect(() => trafficLight(0, Number.POSITIVE_INFINITY)).toThrow(/Time limit must be a finite number/);
    expect(() => trafficLight(Number.NaN, HOUR)).toThrow(/Elapsed time/);
  });
});
