import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app.js';

/** Takes a 12345 call as the operator of `cookie`. */
export function takeCall(
  t: TestApp,
  cookie: string,
  body: Record<string, unknown>,
  key: string = randomUUID(),
) {
  return t.call({
    method: 'POST',
    url: '/api/hotline/tickets',
    cookie,
    headers: { 'idempotency-key': key },
    payload: body,
  });
}

/** One step of the overlay: sign, contact or callback. */
export function ticketStep(
  t: TestApp,
  cookie: string,
  caseId: string,
  step: 'sign' | 'contact' | 'callback',
  body: Record<string, unknown> = {},
) {
  return t.call({ method: 'POST', url: `/api/hotline/tickets/${caseId}/${step}`, cookie, payload: body });
}

export async function readTicket(t: TestApp, cookie: string, caseId: string) {
  return t.call({ method: 'GET', url: `/api/hotline/tickets/${caseId}`, cookie });
}

/** A call's fields apart from where and what: a complaint of general urgency. */
export const call = (over: Record<string, unknown> = {}) => ({
  callerName: '王先生',
  callerPhone: '138 1234 5678',
  requestType: 'complaint',
  urgency: 'general',
  ...over,
});
