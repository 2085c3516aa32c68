import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Config {
  port: number;
  host: string;
  /** Where the embedded database and uploaded files live. */
  dataDir: string;
  /** A real PostgreSQL server; when unset Needle runs on embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  /** Seed the demo city on an empty real database too (the embedded one always gets it). */
  demo: boolean;
  adminPassword: string | undefined;
  sessionTtlHours: number;
  /** Built web app served at /; absent in API-only runs. */
  webDir: string;
  /** Secure cookies need HTTPS; a newcomer on http://localhost must still be able to log in. */
  secureCookies: boolean;
  /** Where notices go out to the city's SMS/WeChat gateway; unset, they stay in the outbox. */
  webhookUrl: string | undefined;
  /** Signs every webhook so the gateway can tell it came from Needle; required with webhookUrl. */
  webhookSecret: string | undefined;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.NEEDLE_DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.NEEDLE_DEMO === '1',
    adminPassword: env.NEEDLE_ADMIN_PASSWORD || undefined,
    sessionTtlHours: intFrom(env.NEEDLE_SESSION_TTL_HOURS, 12, 'NEEDLE_SESSION_TTL_HOURS'),
    webDir: path.resolve(env.NEEDLE_WEB_DIR || path.join(here, '../../web/dist')),
    secureCookies: env.NEEDLE_SECURE_COOKIES === '1',
    ...webhookFrom(env),
  };
}
