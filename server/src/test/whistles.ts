import { uploadPhoto } from './cases.js';
import { createdBody, succeeded, type TestApp } from './test-app.js';

/** Issues a whistle order as the user of `cookie`. */
export function issueWhistle(t: TestApp, cookie: string, body: Record<string, unknown>) {
  return t.post('/api/whistles', cookie, body);
}

/**
 * Issues a whistle order that must be accepted (201), with a title, task and place of its own unless
 * given them: the order, its cases and its calls as the API tells them back.
 */
export async function newWhistle(t: TestApp, cookie: string, body: Record<string, unknown>) {
  const defaults = { title: '井盖周边排查', task: '排查', place: '义和路3号' };
  return createdBody(await issueWhistle(t, cookie, { ...defaults, ...body }));
}

/** One step of a call of a whistle order, as the user of `cookie`. */
export function callStep(
  t: TestApp,
  cookie: string,
  orderId: string,
  callId: string,
  step: 'acknowledge' | 'arrive' | 'complete' | 'evaluation',
  body?: Record<string, unknown>,
) {
  return t.post(`/api/whistles/${orderId}/calls/${callId}/${step}`, cookie, body);
}

/** Acknowledges, reports in on site with an own photo, and completes: the whole report-in of one call. */
export async function reportIn(
  t: TestApp,
  cookie: string,
  orderId: string,
  callId: string,
  at = { lat: 43.88, lng: 125.31 },
): Promise<{ late: boolean }> {
  succeeded(await callStep(t, cookie, orderId, callId, 'acknowledge'), 'acknowledge');
  const photoId = await uploadPhoto(t, cookie);
  const arrived = succeeded(
    await callStep(t, cookie, orderId, callId, 'arrive', { ...at, photoId }),
    'arrive',
  );
  succeeded(await callStep(t, cookie, orderId, callId, 'complete', { note: '已完成' }), 'complete');
  return { late: arrived.json().late };
}

/** Calls to departments by their type, each with its task: `{ market: '排查' }` calls the market regulator. */
export function departmentCalls(dept: Record<string, string>, tasks: Record<string, string>) {
  return Object.entries(tasks).map(([type, task]) => ({ departmentId: dept[type], task }));
}
