import { randomUUID } from 'node:crypto';
import { count, inArray, ne, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { hashSessionToken } from '../auth/session-token.js';
import { sessions } from '../auth/sessions.tables.js';
import { idempotencyKeys } from '../cases/cases.tables.js';
import { webhookOutbox } from '../notifications/notifications.tables.js';
import { prune } from './prune.js';

const { t } = useTestApp();

const DAY = 86_400_000;

describe('housekeeping', () => {
  it('removes expired sessions and old finished deliveries, and nothing still in use', async () => {
    const live = await t.login('community');
    await t.login('street');
    await t.login('leader');
    const liveHash = hashSessionToken(live.replace('needle_session=', ''));
    const expired = await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(ne(sessions.tokenHash, liveHash))
      .returning({ id: sessions.tokenHash });
    const old = new Date(Date.now() - 40 * DAY);
    await t.database.db.insert(webhookOutbox).values([
      { event: 'assigned', payload: {}, createdAt: old, deliveredAt: old },
      { event: 'assigned', payload: { givenUp: true }, createdAt: old },
      { event: 'assigned', payload: { retrying: true }, createdAt: old },
      { event: 'assigned', payload: {}, createdAt: new Date(), deliveredAt: new Date() },
    ]);
    // One old delivery was given up on (the sender parks those at infinity); one is still being retried.
    await t.database.db.execute(
      sql`update webhook_outbox set next_attempt_at = 'infinity' where payload->>'givenUp' = 'true'`,
    );
    const before = (await t.database.db.select({ n: count() }).from(webhookOutbox))[0]?.n ?? 0;
    const pruned = await prune(t.database.db);
    expect(pruned).toEqual({ sessions: expired.length, deliveries: 2, idempotencyKeys: 0 });
    expect(expired.length).toBeGreaterThanOrEqual(2);
    expect((await t.database.db.select({ n: count() }).from(webhookOutbox))[0]?.n).toBe(before - 2);
    expect((await t.get('/api/auth/me', live)).statusCode).toBe(200);
  });

  it('removes idempotency keys that no longer replay: any after a day, an Open311 body key after the window', async () => {
    const now = new Date();
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    const client = randomUUID();
    const hash = (c: string) => c.repeat(64);
    const rows = {
      residentDayOld: { key: 'report-2026-0001', createdAt: ago(25 * 60) },
      residentFresh: { key: 'report-2026-0002', createdAt: ago(23 * 60) },
      open311KeyDayOld: { key: `open311:${client}:key:partner-0001`, createdAt: ago(25 * 60) },
      open311KeyFresh: { key: `open311:${client}:key:partner-0002`, createdAt: ago(11) },
      // A client's own key that happens to read like a body key is still an explicit key.
      open311KeyLookalike: { key: `open311:${client}:key:x:body:${hash('c')}`, createdAt: ago(11) },
      bodyPastWindow: { key: `open311:${client}:body:${hash('a')}`, createdAt: ago(11) },
      bodyInWindow: { key: `open311:${client}:body:${hash('b')}`, createdAt: ago(9) },
    };
    await t.database.db
      .insert(idempotencyKeys)
      .values(Object.values(rows).map((r) => ({ scope: client, requestHash: 'h', ...r })));

    const pruned = await prune(t.database.db, now);
    expect(pruned.idempotencyKeys).toBe(3);
    const left = await t.database.db
      .select({ key: idempotencyKeys.key })
      .from(idempotencyKeys)
      .where(
        inArray(
          idempotencyKeys.key,
          Object.values(rows).map((r) => r.key),
        ),
      );
    expect(left.map((r) => r.key).sort()).toEqual(
      [rows.residentFresh, rows.open311KeyFresh, rows.open311KeyLookalike, rows.bodyInWindow]
        .map((r) => r.key)
        .sort(),
    );
  });
});
