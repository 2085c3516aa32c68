import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { users } from '../users/users.tables.js';
import type { NoticeKind } from './notice-kinds.js';
import { notifications, webhookOutbox } from './notifications.tables.js';

export interface Notice {
  userIds: string[];
  kind: NoticeKind;
  caseId: string | null;
  title: string;
  body: string;
  /** Anything a gateway template needs beyond title and body (a case number, a deadline…). */
  data?: Record<string, unknown>;
}

/** One person the webhook payload names; the gateway needs the phone number to send an SMS. */
export interface WebhookRecipient {
  userId: string;
  username: string;
  phone: string | null;
}

/** The JSON body each webhook delivery carries (the outbox row's payload). */
export interface NoticePayload {
  kind: NoticeKind;
  caseId: string | null;
  title: string;
  body: string;
  data: Record<string, unknown>;
  recipients: WebhookRecipient[];
  at: string;
}

/**
 * Tells people about an event: an inbox row each and one webhook outbox row for the gateway. Call it
 * inside the transaction of the event it announces, so a rolled-back event leaves no notice behind
 * and a committed one always has its notices.
 */
export async function notify(tx: Executor, notice: Notice): Promise<void> {
  const userIds = [...new Set(notice.userIds)];
  if (userIds.length === 0) return;

  const found = await tx
    .select({ userId: users.id, username: users.username, phone: users.phone })
    .from(users)
    .where(inArray(users.id, userIds));
  const byId = new Map(found.map((r) => [r.userId, r]));
  const missing = userIds.filter((id) => !byId.has(id));
  // A notice for nobody is a bug in the caller; failing here rolls back the event with it.
  if (missing.length > 0) throw new Error(`notify: no user with id ${missing.join(', ')}`);

  await tx.insert(notifications).values(
    userIds.map((userId) => ({
      userId,
      kind: notice.kind,
      caseId: notice.caseId,
      title: notice.title,
      body: notice.body,
      data: notice.data ?? {},
    })),
  );
  const payload: NoticePayload = {
    kind: notice.kind,
    caseId: notice.caseId,
    title: notice.title,
    body: notice.body,
    data: notice.data ?? {},
    recipients: userIds.flatMap((id) => byId.get(id) ?? []),
    at: new Date().toISOString(),
  };
  await tx.insert(webhookOutbox).values({ event: notice.kind, payload });
}

/** A message for a phone number that may have no account yet (a sign-in code): the gateway's, no inbox. */
export interface NumberNotice {
  phone: string;
  kind: NoticeKind;
  title: string;
  body: string;
  data?: Record<string, unknown>;
}

/**
 * Queues a text message to a number through the same webhook outbox as every notice, in the caller's
 * transaction. The payload has the shape of a notice's, with a recipient that is a number only.
 */
export async function notifyNumber(tx: Executor, notice: NumberNotice): Promise<void> {
  const payload: Omit<NoticePayload, 'recipients'> & {
    recipients: { userId: null; username: null; phone: string }[];
  } = {
    kind: notice.kind,
    caseId: null,
    title: notice.title,
    body: notice.body,
    data: notice.data ?? {},
    recipients: [{ userId: null, username: null, phone: notice.phone }],
    at: new Date().toISOString(),
  };
  await tx.insert(webhookOutbox).values({ event: notice.kind, payload });
}
