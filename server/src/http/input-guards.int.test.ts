import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/actors.js';
import { report, usePointIn } from '../test/cases.js';
import { demo } from '../test/demo-places.js';
import { multipartBody } from '../test/images.js';
import { DEMO_KEY, expectOpen311Error, type Form, open311Post, V2 } from '../test/open311-helpers.js';

const { t, c } = useTestApp(['admin']);
const point = usePointIn(t, c, demo.gridOf(demo.yongchangCommunity, 2));

/** A 400 whose message names the field. */
function expectRefusal(res: { statusCode: number; body: string }, field: string) {
  expect(res.statusCode, res.body).toBe(400);
  const { error } = JSON.parse(res.body) as { error: { code: string; message: string } };
  expect(error.code).toMatch(/^[A-Z_]+$/);
  expect(error.message).toContain(field);
}

describe('input that used to reach the database, or the calendar, and fail there with a 500', () => {
  it('refuses a region code that matches the pattern but names no region', async () => {
    for (const code of ['000000000000', '110000000000', '220104004001000']) {
      const res = await t.get(`/api/cases?regionCode=${code}`, c.admin);
      expectRefusal(res, 'regionCode');
    }
    // A real region and a real grid still filter.
    for (const code of [demo.yongchang, demo.gridOf(demo.yongchangCommunity, 1)]) {
      const res = await t.get(`/api/cases?regionCode=${code}`, c.admin);
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  it('refuses dates before the year 1000', async () => {
    for (const [url, field] of [
      ['/api/whistles?to=0027-07-13', 'to'],
      ['/api/whistles?from=0999-12-31', 'from'],
      ['/api/whistles/evaluations?month=0941-11', 'month'],
      // Found by the route fuzzer: the patrol calendar's month had a pattern of its own, without the check.
      ['/api/patrols/calendar?month=0058-09', 'month'],
      ['/api/cases?from=0027-07-13', 'from'],
    ] as const) {
      expectRefusal(await t.get(url, c.admin), field);
    }
    const fine = await t.get('/api/whistles?from=1000-01-01', c.admin);
    expect(fine.statusCode, fine.body).toBe(200);
  });

  it('refuses a NUL character in sign-in, search and a report, naming the field', async () => {
    const login = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin\u0000', password: 'Needle@2026' },
    });
    expectRefusal(login, 'body/username');
    expect(login.json().error.code).toBe('INVALID_CHARACTER');

    expectRefusal(await t.get('/api/cases?q=a%00b', c.admin), 'querystring/q');

    const described = await report(t, await t.login('resident'), {
      categoryCode: 'E0450',
      description: '占道\u0000经营',
      ...point,
    });
    expectRefusal(described, 'body/description');
    const keyed = await t.put('/api/settings/x', c.admin, { 'a\u0000': 1 });
    expectRefusal(keyed, 'body/a\\u0000');
  });

  it('refuses a NUL character in Open311 fields, in the standard error format', async () => {
    const fields: Form = [
      ['api_key', DEMO_KEY],
      ['service_code', 'E0450'],
      ['lat', String(point.lat)],
      ['long', String(point.lng)],
      ['description', '早市\u0000摊位'],
    ];
    const form = await open311Post(t, 'requests.json', fields);
    expect(expectOpen311Error(form, 400)).toContain('description');
    const multipart = await t.call({
      method: 'POST',
      url: `${V2}/requests.json`,
      ...multipartBody(fields.map(([name, data]) => ({ name, data }))),
    });
    expect(expectOpen311Error(multipart, 400)).toContain('description');
    const query = await t.get(`${V2}/requests.json?service_code=E04%0050`);
    expect(expectOpen311Error(query, 400)).toContain('service_code');
  });

  it('refuses a body sent to a route that takes none', async () => {
    const cookie = await t.login('street');
    for (const payload of ['[1,2,3]', '"hello"', 'null', '{"all":true}']) {
      const res = await t.call({
        method: 'POST',
        url: '/api/auth/logout',
        cookie,
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.json().error.code).toBe('UNEXPECTED_BODY');
    }
    // Still signed in: none of those signed out. An empty object is no body at all.
    expect((await t.get('/api/auth/me', cookie)).statusCode).toBe(200);
    const empty = await t.post('/api/auth/logout', cookie, {});
    expect(empty.statusCode).toBe(204);
  });

  // Found by the route fuzzer: JavaScript reads 5e-324, PostgreSQL's double precision refuses it.
  it('refuses a number too close to zero for the database, in a query and in a body', async () => {
    expectRefusal(await t.get('/api/cases/nearby?lat=5e-324&lng=125.3&categoryCode=E0550', c.admin), 'lat');
    const res = await report(t, c.admin, {
      categoryCode: 'E0550',
      description: '井盖缺失',
      lat: 5e-324,
      lng: point.lng,
    });
    expectRefusal(res, 'lat');
    // Zero and ordinary small numbers still pass.
    expect((await t.get('/api/cases/nearby?lat=43.88&lng=0&categoryCode=E0550', c.admin)).statusCode).toBe(
      200,
    );
  });
});
