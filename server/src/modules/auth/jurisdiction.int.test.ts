import { describe, expect, it } from 'vitest';
import { EVERYONE as ACCOUNTS, cookieOf, useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';

const { t, c } = useTestApp(ACCOUNTS);
const as = (username: string) => cookieOf(c, username);

interface UserItem {
  id: string;
  username: string;
  regionCode: string;
  departmentId: string | null;
  phone: string | null;
}
const usersSeenBy = async (username: string): Promise<UserItem[]> => {
  const res = await t.get('/api/users?limit=200', as(username));
  expect(res.statusCode).toBe(200);
  return res.json().items;
};

describe('each role sees its own region or department and nothing else', () => {
  const expectedRoot: Record<(typeof ACCOUNTS)[number], string> = {
    admin: demo.city,
    leader: demo.district,
    dispatcher: demo.district,
    shiftlead: demo.district,
    hotline: demo.district,
    street: demo.yongchang,
    community: demo.yongchangCommunity,
    community2: demo.qianjinCommunity,
    grid: demo.gridOf(demo.yongchangCommunity),
    department: demo.district,
    resident: demo.district,
    courier: demo.district,
  };

  it.each(ACCOUNTS)('%s: the map tree starts at its own node', async (username) => {
    const res = await t.get('/api/regions/tree', as(username));
    expect(res.statusCode).toBe(200);
    expect(res.json().root.code).toBe(expectedRoot[username]);
  });

  it('community staff see the people of their community only, phones masked', async () => {
    const seen = await usersSeenBy('community');
    expect(seen.map((u) => u.username).sort()).toEqual(['community', 'grid']);
    for (const u of seen) {
      expect(u.regionCode.startsWith(demo.yongchangCommunity)).toBe(true);
      expect(u.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    const other = await usersSeenBy('community2');
    expect(other.map((u) => u.username)).toEqual(['community2']);
  });

  it('street staff see their street; district staff see the district; the admin sees all', async () => {
    expect((await usersSeenBy('street')).map((u) => u.username).sort()).toEqual([
      'community',
      'grid',
      'street',
    ]);
    const district = await usersSeenBy('leader');
    expect(district.map((u) => u.username)).not.toContain('admin');
    expect(district.map((u) => u.username)).toContain('community2');
    // The demo city's Open311 client submits under a service account of its own, which admins see too.
    expect((await usersSeenBy('admin')).map((u) => u.username).sort()).toEqual(
      [...ACCOUNTS, 'open311.demo'].sort(),
    );
  });

  it('department staff see their department, not the region’s people', async () => {
    const seen = await usersSeenBy('department');
    expect(seen.map((u) => u.username)).toEqual(['department']);
    expect(seen[0]?.departmentId).toEqual(expect.any(String));
  });

  it.each(['resident', 'courier', 'hotline', 'grid'])('%s may not list people', async (username) => {
    const res = await t.get('/api/users', as(username));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('PERMISSION_DENIED');
  });

  it('a forged ID from outside the jurisdiction gets 404, not the record', async () => {
    const all = await usersSeenBy('admin');
    const outsider = all.find((u) => u.username === 'community2');
    const insider = all.find((u) => u.username === 'grid');
    const own = await t.get(`/api/users/${insider?.id}`, as('community'));
    expect(own.statusCode).toBe(200);
    for (const id of [outsider?.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await t.get(`/api/users/${id}`, as('community'));
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('USER_NOT_FOUND');
    }
  });

  it('posts are seen inside the jurisdiction only', async () => {
    const own = await t.get('/api/posts', as('community'));
    expect(own.json().items).toEqual([
      expect.objectContaining({ kind: 'grid_leader', regionCode: demo.gridOf(demo.yongchangCommunity) }),
    ]);
    const other = await t.get('/api/posts', as('community2'));
    expect(other.json().items).toEqual([]);
    const forged = await t.get(
      `/api/posts?regionCode=${demo.gridOf(demo.yongchangCommunity)}`,
      as('community2'),
    );
    expect(forged.statusCode).toBe(404);
  });

  it('departments serving the area are listed for region staff', async () => {
    const res = await t.get('/api/departments', as('community'));
    const names = res.json().items.map((d: { name: string }) => d.name);
    expect(names).toHaveLength(10);
    expect(names).toContain('朝阳区城市管理局');
  });
});
