import { count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Executor, transaction } from '../../db/database.js';
import { userIds, useTestDatabase } from '../../test/actors.js';
import { notifications, webhookOutbox } from './notifications.tables.js';
import { type NoticePayload, notify } from './notify.js';

const database = useTestDatabase();
let ids: Record<'community' | 'grid' | 'street', string>;
beforeAll(async () => {
  ids = await userIds(database.db, ['community', 'grid', 'street']);
});

const counts = async (db: Executor) => {
  const [inbox] = await db.select({ n: count() }).from(notifications);
  const [outbox] = await db.select({ n: count() }).from(webhookOutbox);
  return { inbox: inbox?.n ?? 0, outbox: outbox?.n ?? 0 };
};

const notice = (userIds: string[]) => ({
  userIds,
  kind: 'assigned' as const,
  caseId: null,
  title: '新案件已派遣给您',
  body: '永昌社区 3号楼 垃圾堆放',
  data: { caseNo: 'C-2026-000123' },
});

class RolledBack extends Error {}

describe('notify', () => {
  it('writes one inbox row per distinct person and one outbox row naming them with phone numbers', async () => {
    const before = await counts(database.db);
    await transaction(database.db, (tx) => notify(tx, notice([ids.community, ids.grid, ids.community])));
    expect(await counts(database.db)).toEqual({ inbox: before.inbox + 2, outbox: before.outbox + 1 });

    const inbox = await database.db
      .select()
      .from(notifications)
      .where(inArray(notifications.userId, [ids.community, ids.grid]));
    expect(inbox).toHaveLength(2);
    expect(inbox[0]).toMatchObject({ kind: 'assigned', title: '新案件已派遣给您', readAt: null });

    const [row] = await database.db.select().from(webhookOutbox).orderBy(webhookOutbox.id);
    expect(row).toMatchObject({ event: 'assigned', attempts: 0, deliveredAt: null });
    const payload = row?.payload as NoticePayload;
    expect(payload).toMatchObject({ kind: 'assigned', caseId: null, data: { caseNo: 'C-2026-000123' } });
    expect(payload.recipients).toEqual([
      { userId: ids.community, username: 'community', phone: expect.stringMatching(/^\+861[0-9]{10}$/) },
      { userId: ids.grid, username: 'grid', phone: expect.stringMatching(/^\+861[0-9]{10}$/) },
    ]);
    expect(Number.isNaN(Date.parse(payload.at))).toBe(false);
  });

  it('does nothing for nobody', async () => {
    const before = await counts(database.db);
    await notify(database.db, notice([]));
    expect(await counts(database.db)).toEqual(before);
  });

  it('leaves nothing behind when the event it announces is rolled back', async () => {
    const before = await counts(database.db);
    await expect(
      transaction(database.db, async (tx) => {
        await notify(tx, notice([ids.street, ids.grid]));
        // Inside the transaction the notices exist…
        expect(await counts(tx)).toEqual({ inbox: before.inbox + 2, outbox: before.outbox + 1 });
        throw new RolledBack('the case write failed');
      }),
    ).rejects.toBeInstanceOf(RolledBack);
    // …and after the rollback neither the inbox nor the gateway ever hears of them.
    expect(await counts(database.db)).toEqual(before);
    const streetInbox = await database.db
      .select({ n: count() })
      .from(notifications)
      .where(eq(notifications.userId, ids.street));
    expect(streetInbox[0]?.n).toBe(0);
  });

  it('refuses an unknown person and so rolls back the event with it', async () => {
    const before = await counts(database.db);
    await expect(
      transaction(database.db, (tx) =>
        notify(tx, notice([ids.grid, '00000000-0000-4000-8000-000000000000'])),
      ),
    ).rejects.toThrow(/no user with id 00000000-0000-4000-8000-000000000000/);
    expect(await counts(database.db)).toEqual(before);
  });
});
