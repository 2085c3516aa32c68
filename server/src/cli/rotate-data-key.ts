import { loadConfig } from '../config.js';
import { loadKeyRing } from '../lib/personal-data/key-ring.js';
import { rotateDataKey } from '../modules/registry/rotate-data-key.js';
import { exitWith, withDatabase } from './with-database.js';

/**
 * npm run data-key:rotate: re-seals residents' ID numbers and phones under the current data key
 * (NEEDLE_DATA_KEY, NEEDLE_DATA_KEY_FILE or <data dir>/data.key), opening the old values with the keys
 * in NEEDLE_DATA_KEY_PREVIOUS. See the README's "Rotating the data key".
 */
await exitWith(() =>
  withDatabase(async (database) => {
    const keys = loadKeyRing(process.env, loadConfig().dataDir);
    const started = Date.now();
    const count = await rotateDataKey(database.db, keys);
    console.log(`Re-sealed ${count} residents under key ${keys.current.id} in ${Date.now() - started} ms.`);
    return 0;
  }),
);
