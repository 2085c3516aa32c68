import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { type CountsReader, readCounts } from '../../test/event-streams.js';
import type { NeedleProcess } from '../../test/needle-process.js';
import { reportInGrid, signInTo, startServerFromSources } from '../../test/source-server.js';
import { createPostgresTestDatabase } from '../../test/test-database.js';

const toAccept = (counts: { queues: { key: string; count: number }[] } | null) =>
  counts?.queues.find((q) => q.key === 'to_accept')?.count;

// PostgreSQL only (*.pg.test.ts): the embedded database belongs to one process.
it('a case reported through one server process changes the workbench counts another process streams, over LISTEN/NOTIFY', async () => {
  const url = await createPostgresTestDatabase(inject('postgresTemplate'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-workbench-two-'));
  const servers: NeedleProcess[] = [];
  let stream: CountsReader | undefined;
  try {
    const started = await Promise.allSettled(
      ['a', 'b'].map((name) => {
        fs.mkdirSync(path.join(dir, name));
        return startServerFromSources(url, path.join(dir, name));
      }),
    );
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    const [a, b] = servers as [NeedleProcess, NeedleProcess];

    stream = await readCounts(b.baseUrl, await signInTo(b.baseUrl, 'grid'));
    expect(stream.status).toBe(200);
    const before = toAccept(await stream.next(10_000));
    expect(before).toBeTypeOf('number');

    const res = await reportInGrid(
      a.baseUrl,
      await signInTo(a.baseUrl, 'resident'),
      '两台服务器：义和路井盖丢了',
    );
    expect(res.status, await res.text()).toBe(201);
    expect(toAccept(await stream.next(10_000))).toBe((before ?? 0) + 1);
  } finally {
    stream?.close();
    await Promise.all(servers.map((s) => s.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
