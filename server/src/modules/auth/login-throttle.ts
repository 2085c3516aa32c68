import { AppError } from '../../lib/errors/app-error.js';

/**
 * Slows password guessing: after MAX_FAILURES wrong passwords for one username from one address within
 * the window, further attempts are refused until the window has passed. Kept in memory: each server
 * process counts its own, which still caps a guesser at a handful of tries per process per window.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length > 0) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Throws 429 while the username and address have failed too often lately. */
  check(username: string, address: string): void {
    const recent = this.recent(`${username}\u0000${address}`);
    if (recent.length >= this.maxFailures) {
      const retryIn = Math.ceil(((recent[0] ?? this.now()) + this.windowMs - this.now()) / 60_000);
      throw new AppError(
        429,
        'TOO_MANY_ATTEMPTS',
        `Too many wrong passwords; try again in ${retryIn} minutes`,
      );
    }
  }

  failed(username: string, address: string): void {
    const key = `${username}\u0000${address}`;
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeeded(username: string, address: string): void {
    this.failures.delete(`${username}\u0000${address}`);
  }
}
