import { beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../../db/database.js';
import { userIds, useTestApp } from '../../test/actors.js';
import type { NoticeKind } from './notice-kinds.js';
import { notify } from './notify.js';

interface Item {
  id: number;
  kind: string;
  title: string;
  readAt: string | null;
}

const { t, c } = useTestApp(['community', 'grid']);
let ids: Record<'community' | 'grid', string>;
beforeAll(async () => {
  ids = await userIds(t.database.db, ['community', 'grid']);
});
const idOf = (username: 'community' | 'grid'): string => ids[username];

const send = (usernames: ('community' | 'grid')[], kind: NoticeKind, title: string) =>
  transaction(t.database.db, (tx) =>
    notify(tx, { userIds: usernames.map(idOf), kind, caseId: null, title, body: '' }),
  );

const inbox = async (cookie: string, query = '') => {
  const res = await t.get(`/api/notifications${query}`, cookie);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Item[]; unreadCount: number };
};

describe('the inbox', () => {
  beforeAll(async () => {
    await send(['community', 'grid'], 'assigned', '案件一');
    await send(['grid'], 'overdue', '仅网格员');
    await send(['community'], 'supervised', '案件二督办');
    await send(['community'], 'due_soon', '案件三即将超时');
  });

  it('shows only your own notices, newest first, with the unread count', async () => {
    const mine = await inbox(c.community);
    expect(mine.items.map((i) => i.title)).toEqual(['案件三即将超时', '案件二督办', '案件一']);
    expect(mine.unreadCount).toBe(3);
    const theirs = await inbox(c.grid);
    expect(theirs.items.map((i) => i.title)).toEqual(['仅网格员', '案件一']);
  });

  it('pages with limit and beforeId', async () => {
    const first = await inbox(c.community, '?limit=2');
    expect(first.items.map((i) => i.title)).toEqual(['案件三即将超时', '案件二督办']);
    const next = await inbox(c.community, `?limit=2&beforeId=${first.items[1]?.id}`);
    expect(next.items.map((i) => i.title)).toEqual(['案件一']);
  });

  it('marks one read, keeps the first time on a second read, and filters with unread=true', async () => {
    const [newest] = (await inbox(c.community)).items;
    const res = await t.post(`/api/notifications/${newest?.id}/read`, c.community);
    expect(res.statusCode).toBe(200);
    const readAt = res.json().readAt;
    expect(readAt).toEqual(expect.any(String));
    const again = await t.post(`/api/notifications/${newest?.id}/read`, c.community);
    expect(again.json().readAt).toBe(readAt);
    const unread = await inbox(c.community, '?unread=true');
    expect(unread.items.map((i) => i.title)).toEqual(['案件二督办', '案件一']);
    expect(unread.unreadCount).toBe(2);
  });

  it("answers someone else's notice, or one that does not exist, with 404 and leaves it unread", async () => {
    const [theirs] = (await inbox(c.grid)).items;
    for (const id of [theirs?.id, 999_999_999]) {
      const res = await t.post(`/api/notifications/${id}/read`, c.community);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOTIFICATION_NOT_FOUND');
    }
    expect((await inbox(c.grid)).unreadCount).toBe(2);
  });

  it('read-all with upToId leaves a notice that arrived later unread', async () => {
    const seen = (await inbox(c.community)).items[0]?.id;
    await send(['community'], 'returned', '案件四被退回');
    const res = await t.post(`/api/notifications/read-all?upToId=${seen}`, c.community);
    expect(res.json()).toEqual({ marked: 2 });
    const after = await inbox(c.community, '?unread=true');
    expect(after.items.map((i) => i.title)).toEqual(['案件四被退回']);
  });

  it("read-all marks all of yours and none of anyone else's", async () => {
    const res = await t.post('/api/notifications/read-all', c.community);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ marked: 1 });
    expect((await inbox(c.community)).unreadCount).toBe(0);
    expect((await inbox(c.grid)).unreadCount).toBe(2);
  });
});

describe('refusals', () => {
  it('asks an anonymous caller to sign in', async () => {
    for (const [method, url] of [
      ['GET', '/api/notifications'],
      ['POST', '/api/notifications/1/read'],
      ['POST', '/api/notifications/read-all'],
    ] as const) {
      const res = await t.call({ method, url });
      expect(res.statusCode).toBe(401);
    }
  });

  it.each([
    ['GET', '/api/notifications?limit=0'],
    ['GET', '/api/notifications?limit=1000'],
    ['GET', '/api/notifications?unread=maybe'],
    ['GET', '/api/notifications?beforeId=-1'],
    ['GET', '/api/notifications?userId=00000000-0000-4000-8000-000000000000'],
    ['POST', '/api/notifications/abc/read'],
    ['POST', '/api/notifications/0/read'],
    ['POST', '/api/notifications/1.5/read'],
    ['POST', '/api/notifications/99999999999999999999/read'],
    ['POST', '/api/notifications/read-all?upToId=x'],
  ] as const)('refuses %s %s with 400', async (method, url) => {
    const res = await t.call({ method, url, cookie: c.community });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
