import { loadConfig } from '../config.js';
import type { Installation } from '../modules/backups/backups.js';

/** The installation the environment configures, as the server would open it. */
export function installationOf(env: NodeJS.ProcessEnv = process.env): Installation {
  const config = loadConfig(env);
  return {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    keyFromEnv: Boolean(env.NEEDLE_DATA_KEY || env.NEEDLE_DATA_KEY_FILE),
  };
}
