import { and, count, desc, eq, isNull, lt, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import { notifications } from './notifications.tables.js';

export interface InboxItem {
  id: number;
  kind: string;
  caseId: string | null;
  title: string;
  body: string;
  /** What it is about: a case code, a whistle order and call, a deadline; the inbox links to it. */
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  caseId: notifications.caseId,
  title: notifications.title,
  body: notifications.body,
  data: notifications.data,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

type Row = Omit<typeof notifications.$inferSelect, 'userId'>;

const toItem = (r: Row): InboxItem => ({
  ...r,
  data: (r.data ?? {}) as Record<string, unknown>,
  readAt: r.readAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export interface InboxQuery {
  unread?: boolean;
  limit: number;
  /** Paging: only notices older than this one (ids grow with time). */
  beforeId?: number;
}

/** One user's inbox, newest first, with how many of all their notices are still unread. */
export async function listInbox(
  db: Db,
  userId: string,
  query: InboxQuery,
): Promise<{ items: InboxItem[]; unreadCount: number }> {
  const filters: SQL[] = [eq(notifications.userId, userId)];
  if (query.unread) filters.push(isNull(notifications.readAt));
  if (query.beforeId !== undefined) filters.push(lt(notifications.id, query.beforeId));
  const rows = await db
    .select(columns)
    .from(notifications)
    .where(and(...filters))
    .orderBy(desc(notifications.id))
    .limit(query.limit);
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { items: rows.map(toItem), unreadCount: unread?.n ?? 0 };
}

/**
 * Marks one of the user's own notices read; reading it again keeps the first time. Someone else's
 * notice is reported as missing, so ids cannot be probed.
 */
export async function markRead(db: Db, userId: string, id: number): Promise<InboxItem> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)));
  const [row] = await db
    .select(columns)
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!row) throw notFound('NOTIFICATION_NOT_FOUND', `No notification ${id} in your inbox`);
  return toItem(row);
}

/**
 * Marks the user's unread notices read. With `upToId`, only those the client has seen: a notice that
 * arrives while the user presses the button stays unread.
 */
export async function markAllRead(db: Db, userId: string, upToId?: number): Promise<number> {
  const filters: SQL[] = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (upToId !== undefined) filters.push(lte(notifications.id, upToId));
  const marked = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(...filters))
    .returning({ id: notifications.id });
  return marked.length;
}
