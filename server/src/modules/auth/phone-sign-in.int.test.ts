import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointIn, report } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { askCode, codeTextedTo, sessionOf, signIn, signUp } from '../../test/phones.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { users } from '../users/users.tables.js';
import { phoneCodes } from './phone-codes.tables.js';

// The demo installation (NEEDLE_DEMO=1) answers the code; a real one only texts it through the gateway.
let t: TestApp;
let real: TestApp;
beforeAll(async () => {
  [t, real] = await Promise.all([createTestApp({ demo: true }), createTestApp()]);
});
afterAll(async () => {
  await Promise.all([t.close(), real.close()]);
});

/** Asks the demo installation for a code and returns it as the screen shows it. */
async function demoCode(phone: string): Promise<string> {
  const res = await askCode(t, phone);
  expect(res.statusCode, res.body).toBe(202);
  return res.json().demoCode;
}

describe('signing up and in by phone', () => {
  it('a courier signs up with the demo code, with their company; the number is stored in E.164 and shown masked', async () => {
    const asked = await askCode(t, '138 0013 8000');
    expect(asked.statusCode, asked.body).toBe(202);
    const body = asked.json();
    expect(body).toMatchObject({ phone: '138****8000', resendAfterSeconds: 60 });
    expect(body.demoCode).toMatch(/^[0-9]{6}$/);
    const expiresIn = Date.parse(body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(4 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(5 * 60_000);
    // The gateway gets the same code, addressed to the number (there is no account yet).
    expect(await codeTextedTo(t, '+8613800138000')).toBe(body.demoCode);

    const res = await signUp(t, {
      phone: '+86 138-0013-8000',
      code: body.demoCode,
      displayName: ' 王师傅 ',
      role: 'courier',
      company: { kind: 'express', name: '顺丰速运' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const me = res.json().user;
    expect(me).toMatchObject({
      displayName: '王师傅',
      roles: ['courier'],
      phone: '138****8000',
      company: { kind: 'express', name: '顺丰速运' },
      jurisdiction: { kind: 'region', code: demo.city },
    });
    // The username says nothing of the number: staff see usernames unmasked.
    expect(me.username).not.toContain('8000');
    expect(res.body).not.toContain('13800138000');

    const [row] = await t.database.db.select().from(users).where(eq(users.id, me.id));
    expect(row).toMatchObject({ phone: '+8613800138000', companyKind: 'express', companyName: '顺丰速运' });
    const session = sessionOf(res);
    expect((await t.get('/api/auth/me', session)).json().user).toMatchObject({
      id: me.id,
      phone: '138****8000',
    });
  });

  it('stores a hash of the code, never the digits', async () => {
    const code = await demoCode('13800138001');
    const rows = await t.database.db.select().from(phoneCodes).where(eq(phoneCodes.phone, '+8613800138001'));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(code);
  });

  it('signs in again by phone with a new code, as the same account', async () => {
    await t.database.db.update(phoneCodes).set({ createdAt: new Date(Date.now() - 120_000) });
    const code = await demoCode('13800138000');
    const res = await signIn(t, '13800138000', code);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({ displayName: '王师傅', phone: '138****8000' });
    expect((await t.get('/api/auth/me', sessionOf(res))).statusCode).toBe(200);
  });

  it('signs in a demo account by the number it was seeded with', async () => {
    const res = await signIn(t, '13812345678', await demoCode('13812345678'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({ username: 'resident', phone: '138****5678', company: null });
  });

  it('a resident signs up without a company', async () => {
    const res = await signUp(t, {
      phone: '13800138002',
      code: await demoCode('13800138002'),
      displayName: '赵阿姨',
      role: 'resident',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().user).toMatchObject({ roles: ['resident'], company: null, phone: '138****8002' });
  });

  it('a courier signed up by phone reports through the courier channel and finds the report among their own', async () => {
    const code = await demoCode('13800138003');
    const res = await signUp(t, {
      phone: '13800138003',
      code,
      displayName: '刘骑手',
      role: 'courier',
      company: { kind: 'delivery', name: '美团外卖' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const courier = sessionOf(res);
    const admin = await t.login('admin');
    const at = await pointIn(t, admin, demo.gridOf(demo.yongchangCommunity));
    const reported = await report(t, courier, { categoryCode: 'E0450', description: '路口占道经营', ...at });
    expect(reported.statusCode, reported.body).toBe(201);
    expect(reported.json().case).toMatchObject({ channel: 'courier', status: 'reported' });
    const mine = await t.get('/api/cases', courier);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((c: { id: string }) => c.id)).toEqual([reported.json().case.id]);
  });

  it('answers 404 for a number without an account once the code is right, and the same code then signs it up', async () => {
    const code = await demoCode('13800138004');
    const unknown = await signIn(t, '13800138004', code);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('PHONE_NOT_REGISTERED');
    const res = await signUp(t, { phone: '13800138004', code, displayName: '孙先生', role: 'resident' });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('says nothing about a number without an account to someone without its code', async () => {
    await demoCode('13800138005');
    const res = await signIn(t, '13800138005', '000000');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('CODE_INVALID');
  });

  it('refuses to sign up a number that already has an account with 409, and the code still signs it in', async () => {
    const code = await demoCode('13812348765');
    const res = await signUp(t, { phone: '13812348765', code, displayName: '冒名者', role: 'resident' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PHONE_TAKEN');
    expect(res.json().error.message).toContain('138****8765');
    expect(res.body).not.toContain('13812348765');
    const signedIn = await signIn(t, '13812348765', code);
    expect(signedIn.json().user.username).toBe('courier');
  });

  it('shows a signed-up resident in the accounts list, number masked', async () => {
    const admin = await t.login('admin');
    const list = await t.get('/api/users?limit=200', admin);
    const found = list.json().items.find((u: { displayName: string }) => u.displayName === '赵阿姨');
    expect(found).toMatchObject({ phone: '138****8002', roles: ['resident'] });
  });
});

describe('outside demo mode', () => {
  it('sends the code only through the gateway: never in the answer', async () => {
    const asked = await askCode(real, '13800138000');
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json()).not.toHaveProperty('demoCode');
    const code = await codeTextedTo(real, '+8613800138000');
    expect(asked.body).not.toContain(code);
    const res = await signUp(real, { phone: '13800138000', code, displayName: '周女士', role: 'resident' });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('bad input', () => {
  it.each([
    ['no phone', {}],
    ['a number as a number', { phone: 13800138000 }],
    ['an extra field', { phone: '13800138009', code: '123456' }],
  ])('refuses a code request with %s: 400', async (_what, payload) => {
    const res = await t.call({ method: 'POST', url: '/api/auth/phone/code', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it.each([
    ['a fixed line', '0431-88888888'],
    ['too few digits', '1380013800'],
    ['letters', 'my phone'],
  ])('refuses %s as the number to text: 400 INVALID_PHONE', async (_what, phone) => {
    const res = await askCode(t, phone);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_PHONE');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/auth/phone/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"phone":',
    });
    expect(res.statusCode).toBe(400);
  });

  it.each([
    ['a five-digit code', { phone: '13800138010', code: '12345' }],
    ['a code with letters', { phone: '13800138010', code: '12345a' }],
    ['no code', { phone: '13800138010' }],
  ])('refuses a sign-in with %s: 400', async (_what, payload) => {
    const res = await t.call({ method: 'POST', url: '/api/auth/phone/sign-in', payload });
    expect(res.statusCode).toBe(400);
  });

  const base = { phone: '13800138011', code: '123456', displayName: '某人' };
  it.each([
    ['a courier without a company', { ...base, role: 'courier' }, 'COMPANY_REQUIRED'],
    [
      'a courier with a blank company name',
      { ...base, role: 'courier', company: { kind: 'express', name: '  ' } },
      'COMPANY_REQUIRED',
    ],
    [
      'a resident with a company',
      { ...base, role: 'resident', company: { kind: 'express', name: '顺丰' } },
      'COMPANY_NOT_ALLOWED',
    ],
    ['a blank name', { ...base, displayName: '   ', role: 'resident' }, 'NAME_REQUIRED'],
    ['a staff role', { ...base, role: 'admin' }, 'VALIDATION_FAILED'],
    [
      'an unknown company kind',
      { ...base, role: 'courier', company: { kind: 'taxi', name: '滴滴' } },
      'VALIDATION_FAILED',
    ],
  ])('refuses a sign-up of %s: 400 %s', async (_what, payload, code) => {
    const res = await signUp(t, payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe(code);
  });
});
