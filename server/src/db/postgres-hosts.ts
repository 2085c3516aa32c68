import pg from 'pg';
import type { Db } from './database.js';
import { isConnectionLoss } from './database-error.js';

/**
 * What libpq's target_session_attrs asks of the server a session lands on; node-postgres knows neither
 * it nor a URL with several hosts, so Needle picks the host itself.
 * - any: the first host that answers;
 * - read-write: the first that takes writes, which after a failover is the promoted standby.
 */
export type SessionAttrs = 'any' | 'read-write';

export interface PostgresTarget {
  /** One URL per host, in the order given, each with everything else the URL said. */
  hostUrls: string[];
  sessionAttrs: SessionAttrs;
}

const URL_PARTS = /^(postgres(?:ql)?:\/\/)(?:([^@/?#]*)@)?([^/?#]*)([^?#]*)(?:\?([^#]*))?$/;

/**
 * Splits `postgres://user@host1:5432,host2:5432/db?target_session_attrs=read-write` (the form
 * `pg_autoctl show uri` prints) into one URL per host. A URL with one host comes back as it was.
 */
export function parsePostgresTarget(url: string): PostgresTarget {
  const parts = URL_PARTS.exec(url);
  if (!parts) return { hostUrls: [url], sessionAttrs: 'any' };
  const [, scheme, auth, hostList = '', path, query = ''] = parts;
  const params = new URLSearchParams(query);
  const attrs = params.get('target_session_attrs') ?? 'any';
  if (attrs !== 'any' && attrs !== 'read-write') {
    throw new Error(
      `target_session_attrs=${attrs} is not supported: Needle connects with any (the default) or read-write`,
    );
  }
  // node-postgres would send an unknown parameter to the server, which refuses the session over it.
  params.delete('target_session_attrs');
  const rest = params.size > 0 ? `${path}?${params}` : path;
  const hosts = hostList.split(',');
  if (hosts.some((h) => h === '')) throw new Error(`The database URL names an empty host: ${hostList}`);
  return {
    hostUrls: hosts.map((host) => `${scheme}${auth === undefined ? '' : `${auth}@`}${host}${rest}`),
    sessionAttrs: attrs,
  };
}

/**
 * Why a host was passed over; class 08, so it counts as a connection loss: the pool tries the next host,
 * and a request that met it on every host is answered 503 and retried.
 */
export class NoSessionHere extends Error {
  readonly code = '08001';
}

type ConnectCallback = Parameters<pg.Client['connect']>[0] & {};

/**
 * A pg.Client class that connects to the target's current host and, when that host fails or does not
 * take writes as asked, moves the target on to the next host, so the next connection tries there. A
 * pool given this class follows a failover: the connections to the lost primary fail, their requests
 * are answered 503, and the connections opened after land on the promoted standby.
 */
export function hostPickingClient(target: PostgresTarget): typeof pg.Client {
  let current = 0;
  const passOver = (index: number) => {
    // Several connections failing on one host move the target on once, not once each.
    if (index === current) current = (current + 1) % target.hostUrls.length;
  };

  return class HostPickingClient extends pg.Client {
    /** How many hosts a connection may try before it gives up (hostsOf). */
    static readonly hosts = target.hostUrls.length;
    private readonly hostIndex: number;

    constructor(config?: pg.ClientConfig) {
      const hostIndex = current;
      super({ ...config, connectionString: target.hostUrls[hostIndex] });
      this.hostIndex = hostIndex;
    }

    // pg-pool connects with a callback, everything else awaits: both shapes of pg.Client's connect.
    override connect(): Promise<pg.Client>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<pg.Client> | undefined {
      const connected = super.connect().then(
        async () => {
          try {
            await this.checkSessionAttrs();
          } catch (err) {
            // The pool forgets a client whose connect failed: a session left open here would leak.
            await this.end().catch(() => {});
            throw err;
          }
          return this;
        },
        (err: Error) => {
          passOver(this.hostIndex);
          throw err;
        },
      );
      if (!callback) return connected;
      const answer = callback as (err: Error | null, client?: pg.Client) => void;
      connected.then(
        (client) => answer(null, client),
        (err: Error) => answer(err),
      );
      return undefined;
    }

    private async checkSessionAttrs(): Promise<void> {
      if (target.sessionAttrs === 'any') return;
      // What libpq asks too: a standby, and a promoted standby pg_auto_failover still holds read-only
      // until the old primary is surely gone, both say on.
      const { rows } = await super.query('show transaction_read_only');
      if (rows[0]?.transaction_read_only !== 'on') return;
      passOver(this.hostIndex);
      throw new NoSessionHere(
        `${this.host}:${this.port} is read-only; target_session_attrs asks for read-write`,
      );
    }
  };
}

/** Whether the URL asks for more than node-postgres does itself: several hosts, or a kind of session. */
const needsPicking = (t: PostgresTarget) => t.hostUrls.length > 1 || t.sessionAttrs !== 'any';

/** How many hosts a connection of this class may try: one for node-postgres's own. */
const hostsOf = (Client: unknown) => (Client as { hosts?: number }).hosts ?? 1;

/**
 * `connect` tried at most once per host, as libpq does: a connection refused by a lost primary, or
 * landing on a read-only standby, moved the target on, so the next try goes to the next host at once
 * rather than failing a request that another host would have taken.
 */
async function onSomeHost<T>(hosts: number, connect: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await connect();
    } catch (err) {
      if (tries >= hosts || !isConnectionLoss(err)) throw err;
    }
  }
}

/** A pool whose every checkout tries the hosts in turn (onSomeHost). */
class HostPickingPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: Parameters<pg.Pool['connect']>[0] & {}): void;
  override connect(callback?: Parameters<pg.Pool['connect']>[0]): Promise<pg.PoolClient> | undefined {
    const checkedOut = onSomeHost(hostsOf(this.options.Client), () => super.connect());
    if (!callback) return checkedOut;
    const answer = callback as (err: Error | undefined, client?: pg.PoolClient, done?: () => void) => void;
    checkedOut.then(
      (client) => answer(undefined, client, () => client.release()),
      (err: Error) => answer(err),
    );
    return undefined;
  }
}

