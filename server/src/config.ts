import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POOL_SIZE } from './db/open-database.js';
import { parsePostgresTarget } from './db/postgres-hosts.js';
import { LOG_LEVELS, type LogLevel } from './http/logging.js';

export interface Config {
  port: number;
  host: string;
  /** Where the embedded database and uploaded files live. */
  dataDir: string;
  /**
   * A real PostgreSQL server; when unset Needle runs on embedded PGlite in dataDir. It may name several
   * hosts with target_session_attrs=read-write, as `pg_autoctl show uri` prints for a failover pair.
   */
  databaseUrl: string | undefined;
  /**
   * A read replica of databaseUrl (DATABASE_READ_URL) that KPI and dashboard reads go to, sparing the
   * primary; everything else, and every write, stays on the primary. Only with databaseUrl.
   */
  readDatabaseUrl: string | undefined;
  /** Connections to the PostgreSQL server per process (NEEDLE_DB_POOL_SIZE). */
  dbPoolSize: number;
  /** Seed the demo city on an empty real database too (the embedded one always gets it). */
  demo: boolean;
  /** A demo city's first start seeds three months of history too, unless NEEDLE_DEMO_HISTORY=0. */
  demoHistory: boolean;
  adminPassword: string | undefined;
  sessionTtlHours: number;
  /** Built web app served at /; absent in API-only runs. */
  webDir: string;
  /**
   * Needle is reached over HTTPS (TLS ending at a proxy): Secure cookies, upgrade-insecure-requests and
   * HSTS for every request. Unset, they go only with requests a trusted proxy marks as HTTPS, so that a
   * newcomer on http://localhost or a street office on http://10.x.x.x can still sign in.
   */
  secureCookies: boolean;
  /**
   * Fastify's trustProxy: which proxies' X-Forwarded-For/-Proto/-Host to believe — false (none), a hop
   * count, or the proxies' addresses and CIDR ranges. The client address the sign-in throttle counts by
   * comes from here, so believing anyone would let a guesser pick a fresh address for every try.
   */
  trustProxy: false | number | string;
  logLevel: LogLevel;
  /** Where notices go out to the city's SMS/WeChat gateway; unset, they stay in the outbox. */
  webhookUrl: string | undefined;
  /** Signs every webhook so the gateway can tell it came from Needle; required with webhookUrl. */
  webhookSecret: string | undefined;
  /**
   * How often unclaimed projects past their claim deadline fall to their community (兜底), in ms
   * (NEEDLE_CLAIM_SWEEP_INTERVAL_MS): a minute in service, shorter in a test that waits for it.
   */
  claimSweepIntervalMs: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function webhookFrom(env: NodeJS.ProcessEnv): Pick<Config, 'webhookUrl' | 'webhookSecret'> {
  const webhookUrl = env.NEEDLE_WEBHOOK_URL || undefined;
  const webhookSecret = env.NEEDLE_WEBHOOK_SECRET || undefined;
  if (webhookUrl === undefined) return { webhookUrl, webhookSecret };
  // Unsigned, the gateway could not tell Needle's notices from forged ones texting whomever: refuse.
  if (webhookSecret === undefined)
    throw new Error('NEEDLE_WEBHOOK_URL is set but NEEDLE_WEBHOOK_SECRET is not; set a shared secret');
  if (!URL.canParse(webhookUrl) || !/^https?:$/.test(new URL(webhookUrl).protocol))
    throw new Error(`NEEDLE_WEBHOOK_URL must be an http(s) URL, got "${webhookUrl}"`);
  return { webhookUrl, webhookSecret };
}

function trustProxyFrom(value: string | undefined): Config['trustProxy'] {
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === 'true')
    throw new Error(
      "NEEDLE_TRUST_PROXY=true would believe any client's X-Forwarded-For; give the number of proxies in front (1 for one nginx) or their addresses",
    );
  if (/^\d+$/.test(value)) return Number(value);
  const addresses = value.split(',').map((a) => a.trim());
  if (addresses.some((a) => !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a)))
    throw new Error(
      `NEEDLE_TRUST_PROXY must be a hop count or the proxies' addresses (e.g. 127.0.0.1,10.0.0.0/8), got "${value}"`,
    );
  return addresses.join(',');
}

function logLevelFrom(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === value);
  if (!level) throw new Error(`NEEDLE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return level;
}

function sweepIntervalFrom(value: string | undefined): number {
  const ms = intFrom(value, 60_000, 'NEEDLE_CLAIM_SWEEP_INTERVAL_MS');
  // Zero would sweep in a busy loop.
  if (ms < 100) throw new Error(`NEEDLE_CLAIM_SWEEP_INTERVAL_MS must be at least 100, got "${value}"`);
  return ms;
}

/** The URL as given, once its hosts and target_session_attrs are known to be ones Needle can follow. */
function postgresUrlFrom(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  try {
    parsePostgresTarget(value);
  } catch (err) {
    throw new Error(`${name}: ${(err as Error).message}`);
  }
  return value;
}

function readDatabaseUrlFrom(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.DATABASE_READ_URL) return undefined;
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_READ_URL names a replica of DATABASE_URL: set DATABASE_URL too, or unset it');
  }
  return postgresUrlFrom(env.DATABASE_READ_URL, 'DATABASE_READ_URL');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.NEEDLE_DATA_DIR || 'data'),
    databaseUrl: postgresUrlFrom(env.DATABASE_URL, 'DATABASE_URL'),
    readDatabaseUrl: readDatabaseUrlFrom(env),
    dbPoolSize: intFrom(env.NEEDLE_DB_POOL_SIZE, DEFAULT_POOL_SIZE, 'NEEDLE_DB_POOL_SIZE'),
    demo: env.NEEDLE_DEMO === '1',
    demoHistory: env.NEEDLE_DEMO_HISTORY !== '0',
    adminPassword: env.NEEDLE_ADMIN_PASSWORD || undefined,
    sessionTtlHours: intFrom(env.NEEDLE_SESSION_TTL_HOURS, 12, 'NEEDLE_SESSION_TTL_HOURS'),
    webDir: path.resolve(env.NEEDLE_WEB_DIR || path.join(here, '../../web/dist')),
    secureCookies: env.NEEDLE_SECURE_COOKIES === '1',
    trustProxy: trustProxyFrom(env.NEEDLE_TRUST_PROXY),
    logLevel: logLevelFrom(env.NEEDLE_LOG_LEVEL),
    ...webhookFrom(env),
    claimSweepIntervalMs: sweepIntervalFrom(env.NEEDLE_CLAIM_SWEEP_INTERVAL_MS),
  };
}
