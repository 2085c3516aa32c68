import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { newCase, usePointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import {
  DEMO_KEY,
  expectOpen311Error,
  open311Get,
  open311Post,
  pushUpdate,
  requestForm,
  updateForm,
} from '../../test/open311-helpers.js';
import { users } from '../users/users.tables.js';
import { hashApiKey } from './api-keys.js';
import { open311Clients } from './open311.tables.js';

const { t, c } = useTestApp(['admin', 'dispatcher', 'resident']);
const point = usePointIn(t, c, demo.gridOf(demo.yongchangCommunity, 3));

const cover = (key: string, description: string) =>
  requestForm(
    point,
    [
      ['attribute[cover_type]', 'unknown'],
      ['description', description],
    ],
    'E0550',
    key,
  );

describe('admins issue, list and revoke Open311 keys', () => {
  let id = '';
  let key = '';

  it('issues a key once, for a region, under a service account of its own', async () => {
    const res = await t.post('/api/open311/clients', c.admin, {
      name: '随手拍 app',
      regionCode: demo.yongchang,
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
    const res = await t.get('/api/open311/clients', c.admin);
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
    const revoked = await t.delete(`/api/open311/clients/${id}`, c.admin);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().client.revokedAt).toEqual(expect.any(String));
    expectOpen311Error(await open311Post(t, 'requests.json', cover(key, '吊销后')), 403);
    expectOpen311Error(await open311Get(t, 'requests.xml', { api_key: key }), 403);
    // What it reported stays readable by anyone.
    const [{ service_request_id: code }] = ok.json() as [{ service_request_id: string }];
    expect((await open311Get(t, `requests/${code}.json`)).statusCode).toBe(200);
  });

  it('is for admins only, within their jurisdiction', async () => {
    for (const who of ['dispatcher', 'resident']) {
      const res = await t.post('/api/open311/clients', c[who], { name: 'x', regionCode: demo.yongchang });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('PERMISSION_DENIED');
    }
    expect((await t.get('/api/open311/clients')).statusCode).toBe(401);
    const nowhere = await t.post('/api/open311/clients', c.admin, { name: 'x', regionCode: '110105000000' });
    expect(nowhere.statusCode).toBe(404);
    const unknown = await t.delete('/api/open311/clients/00000000-0000-4000-8000-000000000000', c.admin);
    expect(unknown.statusCode).toBe(404);
  });
});

describe('pushed updates act only on what the client may do', () => {
  it('REOPEN of a request someone else reported is recorded, not applied; DUPLICATE is recorded', async () => {
    const reported = await newCase(t, c.resident, {
      categoryCode: 'C0101',
      description: '上水井盖松动',
      ...point,
    });
    const code = reported.code as string;
    for (const [status, notice] of [
      ['REOPEN', /a request that is reported does not take reopen/],
      ['DUPLICATE', /names no master request/],
      ['INVESTIGATING', /may not verify/],
    ] as const) {
      const pushed = await pushUpdate(t, 'json', updateForm(code, status));
      expect(pushed.statusCode, pushed.body).toBe(200);
      expect(pushed.json()[0]).toMatchObject({
        applied: false,
        service_notice: expect.stringMatching(notice),
      });
    }
    const detail = await t.get(`/api/cases/${reported.id}`, c.dispatcher);
    expect(detail.json().case.status).toBe('reported');
    expect(
      detail.json().timeline.filter((e: { action: string }) => e.action === 'external_update'),
    ).toHaveLength(3);
  });
});
