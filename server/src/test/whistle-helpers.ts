import { act, pointIn, report, uploadPhoto } from './case-helpers.js';
import type { TestApp } from './test-app.js';

const MANHOLE = 'E0550'; // 井盖缺失: department-led, 城管

/** Cookies of the demo accounts a whistle test uses, by username. */
export type Cookies = Record<string, string>;

const cookieOf = (c: Cookies, who: string): string => {
  const cookie = c[who];
  if (!cookie) throw new Error(`no cookie for ${who}`);
  return cookie;
};

async function ok(res: { statusCode: number; body: string }, what: string): Promise<void> {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/** A manhole case in the grid, taken to 处置中 with 城管 (the demo `department` account). */
export async function caseInProgress(
  t: TestApp,
  c: Cookies,
  gridCode: string,
): Promise<{ id: string; code: string }> {
  const at = await pointIn(t, cookieOf(c, 'admin'), gridCode);
  const created = await report(t, cookieOf(c, 'resident'), {
    categoryCode: MANHOLE,
    description: '井盖丢了',
    ...at,
  });
  await ok(created, 'report');
  const { id, code } = created.json().case;
  for (const [who, action, body] of [
    ['grid', 'verify', { note: '属实' }],
    ['dispatcher', 'register', {}],
    ['shiftlead', 'file', {}],
    ['dispatcher', 'dispatch', {}],
    ['department', 'accept', {}],
  ] as const) {
    await ok(await act(t, cookieOf(c, who), id, action, body), `${who} ${action}`);
  }
  return { id, code };
}

/** Takes a case from 处置中 to 已结案 through the case loop. */
export async function closeCase(t: TestApp, c: Cookies, caseId: string): Promise<void> {
  const photo = await uploadPhoto(t, cookieOf(c, 'department'));
  for (const [who, action, body] of [
    ['department', 'feedback', { note: '已补装井盖', photoIds: [photo] }],
    ['grid', 'check_pass', {}],
    ['shiftlead', 'close', {}],
  ] as const) {
    await ok(await act(t, cookieOf(c, who), caseId, action, body), `${who} ${action}`);
  }
}

/** The demo departments' ids by type (chengguan, market, police …). */
export async function departmentIds(t: TestApp, admin: string): Promise<Record<string, string>> {
  const res = await t.call({ method: 'GET', url: '/api/departments', cookie: admin });
  const items: { id: string; type: string }[] = res.json().items;
  return Object.fromEntries(items.map((d) => [d.type, d.id]));
}

/** A new department_staff account of the department, signed in. */
export async function departmentStaff(
  t: TestApp,
  admin: string,
  username: string,
  departmentId: string,
): Promise<{ id: string; cookie: string }> {
  const password = 'Whistle@2026';
  const res = await t.call({
    method: 'POST',
    url: '/api/users',
    cookie: admin,
    payload: { username, displayName: username, password, roles: ['department_staff'], departmentId },
  });
  await ok(res, `create ${username}`);
  return { id: res.json().id, cookie: await t.login(username, password) };
}

export function issueWhistle(t: TestApp, cookie: string, body: Record<string, unknown>) {
  return t.call({ method: 'POST', url: '/api/whistles', cookie, payload: body });
}

export function callStep(
  t: TestApp,
  cookie: string,
  orderId: string,
  callId: string,
  step: 'acknowledge' | 'arrive' | 'complete' | 'evaluation',
  body?: Record<string, unknown>,
) {
  return t.call({
    method: 'POST',
    url: `/api/whistles/${orderId}/calls/${callId}/${step}`,
    cookie,
    ...(body ? { payload: body } : {}),
  });
}

/** Acknowledges, reports in on site with an own photo, and completes: the whole report-in of one call. */
export async function reportIn(
  t: TestApp,
  cookie: string,
  orderId: string,
  callId: string,
  at = { lat: 43.88, lng: 125.31 },
): Promise<{ late: boolean }> {
  await ok(await callStep(t, cookie, orderId, callId, 'acknowledge'), 'acknowledge');
  const photoId = await uploadPhoto(t, cookie);
  const arrived = await callStep(t, cookie, orderId, callId, 'arrive', { ...at, photoId });
  await ok(arrived, 'arrive');
  await ok(await callStep(t, cookie, orderId, callId, 'complete', { note: '已完成' }), 'complete');
  return { late: arrived.json().late };
}
