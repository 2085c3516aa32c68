import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';

const { t, c } = useTestApp(['admin', 'hotline', 'community']);

// The city's own geocoder, played by a local server: /slow never answers in time, /broken fails.
const asked: string[] = [];
const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  asked.push(url.searchParams.get('address') ?? '');
  if (url.pathname === '/broken') {
    response.writeHead(500).end('down');
    return;
  }
  const answer = () =>
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        results: [
          { name: '城市服务给出的义和路88号', lat: 43.925274, lng: 125.255016 },
          { address: '没有坐标的地方' },
          { text: '海南某地', lat: 18.25, lng: 109.5 },
        ],
      }),
    );
  if (url.pathname === '/slow') setTimeout(answer, 2000);
  else answer();
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const setGeocoder = (value: unknown) => t.put('/api/settings/geocoder', c.admin, { value });
const search = async (q: string, cookie = c.hotline) => {
  const res = await t.get(`/api/addresses/search?q=${encodeURIComponent(q)}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe("the city's geocoder beside the gazetteer", () => {
  it('is off until set, and a bad setting is refused with a 400', async () => {
    expect((await t.get('/api/settings', c.admin)).json().geocoder).toEqual({
      urlTemplate: '',
      timeoutMs: 1500,
    });
    for (const value of [
      { urlTemplate: 'http://geo.example/search', timeoutMs: 500 },
      { urlTemplate: 'ftp://geo.example/{q}', timeoutMs: 500 },
      { urlTemplate: 'http://geo.example/{q}', timeoutMs: 50 },
      { urlTemplate: 'http://geo.example/{q}', timeoutMs: 500, key: 'x' },
      'http://geo.example/{q}',
      null,
    ]) {
      const res = await setGeocoder(value);
      expect(res.statusCode, JSON.stringify(value)).toBe(400);
      expect(res.json().error.code).toBe('SETTING_INVALID');
    }
    expect((await search('义和路88号')).geocoder).toBe('off');
  });

  it('adds its answers after the gazetteer’s, marked external, with their community', async () => {
    expect(
      (await setGeocoder({ urlTemplate: `${base}/search?address={q}`, timeoutMs: 1000 })).statusCode,
    ).toBe(200);
    const { items, geocoder } = await search('义和路88号');
    expect(geocoder).toBe('answered');
    expect(asked.at(-1)).toBe('义和路88号');
    expect(items[0]).toMatchObject({ text: '义和路88号', external: false });
    const external = items.filter((m: { external: boolean }) => m.external);
    // The answer without a point and the one outside the district are left out.
    expect(external).toEqual([
      expect.objectContaining({
        id: null,
        text: '城市服务给出的义和路88号',
        community: items[0].community,
      }),
    ]);
  });

  it('keeps answers outside the viewer’s jurisdiction out', async () => {
    const { items } = await search('义和路88号', c.community);
    expect(items.filter((m: { external: boolean }) => m.external)).toEqual([]);
  });

  it('is left out, without failing the search, when it is slow or failing', async () => {
    await setGeocoder({ urlTemplate: `${base}/slow?address={q}`, timeoutMs: 200 });
    const started = performance.now();
    const slow = await search('义和路88号');
    expect(performance.now() - started).toBeLessThan(1500);
    expect(slow.geocoder).toBe('failed');
    expect(slow.items[0]).toMatchObject({ text: '义和路88号', external: false });
    await setGeocoder({ urlTemplate: `${base}/broken?address={q}`, timeoutMs: 1000 });
    const broken = await search('义和路88号');
    expect(broken.geocoder).toBe('failed');
    expect(broken.items.every((m: { external: boolean }) => !m.external)).toBe(true);
    await setGeocoder({ urlTemplate: 'http://127.0.0.1:1/{q}', timeoutMs: 1000 });
    expect((await search('义和路88号')).geocoder).toBe('failed');
    expect((await setGeocoder({ urlTemplate: '', timeoutMs: 1000 })).statusCode).toBe(200);
    expect((await search('义和路88号')).geocoder).toBe('off');
  });
});
