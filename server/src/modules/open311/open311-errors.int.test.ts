import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { pointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import {
  countCases,
  DEMO_KEY,
  expectOpen311Error,
  type Form,
  open311Get,
  open311Post,
  requestForm,
  updateForm,
} from '../../test/open311-helpers.js';
import { open311Tokens } from './open311.tables.js';

const { t, c } = useTestApp(['admin']);
let point: { lat: number; lng: number };
let elsewhere: { lat: number; lng: number };
let streetKey = '';

beforeAll(async () => {
  point = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity));
  elsewhere = await pointIn(t, c.admin, demo.gridOf(demo.qianjinCommunity));
  // A client for 永昌街道 only: a point in 前进街道 is outside what it may report.
  const issued = await t.post('/api/open311/clients', c.admin, {
    name: '永昌街道小程序',
    regionCode: demo.yongchang,
  });
  expect(issued.statusCode, issued.body).toBe(201);
  streetKey = issued.json().apiKey;
});

const valid = () =>
  requestForm(point, [
    ['attribute[cover_type]', 'gas'],
    ['description', '燃气井盖丢失'],
  ]);
const without = (form: Form, ...names: string[]) => form.filter(([n]) => !names.includes(n));
const replace = (form: Form, name: string, value: string): Form => [...without(form, name), [name, value]];

/** Each refusal in both formats, with nothing written: no case, no token. */
async function refusesPost(form: Form, status: 400 | 403 | 404, expected: RegExp) {
  const before = { cases: await countCases(t), tokens: await t.database.db.$count(open311Tokens) };
  for (const format of ['xml', 'json']) {
    const res = await open311Post(t, `requests.${format}`, form);
    expect(expectOpen311Error(res, status, `POST requests.${format}`)).toMatch(expected);
  }
  expect(await countCases(t)).toBe(before.cases);
  expect(await t.database.db.$count(open311Tokens)).toBe(before.tokens);
}

describe('POST requests refuses, and creates nothing', () => {
  it('a missing, wrong or unknown api_key: 403', async () => {
    await refusesPost(without(valid(), 'api_key'), 403, /api_key is required/);
    await refusesPost(replace(valid(), 'api_key', 'needle-demo-open311-kex'), 403, /not valid/);
    await refusesPost(replace(valid(), 'api_key', 'x'.repeat(500)), 403, /not valid/);
  });

  it('an unknown service_code: 404', async () => {
    await refusesPost(replace(valid(), 'service_code', 'E9999'), 404, /No service with service_code E9999/);
    await refusesPost(without(valid(), 'service_code'), 400, /service_code is required/);
  });

  it('a missing location: 400, and an address alone cannot be placed', async () => {
    await refusesPost(without(valid(), 'lat', 'long'), 400, /A location is required/);
    await refusesPost(without(valid(), 'long'), 400, /lat and long must be given together/);
    await refusesPost(
      [...without(valid(), 'lat', 'long'), ['address_string', '义和路 12 号']],
      400,
      /no geocoder/,
    );
    await refusesPost(
      [...without(valid(), 'lat', 'long'), ['address_id', '220104004001001']],
      400,
      /no geocoder/,
    );
    await refusesPost(replace(valid(), 'lat', '91'), 400, /latitude/);
    await refusesPost(replace(valid(), 'lat', '1e999'), 400, /latitude/);
    await refusesPost(
      replace(replace(valid(), 'lat', '31.23'), 'long', '121.47'),
      400,
      /not inside any grid/,
    );
  });

  it('a location outside the region of the key: 400', async () => {
    const form = replace(
      replace(replace(valid(), 'api_key', streetKey), 'lat', String(elsewhere.lat)),
      'long',
      String(elsewhere.lng),
    );
    await refusesPost(form, 400, /outside region 220104004000/);
  });

  it('a missing required attribute, or a wrong one: 400', async () => {
    await refusesPost(without(valid(), 'attribute[cover_type]'), 400, /attribute\[cover_type\] is required/);
    await refusesPost(replace(valid(), 'attribute[cover_type]', 'lava'), 400, /must be one of/);
    await refusesPost([...valid(), ['attribute[colour]', 'red']], 400, /no attribute colour/);
    await refusesPost([...valid(), ['attribute[cover_type]', 'gas']], 400, /takes one value/);
  });

  it('a description over 4000 characters: 400 (4000 are taken)', async () => {
    await refusesPost(replace(valid(), 'description', '井'.repeat(4001)), 400, /longer than 4000/);
    const before = await countCases(t);
    const ok = await open311Post(t, 'requests.json', replace(valid(), 'description', '井'.repeat(4000)));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await countCases(t)).toBe(before + 1);
  });

  it('malformed personal fields and links: 400', async () => {
    await refusesPost([...valid(), ['email', 'not an address']], 400, /email/);
    await refusesPost([...valid(), ['phone', 'call me']], 400, /phone/);
    await refusesPost([...valid(), ['media_url', 'javascript:alert(1)']], 400, /media_url/);
    await refusesPost([...valid(), ['first_name', '名'.repeat(51)]], 400, /first_name/);
  });
});