/**
 * A pool on the URL's server, or on whichever of its hosts fits target_session_attrs. A URL with one
 * host and no target_session_attrs gets node-postgres's own pool, as before.
 */
export function poolOn(url: string, options: Omit<pg.PoolConfig, 'connectionString' | 'Client'>): pg.Pool {
  const target = parsePostgresTarget(url);
  if (!needsPicking(target)) return new pg.Pool({ ...options, connectionString: url });
  return new HostPickingPool({ ...options, Client: hostPickingClient(target) });
}

/**
 * A connection of its own outside any pool (LISTEN, a backup), made with the pool's client class or on
 * the URL's hosts, trying each host in turn as the pool does.
 */
export async function connectOutsidePool(from: { url: string } | { pool: pg.Pool }): Promise<pg.Client> {
  let Client: typeof pg.Client = pg.Client;
  let config: pg.ClientConfig;
  if ('url' in from) {
    const target = parsePostgresTarget(from.url);
    if (needsPicking(target)) Client = hostPickingClient(target);
    config = needsPicking(target) ? {} : { connectionString: from.url };
  } else {
    Client = (from.pool.options.Client as typeof pg.Client | undefined) ?? pg.Client;
    config = from.pool.options;
  }
  return onSomeHost(hostsOf(Client), async () => {
    const client = new Client(config);
    try {
      await client.connect();
      return client;
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
  });
}

/** The pool behind a drizzle database on a PostgreSQL server; undefined on the embedded engine. */
export function poolOf(db: Db): pg.Pool | undefined {
  const client = (db as unknown as { $client: unknown }).$client;
  return client instanceof pg.Pool ? client : undefined;
}
