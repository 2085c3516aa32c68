import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { multipartBody } from '../../test/images.js';
import { DEMO_KEY, V2 } from '../../test/open311-helpers.js';
import { schemaErrors } from '../../test/open311-schemas.js';
import { parseXml } from '../../test/xml-parser.js';

// The /open311 routes answer in GeoReport's own error format, so the OpenAPI walk of /api
// (http/malformed-input.int.test.ts) does not cover them: this is their walk.
const { t } = useTestApp();

const RESOURCES = ['discovery', 'services', 'requests', 'servicerequestupdates'];
const ONE_OF = ['services', 'requests', 'tokens'];
const POSTS = ['requests', 'servicerequestupdates'];
const PARAMS = ['x', 'E0550', '%00', '%E4%BA', '1'.repeat(300), '..%2F..%2Fetc', 'a.b.c', '.xml', '%3Cx%3E'];
const QUERIES = [
  'lat=1e999&long=1',
  'start_date[]=1',
  'start_date=2026-02-30T00:00:00Z',
  'start_date=2026-01-01T25:00:00Z',
  'end_date=0000-00-00',
  'page=abc',
  'page=-1',
  'page_size=0',
  'page_size=99999999999999999999',
  'status=open&status=closed',
  'status=OPEN',
  `service_request_id=${','.repeat(5000)}`,
  `service_request_id=${'x,'.repeat(1001)}`,
  `service_code=${'E0550,'.repeat(300)}`,
  'api_key=',
  `api_key=${DEMO_KEY}&api_key=${DEMO_KEY}`,
  '%zz',
  'jurisdiction_id=%00',
];

const mp = multipartBody([
  { name: 'api_key', data: DEMO_KEY },
  { name: 'service_code', data: 'E0550' },
]);
const BODIES: { name: string; payload: string | Buffer; contentType: string }[] = [
  { name: 'malformed JSON', payload: '{"api_key": "a",', contentType: 'application/json' },
  { name: 'an empty JSON body', payload: '', contentType: 'application/json' },
  { name: 'a JSON array', payload: '[1,2,3]', contentType: 'application/json' },
  { name: 'null', payload: 'null', contentType: 'application/json' },
  {
    name: 'a huge body',
    payload: `description=${'x'.repeat(1_000_000)}`,
    contentType: 'application/x-www-form-urlencoded',
  },
  { name: 'plain text', payload: 'hello', contentType: 'text/plain' },
  { name: 'XML', payload: '<request><a>1</a></request>', contentType: 'text/xml' },
  { name: 'an empty form', payload: '', contentType: 'application/x-www-form-urlencoded' },
  {
    name: 'a form of garbage',
    payload: '%zz=%&&==&a[b]][=1',
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    name: 'repeated fields',
    payload: `api_key=${DEMO_KEY}&service_code=E0550&service_code=E0450&lat=1&lat=2`,
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    name: 'prototype pollution',
    payload: `api_key=${DEMO_KEY}&__proto__[x]=1&constructor=1&attribute[__proto__]=1&service_code=E0550`,
    contentType: 'application/x-www-form-urlencoded',
  },
  { name: 'multipart without a boundary', payload: 'x', contentType: 'multipart/form-data' },
  {
    name: 'multipart cut short',
    payload: mp.payload.subarray(0, 60),
    contentType: String(mp.headers['content-type']),
  },
  { name: 'an unknown type', payload: 'x', contentType: 'application/octet-stream' },
];

/** No 500, and a refusal is the standard's error in the format the URL asked for, without internals. */
function expectStandard(
  res: { statusCode: number; body: string; headers: Record<string, unknown> },
  url: string,
  label = '',
) {
  const what = `${url} ${label}: ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect([200, 400, 403, 404], what).toContain(res.statusCode);
  if (res.statusCode === 200) return;
  expect(res.body, what).not.toMatch(/at .*\.(ts|js):\d+/);
  if ((url.split('?')[0] ?? '').endsWith('.json')) {
    expect(res.headers['content-type'], what).toBe('application/json; charset=utf-8');
    expect(schemaErrors('errors', JSON.parse(res.body)), what).toBeNull();
  } else {
    expect(res.headers['content-type'], what).toBe('text/xml; charset=utf-8');
    expect(parseXml(res.body).name, what).toBe('errors');
  }
}

describe('no 500 from any Open311 route on malformed input', () => {
  it('refuses bad path parameters with the standard error', async () => {
    for (const path of ONE_OF) {
      for (const value of PARAMS) {
        for (const ext of ['xml', 'json', '']) {
          const url = `${V2}/${path}/${value}${ext ? `.${ext}` : ''}`;
          expectStandard(await t.get(url), url);
        }
      }
    }
  });

  it('refuses bad query strings on every GET', async () => {
    for (const path of [...RESOURCES, 'services/E0550', 'requests/220104004-20260101-0001', 'tokens/abc']) {
      for (const ext of ['xml', 'json']) {
        for (const query of QUERIES) {
          const url = `${V2}/${path}.${ext}?${query}`;
          expectStandard(await t.get(url), url);
        }
      }
    }
  });

  it('refuses bad bodies on every POST, and any method it does not serve', async () => {
    for (const path of POSTS) {
      for (const ext of ['xml', 'json']) {
        const url = `${V2}/${path}.${ext}`;
        for (const body of BODIES) {
          const res = await t.call({
            method: 'POST',
            url,
            payload: body.payload,
            headers: { 'content-type': body.contentType },
          });
          expectStandard(res, url, `with ${body.name}`);
          expect(res.statusCode, body.name).not.toBe(200);
        }
        for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
          const res = await t.call({ method, url });
          expect(res.statusCode).toBe(404);
          expectStandard(res, url, method);
        }
      }
    }
    for (const path of ['discovery', 'services']) {
      const url = `${V2}/${path}.json`;
      const res = await t.call({
        method: 'POST',
        url,
        payload: 'a=1',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expectStandard(res, url);
    }
  });

  it('answers a malformed URL below /open311 in the standard format too', async () => {
    for (const url of [`${V2}/requests/%E0%A4%A.xml`, `${V2}/tokens/%.json`, '/open311/%zz']) {
      expectStandard(await t.get(url), url);
    }
    // Elsewhere the app's own error shape stays.
    const api = await t.get('/api/regions/%E0%A4%A');
    expect(api.statusCode).toBeLessThan(500);
  });
});
