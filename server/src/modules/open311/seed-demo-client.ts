import type { Db } from '../../db/database.js';
import { createClientAccount } from './clients.service.js';

/**
 * The demo city's Open311 key: fixed and public (printed at start-up and in the README's curl examples)
 * so that anyone trying Needle can talk to it at once. A real installation issues its own keys.
 */
export const DEMO_OPEN311_KEY = 'needle-demo-open311-key';
export const DEMO_OPEN311_CLIENT = '演示客户端 (demo client)';
export const DEMO_OPEN311_USERNAME = 'open311.demo';

/** Seeds the one demo client, for the whole demo district, under the service account open311.demo. */
export async function seedDemoOpen311Client(db: Db, districtCode: string): Promise<void> {
  await createClientAccount(db, {
    name: DEMO_OPEN311_CLIENT,
    regionCode: districtCode,
    username: DEMO_OPEN311_USERNAME,
    key: DEMO_OPEN311_KEY,
    createdBy: null,
  });
}
