import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let plain: TestApp;
let secure: TestApp;
let behindProxy: TestApp;

beforeAll(async () => {
  // One after another: three embedded databases starting at once in one process held its event loop
  // long enough on a busy machine for a plugin's start-up timer to run out.
  plain = await createTestApp();
  secure = await createTestApp({ secureCookies: true });
  behindProxy = await createTestApp({ trustProxy: '127.0.0.1' });
});
afterAll(async () => {
  await Promise.all([plain?.close(), secure?.close(), behindProxy?.close()]);
});

const signIn = (t: TestApp, headers: Record<string, string> = {}) =>
  t.call({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'street', password: 'Needle@2026' },
    headers: { host: 'needle.lan:3000', ...headers },
  });

function expectHttpsHeaders(res: LightMyRequestResponse, https: boolean) {
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp.includes('upgrade-insecure-requests')).toBe(https);
  expect(res.headers['strict-transport-security'] !== undefined).toBe(https);
  const cookie = res.cookies.find((c) => c.name === 'needle_session');
  expect(cookie?.secure === true).toBe(https);
}

describe('a deployment on plain HTTP, e.g. http://10.x.x.x:3000 in a street office', () => {
  it('sends neither upgrade-insecure-requests nor HSTS, nor a Secure cookie', async () => {
    const res = await signIn(plain);
    expect(res.statusCode).toBe(200);
    expectHttpsHeaders(res, false);
    // Spoofing the proxy header from outside changes nothing when no proxy is trusted.
    expectHttpsHeaders(await signIn(plain, { 'x-forwarded-proto': 'https' }), false);
  });

  it('sends them all with NEEDLE_SECURE_COOKIES=1', async () => {
    expectHttpsHeaders(await signIn(secure), true);
  });

  it('sends them all when a trusted proxy says the browser came over HTTPS, and only then', async () => {
    expectHttpsHeaders(await signIn(behindProxy, { 'x-forwarded-proto': 'https' }), true);
    expectHttpsHeaders(await signIn(behindProxy, { 'x-forwarded-proto': 'http' }), false);
    expectHttpsHeaders(await signIn(behindProxy), false);
  });
});
