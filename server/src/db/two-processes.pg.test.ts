import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IntakeResult } from '@needle/contract';
import { and, count, eq, isNull, ne, sql } from 'drizzle-orm';
import { expect, inject, it } from 'vitest';
import { cases } from '../modules/cases/cases.tables.js';
import { rebuildKpis } from '../modules/stats/rollup/rebuild.js';
import { kpiDaily, kpiOutbox } from '../modules/stats/stats.tables.js';
import { type CountsReader, readCounts } from '../test/event-streams.js';
import type { NeedleProcess } from '../test/needle-process.js';
import { rollupSnapshot } from '../test/rollup-snapshot.js';
import { reportInGrid, signInTo, startServerFromSources } from '../test/source-server.js';
import { createPostgresTestDatabase } from '../test/test-database.js';
import { openDatabase } from './open-database.js';

// 义和社区's grid 220104004001001 in the demo city: every report of the burst lands in one street.
const GRID_CODE = '220104004001001';
const GRID = { south: 43.927689, north: 43.930093, west: 125.244675, east: 125.246895 };
const INTAKES = 200;
const CONCURRENCY = 32;

/**
 * A point strictly inside [low, high], kept a tenth of the span from either end: printed with six
 * decimals, a draw within half a millionth of an edge lands exactly on it, and a point on the edge
 * shared with a grid listed earlier belongs to that grid. About one run in ten lost a report that way.
 */
const between = (low: number, high: number) => low + (0.1 + 0.8 * Math.random()) * (high - low);

/** An Open311 report of a missing manhole cover somewhere in the grid, unique by its description. */
async function open311Report(server: NeedleProcess, n: number): Promise<number> {
  const form = new URLSearchParams({
    api_key: 'needle-demo-open311-key',
    service_code: 'E0550',
    lat: between(GRID.south, GRID.north).toFixed(6),
    long: between(GRID.west, GRID.east).toFixed(6),
    'attribute[cover_type]': 'sewage',
    description: `并发上报 ${n}：路口井盖丢失`,
  });
  const res = await fetch(`${server.baseUrl}/open311/v2/requests.json`, { method: 'POST', body: form });
  await res.arrayBuffer();
  return res.status;
}

