import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';

const { t, c } = useTestApp(['admin']);

// Each new account a number of its own: one number is one account.
let nextPhone = 13712345678;
const newGridWorker = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  displayName: '新网格员',
  password: 'a-long-password',
  phone: String(nextPhone++),
  roles: ['grid_worker'],
  regionCode: demo.gridOf(demo.yongchangCommunity, 2),
  ...extra,
});

describe('accounts', () => {
  it('an admin creates an account that can sign in, and the audit holds the after image without the password', async () => {
    const res = await t.post('/api/users', c.admin, newGridWorker('wang.grid', { phone: '137 1234 5678' }));
    expect(res.statusCode).toBe(201);
    // Stored as E.164, as its owner's phone sign-in looks it up.
    expect(res.json()).toMatchObject({
      username: 'wang.grid',
      phone: '+8613712345678',
      roles: ['grid_worker'],
    });
    const cookie = await t.login('wang.grid', 'a-long-password');
    const me = await t.get('/api/auth/me', cookie);
    expect(me.json().user.jurisdiction.level).toBe('grid');
    const audit = await t.get(`/api/audit?entity=user&entityId=${res.json().id}`, c.admin);
    const row = audit.json().items[0];
    expect(row).toMatchObject({ action: 'user.create', before: null });
    expect(JSON.stringify(row.after)).not.toMatch(/password|argon2/i);
  });

  it('refuses a taken username with 409 and changes nothing', async () => {
    const res = await t.post('/api/users', c.admin, newGridWorker('community'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('USERNAME_TAKEN');
  });

  it.each([
    ['an unknown role', { roles: ['mayor'] }],
    ['a short password', { password: 'short' }],
    ['a bad region code', { regionCode: '12345' }],
    ['an extra field', { isAdmin: true }],
    ['a wrong type', { roles: 'grid_worker' }],
  ])('refuses %s with 400', async (_, extra) => {
    const res = await t.post('/api/users', c.admin, newGridWorker('x.y', extra));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a number another account has, however it is written, with 409', async () => {
    const first = await t.post('/api/users', c.admin, newGridWorker('first.phone', { phone: '13512345678' }));
    expect(first.statusCode).toBe(201);
    const again = await t.post(
      '/api/users',
      c.admin,
      newGridWorker('same.phone', { phone: '+86 135-1234-5678' }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PHONE_TAKEN');
    const other = await t.post('/api/users', c.admin, newGridWorker('other.phone'));
    const patched = await t.patch(`/api/users/${other.json().id}`, c.admin, { phone: '135 1234 5678' });
    expect(patched.statusCode).toBe(409);
    expect(patched.json().error.code).toBe('PHONE_TAKEN');
  });

  it('refuses something that is not a phone number with 400', async () => {
    const res = await t.post('/api/users', c.admin, newGridWorker('bad.phone', { phone: '12345' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_PHONE');
  });

  it('refuses a region that does not exist with 404', async () => {
    const payload = newGridWorker('ghost', { regionCode: '220104004099001' });
    const res = await t.post('/api/users', c.admin, payload);
    expect(res.statusCode).toBe(404);
  });

  it('only admins create accounts', async () => {
    const street = await t.login('street');
    const res = await t.post('/api/users', street, newGridWorker('z.z'));
    expect(res.statusCode).toBe(403);
  });

  it('deactivating an account ends its sign-ins, with before and after in the audit', async () => {
    const created = await t.post('/api/users', c.admin, newGridWorker('li.grid'));
    const id = created.json().id;
    const cookie = await t.login('li.grid', 'a-long-password');
    const res = await t.patch(`/api/users/${id}`, c.admin, { active: false });
    expect(res.statusCode).toBe(200);
    expect((await t.get('/api/auth/me', cookie)).statusCode).toBe(401);
    const audit = await t.get(`/api/audit?entity=user&entityId=${id}`, c.admin);
    expect(audit.json().items[0]).toMatchObject({
      action: 'user.update',
      before: { active: true },
      after: { active: false },
    });
  });
});

describe('posts', () => {
  it('an admin assigns a building leader and a 1+8 member, and takes one off again', async () => {
    const created = await t.post('/api/users', c.admin, newGridWorker('zhao'));
    const userId = created.json().id;
    const grid = demo.gridOf(demo.yongchangCommunity, 2);
    const building = await t.post('/api/posts', c.admin, {
      userId,
      kind: 'building_leader',
      regionCode: grid,
      building: '3号楼',
    });
    expect(building.statusCode).toBe(201);
    const police = await t.post('/api/posts', c.admin, {
      userId,
      kind: 'community_police',
      regionCode: grid,
    });
    expect(police.statusCode).toBe(201);
    const again = await t.post('/api/posts', c.admin, { userId, kind: 'community_police', regionCode: grid });
    expect(again.statusCode).toBe(409);
    const listed = await t.get(`/api/posts?regionCode=${grid}`, c.admin);
    expect(
      listed
        .json()
        .items.map((p: { kind: string }) => p.kind)
        .sort(),
    ).toEqual(['building_leader', 'community_police']);
    const removed = await t.delete(`/api/posts/${police.json().id}`, c.admin);
    expect(removed.statusCode).toBe(204);
    const audit = await t.get(`/api/audit?entity=post&entityId=${police.json().id}`, c.admin);
    expect(audit.json().items.map((r: { action: string }) => r.action)).toEqual([
      'post.remove',
      'post.assign',
    ]);
  });

  it.each([
    ['a unit leader without a unit', { kind: 'unit_leader', building: '1号楼' }, 400, 'UNIT_REQUIRED'],
    [
      'a post on a community, not a grid',
      { kind: 'grid_leader', regionCode: demo.yongchangCommunity },
      400,
      'GRID_REQUIRED',
    ],
    ['an unknown kind', { kind: 'mayor' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_, extra, status, code) => {
    const all = await t.get('/api/users?limit=200', c.admin);
    const userId = all.json().items.find((u: { username: string }) => u.username === 'grid').id;
    const payload = { userId, regionCode: demo.gridOf(demo.yongchangCommunity), ...extra };
    const res = await t.post('/api/posts', c.admin, payload);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
  });
});
