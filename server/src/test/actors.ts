import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import type { Database, Executor } from '../db/database.js';
import { users } from '../modules/users/users.tables.js';
import { createTestApp, succeeded, type TestApp, type TestAppOptions } from './test-app.js';
import { openTestDatabase } from './test-database.js';

/**
 * Session cookies of signed-in demo accounts, by username: those a file signed in up front are sure to
 * be there; any other name may be (a test can add one) or not.
 */
export type Cookies<U extends string = never> = Record<U, string> & Record<string, string | undefined>;

/** The demo accounts that take a resident's case round the loop: report, verify, register, file, dispatch, handle. */
export const CASE_CREW = ['admin', 'resident', 'grid', 'dispatcher', 'shiftlead', 'department'] as const;
/** The demo accounts that take a 12345 call and see it through: operator, dispatch desk and the unit. */
export const HOTLINE_CREW = ['admin', 'hotline', 'dispatcher', 'shiftlead', 'department'] as const;
/** Every demo account of the seed, in its order. */
export const EVERYONE = [
  'admin',
  'leader',
  'dispatcher',
  'shiftlead',
  'hotline',
  'street',
  'community',
  'community2',
  'grid',
  'department',
  'resident',
  'courier',
] as const;

/** The cookie of `who`, or a clear failure when the file did not sign them in. */
export function cookieOf(c: Record<string, string | undefined>, who: string): string {
  const cookie = c[who];
  if (!cookie) throw new Error(`no cookie for ${who}: sign them in first`);
  return cookie;
}

/**
 * Something a hook opens before the file's tests and closes after them, usable at the top of the file:
 * a stand-in that passes every use on to the real thing once it is there.
 */
function openedInHooks<T extends object>(
  what: string,
  open: () => Promise<T>,
  close: (it: T) => Promise<void>,
) {
  let current: T | undefined;
  const standIn = new Proxy({} as T, {
    get(_, key) {
      if (key === 'then') return undefined;
      if (!current) throw new Error(`${what} opens in beforeAll: use it inside a hook or a test`);
      const value = Reflect.get(current, key, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
  beforeAll(async () => {
    current = await open();
  });
  afterAll(async () => {
    if (current) await close(current);
  });
  return { standIn, opened: () => current as T };
}

/**
 * The whole API over a database of this file's own, started before its tests and closed after them,
 * with the demo accounts named signed in: `c.admin` is the admin's session cookie. A later beforeAll of
 * the file runs after this one, so it may use both.
 */
export function useTestApp<const U extends string = never>(
  signIn: readonly U[] = [],
  options: TestAppOptions = {},
): { t: TestApp; c: Cookies<U> } {
  const c = {} as Cookies<U>;
  const { standIn, opened } = openedInHooks(
    'the test app',
    () => createTestApp(options),
    (t) => t.close(),
  );
  beforeAll(async () => {
    Object.assign(c, await opened().loginAll([...signIn]));
  });
  return { t: standIn, c };
}

/** A database of this file's own with the demo city in it, opened before its tests and closed after. */
export function useTestDatabase(): Database {
  return openedInHooks('the test database', openTestDatabase, (d) => d.close()).standIn;
}

/** The ids of demo accounts by username. */
export async function userIds<U extends string>(
  db: Executor,
  usernames: readonly U[],
): Promise<Record<U, string>> {
  const rows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, [...usernames]));
  const ids = Object.fromEntries(rows.map((r) => [r.username, r.id]));
  for (const u of usernames) if (!ids[u]) throw new Error(`no demo account ${u}`);
  return ids as Record<U, string>;
}

/** The demo departments' ids by type (chengguan, market, police …). */
export async function departmentIds(t: TestApp, admin: string): Promise<Record<string, string>> {
  const items: { id: string; type: string }[] = (await t.get('/api/departments', admin)).json().items;
  return Object.fromEntries(items.map((d) => [d.type, d.id]));
}

/** A new department_staff account of the department, signed in. */
export async function departmentStaff(
  t: TestApp,
  admin: string,
  username: string,
  departmentId: string | undefined,
): Promise<{ id: string; cookie: string }> {
  const password = 'Whistle@2026';
  const res = await t.post('/api/users', admin, {
    username,
    displayName: username,
    password,
    roles: ['department_staff'],
    departmentId,
  });
  succeeded(res, `create ${username}`);
  return { id: res.json().id, cookie: await t.login(username, password) };
}
