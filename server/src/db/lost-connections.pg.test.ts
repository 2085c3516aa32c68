import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { type CountsReader, readCounts } from '../test/event-streams.js';
import type { NeedleProcess } from '../test/needle-process.js';
import { reportInGrid, signInTo, startServerFromSources } from '../test/source-server.js';
import { createPostgresTestDatabase } from '../test/test-database.js';
import { isConnectionLoss } from './database-error.js';
import { openDatabase } from './open-database.js';

const toAccept = (counts: { queues: { key: string; count: number }[] } | null) =>
  counts?.queues.find((q) => q.key === 'to_accept')?.count;

/** What a restart, a failover or an administrator does to every session of the database. */
async function endEverySession(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const ended = await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()`,
    );
    return ended.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

// PostgreSQL only (*.pg.test.ts): the embedded database has no sessions to lose.
it('two server processes outlive PostgreSQL ending all their sessions: both keep answering, and the workbench counts still travel between them', async () => {
  const url = await createPostgresTestDatabase(inject('postgresTemplate'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-lost-connections-'));
  const servers: NeedleProcess[] = [];
  let stream: CountsReader | undefined;
  try {
    const started = await Promise.allSettled(
      ['a', 'b'].map((name) => startServerFromSources(url, path.join(dir, name))),
    );
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    const [a, b] = servers as [NeedleProcess, NeedleProcess];
    const resident = await signInTo(a.baseUrl, 'resident');
    stream = await readCounts(b.baseUrl, await signInTo(b.baseUrl, 'grid'));
    const before = toAccept(await stream.next(10_000));
    expect(before).toBeTypeOf('number');

    // Each process holds pooled connections and a LISTEN connection of its own.
    expect(await endEverySession(url)).toBeGreaterThanOrEqual(4);
    await new Promise((r) => setTimeout(r, 1_000));
    for (const s of servers) expect(s.child.exitCode, s.output()).toBeNull();

    const report = await reportInGrid(a.baseUrl, resident, '断线之后：义和路井盖丢了');
    expect(report.status, await report.text()).toBe(201);
    // b listens again: its count reaches the report made through a (a recount on reconnecting may come first).
    let seen = toAccept(await stream.next(10_000));
    while (seen !== (before ?? 0) + 1) seen = toAccept(await stream.next(10_000));
    expect(seen).toBe((before ?? 0) + 1);
    const signIn = await fetch(`${b.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'street', password: 'Needle@2026' }),
    });
    expect(signIn.status).toBe(200);
  } finally {
    stream?.close();
    await Promise.all(servers.map((s) => s.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

// The failover test found it: a connection a request had checked out, dropped between two of its
// statements, emitted an error nobody listened to, and Node ended the whole server over it.
it('a connection dropped while a transaction holds it fails that transaction as a lost connection, and the process lives on', async () => {
  const url = await createPostgresTestDatabase(inject('postgresTemplate'));
  const database = await openDatabase({ kind: 'postgres', url });
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown) => uncaught.push(err);
  process.on('uncaughtException', onUncaught);
  try {
    const failed = await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        expect(await endEverySession(url)).toBeGreaterThanOrEqual(1);
        // The server's goodbye arrives while the transaction's client sits between statements.
        await new Promise((r) => setTimeout(r, 300));
        await tx.execute(sql`select 2`);
      })
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(uncaught).toEqual([]);
    expect(isConnectionLoss(failed)).toBe(true);
    // The pool let the broken connection go: the next statement gets a fresh one.
    expect((await database.db.execute<{ n: number }>(sql`select 3 as n`)).rows).toEqual([{ n: 3 }]);
  } finally {
    process.off('uncaughtException', onUncaught);
    await database.close();
  }
}, 60_000);
