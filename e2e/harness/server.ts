import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeedleProcess } from '../../server/src/test/needle-process.js';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the built server (`server/dist/main.js`, serving `web/dist`) the way a newcomer would, on a free
 * loopback port, with a fresh embedded database that it seeds with the demo city.
 */
export async function startServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'needle-e2e-'));
  const { DATABASE_URL: _serverDatabase, ...inherited } = process.env;
  try {
    const server = await startNeedleProcess({
      entry: 'server/dist/main.js',
      env: { ...inherited, NEEDLE_DATA_DIR: dataDir },
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
