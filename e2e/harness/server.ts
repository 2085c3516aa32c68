import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeedleProcess } from '../../server/src/test/needle-process.js';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /**
   * Seed the demo city's three months of history too, as a newcomer's first start does. Off by default:
   * most tests count what they create themselves ("exactly one case with this description").
   */
  history?: boolean;
  /**
   * How often the server lets unclaimed projects past their claim deadline fall to their community, in
   * ms: two seconds by default, so a test waits for the 兜底 sweep, not for its minute in service.
   */
  claimSweepIntervalMs?: number;
}

/**
 * Starts the built server (`server/dist/main.js`, serving `web/dist`) the way a newcomer would, on a free
 * loopback port, with a fresh embedded database that it seeds with the demo city.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'needle-e2e-'));
  const { DATABASE_URL: _serverDatabase, ...inherited } = process.env;
  try {
    const server = await startNeedleProcess({
      // A server built elsewhere, when server/dist is not this run's to build (a shared checkout).
      entry: process.env.NEEDLE_E2E_SERVER_ENTRY || 'server/dist/main.js',
      // NEEDLE_DEMO=1: sign-in codes are shown on screen, as there is no SMS gateway to send them.
      env: {
        ...inherited,
        NEEDLE_DATA_DIR: dataDir,
        NEEDLE_DEMO: '1',
        NEEDLE_DEMO_HISTORY: options.history ? '1' : '0',
        NEEDLE_CLAIM_SWEEP_INTERVAL_MS: String(options.claimSweepIntervalMs ?? 2_000),
      },
    });
    return {
      baseUrl: server.baseUrl,
      stop: async () => {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
