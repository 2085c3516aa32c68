import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { count, inArray, like } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../db/database.js';
import { cases, idempotencyKeys } from '../modules/cases/cases.tables.js';
import { rebuildKpis } from '../modules/stats/rollup/rebuild.js';
import { kpiOutbox } from '../modules/stats/stats.tables.js';
import { rollupSnapshot } from './rollup-snapshot.js';

// 义和社区's grid 220104004001001, where the demo resident reports.
const GRID = { south: 43.927689, north: 43.930093, west: 125.244675, east: 125.246895 };
const inside = (low: number, high: number) => low + (0.1 + 0.8 * Math.random()) * (high - low);

/** A report the server acknowledged: its phone's key and the case it was told. */
export interface Ack {
  key: string;
  n: number;
  caseId: string;
  at: number;
}

export interface PhoneLoad {
  acks: Ack[];
  /** Sends that got no answer, a cut one or a 5xx, and were sent again. */
  retries(): number;
  /** Answers that came from the key: the report had been stored by an earlier send. */
  replayed(): number;
  /** Resolves once every report is acknowledged. */
  done: Promise<void>;
}

export const descriptionOf = (mark: string, n: number) => `${mark} 第${n}号：井盖缺失`;

/**
 * `phones` phones sending `reports` reports between them, each sent with its Idempotency-Key until the
 * server acknowledges it, as the app's outbox does: a refused connection, a cut one and a 5xx are
 * retried after a pause; any 4xx fails the load.
 */
export function sendReports(opts: {
  baseUrl: string;
  cookie: string;
  reports: number;
  phones: number;
  mark: string;
}): PhoneLoad {
  const acks: Ack[] = [];
  let retries = 0;
  let replayed = 0;
  const submit = async (n: number): Promise<Ack> => {
    const key = randomUUID();
    const body = JSON.stringify({
      categoryCode: 'E0550',
      description: descriptionOf(opts.mark, n),
      lat: inside(GRID.south, GRID.north),
      lng: inside(GRID.west, GRID.east),
    });
    let last = '';
    for (let attempt = 0; attempt < 400; attempt++) {
      if (attempt > 0) {
        retries++;
        await delay(150);
      }
      const res = await fetch(`${opts.baseUrl}/api/cases`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: opts.cookie,
          origin: opts.baseUrl,
          'idempotency-key': key,
        },
        body,
        signal: AbortSignal.timeout(15_000),
      }).catch((err: Error) => {
        last = err.message;
        return null;
      });
      if (!res) continue; // The connection was refused or cut: the server is down, or went down mid-request.
      const text = await res.text().catch(() => null);
      if (text === null || res.status >= 500) {
        last = `${res.status} ${text}`;
        continue;
      }
      if (res.status !== 200 && res.status !== 201)
        throw new Error(`report ${n} refused: ${res.status} ${text}`);
      const answer = JSON.parse(text) as { case: { id: string }; replayed: boolean };
      if (answer.replayed) replayed++;
      return { key, n, caseId: answer.case.id, at: Date.now() };
    }
    throw new Error(`report ${n} was never acknowledged; the last answer: ${last}`);
  };
  let next = 0;
  const done = Promise.all(
    Array.from({ length: opts.phones }, async () => {
      for (let n = next++; n < opts.reports; n = next++) acks.push(await submit(n));
    }),
  ).then(() => {});
  return { acks, retries: () => retries, replayed: () => replayed, done };
}

/** Every acknowledged report is stored as acknowledged, once, and every key names the case its phone was told. */
export async function expectEveryAckStoredOnce(db: Db, acks: Ack[], mark: string): Promise<void> {
  const stored = await db
    .select({ id: cases.id, description: cases.description })
    .from(cases)
    .where(like(cases.description, `${mark}%`));
  expect(stored).toHaveLength(acks.length);
  const byId = new Map(stored.map((c) => [c.id, c.description]));
  for (const ack of acks) expect(byId.get(ack.caseId), `report ${ack.n}`).toBe(descriptionOf(mark, ack.n));
  const keys = await db
    .select({ key: idempotencyKeys.key, caseId: idempotencyKeys.caseId })
    .from(idempotencyKeys)
    .where(
      inArray(
        idempotencyKeys.key,
        acks.map((a) => a.key),
      ),
    );
  expect(keys).toHaveLength(acks.length);
  const caseOfKey = new Map(keys.map((k) => [k.key, k.caseId]));
  for (const ack of acks) expect(caseOfKey.get(ack.key)).toBe(ack.caseId);
}

/** The rollups the servers kept, once their outbox is drained, equal a rebuild from the event log. */
export async function expectRollupsEqualRebuild(db: Db): Promise<void> {
  const queued = async () => (await db.select({ n: count() }).from(kpiOutbox))[0]?.n ?? 0;
  await expect.poll(queued, { timeout: 30_000, interval: 100 }).toBe(0);
  const applied = await rollupSnapshot(db);
  await rebuildKpis(db);
  expect(await rollupSnapshot(db)).toEqual(applied);
}
