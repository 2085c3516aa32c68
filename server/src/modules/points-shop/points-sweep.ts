import type { Db } from '../../db/database.js';
import { repeatEvery } from '../../lib/jobs/repeat-every.js';
import { expirePoints } from '../points/expiry.js';
import { settingsCache } from '../settings/settings.service.js';
import { expirePickups } from './redemption-steps.js';

/**
 * One round of the points' clock: redemptions not picked up in time are called off (their points return),
 * then points past the city's expiry rule expire. In that order, so points a lapsed redemption gives back
 * are judged with the rest. Both steps are safe to run again and from several processes at once.
 */
export async function sweepPoints(
  db: Db,
  now: Date = new Date(),
): Promise<{ pickups: number; expired: number }> {
  const pickups = await expirePickups(db, now);
  const { pointsExpiryMonths } = await settingsCache.get(db);
  const expired = await expirePoints(db, now, pointsExpiryMonths);
  return { pickups, expired };
}

/** Runs the points sweep every five minutes in every server process (see sweepPoints for why that is safe). */
export function startPointsSweep(db: Db, intervalMs = 300_000): { stop(): Promise<void> } {
  return repeatEvery('The points sweep', intervalMs, () => sweepPoints(db));
}
