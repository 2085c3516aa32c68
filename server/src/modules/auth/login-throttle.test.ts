import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

describe('the login throttle', () => {
  it('refuses after ten failures in the window, and lets through again once it has passed', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(10, 15 * 60_000, () => now);
    for (let i = 0; i < 10; i++) {
      expect(() => throttle.check('community', '10.0.0.1')).not.toThrow();
      throttle.failed('community', '10.0.0.1');
    }
    expect(() => throttle.check('community', '10.0.0.1')).toThrow(/Too many wrong passwords/);
    // Another address, or another username, is not held back by someone else's guessing.
    expect(() => throttle.check('community', '10.0.0.2')).not.toThrow();
    expect(() => throttle.check('street', '10.0.0.1')).not.toThrow();
    now += 15 * 60_000 + 1;
    expect(() => throttle.check('community', '10.0.0.1')).not.toThrow();
  });

  it('forgets the failures after a successful sign-in', () => {
    const throttle = new LoginThrottle(2);
    throttle.failed('grid', 'a');
    throttle.succeeded('grid', 'a');
    throttle.failed('grid', 'a');
    expect(() => throttle.check('grid', 'a')).not.toThrow();
  });
});