describe('GET requests and servicerequestupdates refuse bad windows', () => {
  it.each(['requests', 'servicerequestupdates'])(
    '%s: end_date before start_date, and a span over 90 days: 400',
    async (path) => {
      for (const format of ['xml', 'json']) {
        const before = await open311Get(t, `${path}.${format}`, {
          start_date: '2026-03-01T00:00:00+08:00',
          end_date: '2026-02-01T00:00:00+08:00',
        });
        expect(expectOpen311Error(before, 400)).toMatch(/end_date is before start_date/);
        const wide = await open311Get(t, `${path}.${format}`, {
          start_date: '2026-01-01T00:00:00+08:00',
          end_date: '2026-04-02T00:00:00+08:00',
        });
        expect(expectOpen311Error(wide, 400)).toMatch(/at most 90 days apart/);
        const exactly = await open311Get(t, `${path}.${format}`, {
          start_date: '2026-01-01T00:00:00+08:00',
          end_date: '2026-04-01T00:00:00+08:00',
        });
        expect(exactly.statusCode).toBe(200);
        expectOpen311Error(await open311Get(t, `${path}.${format}`, { start_date: 'yesterday' }), 400);
        expectOpen311Error(await open311Get(t, `${path}.${format}`, { page_size: '1001' }), 400);
        expectOpen311Error(await open311Get(t, `${path}.${format}`, { page: '0' }), 400);
        expectOpen311Error(await open311Get(t, `${path}.${format}`, { api_key: 'wrong' }), 403);
      }
      expectOpen311Error(await open311Get(t, 'requests.xml', { status: 'pending' }), 400);
    },
  );
});

describe('unknown things are 404', () => {
  it('an unknown service, request, token or resource', async () => {
    for (const format of ['xml', 'json']) {
      expectOpen311Error(await open311Get(t, `services/E9999.${format}`), 404);
      expectOpen311Error(await open311Get(t, `requests/220104004-20200101-0001.${format}`), 404);
      expectOpen311Error(await open311Get(t, `tokens/no-such-token.${format}`), 404);
      expectOpen311Error(await open311Get(t, `nothing.${format}`), 404);
    }
    expectOpen311Error(await open311Get(t, 'services/E0550.html'), 404);
    expectOpen311Error(await open311Get(t, 'services'), 404);
  });

  it('a request outside the region of the key is not found with that key', async () => {
    const posted = await open311Post(
      t,
      'requests.json',
      replace(replace(valid(), 'lat', String(elsewhere.lat)), 'long', String(elsewhere.lng)),
    );
    const [{ service_request_id: code }] = posted.json() as [{ service_request_id: string }];
    expect((await open311Get(t, `requests/${code}.json`)).statusCode).toBe(200);
    expect((await open311Get(t, `requests/${code}.json`, { api_key: DEMO_KEY })).statusCode).toBe(200);
    expectOpen311Error(await open311Get(t, `requests/${code}.json`, { api_key: streetKey }), 404);
    const listed = await open311Get(t, 'requests.json', { api_key: streetKey, service_request_id: code });
    expect(listed.json()).toEqual([]);
  });
});

describe('POST servicerequestupdates refuses', () => {
  it('a bad key (403), an unknown request (404), an unknown status (400), and records nothing', async () => {
    // In 前进街道: outside the region of the 永昌街道 key.
    const form = requestForm(elsewhere, [
      ['attribute[cover_type]', 'gas'],
      ['description', '另一个井盖'],
    ]);
    const posted = await open311Post(t, 'requests.json', form);
    const [{ service_request_id: code }] = posted.json() as [{ service_request_id: string }];
    const update = updateForm(code, 'FIXED');
    const events = async () => (await open311Get(t, 'servicerequestupdates.json')).json().length as number;
    const before = await events();
    for (const format of ['xml', 'json']) {
      const path = `servicerequestupdates.${format}`;
      expectOpen311Error(await open311Post(t, path, without(update, 'api_key')), 403);
      expectOpen311Error(await open311Post(t, path, replace(update, 'service_request_id', 'nope')), 404);
      expectOpen311Error(await open311Post(t, path, replace(update, 'status', 'SOLVED')), 400);
      expectOpen311Error(await open311Post(t, path, without(update, 'status')), 400);
      expectOpen311Error(await open311Post(t, path, replace(update, 'api_key', streetKey)), 404);
    }
    expect(await events()).toBe(before);
  });
});
