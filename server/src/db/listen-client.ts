import pg from 'pg';
import { connectOutsidePool } from './postgres-hosts.js';

export interface Listening {
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 200;
const LAST_RETRY_MS = 5_000;

/**
 * LISTEN on a connection of its own that comes back when PostgreSQL drops it: a restart, a failover, an
 * administrator ending sessions. Whatever was notified while it was away is lost, so once it listens
 * again it calls `onNotify` once, and the listener recounts as if told.
 */
export async function listenFor(url: string, channel: string, onNotify: () => void): Promise<Listening> {
  let closing = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = FIRST_RETRY_MS;

  const connect = async () => {
    const c = await connectOutsidePool({ url });
    // A dropped connection errors; the 'end' that follows brings the next one.
    c.on('error', () => {});
    c.on('end', () => {
      if (client === c) client = undefined;
      if (!closing) later();
    });
    c.on('notification', (n) => {
      if (n.channel === channel) onNotify();
    });
    try {
      await c.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      await c.end().catch(() => {});
      throw err;
    }
    client = c;
  };
  const later = () => {
    if (retry || closing) return;
    retry = setTimeout(async () => {
      retry = undefined;
      try {
        await connect();
        delay = FIRST_RETRY_MS;
        onNotify();
      } catch (err) {
        console.warn(`LISTEN ${channel}: reconnecting in ${delay} ms: ${(err as Error).message}`);
        delay = Math.min(delay * 2, LAST_RETRY_MS);
        later();
      }
    }, delay);
  };

  await connect();
  return {
    close: async () => {
      closing = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
