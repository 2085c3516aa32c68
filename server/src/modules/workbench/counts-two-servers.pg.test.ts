import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject, it } from 'vitest';
import { type CountsReader, readCounts } from '../../test/event-streams.js';
import { type NeedleProcess, startNeedleProcess } from '../../test/needle-process.js';
import { createPostgresTestDatabase } from '../../test/test-database.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
// 义和社区's grid 220104004001001 in the demo city, where the grid account works.
const GRID = { south: 43.927689, north: 43.930093, west: 125.244675, east: 125.246895 };

/** A Needle server process as production runs it, from the sources (see rollup-two-servers.pg.test.ts). */
function startServer(databaseUrl: string, dir: string): Promise<NeedleProcess> {
  const tsconfig = path.join(dir, 'tsconfig.json');
  fs.writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: path.join(repoRoot, 'server/tsconfig.json'),
      compilerOptions: { paths: { '@needle/contract': [path.join(repoRoot, 'contract/src/index.ts')] } },
    }),
  );
  return startNeedleProcess({
    entry: 'server/src/main.ts',
    nodeArgs: ['--import', 'tsx'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEEDLE_DEMO: '1',
      NEEDLE_DATA_DIR: dir,
      NEEDLE_LOG_LEVEL: 'warn',
      TSX_TSCONFIG_PATH: tsconfig,
    },
  });
}

async function signIn(server: NeedleProcess, username: string): Promise<string> {
  const res = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Needle@2026' }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('needle_session='));
  if (!cookie) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0] as string;
}

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
        return startServer(url, path.join(dir, name));
      }),
    );
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    const [a, b] = servers as [NeedleProcess, NeedleProcess];

    stream = await readCounts(b.baseUrl, await signIn(b, 'grid'));
    expect(stream.status).toBe(200);
    const before = toAccept(await stream.next(10_000));
    expect(before).toBeTypeOf('number');

    const res = await fetch(`${a.baseUrl}/api/cases`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: await signIn(a, 'resident'),
        origin: a.baseUrl,
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify({
        categoryCode: 'E0550',
        description: '两台服务器：义和路井盖丢了',
        lat: (GRID.south + GRID.north) / 2,
        lng: (GRID.west + GRID.east) / 2,
      }),
    });
    expect(res.status, await res.text()).toBe(201);
    expect(toAccept(await stream.next(10_000))).toBe((before ?? 0) + 1);
  } finally {
    stream?.close();
    await Promise.all(servers.map((s) => s.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
