import { describe, expect, it } from 'vitest';
import { delayAfter, LIMITS, LoginThrottle } from './login-throttle.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** Fails sign-ins as a patient guesser would: waiting out each delay before the next try. */
function failPatiently(
  throttle: LoginThrottle,
  time: ReturnType<typeof clock>,
  times: number,
  who: (i: number) => [string, string],
) {
  for (let i = 0; i < times; i++) {
    const [username, address] = who(i);
    time.advance(throttle.waitFor(username, address));
    expect(throttle.waitFor(username, address)).toBe(0);
    throttle.failed(username, address);
  }
}

describe('the login throttle', () => {
  it('lets the first failures through, then doubles the wait from a second to its cap', () => {
    const limit = { free: 3, maxDelayMs: 10_000 };
    expect([0, 1, 2, 3, 4, 5, 6, 7, 40].map((n) => delayAfter(n, limit))).toEqual([
      0, 0, 0, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
  });

  it('makes a guesser at one address wait longer after each wrong password, up to 15 minutes', () => {
    const time = clock();
    const throttle = new LoginThrottle(time.now);
    failPatiently(throttle, time, LIMITS.accountAtAddress.free, () => ['community', '10.0.0.1']);
    expect(throttle.waitFor('community', '10.0.0.1')).toBe(1_000);
    failPatiently(throttle, time, 1, () => ['community', '10.0.0.1']);
    expect(throttle.waitFor('community', '10.0.0.1')).toBe(2_000);
    failPatiently(throttle, time, 20, () => ['community', '10.0.0.1']);
    expect(throttle.waitFor('community', '10.0.0.1')).toBe(15 * 60_000);
    time.advance(15 * 60_000);
    expect(throttle.waitFor('community', '10.0.0.1')).toBe(0);
  });

  it('holds back a password spray from one address over 30 usernames', () => {
    const time = clock();
    const throttle = new LoginThrottle(time.now);
    // One guess per username: no account is tried twice, so only the address's count can catch it.
    failPatiently(throttle, time, LIMITS.address.free, (i) => [`user${i}`, '10.9.9.9']);
    expect(throttle.waitFor('user99', '10.9.9.9')).toBe(1_000);
    failPatiently(throttle, time, 9, (i) => [`user${LIMITS.address.free + i}`, '10.9.9.9']);
    expect(throttle.waitFor('user99', '10.9.9.9')).toBe(2 ** 9 * 1_000);
    // By the thirtieth username, each further guess waits a quarter of an hour.
    failPatiently(throttle, time, 1, () => ['user29', '10.9.9.9']);
    expect(throttle.waitFor('user99', '10.9.9.9')).toBe(15 * 60_000);
    // Signing in to an account of one's own does not clear the address's count.
    throttle.succeeded('sprayer', '10.9.9.9');
    expect(throttle.waitFor('user99', '10.9.9.9')).toBe(15 * 60_000);
    // Another desk is not held back by it.
    expect(throttle.waitFor('user99', '10.0.0.2')).toBe(0);
  });

  it('slows a guesser spread over many addresses, but never makes the real user wait over a minute', () => {
    const time = clock();
    const throttle = new LoginThrottle(time.now);
    failPatiently(throttle, time, 200, (i) => ['street', `203.0.113.${i % 250}`]);
    // The colleague at their own desk, which has not failed once: a wait, never a lockout.
    const wait = throttle.waitFor('street', '10.0.0.7');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(LIMITS.account.maxDelayMs);
    time.advance(wait);
    expect(throttle.waitFor('street', '10.0.0.7')).toBe(0);
    // Other accounts are untouched.
    expect(throttle.waitFor('community', '10.0.0.7')).toBe(0);
  });

  it('forgets the account after the right password, and every count after an hour without failures', () => {
    const time = clock();
    const throttle = new LoginThrottle(time.now);
    failPatiently(throttle, time, LIMITS.accountAtAddress.free + 3, () => ['grid', 'a']);
    expect(throttle.waitFor('grid', 'a')).toBeGreaterThan(0);
    throttle.succeeded('grid', 'a');
    expect(throttle.waitFor('grid', 'a')).toBe(0);

    failPatiently(throttle, time, LIMITS.address.free + 3, (i) => [`u${i}`, 'b']);
    expect(throttle.waitFor('x', 'b')).toBeGreaterThan(0);
    time.advance(60 * 60_000);
    expect(throttle.waitFor('x', 'b')).toBe(0);
  });
});
