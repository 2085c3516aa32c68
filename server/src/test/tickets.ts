import { createdBody, postOnce, type TestApp } from './test-app.js';

/** Takes a 12345 call as the operator of `cookie`, under an Idempotency-Key of its own unless given one. */
export function takeCall(t: TestApp, cookie: string, body: Record<string, unknown>, key?: string) {
  return postOnce(t, '/api/hotline/tickets', cookie, body, key);
}

/** A call's fields apart from where and what: a complaint of general urgency. */
export const call = (over: Record<string, unknown> = {}) => ({
  callerName: '王先生',
  callerPhone: '138 1234 5678',
  requestType: 'complaint',
  urgency: 'general',
  ...over,
});

/** Takes a call of the usual fields (see `call`) with these over them, which must be taken in (201). */
export async function newTicket(t: TestApp, cookie: string, over: Record<string, unknown>) {
  return createdBody(await takeCall(t, cookie, call(over)));
}

/** One step of the overlay: sign, contact or callback. */
export function ticketStep(
  t: TestApp,
  cookie: string,
  caseId: string,
  step: 'sign' | 'contact' | 'callback',
  body: Record<string, unknown> = {},
) {
  return t.post(`/api/hotline/tickets/${caseId}/${step}`, cookie, body);
}

/** A ticket with its case, as the user of `cookie` reads it. */
export async function readTicket(t: TestApp, cookie: string, caseId: string) {
  return t.get(`/api/hotline/tickets/${caseId}`, cookie);
}
