import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo-accounts.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

// Behind a proxy at 127.0.0.1 (where inject's requests come from), so each test can pick client addresses.
let t: TestApp;
let direct: TestApp;
beforeAll(async () => {
  [t, direct] = await Promise.all([createTestApp({ trustProxy: '127.0.0.1' }), createTestApp()]);
});
afterAll(async () => {
  await Promise.all([t.close(), direct.close()]);
});

const signIn = (app: TestApp, username: string, password: string, from: string) =>
  app.call({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: { 'x-forwarded-for': from },
  });

describe('sign-in throttling', () => {
  it('holds back a password spray over 30 usernames from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await signIn(t, `staff${i}`, 'Summer2026!', '10.6.6.6')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    // The sprayer's address is held back even for an account whose password it has.
    const real = await signIn(t, 'leader', DEMO_PASSWORD, '10.6.6.6');
    expect(real.statusCode).toBe(429);
    expect(Number(real.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not lock the real user out from their own desk when a stranger guesses their password', async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn(t, 'dispatcher', `guess-${i}`, '10.6.6.7')).statusCode).toBe(401);
    expect((await signIn(t, 'dispatcher', DEMO_PASSWORD, '10.6.6.7')).statusCode).toBe(429);
    const colleague = await signIn(t, 'dispatcher', DEMO_PASSWORD, '10.1.2.3');
    expect(colleague.statusCode, colleague.body).toBe(200);
  });

  it('counts one account across addresses, with a wait of a minute at most', async () => {
    // Ten addresses, one wrong password each: no address has failed enough to be held back by itself.
    for (let i = 0; i < 10; i++)
      expect((await signIn(t, 'hotline', `guess-${i}`, `10.7.0.${i}`)).statusCode).toBe(401);
    const held = await signIn(t, 'hotline', DEMO_PASSWORD, '10.1.2.4');
    expect(held.statusCode).toBe(429);
    expect(Number(held.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted (else each guess could claim a new address)', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await signIn(direct, 'grid', `guess-${i}`, `10.8.0.${i}`)).statusCode).toBe(401);
    }
    expect((await signIn(direct, 'grid', DEMO_PASSWORD, '10.8.0.99')).statusCode).toBe(429);
  });
});
