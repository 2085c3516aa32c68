import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { expect, inject, it } from 'vitest';
import { openDatabase } from '../../db/open-database.js';
import type { NeedleProcess } from '../../test/needle-process.js';
import {
  expectEveryAckStoredOnce,
  expectRollupsEqualRebuild,
  sendReports,
} from '../../test/retrying-phones.js';
import { signInTo, startServerFromSources } from '../../test/source-server.js';
import { createPostgresTestDatabase } from '../../test/test-database.js';

// The size CI runs; NEEDLE_CRASH_REPORTS and NEEDLE_CRASH_KILLS run it larger by hand.
const REPORTS = Number(process.env.NEEDLE_CRASH_REPORTS ?? 240);
const KILLS = Number(process.env.NEEDLE_CRASH_KILLS ?? 2);
const PHONES = 16;
const MARK = `断电重启 ${randomUUID().slice(0, 8)}`;

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
    const load = sendReports({
      baseUrl: server.baseUrl,
      cookie,
      reports: REPORTS,
      phones: PHONES,
      mark: MARK,
    });
    // The killer: SIGKILL at evenly spaced points of the load, then a new process on the same port.
    for (let k = 1; k <= KILLS; k++) {
      while (load.acks.length < (REPORTS * k) / (KILLS + 1)) await delay(20);
      server.child.kill('SIGKILL');
      await new Promise((resolve) => server.child.once('exit', resolve));
      server = await start(port);
    }
    await load.done;

    expect(load.acks).toHaveLength(REPORTS);
    await expectEveryAckStoredOnce(database.db, load.acks, MARK);
    // The rollups the servers kept, through the kills, equal a rebuild from the event log.
    await expectRollupsEqualRebuild(database.db);
    console.log(
      `crash safety: ${REPORTS} reports, ${KILLS} kills, ${load.retries()} retries (${load.replayed()} answered from the key)`,
    );
  } finally {
    await server.stop();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
