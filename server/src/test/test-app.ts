import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type AppDeps, buildApp } from '../app.js';
import type { Database } from '../db/database.js';
import type { App } from '../http/app-types.js';
import { isDocumented } from '../http/documented-statuses.js';
import { keyRingOf, newKey } from '../lib/personal-data/key-ring.js';
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
  /**
   * An API call as the signed-in user of `cookie` (or anonymously). With a cookie it comes, as from the
   * web app, with an Origin of the host it is sent to; `origin` sends another one, or none with `false`.
   */
  call(options: CallOptions): Promise<LightMyRequestResponse>;
  /** Shorthands of call: a method, a URL, the caller's cookie (or none) and, for a write, its body. */
  get(url: string, cookie?: string): Promise<LightMyRequestResponse>;
  post(url: string, cookie?: string, payload?: Payload): Promise<LightMyRequestResponse>;
  put(url: string, cookie?: string, payload?: Payload): Promise<LightMyRequestResponse>;
  patch(url: string, cookie?: string, payload?: Payload): Promise<LightMyRequestResponse>;
  delete(url: string, cookie?: string): Promise<LightMyRequestResponse>;
  /** One run of the case sweeper, as the server's timer would do it. */
  sweep(): Promise<{ overdue: number; dueSoon: number }>;
  close(): Promise<void>;
}

export type CallOptions = InjectOptions & { cookie?: string; origin?: string | false };

/** A request body as a test writes it: an object or array sent as JSON, or a string sent as it is. */
export type Payload = object | string;

/** What a test may set of the app's deployment; the rest is fixed. */
export type TestAppOptions = Partial<
  Pick<AppDeps, 'secureCookies' | 'trustProxy' | 'webDir' | 'log' | 'demo' | 'dataKeys' | 'readDb'>
>;

/** The Origin a browser page of the host the request is sent to would send (inject's Host is localhost:80). */
function sameOrigin(headers: InjectOptions['headers']): string {
  const host = headers?.host ?? headers?.Host ?? 'localhost:80';
  return `http://${String(host)}`;
}

/** The whole API over a database of this test file's own, with the demo city in it. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
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
    // A key of this test file's own: what it seals, no other file can open.
    dataKeys: keyRingOf(newKey()),
    sessionTtlHours: 1,
    secureCookies: false,
    ...options,
  });
  // Every answer a test provokes is checked against the route's documented statuses: the OpenAPI
  // document must tell the truth, and the whole suite is the probe. close() fails the file otherwise.
  const undocumented = new Set<string>();
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions;
    if (!route.url || route.schema?.hide || !route.url.startsWith('/api/')) return;
    if (!isDocumented(route.schema?.response, reply.statusCode)) {
      undocumented.add(`${request.method} ${route.url} answered ${reply.statusCode}`);
    }
  });
  const call = ({ cookie, origin, ...options }: CallOptions) => {
    const headers: Record<string, unknown> = {
      ...(cookie ? { origin: sameOrigin(options.headers) } : {}),
      ...options.headers,
      ...(cookie ? { cookie } : {}),
    };
    if (origin === false) delete headers.origin;
    else if (origin !== undefined) headers.origin = origin;
    return app.inject({ ...options, headers: headers as InjectOptions['headers'] });
  };
  const send = (method: 'POST' | 'PUT' | 'PATCH') => (url: string, cookie?: string, payload?: Payload) =>
    call({ method, url, cookie, ...(payload === undefined ? {} : { payload }) });
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const res = await call({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'needle_session');
    if (!cookie) throw new Error('no session cookie');
    return `needle_session=${cookie.value}`;
  };
  return {
    app,
    database,
    regions,
    calendar,
    call,
    get: (url, cookie) => call({ method: 'GET', url, cookie }),
    post: send('POST'),
    put: send('PUT'),
    patch: send('PATCH'),
    delete: (url, cookie) => call({ method: 'DELETE', url, cookie }),
    sweep: () => sweepSteps(caseDeps(database.db, regions, calendar)),
    login,
    async loginAll(usernames) {
      const cookies: Record<string, string> = {};
      for (const u of usernames) cookies[u] = await login(u);
      return cookies;
    },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(photosDir, { recursive: true, force: true });
      if (undocumented.size > 0) {
        throw new Error(`Statuses the OpenAPI document does not list:\n${[...undocumented].join('\n')}`);
      }
    },
  };
}

/** A POST with an Idempotency-Key of its own unless given one, as the apps send each new report or call. */
export function postOnce(
  t: TestApp,
  url: string,
  cookie: string,
  payload: Payload,
  key: string = randomUUID(),
) {
  return t.call({ method: 'POST', url, cookie, headers: { 'idempotency-key': key }, payload });
}

/** The answer, once it is a success (2xx); otherwise a failure naming the step, its status and body. */
export function succeeded<R extends { statusCode: number; body: string }>(res: R, what: string): R {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res;
}

/** The body of an answer that must be a 201 Created, showing the body when it is not one. */
export function createdBody(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Expects a 200 OK, naming the step and showing the body when it is not one. */
export function expectOk<R extends { statusCode: number; body: string }>(res: R, what = ''): R {
  expect(res.statusCode, `${what}: ${res.body}`).toBe(200);
  return res;
}
