import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import type { Database } from '../db/database.js';
import type { App } from '../http/app-types.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { caseDeps } from '../modules/cases/case-deps.js';
import { sweepSteps } from '../modules/cases/sweeper.js';
import { DiskPhotoStore } from '../modules/photos/photo-store.js';
import { RegionsService } from '../modules/regions/regions.service.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { openTestDatabase } from './test-database.js';

export interface TestApp {
  app: App;
  database: Database;
  regions: RegionsService;
  calendar: CalendarService;
  /** Signs in a demo account and returns its session cookie header. */
  login(username: string, password?: string): Promise<string>;
  /** Signs in several demo accounts: their cookies by username. */
  loginAll(usernames: string[]): Promise<Record<string, string>>;
  /** An API call as the signed-in user of `cookie` (or anonymously). */
  call(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  /** One run of the case sweeper, as the server's timer would do it. */
  sweep(): Promise<{ overdue: number; dueSoon: number }>;
  close(): Promise<void>;
}

/** The whole API over a database of this test file's own, with the demo city in it. */
export async function createTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const regions = await RegionsService.load(database.db);
  const photosDir = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-photos-'));
  const photos = new DiskPhotoStore(photosDir);
  const calendar = await CalendarService.load(database.db);
  const app = await buildApp({
    db: database.db,
    regions,
    calendar,
    photos,
    sessionTtlHours: 1,
    secureCookies: false,
  });
  const call = ({ cookie, ...options }: InjectOptions & { cookie?: string }) =>
    app.inject({ ...options, headers: { ...options.headers, ...(cookie ? { cookie } : {}) } });
  return {
    app,
    database,
    regions,
    calendar,
    call,
    sweep: () => sweepSteps(caseDeps(database.db, regions, calendar)),
    async login(username, password = DEMO_PASSWORD) {
      const res = await call({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'needle_session');
      if (!cookie) throw new Error('no session cookie');
      return `needle_session=${cookie.value}`;
    },
    async loginAll(usernames) {
      const cookies: Record<string, string> = {};
      for (const u of usernames) cookies[u] = await this.login(u);
      return cookies;
    },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(photosDir, { recursive: true, force: true });
    },
  };
}
