import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, expect } from 'vitest';
import { toAuthUser } from '../modules/auth/auth-user.js';
import { caseDeps } from '../modules/cases/case-deps.js';
import { caseEvents, cases } from '../modules/cases/cases.tables.js';
import { intakeCase } from '../modules/cases/intake.js';
import { users } from '../modules/users/users.tables.js';
import { cookieOf } from './actors.js';
import { demo } from './demo-places.js';
import { multipartBody, png } from './images.js';
import { createdBody, postOnce, type TestApp } from './test-app.js';

export interface Point {
  lat: number;
  lng: number;
}

/** The north-western grid of 永昌街道's first community: where most tests put their cases. */
export const grid001 = demo.gridOf(demo.yongchangCommunity);
/** 井盖缺失: department-led, so 城管 (the demo `department` account) holds it once dispatched. */
export const MANHOLE = 'E0550';
/** 占道经营: street-led, to the street office of the place. */
export const STALLS = 'E0450';

/** A point inside a grid: the middle of its bounding box, nudged off the shared edges. */
export async function pointIn(t: TestApp, admin: string, gridCode: string, nudge = 0): Promise<Point> {
  const res = await t.get(`/api/regions/${gridCode}`, admin);
  const ring: [number, number][] = res.json().region.geometry.coordinates[0];
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return {
    lng: (Math.min(...lngs) + Math.max(...lngs)) / 2 + 1e-7 + nudge,
    lat: (Math.min(...lats) + Math.max(...lats)) / 2 + 1e-7,
  };
}

/** A point inside the grid, found as the admin before the file's tests: read or spread it inside a test. */
export function usePointIn(
  t: TestApp,
  c: Record<string, string | undefined>,
  gridCode = grid001,
  nudge = 0,
): Point {
  const at = {} as Point;
  beforeAll(async () => {
    Object.assign(at, await pointIn(t, cookieOf(c, 'admin'), gridCode, nudge));
  });
  return at;
}

