import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { count, eq, inArray, like } from 'drizzle-orm';
import { expect, inject, it } from 'vitest';
import { openDatabase } from '../../db/open-database.js';
import type { NeedleProcess } from '../../test/needle-process.js';
import { rollupSnapshot } from '../../test/rollup-snapshot.js';
import { signInTo, startServerFromSources } from '../../test/source-server.js';
import { createPostgresTestDatabase } from '../../test/test-database.js';
import { rebuildKpis } from '../stats/rollup/rebuild.js';
import { kpiOutbox } from '../stats/stats.tables.js';
import { cases, idempotencyKeys } from './cases.tables.js';

// The size CI runs; NEEDLE_CRASH_REPORTS and NEEDLE_CRASH_KILLS run it larger by hand.
const REPORTS = Number(process.env.NEEDLE_CRASH_REPORTS ?? 240);
const KILLS = Number(process.env.NEEDLE_CRASH_KILLS ?? 2);
const PHONES = 16;
// 义和社区's grid 220104004001001, where the demo resident reports.
const GRID = { south: 43.927689, north: 43.930093, west: 125.244675, east: 125.246895 };
const inside = (low: number, high: number) => low + (0.1 + 0.8 * Math.random()) * (high - low);
const MARK = `断电重启 ${randomUUID().slice(0, 8)}`;

interface Ack {
  key: string;
  n: number;
  caseId: string;
}

// PostgreSQL only (*.pg.test.ts): a server process is killed with SIGKILL mid-load and started again.
it(`loses no acknowledged report and duplicates none when the server is killed ${KILLS} times under ${PHONES} phones sending ${REPORTS} reports`, async () => {
  const url = await createPostgresTestDatabase(inject('postgresTemplate'));
  const database = await openDatabase({ kind: 'postgres', url });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-crash-'));
  const start = (port?: number) =>
    startServerFromSources(url, path.join(dir, 'server'), { env: { NEEDLE_DEMO_HISTORY: '0' }, port });
  let server: NeedleProcess = await start();
  const port = Number(new URL(server.baseUrl).port);
  try {
    const cookie = await signInTo(server.baseUrl, 'resident');
    let retries = 0;
    let replayed = 0;

    /** A phone's report: sent with its key until the server acknowledges it, as the app's outbox does. */
    const submit = async (n: number): Promise<Ack> => {
      const key = randomUUID();
      const body = JSON.stringify({
        categoryCode: 'E0550',
        description: `${MARK} 第${n}号：井盖缺失`,
        lat: inside(GRID.south, GRID.north),
        lng: inside(GRID.west, GRID.east),
      });
      for (let attempt = 0; attempt < 400; attempt++) {
        if (attempt > 0) {
          retries++;
          await delay(150);
        }
        const res = await fetch(`http://127.0.0.1:${port}/api/cases`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie,
            origin: server.baseUrl,
            'idempotency-key': key,
          },
          body,
          signal: AbortSignal.timeout(15_000),
        }).catch(() => null);
        if (!res) continue; // The connection was refused or cut: the server is down, or went down mid-request.
        const text = await res.text().catch(() => null);
        if (text === null || res.status >= 500) continue;
        if (res.status !== 200 && res.status !== 201)
          throw new Error(`report ${n} refused: ${res.status} ${text}`);
        const answer = JSON.parse(text) as { case: { id: string }; replayed: boolean };
        if (answer.replayed) replayed++;
        return { key, n, caseId: answer.case.id };
      }
      throw new Error(`report ${n} was never acknowledged`);
    };

    const acks: Ack[] = [];
    let next = 0;
    const phones = Promise.all(
      Array.from({ length: PHONES }, async () => {
        for (let n = next++; n < REPORTS; n = next++) acks.push(await submit(n));
      }),
    );
    // The killer: SIGKILL at evenly spaced points of the load, then a new process on the same port.
    for (let k = 1; k <= KILLS; k++) {
      while (acks.length < (REPORTS * k) / (KILLS + 1)) await delay(20);
      server.child.kill('SIGKILL');
      await new Promise((resolve) => server.child.once('exit', resolve));
      server = await start(port);
    }
    await phones;

    // Every acknowledged report exists, as acknowledged.
    expect(acks).toHaveLength(REPORTS);
    const stored = await database.db
      .select({ id: cases.id, description: cases.description })
      .from(cases)
      .where(like(cases.description, `${MARK}%`));
    expect(stored).toHaveLength(REPORTS);
    const byId = new Map(stored.map((c) => [c.id, c.description]));
    for (const ack of acks)
      expect(byId.get(ack.caseId), `report ${ack.n}`).toBe(`${MARK} 第${ack.n}号：井盖缺失`);
    // Every key names exactly one case: the one its phone was told.
    const keys = await database.db
      .select({ key: idempotencyKeys.key, caseId: idempotencyKeys.caseId })
      .from(idempotencyKeys)
      .where(
        inArray(
          idempotencyKeys.key,
          acks.map((a) => a.key),
        ),
      );
    expect(keys).toHaveLength(REPORTS);
    const caseOfKey = new Map(keys.map((k) => [k.key, k.caseId]));
    for (const ack of acks) expect(caseOfKey.get(ack.key)).toBe(ack.caseId);

    // The rollups the servers kept, through the kills, equal a rebuild from the event log.
    const queued = async () => (await database.db.select({ n: count() }).from(kpiOutbox))[0]?.n ?? 0;
    await expect.poll(queued, { timeout: 30_000, interval: 100 }).toBe(0);
    const applied = await rollupSnapshot(database.db);
    await rebuildKpis(database.db);
    expect(await rollupSnapshot(database.db)).toEqual(applied);
    const [open] = await database.db.select({ n: count() }).from(cases).where(eq(cases.status, 'reported'));
    console.log(
      `crash safety: ${REPORTS} reports, ${KILLS} kills, ${retries} retries (${replayed} answered from the key), ${open?.n} reported cases`,
    );
  } finally {
    await server.stop();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
