import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../test/actors.js';
import { type DocumentedRoute, documentedRoutes } from '../test/documented-routes.js';

const { t, c } = useTestApp(['admin']);
let routes: DocumentedRoute[];
beforeAll(async () => {
  routes = await documentedRoutes(t);
});

const PARAM_VALUES = ['x', '220104004001001', '00000000-0000-4000-8000-000000000000', '%00', '1'.repeat(300)];
const BODIES: { name: string; payload: string; contentType: string }[] = [
  { name: 'malformed JSON', payload: '{"username": "a",', contentType: 'application/json' },
  { name: 'an empty JSON body', payload: '', contentType: 'application/json' },
  { name: 'a JSON array', payload: '[1,2,3]', contentType: 'application/json' },
  { name: 'a JSON string', payload: '"hello"', contentType: 'application/json' },
  { name: 'null', payload: 'null', contentType: 'application/json' },
  {
    name: 'wrong types',
    payload: JSON.stringify({
      username: 5,
      password: [],
      roles: 'admin',
      features: 'x',
      userId: {},
      kind: 7,
    }),
    contentType: 'application/json',
  },
  {
    name: 'a huge body',
    payload: JSON.stringify({ name: 'x'.repeat(1_000_000) }),
    contentType: 'application/json',
  },
  { name: 'plain text', payload: 'hello', contentType: 'text/plain' },
  { name: 'a form', payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  {
    name: 'prototype pollution',
    payload: '{"__proto__": {"isAdmin": true}, "constructor": {}}',
    contentType: 'application/json',
  },
];

function expectNoServerError(status: number, body: string, what: string) {
  expect(status, what).toBeLessThan(500);
  if (status >= 400) {
    const parsed = JSON.parse(body);
    expect(parsed.error.code, what).toMatch(/^[A-Z_]+$/);
    expect(parsed.error.message, what).toEqual(expect.any(String));
    expect(body, what).not.toMatch(/at .*\.(ts|js):\d+/);
  }
}

function expectClientError(status: number, body: string, what: string) {
  expect(status, `${what}: ${body}`).toBeGreaterThanOrEqual(400);
  expectNoServerError(status, body, what);
}

describe('no 500 from any endpoint on malformed input', () => {
  it('covers the documented routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(14);
    expect(routes.filter((r) => r.streams).map((r) => r.url)).toContain('/api/workbench/stream');
  });

  // Thousands of requests, more with every module's routes: minutes on a busy 2-core machine.
  it('refuses bad bodies on every route, signed in or not', async () => {
    for (const route of routes) {
      for (const value of PARAM_VALUES) {
        const url = route.url.replace(/\{[^}]+\}/g, encodeURIComponent(value));
        for (const cookie of route.streams && route.method === 'GET' ? [undefined] : [c.admin, undefined]) {
          const bodies = route.method === 'GET' || route.method === 'DELETE' ? [undefined] : BODIES;
          for (const body of bodies) {
            const res = await t.call({
              method: route.method as 'GET',
              url,
              cookie,
              ...(body ? { payload: body.payload, headers: { 'content-type': body.contentType } } : {}),
            });
            // Every bad body is refused; without a body, a GET may well find what the URL names.
            (body ? expectClientError : expectNoServerError)(
              res.statusCode,
              res.body,
              `${route.method} ${url} with ${body?.name ?? 'no body'}`,
            );
          }
        }
      }
    }
    // None of those bodies signed admin out (logout used to take any): the signed-in half was all tested.
    expect((await t.get('/api/auth/me', c.admin)).statusCode).toBe(200);
  }, 300_000);

  it('refuses bad query strings', async () => {
    for (const query of [
      'lat=1e999&lng=1',
      'lat[]=1&lng=2',
      'limit=-1',
      'limit=abc',
      'offset=99999999999',
      'regionCode=abc',
      // Well-formed but naming nothing: no region, days JavaScript's Date misreads, a NUL.
      'regionCode=000000000000',
      'unitRegionCode=000000000000',
      'from=0027-07-13',
      'to=0027-07-13',
      'month=0941-11',
      'q=a%00b',
      '%zz',
    ]) {
      for (const route of routes.filter((r) => r.method === 'GET' && !r.url.includes('{') && !r.streams)) {
        const res = await t.get(`${route.url}?${query}`, c.admin);
        expectNoServerError(res.statusCode, res.body, `GET ${route.url}?${query}`);
      }
    }
  });

  it('answers a malformed JSON body with MALFORMED_JSON and a huge one with 413', async () => {
    const bad = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('MALFORMED_JSON');
    const huge = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ username: 'x'.repeat(1_000_000), password: 'y' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('BODY_TOO_LARGE');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await t.get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
    const posted = await t.call({ method: 'POST', url: '/api/nothing-here', payload: { a: 1 } });
    expect(posted.statusCode).toBe(404);
    expect(posted.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});
