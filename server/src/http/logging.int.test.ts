import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

const PHONE = '13812345678';
const NAME = '张三丰';
const ID_NUMBER = '22010419800101123X';

let t: TestApp;
const lines: string[] = [];

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  t = await createTestApp({ log: { level: 'info', stream } });
  // A bug on a route: a query that fails in the database, with a resident's data among its parameters.
  t.app.get('/api/test/failing-query', { schema: { hide: true } }, async () => {
    await t.database.db.execute(sql`insert into no_such_table values (${PHONE}, ${NAME}, ${ID_NUMBER})`);
    return {};
  });
});
afterAll(() => t.close());

const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the server log', () => {
  it('logs a 5xx with its stack under the request id that the answer gives', async () => {
    const cookie = await t.login('admin');
    const res = await t.get(`/api/test/failing-query?phone=${PHONE}`, cookie);
    expect(res.statusCode).toBe(500);
    const requestId = /request ([0-9a-f-]{36})/.exec(res.json().error.message)?.[1];
    expect(requestId).toBeDefined();

    const failure = logged().find((l) => l.level === 50 && l.reqId === requestId);
    expect(failure, lines.join('\n')).toBeDefined();
    const err = failure?.err as { type: string; message: string; stack: string; cause?: { message: string } };
    expect(err.stack).toMatch(/\n\s+at /);
    expect(err.message).toContain('no_such_table');
    // Every line of the request carries its id, the completed line its status.
    const ofRequest = logged().filter((l) => l.reqId === requestId);
    expect(ofRequest.some((l) => (l.res as { statusCode?: number })?.statusCode === 500)).toBe(true);
  });

  it('keeps passwords, cookies, phones, ID numbers and names out of it', async () => {
    const login = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'street', password: DEMO_PASSWORD },
    });
    const token = login.cookies.find((c) => c.name === 'needle_session')?.value ?? '';
    expect(token).not.toBe('');
    await t.call({
      method: 'GET',
      url: `/api/test/failing-query?phone=${PHONE}&callerName=${encodeURIComponent(NAME)}`,
      cookie: `needle_session=${token}`,
      headers: { authorization: `Bearer ${token}` },
    });
    const text = lines.join('\n');
    expect(text).toContain('failing-query');
    for (const secret of [DEMO_PASSWORD, token, PHONE, NAME, ID_NUMBER]) expect(text).not.toContain(secret);
  });

  it('is at info by default: one line as each request comes in and one as it is answered', async () => {
    const before = lines.length;
    await t.get('/api/health');
    const health = logged()
      .slice(before)
      .filter((l) => (l.req as { url?: string })?.url === '/api/health' || l.res);
    expect(health.length).toBeGreaterThanOrEqual(2);
    expect(health.every((l) => l.level === 30 && typeof l.reqId === 'string')).toBe(true);
  });
});
