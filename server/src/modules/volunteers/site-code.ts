import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The on-site code (现场签到码) of an activity rotates every window: a photo of it sent to a friend
 * at home stops working within minutes, so a scan proves the phone was there.
 */
export const SITE_WINDOW_MS = 2 * 60_000;

/** A key of the activity's own, so that no token of one activity opens another. */
export const newSiteSecret = (): string => randomBytes(32).toString('base64url');

const windowOf = (at: Date) => Math.floor(at.getTime() / SITE_WINDOW_MS);

function signature(secret: string, activityId: string, window: number): string {
  return createHmac('sha256', secret).update(`${activityId}:${window}`).digest('base64url').slice(0, 22);
}

/** The token the code shows at `at`, and until when a scan of it is taken. */
export function siteToken(secret: string, activityId: string, at: Date) {
  const window = windowOf(at);
  return {
    token: `${window}.${signature(secret, activityId, window)}`,
    // The current window and the next: a code scanned just before it rotates still counts.
    validUntil: new Date((window + 2) * SITE_WINDOW_MS),
  };
}

export type SiteTokenCheck = 'valid' | 'expired' | 'invalid';

/**
 * Whether a scanned token is the activity's, and fresh: of this window or the one before. A token whose
 * signature is right but whose window is older has expired; anything else (another activity's, forged,
 * garbled, from the future) is invalid.
 */
export function checkSiteToken(secret: string, activityId: string, token: string, at: Date): SiteTokenCheck {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return 'invalid';
  const window = Number(match[1]);
  const expected = Buffer.from(signature(secret, activityId, window));
  const given = Buffer.from(match[2] as string);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const now = windowOf(at);
  if (window > now) return 'invalid';
  return now - window <= 1 ? 'valid' : 'expired';
}
