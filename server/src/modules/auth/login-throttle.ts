import { AppError } from '../../lib/errors/app-error.js';

/**
 * One kind of count of wrong passwords: how many are let through freely, and how long the wait grows
 * to after that (it doubles with each further failure, from one second).
 */
interface Limit {
  free: number;
  maxDelayMs: number;
}

/**
 * Three counts, each over the last hour:
 * - one account from one address: a guesser at one desk. 5 free, then waits growing to 15 minutes;
 *   only that address waits.
 * - one address, all accounts: a password spray (one common password tried on 30 usernames). 20 free,
 *   since a street office's staff may share one NAT address and all mistype now and then; then waits
 *   growing to 15 minutes.
 * - one account, all addresses: a guesser spread over many addresses. 10 free, then waits growing to
 *   1 minute only. This is the one count a stranger can run up against a colleague's account, and
 *   every address — the colleague's own — shares it; so it never locks anyone out: the real user waits
 *   a minute at worst (and is told how long), while a spread-out guesser is held to one guess a minute.
 *
 * A sign-in that is held back is answered 429 with Retry-After before the password is checked, and
 * does not count. Kept in memory: each server process counts its own.
 */
export const LIMITS = {
  accountAtAddress: { free: 5, maxDelayMs: 15 * 60_000 },
  address: { free: 20, maxDelayMs: 15 * 60_000 },
  account: { free: 10, maxDelayMs: 60_000 },
} satisfies Record<string, Limit>;

const WINDOW_MS = 60 * 60_000;
const BASE_DELAY_MS = 1_000;
/** Past this many tracked keys (a spray over many usernames), expired ones are swept out. */
const SWEEP_AT = 10_000;

/** The wait after `failures` wrong passwords under `limit`: none while free, then doubling to the cap. */
export function delayAfter(failures: number, limit: Limit): number {
  if (failures < limit.free) return 0;
  const doublings = Math.min(failures - limit.free, 30);
  return Math.min(limit.maxDelayMs, BASE_DELAY_MS * 2 ** doublings);
}

interface Failures {
  count: number;
  last: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  private keys(username: string, address: string): [string, Limit][] {
    return [
      [`u\u0000${username}\u0000${address}`, LIMITS.accountAtAddress],
      [`a\u0000${address}`, LIMITS.address],
      [`u\u0000${username}`, LIMITS.account],
    ];
  }

  private recent(key: string): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && entry.last <= this.now() - WINDOW_MS) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Milliseconds this sign-in must still wait; 0 when it may go ahead. */
  waitFor(username: string, address: string): number {
    let wait = 0;
    for (const [key, limit] of this.keys(username, address)) {
      const entry = this.recent(key);
      if (!entry) continue;
      wait = Math.max(wait, entry.last + delayAfter(entry.count, limit) - this.now());
    }
    return wait;
  }

  failed(username: string, address: string): void {
    const now = this.now();
    for (const [key] of this.keys(username, address)) {
      const entry = this.recent(key);
      this.failures.set(key, { count: (entry?.count ?? 0) + 1, last: now });
    }
    if (this.failures.size > SWEEP_AT) this.sweep();
  }

  /**
   * The right password clears the account's counts, but not the address's: else a sprayer with one
   * account of their own could sign in to it between guesses and start afresh.
   */
  succeeded(username: string, address: string): void {
    const [pair, , account] = this.keys(username, address);
    if (pair) this.failures.delete(pair[0]);
    if (account) this.failures.delete(account[0]);
  }

  private sweep(): void {
    for (const key of this.failures.keys()) this.recent(key);
  }
}

/** The 429 of a sign-in that must wait; the route sends the same seconds in Retry-After. */
export class TooManyAttempts extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'TOO_MANY_ATTEMPTS',
      `Too many wrong passwords; try again in ${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'second' : 'seconds'}`,
    );
  }
}
