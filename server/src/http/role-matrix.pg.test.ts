import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '../modules/auth/roles.js';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.js';
import { EVERYONE, useTestApp } from '../test/actors.js';
import { type DocumentedRoute, documentedRoutes } from '../test/documented-routes.js';
import { bodyOf, parametersOf, urlOf } from '../test/fuzz/route-requests.js';
import { validOf } from '../test/fuzz/schema-arbitrary.js';
import { type Access, accessOf, ROUTE_ACCESS, refusesOf } from '../test/route-access.js';

/**
 * Every route against every role: who may call it at all. ROUTE_ACCESS (test/route-access.ts) says
 * for each documented route whether it is public, needs only a session, or needs a permission; the
 * roles' grants (modules/auth/roles.ts) then say which of the twelve demo accounts must be refused with
 * 403 PERMISSION_DENIED, and a caller without a session with 401. Each route is called as nobody and as
 * every account with a request valid for its schema (the permission is checked after validation).
 * A route added later fails here until it is classified; a route whose guard changes fails until the
 * table says so. Which records a permitted caller reaches is jurisdiction-matrix.pg.test.ts's part.
 */
const { t, c } = useTestApp(EVERYONE);
const SEED = 20_261_204;
const roleOf = new Map(DEMO_ACCOUNTS.map((a) => [a.username, a.roles as Role[]]));
const key = (route: DocumentedRoute) => `${route.method} ${route.url}`;

let routes: DocumentedRoute[];
beforeAll(async () => {
  routes = await documentedRoutes(t);
});

/** The accounts a route must refuse for want of a permission. */
function refused(access: Access): string[] {
  if (access === 'public' || access === 'signed-in') return [];
  return EVERYONE.filter((who) => !permissionsOf(roleOf.get(who) ?? []).includes(access));
}

/** A request that passes the route's schema, so that the answer is the guard's, not the validator's. */
async function validRequest(route: DocumentedRoute) {
  const body = bodyOf(route);
  const candidates = fc.sample(
    fc.record({
      path: validOf(parametersOf(route, 'path')),
      query: validOf(parametersOf(route, 'query')),
      headers: validOf(parametersOf(route, 'header')),
      body: body ? validOf(body) : fc.constant(undefined),
    }),
    { seed: SEED, numRuns: 20 },
  );
  // The first candidate an account holding every permission gets past validation with.
  for (const candidate of candidates) {
    const res = await send(route, candidate, 'nobody');
    if (res.statusCode !== 400) return candidate;
  }
  return candidates[0];
}

type Candidate = { path: unknown; query: unknown; headers?: unknown; body: unknown };
async function send(route: DocumentedRoute, r: Candidate, who: string) {
  return t.call({
    method: route.method as 'GET',
    url: urlOf(route, r.path, r.query),
    cookie: who === 'nobody' ? undefined : c[who],
    headers: {
      ...(r.headers as Record<string, string>),
      ...(r.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(r.body === undefined ? {} : { payload: JSON.stringify(r.body) }),
  });
}

const codeOf = (body: string) => {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
};

describe('route × role matrix', () => {
  it('classifies every documented route, and no more', () => {
    const documented = routes.map(key).sort();
    const unclassified = documented.filter((k) => !(k in ROUTE_ACCESS));
    const gone = Object.keys(ROUTE_ACCESS).filter((k) => !documented.includes(k));
    expect(unclassified, 'routes to add to server/src/test/route-access.ts').toEqual([]);
    expect(gone, 'routes in server/src/test/route-access.ts that no longer exist').toEqual([]);
  });

  it('refuses nobody-signed-in with 401 and each role without the permission with 403, and lets the others past the guard', async () => {
    const observed: Record<string, string> = {};
    const mismatches: string[] = [];
    for (const route of routes) {
      // An unclassified route is reported by the test above; it is still probed, for the table.
      const entry = ROUTE_ACCESS[key(route)] ?? 'public';
      const access = accessOf(entry);
      if (route.streams && route.method === 'GET') {
        // An event stream stays open for a signed-in caller: only its refusal of nobody is tried.
        {
          const [sample] = fc.sample(validOf(parametersOf(route, 'path')), { seed: SEED, numRuns: 1 });
          const res = await send(route, { path: sample, query: {}, body: undefined }, 'nobody');
          if (access !== 'public' && res.statusCode !== 401)
            mismatches.push(`${key(route)} as nobody: ${res.statusCode}`);
        }
        continue;
      }
      const request = await validRequest(route);
      if (!request) continue;
      const anonymous = await send(route, request, 'nobody');
      const denied: string[] = [];
      const refusedInside: string[] = [];
      for (const who of EVERYONE) {
        const res = await send(route, request, who);
        if (res.statusCode === 403 && codeOf(res.body) === 'PERMISSION_DENIED') denied.push(who);
        else if (res.statusCode === 403) refusedInside.push(`${who}:${codeOf(res.body)}`);
        // A route that ends the caller's session: sign the account in again for the routes after.
        if (route.url === '/api/auth/logout' && res.statusCode < 300) c[who] = await t.login(who);
      }
      const expectedDenied = refused(access);
      const nobodyRefused = anonymous.statusCode === 401 && codeOf(anonymous.body) === 'UNAUTHENTICATED';
      if (nobodyRefused !== (access !== 'public')) {
        mismatches.push(`${key(route)} as nobody: ${anonymous.statusCode} ${anonymous.body.slice(0, 120)}`);
      }
      const refusedBy = refusedInside.map((r) => r.split(':')[0]).join(' ');
      if (refusedBy !== refusesOf(entry).join(' ')) {
        mismatches.push(
          `${key(route)}: its own rules refused ${refusedInside.join(', ') || 'nobody'}; the table says ${refusesOf(entry).join(' ') || 'nobody'}`,
        );
      }
      if (denied.join() !== expectedDenied.join()) {
        mismatches.push(
          `${key(route)}: refused ${denied.join(', ') || 'nobody'}; ${access} refuses ${expectedDenied.join(', ') || 'nobody'}`,
        );
      }
      observed[key(route)] =
        `${nobodyRefused ? (denied.length ? `denied: ${denied.join(',')}` : 'signed-in') : 'public'} | ${refusedInside.join(',')}`;
    }
    if (process.env.NEEDLE_PRINT_ROUTE_ACCESS) console.log(JSON.stringify(observed, null, 2));
    expect(mismatches).toEqual([]);
    // Still serving, and the admin still signs in.
    expect((await t.get('/api/auth/me', await t.login('admin'))).statusCode).toBe(200);
  }, 600_000);
});
