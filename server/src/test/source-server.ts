import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { type NeedleProcess, startNeedleProcess } from './needle-process.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * A Needle server process as production runs it (main.ts: its rollup worker, sweeper and all) on a
 * PostgreSQL database, from the sources: the contract is read from its source too, so the tests that
 * run several processes, or kill one, do not depend on a build. `dir` is its data directory.
 */
export function startServerFromSources(
  databaseUrl: string,
  dir: string,
  options: { env?: NodeJS.ProcessEnv; port?: number } = {},
): Promise<NeedleProcess> {
  fs.mkdirSync(dir, { recursive: true });
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
    port: options.port,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEEDLE_DEMO: '1',
      NEEDLE_DATA_DIR: dir,
      NEEDLE_LOG_LEVEL: 'warn',
      TSX_TSCONFIG_PATH: tsconfig,
      ...options.env,
    },
  });
}

/** Signs a demo account in over HTTP; its session cookie, which every process on the database honours. */
export async function signInTo(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('needle_session='));
  if (!cookie) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0] as string;
}

// The middle of 义和社区's grid 220104004001001 in the demo city, where the grid account works.
const GRID_MIDDLE = { lat: (43.927689 + 43.930093) / 2, lng: (125.244675 + 125.246895) / 2 };

/**
 * Reports a missing manhole cover (E0550) in the grid account's grid through a server, as a phone does,
 * under a new Idempotency-Key or the one given (a retry).
 */
export function reportInGrid(
  baseUrl: string,
  cookie: string,
  description: string,
  key: string = crypto.randomUUID(),
): Promise<Response> {
  return fetch(`${baseUrl}/api/cases`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie,
      origin: baseUrl,
      'idempotency-key': key,
    },
    body: JSON.stringify({ categoryCode: 'E0550', description, ...GRID_MIDDLE }),
  });
}
