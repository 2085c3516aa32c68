import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { phoneLockouts } from './phone-codes.tables.js';
import { secondsUntil, TryLater } from './phone-refusals.js';

/**
 * Six digits are a million codes: a number takes 5 wrong codes, then it is locked for 15 minutes, so a
 * guesser gets at most 20 tries an hour against at most five live codes (under one chance in 10 000
 * an hour), and the number's owner is texted every code the guesser asks for. The lock holds against
 * the right code too: else a guesser would learn, by its being accepted, when they had hit it. A run
 * of failures an hour old is forgotten.
 */
export const LOCKOUT = {
  failures: 5,
  lockMs: 15 * 60_000,
  runMs: 60 * 60_000,
} as const;

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export const phoneLocked = (until: Date, now: Date) =>
  new TryLater('PHONE_LOCKED', 'Too many wrong codes for this number', secondsUntil(until, now));

/**
 * Counts an attempt at a code for the number before the code is compared, in one statement: a burst
 * of guesses sent at once is counted as it arrives, not after the slow comparisons have run. Refuses
 * while the number is locked. Returns how many attempts the current run has, this one included.
 */
export async function countAttempt(tx: Executor, phone: string, now: Date): Promise<number> {
  const locked = sql`${phoneLockouts.lockedUntil} > ${at(now)}`;
  // A lock that has ended, or a run an hour old, starts a new run with this attempt.
  const fresh = sql`${phoneLockouts.lockedUntil} is not null or ${phoneLockouts.failingSince} <= ${at(new Date(now.getTime() - LOCKOUT.runMs))}`;
  const [row] = await tx
    .insert(phoneLockouts)
    .values({ phone, failures: 1, failingSince: now })
    .onConflictDoUpdate({
      target: phoneLockouts.phone,
      set: {
        failures: sql`case when ${locked} then ${phoneLockouts.failures} when ${fresh} then 1 else ${phoneLockouts.failures} + 1 end`,
        failingSince: sql`case when ${locked} then ${phoneLockouts.failingSince} when ${fresh} then ${at(now)} else ${phoneLockouts.failingSince} end`,
        lockedUntil: sql`case when ${locked} then ${phoneLockouts.lockedUntil} else null end`,
      },
    })
    .returning({ failures: phoneLockouts.failures, lockedUntil: phoneLockouts.lockedUntil });
  if (!row) throw new Error('the phone lockout upsert returned no row');
  if (row.lockedUntil && row.lockedUntil > now) throw phoneLocked(row.lockedUntil, now);
  // More attempts than allowed got in at once, before any was found wrong: the rest wait out a lock.
  if (row.failures > LOCKOUT.failures) throw await lockNumber(tx, phone, now);
  return row.failures;
}

/** Locks the number from now; returns the refusal to give. */
export async function lockNumber(tx: Executor, phone: string, now: Date): Promise<TryLater> {
  const until = new Date(now.getTime() + LOCKOUT.lockMs);
  await tx.update(phoneLockouts).set({ lockedUntil: until }).where(eq(phoneLockouts.phone, phone));
  return phoneLocked(until, now);
}

/** The right code ends the run. */
export async function clearAttempts(tx: Executor, phone: string): Promise<void> {
  await tx.delete(phoneLockouts).where(eq(phoneLockouts.phone, phone));
}

/** The lock on a number, if one holds now: no code is sent to a locked number either. */
export async function lockedUntil(tx: Executor, phone: string, now: Date): Promise<Date | null> {
  const [row] = await tx
    .select({ lockedUntil: phoneLockouts.lockedUntil })
    .from(phoneLockouts)
    .where(eq(phoneLockouts.phone, phone));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}
