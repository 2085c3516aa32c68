import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVERYONE, useTestApp } from '../test/actors.js';
import { type DocumentedRoute, documentedRoutes } from '../test/documented-routes.js';
import { bodyOf, parametersOf, urlOf } from '../test/fuzz/route-requests.js';
import { invalidOf, type JsonSchema, validOf } from '../test/fuzz/schema-arbitrary.js';

/**
 * Every documented route driven with generated input, valid and invalid, in every auth state: no
 * answer may be a 5xx, every refusal must be Needle's JSON error, and the server must still serve at
 * the end. The file's own database is a throwaway: as admin, valid input changes real rows.
 *
 * The seed is fixed so that CI is repeatable; `NEEDLE_FUZZ_SEED=<n>` (or `random`) explores further,
 * and a failure prints the seed and the shrunk request to replay it.
 */
const { t, c } = useTestApp(EVERYONE);

type Route = DocumentedRoute;

const REQUESTS = 10_500;
const seedSetting = process.env.NEEDLE_FUZZ_SEED;
const SEED = seedSetting === 'random' ? Date.now() : Number(seedSetting ?? 20_261_204);
// Sign-ins fuzzed with wrong passwords are held back per address: the fuzz comes from addresses of its
// own, so that the test's own sign-ins after a logout are not.
const FUZZ_ADDRESSES = ['198.51.100.7', '198.51.100.8', '203.0.113.9'];

let routes: Route[];
beforeAll(async () => {
  routes = await documentedRoutes(t);
});

/** Who calls: nobody, a forged or ended session, or any demo account. */
type Caller = 'nobody' | 'forged' | (typeof EVERYONE)[number];
const CALLERS: Caller[] = ['nobody', 'forged', ...EVERYONE];

function requestOf(route: Route) {
  const body = bodyOf(route);
  const part = (schema: JsonSchema) => fc.oneof({ weight: 3, arbitrary: validOf(schema) }, invalidOf(schema));
  return fc.record({
    caller: fc.constantFrom(
      ...CALLERS.filter(
        (who) => !(route.streams && route.method === 'GET' && who !== 'nobody' && who !== 'forged'),
      ),
    ),
    path: part(parametersOf(route, 'path')),
    query: part(parametersOf(route, 'query')),
    body: body ? fc.option(part(body), { nil: undefined, freq: 8 }) : fc.constant(undefined),
    address: fc.constantFrom(...FUZZ_ADDRESSES),
  });
}

describe('fuzzing every documented route', () => {
  it(`answers ${REQUESTS} generated requests without a 5xx, and still serves`, async () => {
    const runs = Math.ceil(REQUESTS / routes.length);
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(requestOf(route), async ({ caller, path, query, body, address }) => {
          const url = urlOf(route, path, query);
          const cookie =
            caller === 'nobody'
              ? undefined
              : caller === 'forged'
                ? 'needle_session=forged-session-token'
                : c[caller];
          const res = await t.call({
            method: route.method as 'GET',
            url,
            cookie,
            remoteAddress: address,
            ...(body === undefined
              ? {}
              : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
          });
          sent++;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const what = `${route.method} ${url} as ${caller}: ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, what).toBeLessThan(500);
          if (res.statusCode >= 400) {
            const error = JSON.parse(res.body).error;
            expect(error.code, what).toMatch(/^[A-Z_]+$/);
            expect(res.body, what).not.toMatch(/at .*\.(ts|js):\d+/);
          }
          // A generated logout ends that account's session: sign it in again for the runs after.
          if (
            route.url === '/api/auth/logout' &&
            caller !== 'nobody' &&
            caller !== 'forged' &&
            res.statusCode < 300
          ) {
            c[caller] = await t.login(caller);
          }
        }),
        { numRuns: runs, seed: SEED, endOnFailure: true },
      );
    }
    console.log(
      `fuzz seed ${SEED}: ${sent} requests over ${routes.length} routes, statuses`,
      Object.fromEntries(statuses),
    );
    expect(sent).toBeGreaterThanOrEqual(REQUESTS);
    // Still alive, and still signing in.
    expect((await t.get('/api/health')).statusCode).toBe(200);
    expect((await t.get('/api/auth/me', await t.login('admin'))).statusCode).toBe(200);
  }, 900_000);
});
