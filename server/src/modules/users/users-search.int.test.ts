import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';

const { t, c } = useTestApp(['admin', 'street']);

type Row = { username: string; displayName: string; roles: string[]; phone: string | null };
const names = (res: { json(): { items: Row[] } }) => res.json().items.map((u) => u.username);

describe('looking up accounts', () => {
  it('finds people by part of their username or their name, as typed, whatever the case', async () => {
    expect(names(await t.get('/api/users?q=COMMUNITY', c.admin))).toEqual(['community', 'community2']);
    const byName = await t.get(`/api/users?q=${encodeURIComponent('指挥中心')}`, c.admin);
    expect(names(byName)).toEqual(['leader']);
    // Phone numbers stay masked in the answer, as in every list.
    expect(byName.json().items[0].phone).not.toContain('13900000002');
  });

  it('reads % and _ literally rather than as wildcards', async () => {
    expect(names(await t.get('/api/users?q=%25', c.admin))).toEqual([]);
    expect(names(await t.get('/api/users?q=_', c.admin))).toEqual([]);
  });

  it('filters by role, and together with the search', async () => {
    const staff = await t.get('/api/users?role=community_staff', c.admin);
    expect(names(staff)).toEqual(['community', 'community2']);
    expect(names(await t.get('/api/users?role=community_staff&q=2', c.admin))).toEqual(['community2']);
  });

  it('still shows only the searcher’s own jurisdiction', async () => {
    // The street office of 永昌 sees its own community worker, not the one of 前进街道.
    expect(names(await t.get('/api/users?q=community', c.street))).toEqual(['community']);
  });

  it('refuses an unknown role or an empty search with a 400', async () => {
    const role = await t.get('/api/users?role=mayor', c.admin);
    expect(role.statusCode).toBe(400);
    expect(role.json().error.code).toBeTruthy();
    expect((await t.get('/api/users?q=', c.admin)).statusCode).toBe(400);
  });
});
