import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCode, signIn, signUp } from '../../test/phones.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { phoneCodes, phoneLockouts } from './phone-codes.tables.js';

// Behind a proxy at 127.0.0.1 (where inject's requests come from), so each test can pick client addresses.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true, trustProxy: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
});

/** Moves a number's codes back in time, as if they had been asked for `ms` earlier. */
const ageCodes = (e164: string, ms: number) =>
  t.database.db
    .update(phoneCodes)
    .set({
      createdAt: sql`${phoneCodes.createdAt} - make_interval(secs => ${ms / 1000})`,
      expiresAt: sql`${phoneCodes.expiresAt} - make_interval(secs => ${ms / 1000})`,
    })
    .where(eq(phoneCodes.phone, e164));

async function codeFor(phone: string, address = '10.0.0.1'): Promise<string> {
  const res = await askCode(t, phone, address);
  expect(res.statusCode, res.body).toBe(202);
  return res.json().demoCode;
}

const registerResident = (phone: string, code: string) =>
  signUp(t, { phone, code, displayName: '测试居民', role: 'resident' });

/** A six-digit code that is not `code`. */
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('one-time codes', () => {
  it('expire after five minutes: the right code, too late, is told apart from a wrong one', async () => {
    const code = await codeFor('13700000001');
    await ageCodes('+8613700000001', 5 * 60_000 + 1000);
    const res = await registerResident('13700000001', code);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CODE_EXPIRED');
  });

  it('are used once', async () => {
    const code = await codeFor('13700000002');
    expect((await registerResident('13700000002', code)).statusCode).toBe(201);
    const again = await signIn(t, '13700000002', code);
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('CODE_INVALID');
  });

  it('all work until one is used, when a second text was asked for before the first arrived', async () => {
    const first = await codeFor('13700000003');
    await ageCodes('+8613700000003', 61_000);
    const second = await codeFor('13700000003');
    expect((await registerResident('13700000003', first)).statusCode).toBe(201);
    expect((await signIn(t, '13700000003', second)).statusCode).toBe(401);
  });
});

describe('rate limits', () => {
  it('send a number one code a minute, with Retry-After', async () => {
    await codeFor('13700000010');
    const again = await askCode(t, '13700000010', '10.0.0.2');
    expect(again.statusCode).toBe(429);
    expect(again.json().error.code).toBe('CODE_SENT_RECENTLY');
    const wait = Number(again.headers['retry-after']);
    expect(wait).toBeGreaterThan(55);
    expect(wait).toBeLessThanOrEqual(60);
    await ageCodes('+8613700000010', 61_000);
    expect((await askCode(t, '13700000010')).statusCode).toBe(202);
  });

  it('send a number five codes an hour, whatever address asks', async () => {
    for (let i = 0; i < 5; i++) {
      await codeFor('13700000011', `10.0.1.${i}`);
      await ageCodes('+8613700000011', 2 * 60_000);
    }
    const sixth = await askCode(t, '13700000011', '10.0.1.9');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('TOO_MANY_CODES_FOR_NUMBER');
    // The first of the five was asked for ten minutes ago: a slot opens fifty minutes from now.
    const wait = Number(sixth.headers['retry-after']);
    expect(wait).toBeGreaterThan(49 * 60);
    expect(wait).toBeLessThanOrEqual(50 * 60);
    await ageCodes('+8613700000011', 50 * 60_000);
    expect((await askCode(t, '13700000011', '10.0.1.9')).statusCode).toBe(202);
  });

  it('send one address twenty codes an hour, over any numbers; other addresses are not held back', async () => {
    for (let i = 0; i < 20; i++) await codeFor(`13700001${String(i).padStart(3, '0')}`, '10.0.2.1');
    const next = await askCode(t, '13700000200', '10.0.2.1');
    expect(next.statusCode).toBe(429);
    expect(next.json().error.code).toBe('TOO_MANY_CODES_FROM_ADDRESS');
    expect(Number(next.headers['retry-after'])).toBeGreaterThan(59 * 60);
    expect((await askCode(t, '13700000200', '10.0.2.2')).statusCode).toBe(202);
  });
});

describe('wrong codes', () => {
  it('lock a number after five, for fifteen minutes, against the right code too', async () => {
    const code = await codeFor('13700000020');
    for (let i = 0; i < 4; i++) {
      const res = await registerResident('13700000020', otherThan(code));
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('CODE_INVALID');
      expect(res.json().error.message).toContain(`${4 - i}`);
    }
    const fifth = await registerResident('13700000020', otherThan(code));
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('PHONE_LOCKED');

    const right = await registerResident('13700000020', code);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('PHONE_LOCKED');
    const wait = Number(right.headers['retry-after']);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    // No new code is sent to a locked number either.
    await ageCodes('+8613700000020', 61_000);
    const ask = await askCode(t, '13700000020', '10.0.3.1');
    expect(ask.statusCode).toBe(429);
    expect(ask.json().error.code).toBe('PHONE_LOCKED');

    // Fifteen minutes on, a fresh code works and the count starts again.
    await t.database.db
      .update(phoneLockouts)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(phoneLockouts.phone, '+8613700000020'));
    const fresh = await codeFor('13700000020', '10.0.3.1');
    expect((await registerResident('13700000020', otherThan(fresh))).statusCode).toBe(401);
    expect((await registerResident('13700000020', fresh)).statusCode).toBe(201);
    const [left] = await t.database.db
      .select()
      .from(phoneLockouts)
      .where(eq(phoneLockouts.phone, '+8613700000020'));
    expect(left).toBeUndefined();
  });

  it('count when many arrive at once: no more than five are compared', async () => {
    const code = await codeFor('13700000021');
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(t, '13700000021', otherThan(String(Number(code) + i)))),
    );
    const refused = guesses.map((g) => g.json().error.code);
    expect(refused.filter((c) => c === 'CODE_INVALID').length).toBeLessThanOrEqual(4);
    expect(refused.filter((c) => c === 'PHONE_LOCKED').length).toBeGreaterThanOrEqual(8);
    expect((await signIn(t, '13700000021', code)).json().error.code).toBe('PHONE_LOCKED');
  });

  it('lock one number only', async () => {
    const code = await codeFor('13700000022', '10.0.3.2');
    expect((await registerResident('13700000022', code)).statusCode).toBe(201);
  });
});
