import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';

const { t } = useTestApp();

describe('sign-in', () => {
  it('signs in with the demo password and sets an httpOnly, sameSite session cookie', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'community', password: 'Needle@2026' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'needle_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json().user).toMatchObject({
      username: 'community',
      roles: ['community_staff'],
      jurisdiction: { kind: 'region', level: 'community', name: '义和社区' },
    });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const payload of [
      { username: 'community', password: 'wrong-password' },
      { username: 'nobody', password: 'Needle@2026' },
    ]) {
      const res = await t.call({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: { code: 'INVALID_CREDENTIALS', message: 'Wrong username or password' },
      });
      expect(res.cookies).toHaveLength(0);
    }
  });

  it('answers me for a session and 401 without one, and logout ends the session', async () => {
    const cookie = await t.login('street');
    const me = await t.get('/api/auth/me', cookie);
    expect(me.json().user.jurisdiction).toMatchObject({ kind: 'region', level: 'street', name: '永昌街道' });
    expect((await t.get('/api/auth/me')).json().error.code).toBe('UNAUTHENTICATED');
    expect((await t.post('/api/auth/logout', cookie)).statusCode).toBe(204);
    const after = await t.get('/api/auth/me', cookie);
    expect(after.statusCode).toBe(401);
  });

  it('holds back a password guesser after five wrong passwords, even with the right one, saying how long', async () => {
    const attempt = (password: string) =>
      t.call({ method: 'POST', url: '/api/auth/login', payload: { username: 'courier', password } });
    for (let i = 0; i < 5; i++) expect((await attempt(`guess-${i}`)).statusCode).toBe(401);
    const held = await attempt('Needle@2026');
    expect(held.statusCode).toBe(429);
    expect(held.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(held.headers['retry-after']).toBe('1');
    expect(held.cookies).toHaveLength(0);
  });

  it('does not accept a forged session token', async () => {
    const res = await t.get('/api/auth/me', 'needle_session=forged-token');
    expect(res.statusCode).toBe(401);
  });

  it('writes the sign-in to the audit trail', async () => {
    await t.login('leader');
    const admin = await t.login('admin');
    const audit = await t.get('/api/audit?entity=session', admin);
    expect(audit.statusCode).toBe(200);
    expect(audit.json().items.some((r: { action: string }) => r.action === 'login')).toBe(true);
  });
});