/** A step of a case's lifecycle, sent as the web app sends it; the session holds across processes. */
async function act(server: NeedleProcess, cookie: string, caseId: string, action: string): Promise<number> {
  const res = await fetch(`${server.baseUrl}/api/cases/${caseId}/actions/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: server.baseUrl },
    body: JSON.stringify({ note: '并发核实' }),
  });
  await res.arrayBuffer();
  return res.status;
}

const toAccept = (counts: { queues: { key: string; count: number }[] } | null) =>
  counts?.queues.find((q) => q.key === 'to_accept')?.count;

/**
 * Sends one report with its Idempotency-Key through a process, and again while the key is still being
 * used by the other process (409), as a phone retries.
 */
async function reportOnce(server: NeedleProcess, cookie: string, description: string, key: string) {
  for (;;) {
    const res = await reportInGrid(server.baseUrl, cookie, description, key);
    if (res.status !== 409) return { status: res.status, body: (await res.json()) as IntakeResult };
    await res.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// PostgreSQL only (*.pg.test.ts): the embedded database belongs to one process.
it('two server processes on one PostgreSQL: live counts cross over, a key sent to both makes one case, the duplicate check sees the other’s cases, and the rollups equal a rebuild after a concurrent burst', async () => {
  const url = await createPostgresTestDatabase(inject('postgresTemplate'));
  const database = await openDatabase({ kind: 'postgres', url });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-two-servers-'));
  const servers: NeedleProcess[] = [];
  let stream: CountsReader | undefined;
  try {
    const started = await Promise.allSettled(
      ['a', 'b'].map((name) => {
        fs.mkdirSync(path.join(dir, name));
        return startServerFromSources(url, path.join(dir, name), { env: { NEEDLE_DEMO_HISTORY: '0' } });
      }),
    );
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    const serverOf = (n: number) => servers[n % servers.length] as NeedleProcess;
    const [a, b] = servers as [NeedleProcess, NeedleProcess];

    // Live counts: a case reported through one process changes the counts the other streams, over
    // LISTEN/NOTIFY.
    stream = await readCounts(b.baseUrl, await signInTo(b.baseUrl, 'grid'));
    expect(stream.status).toBe(200);
    const before = toAccept(await stream.next(10_000));
    expect(before).toBeTypeOf('number');
    const resident = await signInTo(a.baseUrl, 'resident');
    const first = await reportOnce(a, resident, '两台服务器：义和路井盖丢了', randomUUID());
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(toAccept(await stream.next(10_000))).toBe((before ?? 0) + 1);

    // One key sent to both processes at once is one case; and the report is offered the case the other
    // process took in as a possible duplicate (the same category, metres away).
    const key = randomUUID();
    const both = await Promise.all(
      [a, b].map((server) => reportOnce(server, resident, '两台服务器：同一个键', key)),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(new Set(both.map((r) => r.body.case.id)).size).toBe(1);
    const made = both.find((r) => r.status === 201);
    expect(made?.body.possibleDuplicates.map((d) => d.id)).toContain(first.body.case.id);
    const [once] = await database.db
      .select({ n: count() })
      .from(cases)
      .where(eq(cases.description, '两台服务器：同一个键'));
    expect(once?.n).toBe(1);

    const community = await signInTo(serverOf(0).baseUrl, 'community');
    const queued = async () => (await database.db.select({ n: count() }).from(kpiOutbox))[0]?.n ?? 0;
    const reportedInGrid = async () =>
      (
        await database.db
          .select({ n: sql<number>`coalesce(sum(${kpiDaily.reported}), 0)::int` })
          .from(kpiDaily)
          .where(and(eq(kpiDaily.regionCode, GRID_CODE), eq(kpiDaily.categoryCode, 'E0550')))
      )[0]?.n ?? 0;
    // The demo city's own events are applied by the workers before the burst starts.
    await expect.poll(queued, { timeout: 15_000, interval: 100 }).toBe(0);
    const reportedBefore = await reportedInGrid();

    /**
     * The community verifies a report that has come in, through the process that did not take the
     * n-th report, and every other time registers it through the one that did: one case's events come from both, while reports keep arriving.
     */
    const stepOnAReport = async (n: number): Promise<number> => {
      const [c] = await database.db
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.status, 'reported'), eq(cases.channel, 'open311'), isNull(cases.masterCaseId)))
        .orderBy(sql`random()`)
        .limit(1);
      if (!c || (await act(serverOf(n + 1), community, c.id, 'verify')) !== 200) return 0;
      if (n % 8 !== 0) return 1;
      return (await act(serverOf(n), community, c.id, 'register')) === 200 ? 2 : 1;
    };

    // The burst: reports spread over both processes, CONCURRENCY in flight at a time, with case steps
    // among them, and a rebuild now and then, as an administrator may start one at any time: each waits
    // for the applier, and what was queued after its snapshot is applied after it, once.
    let next = 0;
    let steps = 0;
    const statuses: number[] = [];
    const rebuilds: Promise<string>[] = [];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let n = next++; n < INTAKES; n = next++) {
          statuses.push(await open311Report(serverOf(n), n));
          if (n % 50 === 25) {
            rebuilds.push(
              rebuildKpis(database.db).then(
                () => 'rebuilt',
                (err: Error) => String(err),
              ),
            );
          }
          if (n % 4 === 0) {
            const taken = await stepOnAReport(n);
            steps += taken;
          }
        }
      }),
    );
    expect(await Promise.all(rebuilds)).toEqual(Array(INTAKES / 50).fill('rebuilt'));
    expect(
      statuses.filter((s) => s !== 200 && s !== 201),
      'refused or failed reports',
    ).toEqual([]);
    expect(steps, 'case steps taken during the burst').toBeGreaterThanOrEqual(INTAKES / 10);

    // Nobody drains here: the servers' workers empty the queue on their own.
    await expect.poll(queued, { timeout: 15_000, interval: 100 }).toBe(0);
    const [reports] = await database.db
      .select({ n: count() })
      .from(cases)
      .where(eq(cases.channel, 'open311'));
    expect(reports?.n).toBe(INTAKES);
    const [outside] = await database.db
      .select({ n: count() })
      .from(cases)
      .where(and(eq(cases.channel, 'open311'), ne(cases.gridCode, GRID_CODE)));
    expect(outside?.n, 'reports the grid index placed in another grid').toBe(0);

    expect(await reportedInGrid()).toBe(reportedBefore + INTAKES);
    const applied = await rollupSnapshot(database.db);
    await rebuildKpis(database.db);
    const rebuilt = await rollupSnapshot(database.db);
    expect(applied.fine).toEqual(rebuilt.fine);
    expect(applied.cuts).toEqual(rebuilt.cuts);
    expect(applied.states).toEqual(rebuilt.states);
  } finally {
    stream?.close();
    await Promise.all(servers.map((s) => s.stop()));
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
