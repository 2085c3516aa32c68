import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointIn, report } from '../../test/case-helpers.js';
import { demo } from '../../test/demo-places.js';
import {
  DEMO_KEY,
  expectOpen311Error,
  type Form,
  open311Get,
  open311Post,
} from '../../test/open311-helpers.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { users } from '../users/users.tables.js';
import { hashApiKey } from './api-keys.js';
import { open311Clients } from './open311.tables.js';

let t: TestApp;
let c: Record<string, string> = {};
let point: { lat: number; lng: number };

beforeAll(async () => {
  t = await createTestApp();
  c = await t.loginAll(['admin', 'dispatcher', 'resident']);
  point = await pointIn(t, c.admin as string, demo.gridOf(demo.yongchangCommunity, 3));
});
afterAll(() => t.close());

const cover = (key: string, description: string): Form => [
  ['api_key', key],
  ['service_code', 'E0550'],
  ['lat', String(point.lat)],
  ['long', String(point.lng)],
  ['attribute[cover_type]', 'unknown'],
  ['description', description],
];

describe('admins issue, list and revoke Open311 keys', () => {
  let id = '';
  let key = '';

  it('issues a key once, for a region, under a service account of its own', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/open311/clients',
      cookie: c.admin,
      payload: { name: '随手拍 app', regionCode: demo.yongchang },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    key = body.apiKey;
    id = body.client.id;
    expect(key).toMatch(/^n311_[A-Za-z0-9_-]{43}$/);
    expect(body.client).toMatchObject({ name: '随手拍 app', regionCode: demo.yongchang, revokedAt: null });
    expect(body.client.keyPrefix).toBe(key.slice(0, 8));
    const [row] = await t.database.db.select().from(open311Clients).where(eq(open311Clients.id, id));
    expect(row?.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key);
    const [account] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.id, row?.userId ?? ''));
    expect(account).toMatchObject({ roles: ['resident'], regionCode: demo.yongchang });
  });

  it('lists clients without their keys, the demo client among them', async () => {
    const res = await t.call({ method: 'GET', url: '/api/open311/clients', cookie: c.admin });
    expect(res.statusCode).toBe(200);
    const items: { id: string; name: string }[] = res.json().items;
    expect(items.map((i) => i.id)).toContain(id);
    expect(items.map((i) => i.name)).toContain('演示客户端 (demo client)');
    expect(res.body).not.toContain(key);
    expect(res.body).not.toContain(hashApiKey(key));
    expect(res.body).not.toContain(DEMO_KEY);
  });

  it('the key works at once, and not after it is revoked', async () => {
    const ok = await open311Post(t, 'requests.json', cover(key, '新客户端的第一份'));
    expect(ok.statusCode, ok.body).toBe(200);
    const revoked = await t.call({ method: 'DELETE', url: `/api/open311/clients/${id}`, cookie: c.admin });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().client.revokedAt).toEqual(expect.any(String));
    expectOpen311Error(await open311Post(t, 'requests.json', cover(key, '吊销后')), 403);
    expectOpen311Error(await open311Get(t, 'requests.xml', { api_key: key }), 403);
    // What it reported stays readable by anyone.
    const [{ service_request_id: code }] = ok.json() as { service_request_id: string }[];
    expect((await open311Get(t, `requests/${code}.json`)).statusCode).toBe(200);
  });

  it('is for admins only, within their jurisdiction', async () => {
    for (const who of ['dispatcher', 'resident']) {
      const res = await t.call({
        method: 'POST',
        url: '/api/open311/clients',
        cookie: c[who],
        payload: { name: 'x', regionCode: demo.yongchang },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('PERMISSION_DENIED');
    }
    expect((await t.call({ method: 'GET', url: '/api/open311/clients' })).statusCode).toBe(401);
    const nowhere = await t.call({
      method: 'POST',
      url: '/api/open311/clients',
      cookie: c.admin,
      payload: { name: 'x', regionCode: '110105000000' },
    });
    expect(nowhere.statusCode).toBe(404);
    const unknown = await t.call({
      method: 'DELETE',
      url: '/api/open311/clients/00000000-0000-4000-8000-000000000000',
      cookie: c.admin,
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('pushed updates act only on what the client may do', () => {
  it('REOPEN of a request someone else reported is recorded, not applied; DUPLICATE is recorded', async () => {
    const res = await report(t, c.resident as string, {
      categoryCode: 'C0101',
      description: '上水井盖松动',
      ...point,
    });
    expect(res.statusCode, res.body).toBe(201);
    const code = res.json().case.code as string;
    for (const [status, notice] of [
      ['REOPEN', /a request that is reported does not take reopen/],
      ['DUPLICATE', /names no master request/],
      ['INVESTIGATING', /may not verify/],
    ] as const) {
      const pushed = await open311Post(t, 'servicerequestupdates.json', [
        ['api_key', DEMO_KEY],
        ['service_request_id', code],
        ['status', status],
      ]);
      expect(pushed.statusCode, pushed.body).toBe(200);
      expect(pushed.json()[0]).toMatchObject({
        applied: false,
        service_notice: expect.stringMatching(notice),
      });
    }
    const detail = await t.call({
      method: 'GET',
      url: `/api/cases/${res.json().case.id}`,
      cookie: c.dispatcher,
    });
    expect(detail.json().case.status).toBe('reported');
    expect(
      detail.json().timeline.filter((e: { action: string }) => e.action === 'external_update'),
    ).toHaveLength(3);
  });
});
