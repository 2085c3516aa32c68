import { and, asc, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { type Db, type Executor, transaction } from '../../db/database.js';
import { AppError } from '../../lib/errors/app-error.js';
import { maskPhone } from '../../lib/privacy/mask.js';
import { notifyNumber } from '../notifications/notify.js';
import { codeMatches, hashCode, newCode } from './phone-code-secret.js';
import { phoneCodes } from './phone-codes.tables.js';
import {
  clearAttempts,
  countAttempt,
  LOCKOUT,
  lockedUntil,
  lockNumber,
  phoneLocked,
} from './phone-lockout.js';
import type { E164 } from './phone-number.js';
import { secondsUntil, TryLater } from './phone-refusals.js';

/**
 * A code lives five minutes. A number gets one a minute and five an hour: enough for a text that went
 * astray, not enough to make Needle text a stranger's phone all day. One address gets twenty an hour:
 * a courier station's shared Wi-Fi signs up a handful of riders, a script does not run up the gateway's bill.
 */
export const CODE_RULES = {
  ttlMs: 5 * 60_000,
  resendAfterMs: 60_000,
  perNumberPerHour: 5,
  perAddressPerHour: 20,
} as const;

const HOUR_MS = 3_600_000;
/** Codes are kept a day, well past the hour the limits look back over. */
const KEEP_MS = 24 * HOUR_MS;

// Per-number and per-address counts must not both pass for two requests at once: each takes a
// transaction-scoped advisory lock on what it counts (in a key space of its own, two int keys).
const NUMBER_LOCKS = 0x70686e31;
const ADDRESS_LOCKS = 0x70686e32;
const lockKey = (space: number, key: string) =>
  sql`select pg_advisory_xact_lock(${space}::int, hashtext(${key}))`;

export interface IssuedCode {
  code: string;
  expiresAt: Date;
  resendAfterSeconds: number;
}

/**
 * Makes a code for the number and queues the text message carrying it, unless a limit holds. The
 * message, like every notice, goes out through the webhook outbox; the code is in it in clear for the
 * gateway, and is useless once it has expired five minutes later.
 */
export async function issueCode(
  db: Db,
  request: { phone: E164; address: string; now: Date },
): Promise<IssuedCode> {
  const { phone, address, now } = request;
  const code = newCode();
  // Hashed before the transaction: it holds locks, and scrypt takes a while.
  const codeHash = await hashCode(code);
  const expiresAt = new Date(now.getTime() + CODE_RULES.ttlMs);
  await transaction(db, async (tx) => {
    await tx.execute(lockKey(NUMBER_LOCKS, phone));
    await tx.execute(lockKey(ADDRESS_LOCKS, address));
    await refuseOverLimits(tx, phone, address, now);
    await tx.delete(phoneCodes).where(lt(phoneCodes.createdAt, new Date(now.getTime() - KEEP_MS)));
    await tx.insert(phoneCodes).values({ phone, codeHash, address, createdAt: now, expiresAt });
    await notifyNumber(tx, {
      phone,
      kind: 'sign_in_code',
      title: '一根针登录验证码',
      body: `您的验证码是${code}，5分钟内有效。如非本人操作，请忽略。`,
      data: { code, expiresAt: expiresAt.toISOString() },
    });
  });
  return { code, expiresAt, resendAfterSeconds: CODE_RULES.resendAfterMs / 1000 };
}

async function refuseOverLimits(tx: Executor, phone: E164, address: string, now: Date): Promise<void> {
  const until = await lockedUntil(tx, phone, now);
  if (until) throw phoneLocked(until, now);
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  const [byNumber] = await tx
    .select({
      n: sql<number>`count(*)::int`,
      first: sql<Date | string | null>`min(${phoneCodes.createdAt})`,
      last: sql<Date | string | null>`max(${phoneCodes.createdAt})`,
    })
    .from(phoneCodes)
    .where(and(eq(phoneCodes.phone, phone), gt(phoneCodes.createdAt, hourAgo)));
  if (byNumber?.last) {
    const resendAt = new Date(new Date(byNumber.last).getTime() + CODE_RULES.resendAfterMs);
    if (resendAt > now)
      throw new TryLater(
        'CODE_SENT_RECENTLY',
        'A code was sent to this number a moment ago',
        secondsUntil(resendAt, now),
      );
  }
  if (byNumber?.first && byNumber.n >= CODE_RULES.perNumberPerHour)
    throw new TryLater(
      'TOO_MANY_CODES_FOR_NUMBER',
      `This number had ${CODE_RULES.perNumberPerHour} codes in the last hour`,
      secondsUntil(new Date(new Date(byNumber.first).getTime() + HOUR_MS), now),
    );
  // The oldest of the last hour's codes that must age out before this address may have another.
  const [blocking] = await tx
    .select({ createdAt: phoneCodes.createdAt })
    .from(phoneCodes)
    .where(and(eq(phoneCodes.address, address), gt(phoneCodes.createdAt, hourAgo)))
    .orderBy(desc(phoneCodes.createdAt))
    .offset(CODE_RULES.perAddressPerHour - 1)
    .limit(1);
  if (blocking)
    throw new TryLater(
      'TOO_MANY_CODES_FROM_ADDRESS',
      `This address asked for ${CODE_RULES.perAddressPerHour} codes in the last hour`,
      secondsUntil(new Date(blocking.createdAt.getTime() + HOUR_MS), now),
    );
}

/** A code proven right for a number, not yet used: claim it in the transaction of what it unlocks. */
export interface ProvenCode {
  phone: E164;
  /** Marks every live code of the number used; false when another request used the code first. */
  claim(tx: Executor): Promise<boolean>;
}

/**
 * Checks a code against the number's live codes (a second text may arrive before the first: either
 * code works). Every attempt counts towards the lock before the comparison; a right code clears the
 * count. Refusals: 429 PHONE_LOCKED, 400 CODE_EXPIRED (the right code, too late), 401 CODE_INVALID.
 */
export async function proveCode(db: Db, phone: E164, code: string, now: Date): Promise<ProvenCode> {
  const attempts = await countAttempt(db, phone, now);
  const unused = await db
    .select({ id: phoneCodes.id, codeHash: phoneCodes.codeHash, expiresAt: phoneCodes.expiresAt })
    .from(phoneCodes)
    .where(
      and(
        eq(phoneCodes.phone, phone),
        isNull(phoneCodes.usedAt),
        gt(phoneCodes.createdAt, new Date(now.getTime() - HOUR_MS)),
      ),
    )
    .orderBy(asc(phoneCodes.id));
  const matched = [];
  for (const row of unused) if (await codeMatches(row.codeHash, code)) matched.push(row);
  if (matched.some((row) => row.expiresAt > now)) {
    await clearAttempts(db, phone);
    return { phone, claim: (tx) => claimCodes(tx, phone, now) };
  }
  if (matched.length > 0) throw new AppError(400, 'CODE_EXPIRED', 'This code has expired; ask for a new one');
  if (attempts >= LOCKOUT.failures) throw await lockNumber(db, phone, now);
  const left = LOCKOUT.failures - attempts;
  throw new AppError(
    401,
    'CODE_INVALID',
    `Wrong or used code; ${left} ${left === 1 ? 'try' : 'tries'} left before this number is locked`,
  );
}

async function claimCodes(tx: Executor, phone: E164, now: Date): Promise<boolean> {
  const claimed = await tx
    .update(phoneCodes)
    .set({ usedAt: now })
    .where(and(eq(phoneCodes.phone, phone), isNull(phoneCodes.usedAt), gt(phoneCodes.expiresAt, now)))
    .returning({ id: phoneCodes.id });
  return claimed.length > 0;
}

/** For the server's log in demo mode: the number masked, the code in clear. */
export const demoCodeLine = (phone: E164, code: string) =>
  `Demo mode: sign-in code for ${maskPhone(phone)} is ${code}`;
