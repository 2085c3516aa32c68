import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/actors.js';
import { multipartBody, png } from '../test/images.js';

const { t, c } = useTestApp(['admin']);
const { t: behindProxy } = useTestApp([], { trustProxy: '127.0.0.1' });

const UNSAFE = [
  { method: 'POST', url: '/api/auth/logout' },
  { method: 'POST', url: '/api/notifications/read-all?upToId=1' },
  { method: 'PUT', url: '/api/settings/duplicateRadiusMeters', payload: { value: 80 } },
  { method: 'DELETE', url: '/api/open311/clients/00000000-0000-4000-8000-000000000000' },
  { method: 'PATCH', url: '/api/categories/E0450', payload: { name: 'x' } },
] as const;

function expectCrossSite(res: { statusCode: number; body: string }, what: string) {
  expect(res.statusCode, `${what}: ${res.body}`).toBe(403);
  expect(JSON.parse(res.body).error.code).toBe('CROSS_SITE_REQUEST');
}

describe('cross-site request forgery', () => {
  it('refuses an unsafe request carrying the session cookie without an Origin, or from another site', async () => {
    for (const request of UNSAFE) {
      for (const origin of [false, 'http://evil.example', 'http://localhost:8080', 'null'] as const) {
        const res = await t.call({ ...request, cookie: c.admin, origin });
        expectCrossSite(res, `${request.method} ${request.url} from ${origin || 'no origin'}`);
      }
    }
    // A photo upload too: multipart bodies are the classic cross-site form.
    const upload = await t.call({
      method: 'POST',
      url: '/api/photos',
      cookie: c.admin,
      origin: 'http://evil.example',
      ...multipartBody([
        { name: 'file', filename: 'a.png', contentType: 'image/png', data: await png(8, 8) },
      ]),
    });
    expectCrossSite(upload, 'POST /api/photos');
    // Still signed in: the refused logout did nothing.
    expect((await t.get('/api/auth/me', c.admin)).statusCode).toBe(200);
  });

  it("lets through the site's own pages, by Origin or by Sec-Fetch-Site", async () => {
    const setting = {
      method: 'PUT',
      url: '/api/settings/duplicateRadiusMeters',
      payload: { value: 50 },
    } as const;
    const ok = await t.call({ ...setting, cookie: c.admin, origin: 'http://LOCALHOST' });
    expect(ok.statusCode, ok.body).toBe(200);
    const sameSite = { 'sec-fetch-site': 'same-origin' };
    const fetchMetadata = await t.call({ ...setting, cookie: c.admin, origin: false, headers: sameSite });
    expect(fetchMetadata.statusCode, fetchMetadata.body).toBe(200);
    const cookie = await t.login('street');
    const out = await t.post('/api/auth/logout', cookie);
    expect(out.statusCode).toBe(204);
  });

  it('leaves reads and requests without a session cookie alone', async () => {
    const read = await t.call({
      method: 'GET',
      url: '/api/auth/me',
      cookie: c.admin,
      origin: 'http://evil.example',
    });
    expect(read.statusCode).toBe(200);
    // Signing in names no session: a script or another system may do it without an Origin.
    const login = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'leader', password: 'Needle@2026' },
    });
    expect(login.statusCode).toBe(200);
    const anonymous = await t.call({ method: 'POST', url: '/api/cases', payload: {}, origin: false });
    expect(anonymous.statusCode).not.toBe(403);
  });

  it("believes a proxy's X-Forwarded-Host only when the proxy is trusted", async () => {
    const proxied = {
      method: 'POST' as const,
      url: '/api/auth/logout',
      origin: 'https://needle.example.gov.cn',
      headers: { 'x-forwarded-host': 'needle.example.gov.cn', 'x-forwarded-proto': 'https' },
    };
    expectCrossSite(await t.call({ ...proxied, cookie: c.admin }), 'untrusted proxy');
    const trusted = await behindProxy.call({ ...proxied, cookie: await behindProxy.login('street') });
    expect(trusted.statusCode, trusted.body).toBe(204);
  });
});
