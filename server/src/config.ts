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
}

const here = path.dirname(fileURLToPath(import.meta.url));

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
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
  };
}
