import { assertAmount } from './time-limit.js';

/** 红黄绿灯 on a case step: green under 80 % of its limit used, yellow 80–100 %, red past the limit. */
export type TrafficLight = 'green' | 'yellow' | 'red';

/**
 * Exactly 80 % is already yellow (the warning starts there) and exactly 100 % is still yellow: a step
 * finished at its deadline is on time. Both times must be measured on the same clock as the limit.
 */
export function trafficLight(elapsedMs: number, limitMs: number): TrafficLight {
  assertAmount(elapsedMs, 'Elapsed time');
  assertAmount(limitMs, 'Time limit');
  if (elapsedMs > limitMs) return 'red';
  // Compared as elapsed × 5 against limit × 4 so that 0.8 × limit never suffers a rounding error.
  return elapsedMs * 5 < limitMs * 4 ? 'green' : 'yellow';
}
