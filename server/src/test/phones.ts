import { desc, eq } from 'drizzle-orm';
import { webhookOutbox } from '../modules/notifications/notifications.tables.js';
import type { TestApp } from './test-app.js';

/** Asks for a code for the number, from `address` when the app trusts a proxy at 127.0.0.1. */
export const askCode = (t: TestApp, phone: string, address?: string) =>
  t.call({
    method: 'POST',
    url: '/api/auth/phone/code',
    payload: { phone },
    ...(address ? { headers: { 'x-forwarded-for': address } } : {}),
  });

export const signIn = (t: TestApp, phone: string, code: string) =>
  t.call({ method: 'POST', url: '/api/auth/phone/sign-in', payload: { phone, code } });

export const signUp = (t: TestApp, body: Record<string, unknown>) =>
  t.call({ method: 'POST', url: '/api/auth/phone/sign-up', payload: body });

/** The code as the SMS gateway gets it: from the newest sign-in text queued for the number. */
export async function codeTextedTo(t: TestApp, e164: string): Promise<string> {
  const rows = await t.database.db
    .select({ payload: webhookOutbox.payload })
    .from(webhookOutbox)
    .where(eq(webhookOutbox.event, 'sign_in_code'))
    .orderBy(desc(webhookOutbox.id));
  for (const { payload } of rows) {
    const p = payload as { recipients: { phone: string }[]; data: { code: string } };
    if (p.recipients[0]?.phone === e164) return p.data.code;
  }
  throw new Error(`no sign-in code was texted to ${e164}`);
}

/** The session cookie an answer set, as a Cookie header. */
export function sessionOf(res: { cookies: { name: string; value: string }[] }): string {
  const cookie = res.cookies.find((c) => c.name === 'needle_session');
  if (!cookie) throw new Error('no session cookie');
  return `needle_session=${cookie.value}`;
}
