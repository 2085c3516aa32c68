import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NeedleProcess } from '../test/needle-process.js';
import { expectEveryAckStoredOnce, expectRollupsEqualRebuild, sendReports } from '../test/retrying-phones.js';
import { signInTo, startServerFromSources } from '../test/source-server.js';
import { openDatabase } from './open-database.js';

const run = promisify(execFile);
const haScript = path.resolve(import.meta.dirname, '../../../scripts/ha-postgres.sh');

// CI's size; NEEDLE_FAILOVER_REPORTS runs it larger by hand.
const REPORTS = Number(process.env.NEEDLE_FAILOVER_REPORTS ?? 150);
const PHONES = 8;
const MARK = `主库宕机 ${randomUUID().slice(0, 8)}`;
// "Within seconds": the monitor's health checks are set to notice in about 2 s and the promoted
// standby takes writes 3 s later (scripts/ha-postgres.sh); this leaves room for a slow CI machine.
const MAX_OUTAGE_MS = 20_000;

let formation: { dir: string; url: string };
let dir: string;
let server: NeedleProcess | undefined;

beforeAll(async () => {
  const { stdout } = await run('bash', [haScript, 'start'], { timeout: 180_000 });
  const lines = stdout.trim().split('\n');
  formation = { dir: lines[0]?.replace(/^dir=/, '') ?? '', url: lines.at(-1) ?? '' };
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-failover-'));
}, 200_000);

afterAll(async () => {
  await server?.stop();
  if (formation?.dir) await run('bash', [haScript, 'stop', formation.dir]);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

// PostgreSQL only (*.pg.test.ts): a pg_auto_failover monitor, primary and synchronous standby on loopback.
it(`follows a failover: the primary dies under ${PHONES} phones sending ${REPORTS} reports, Needle writes to the promoted standby within seconds, and no acknowledged report is lost or duplicated`, async () => {
  expect(formation.url).toMatch(
    /^postgres:\/\/postgres@127\.0\.0\.1:\d+,127\.0\.0\.1:\d+\/needle\?target_session_attrs=read-write$/,
  );
  server = await startServerFromSources(formation.url, path.join(dir, 'server'), {
    env: { NEEDLE_DEMO_HISTORY: '0' },
  });
  const cookie = await signInTo(server.baseUrl, 'resident');
  const load = sendReports({ baseUrl: server.baseUrl, cookie, reports: REPORTS, phones: PHONES, mark: MARK });

  while (load.acks.length < REPORTS / 3) await delay(20);
  const killedAt = Date.now();
  const { stdout: killed } = await run('bash', [haScript, 'kill-primary', formation.dir]);
  expect(killed.trim()).toBe('node1');
  await load.done.catch(async (err: Error) => {
    const { stdout: state } = await run('bash', [haScript, 'state', formation.dir]);
    throw new Error(`${err.message}\nThe monitor says:\n${state}\nThe server said:\n${server?.output()}`);
  });

  // The same server process, never restarted, took the rest of the reports on the promoted standby.
  expect(server.child.exitCode).toBeNull();
  const after = load.acks.filter((a) => a.at > killedAt).map((a) => a.at);
  expect(after.length).toBeGreaterThan(REPORTS / 3);
  // The longest silence after the kill: from it to the first acknowledgement, or between two.
  const times = [killedAt, ...after.sort((a, b) => a - b)];
  const outage = Math.max(...times.slice(1).map((t, i) => t - (times[i] as number)));
  expect(outage).toBeLessThan(MAX_OUTAGE_MS);

  const database = await openDatabase({ kind: 'postgres', url: formation.url });
  try {
    const [{ inRecovery } = { inRecovery: true }] = (
      await database.db.execute<{ inRecovery: boolean }>(sql`select pg_is_in_recovery() as "inRecovery"`)
    ).rows;
    expect(inRecovery).toBe(false);
    await expectEveryAckStoredOnce(database.db, load.acks, MARK);
    await expectRollupsEqualRebuild(database.db);
  } finally {
    await database.close();
  }
  console.log(
    `failover: ${REPORTS} reports, primary killed after ${REPORTS - after.length}, writes stopped for ${(outage / 1000).toFixed(1)} s, ${load.retries()} retries (${load.replayed()} answered from the key)`,
  );
}, 300_000);
