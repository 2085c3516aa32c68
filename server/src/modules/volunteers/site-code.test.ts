import { describe, expect, it } from 'vitest';
import { checkSiteToken, newSiteSecret, SITE_WINDOW_MS, siteToken } from './site-code.js';
import { servedMinutes, siteOpen } from './volunteer-hours.js';

const ACTIVITY = '7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const OTHER = '0f6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const at = new Date('2026-12-05T01:00:30Z');
const later = (ms: number) => new Date(at.getTime() + ms);

describe('the rotating on-site code', () => {
  const secret = newSiteSecret();

  it('takes the token shown now, and one scanned just before it rotated', () => {
    const { token, validUntil } = siteToken(secret, ACTIVITY, at);
    expect(checkSiteToken(secret, ACTIVITY, token, at)).toBe('valid');
    expect(checkSiteToken(secret, ACTIVITY, token, later(SITE_WINDOW_MS))).toBe('valid');
    expect(validUntil.getTime()).toBeGreaterThan(later(SITE_WINDOW_MS).getTime());
  });

  it('calls a token of two windows ago expired', () => {
    const { token } = siteToken(secret, ACTIVITY, at);
    expect(checkSiteToken(secret, ACTIVITY, token, later(2 * SITE_WINDOW_MS + 1000))).toBe('expired');
  });

  it('refuses another activity’s token, another key’s, a forged one and one from the future', () => {
    expect(checkSiteToken(secret, ACTIVITY, siteToken(secret, OTHER, at).token, at)).toBe('invalid');
    expect(checkSiteToken(secret, ACTIVITY, siteToken(newSiteSecret(), ACTIVITY, at).token, at)).toBe(
      'invalid',
    );
    const { token } = siteToken(secret, ACTIVITY, at);
    const [window] = token.split('.');
    expect(checkSiteToken(secret, ACTIVITY, `${window}.${'A'.repeat(22)}`, at)).toBe('invalid');
    expect(checkSiteToken(secret, ACTIVITY, 'garbage', at)).toBe('invalid');
    expect(
      checkSiteToken(secret, ACTIVITY, siteToken(secret, ACTIVITY, later(10 * SITE_WINDOW_MS)).token, at),
    ).toBe('invalid');
  });
});

describe('served minutes', () => {
  const activity = { startsAt: new Date('2026-12-05T01:00:00Z'), endsAt: new Date('2026-12-05T03:30:00Z') };

  it('counts from check-in to check-out', () => {
    expect(servedMinutes(activity, new Date('2026-12-05T01:10:00Z'), new Date('2026-12-05T02:55:40Z'))).toBe(
      105,
    );
  });

  it('counts only inside the activity’s span', () => {
    expect(servedMinutes(activity, new Date('2026-12-05T00:40:00Z'), new Date('2026-12-05T05:00:00Z'))).toBe(
      150,
    );
    expect(servedMinutes(activity, new Date('2026-12-05T03:40:00Z'), new Date('2026-12-05T03:50:00Z'))).toBe(
      0,
    );
  });

  it('opens the code half an hour before the start until two hours after the end', () => {
    expect(siteOpen(activity, new Date('2026-12-05T00:29:00Z'))).toBe(false);
    expect(siteOpen(activity, new Date('2026-12-05T00:31:00Z'))).toBe(true);
    expect(siteOpen(activity, new Date('2026-12-05T05:29:00Z'))).toBe(true);
    expect(siteOpen(activity, new Date('2026-12-05T05:31:00Z'))).toBe(false);
  });
});