/** Uploads a small photo as the user and returns its id. */
export async function uploadPhoto(t: TestApp, cookie: string): Promise<string> {
  const res = await t.call({
    method: 'POST',
    url: '/api/photos',
    cookie,
    ...multipartBody([
      { name: 'file', filename: 'scene.png', contentType: 'image/png', data: await png(64, 48) },
    ]),
  });
  if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** Reports a case as the user of `cookie`, under an Idempotency-Key of its own unless given one. */
export function report(t: TestApp, cookie: string, body: Record<string, unknown>, key?: string) {
  return postOnce(t, '/api/cases', cookie, body, key);
}

/** Reports a case that must be taken in (201), and returns it as the API tells it back. */
export async function newCase(t: TestApp, cookie: string, body: Record<string, unknown>) {
  return createdBody(await report(t, cookie, body)).case;
}

/**
 * A case taken in as if the clock said `now`, through the intake service rather than the API, as the
 * demo resident: its row as stored.
 */
export async function caseFiledAt(t: TestApp, now: Date, body: Parameters<typeof intakeCase>[2]) {
  const [resident] = await t.database.db.select().from(users).where(eq(users.username, 'resident'));
  if (!resident) throw new Error('no demo resident');
  const deps = { ...caseDeps(t.database.db, t.regions, t.calendar), now: () => now };
  const { caseId } = await intakeCase(deps, toAuthUser(resident), body, randomUUID());
  const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw new Error(`case ${caseId} not stored`);
  return row;
}

/** Takes a step of the case's lifecycle as the user of `cookie`. */
export function act(
  t: TestApp,
  cookie: string,
  caseId: string,
  action: string,
  body: Record<string, unknown> = {},
) {
  return t.post(`/api/cases/${caseId}/actions/${action}`, cookie, body);
}

/** One step of a case: who takes it (a username the file signed in), the action, and what they send. */
export type CaseStep = readonly [who: string, action: string, body?: Record<string, unknown>];

/** Takes the steps in turn; each must succeed (200). */
export async function takeSteps(
  t: TestApp,
  c: Record<string, string | undefined>,
  caseId: string,
  steps: readonly CaseStep[],
): Promise<void> {
  for (const [who, action, body] of steps) {
    const res = await act(t, cookieOf(c, who), caseId, action, body);
    expect(res.statusCode, `${who} ${action}: ${res.body}`).toBe(200);
  }
}

/** The usual way round the loop of a resident's report, each step by the state it leads to. */
const LOOP = [
  ['verified', ['grid', 'verify', { note: '属实' }]],
  ['registered', ['dispatcher', 'register']],
  ['filed', ['shiftlead', 'file']],
  ['dispatched', ['dispatcher', 'dispatch']],
  ['in_progress', ['department', 'accept']],
  ['handled', ['department', 'feedback', { note: '已补装井盖' }]], // with a photo of the fix
  ['checked', ['grid', 'check_pass']], // with a photo taken on site
  ['closed', ['shiftlead', 'close']],
] as const satisfies readonly (readonly [string, CaseStep])[];

export type CaseState = 'reported' | (typeof LOOP)[number][0];
const order = (state: CaseState) => LOOP.findIndex(([s]) => s === state);

/** A photo the user of `cookie` takes now, as a step's body shows it: a fix, or an on-site check (核查). */
export async function ownPhoto(t: TestApp, cookie: string): Promise<{ photoIds: string[] }> {
  return { photoIds: [await uploadPhoto(t, cookie)] };
}

/** The steps of the loop that show their result with a photo of the one taking them. */
const WITH_PHOTO = new Set(['feedback', 'check_pass', 'check_fail']);

/**
 * Takes a case on along the usual loop from the state it is in to `to`, by the demo accounts of
 * CASE_CREW; 城管 reports the fix, and the grid worker the check, with a photo of their own.
 */
export async function moveCase(
  t: TestApp,
  c: Record<string, string | undefined>,
  caseId: string,
  from: CaseState,
  to: CaseState,
): Promise<void> {
  const path = LOOP.slice(order(from) + 1, order(to) + 1).map(([, step]) => step);
  const steps: CaseStep[] = [];
  for (const [who, action, body] of path) {
    const photo = WITH_PHOTO.has(action) ? await ownPhoto(t, cookieOf(c, who)) : {};
    steps.push([who, action, { ...body, ...photo }]);
  }
  await takeSteps(t, c, caseId, steps);
}

/**
 * A new case reported by the resident and taken along the usual loop to `state`: by default a missing
 * manhole cover (井盖丢了) in grid001, so 城管 (the demo `department` account) holds it.
 */
export async function caseAt(
  t: TestApp,
  c: Record<string, string | undefined>,
  state: CaseState,
  gridCode = grid001,
): Promise<{ id: string; code: string }> {
  const at = await pointIn(t, cookieOf(c, 'admin'), gridCode);
  const body = { categoryCode: MANHOLE, description: '井盖丢了', ...at };
  const { id, code } = await newCase(t, cookieOf(c, 'resident'), body);
  await moveCase(t, c, id, 'reported', state);
  return { id, code };
}

/** How many events a case's log holds. */
export function caseEventCount(t: TestApp, caseId: string): Promise<number> {
  return t.database.db.$count(caseEvents, eq(caseEvents.caseId, caseId));
}

/** A step of a case's timeline, as staff read it. */
export interface TimelineEvent {
  action: string;
  actorName: string | null;
  actorRole: string;
  fromStatus: string | null;
  toStatus: string;
  note: string;
  at: string;
  photoIds: string[];
  data: Record<string, unknown> | null;
}

/** A case as the user of `cookie` reads it: the case, its timeline and the steps offered to them. */
export async function caseDetail(t: TestApp, cookie: string | undefined, caseId: string) {
  return (await t.get(`/api/cases/${caseId}`, cookie)).json() as {
    case: Record<string, unknown>;
    timeline: TimelineEvent[];
    allowedActions: string[];
  };
}
