import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { settings } from '../settings/settings.tables.js';
import { type ParticipationReason, participationAward } from './award-rules.js';
import { ISSUED_ACCOUNT, transferLegs, userAccount } from './ledger.js';
import {
  type ParticipationPoints,
  POINTS_SETTING_DEFAULTS,
  POINTS_SETTING_PARSERS,
} from './points-settings.js';
import { postTransfer } from './post-transfer.js';

export type { ParticipationReason } from './award-rules.js';

/** What the participation modules (volunteers, deliberations, micro-wishes) ask to be credited. */
export interface ParticipationAward {
  userId: string;
  reason: ParticipationReason;
  /** What earned it, one award per (reason, source, user): `activity:<id>`, `deliberation:<id>`, `wish:<id>`. */
  source: string;
  /** Verified minutes for volunteer hours; 1 for a deliberation or a fulfilled wish. */
  quantity: number;
  /** When it was earned; now if not given. */
  at?: Date;
}

/**
 * The rules in force, read inside the caller's transaction (the settings cache belongs to a database,
 * not a transaction): a stored value that no longer parses falls back to the defaults, as loadSettings does.
 */
async function participationRules(tx: Executor): Promise<ParticipationPoints> {
  const [row] = await tx
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, 'participationPoints'));
  if (!row) return POINTS_SETTING_DEFAULTS.participationPoints;
  try {
    return POINTS_SETTING_PARSERS.participationPoints(row.value);
  } catch {
    return POINTS_SETTING_DEFAULTS.participationPoints;
  }
}

/**
 * Credits a user for taking part, by the city's `participationPoints` rule, in the transaction of the step
 * that earned it (a check-out verified, a vote cast, a wish confirmed), so a step rolled back leaves no
 * points. Once per (reason, source, user): a repeat, or a race with another process, writes nothing and
 * returns 0. Returns the points credited; 0 also when the rule gives nothing.
 */
export async function awardParticipation(tx: Executor, a: ParticipationAward): Promise<number> {
  const amount = participationAward(await participationRules(tx), a.reason, a.quantity);
  if (amount === 0) return 0;
  const id = await postTransfer(tx, {
    kind: a.reason,
    userId: a.userId,
    caseId: null,
    source: a.source,
    at: a.at ?? new Date(),
    legs: transferLegs(ISSUED_ACCOUNT, userAccount(a.userId), amount),
  });
  return id === null ? 0 : amount;
}
