import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { findCategory, seedCategories } from './categories.service.js';
import { NAMES_USERS_SAY } from './seed/catalogue.js';

/** Subclass code by Chinese name, from the API itself rather than typed in. */
const codeOf = new Map<string, string>();

interface Sub {
  code: string;
  nameZh: string;
  version: number;
  timeLimitAmount: number;
  timeLimitUnit: string;
  filingStandard: string;
  closingStandard: string;
  routing: string;
  departmentType: string;
  active: boolean;
}

const { t, c: signedIn } = useTestApp(['admin', 'resident']);
beforeAll(async () => {
  const res = await t.get('/api/categories?includeInactive=true', signedIn.admin);
  for (const c of res.json().items) for (const s of c.subcategories as Sub[]) codeOf.set(s.nameZh, s.code);
});

const code = (name: string) => {
  const c = codeOf.get(name);
  if (!c) throw new Error(`no subclass ${name}`);
  return c;
};
const get = async (c: string): Promise<Sub> => (await t.get(`/api/categories/${c}`, signedIn.admin)).json();
const history = async (c: string) =>
  (await t.get(`/api/categories/${c}/history`, signedIn.admin)).json().items;
const patch = (c: string, payload: unknown, cookie = signedIn.admin) =>
  t.patch(`/api/categories/${c}`, cookie, payload as object);

const REQUIRED_NAMES = NAMES_USERS_SAY;

describe('the seeded category tree', () => {
  it('gives a resident at least 60 subclasses with their responsibility-list lines', async () => {
    const res = await t.get('/api/categories', signedIn.resident);
    expect(res.statusCode).toBe(200);
    const subs: Sub[] = res.json().items.flatMap((c: { subcategories: Sub[] }) => c.subcategories);
    expect(subs.length).toBeGreaterThanOrEqual(60);
    const names = new Set(subs.map((s) => s.nameZh));
    for (const name of REQUIRED_NAMES) expect(names.has(name), name).toBe(true);
    expect(subs.find((s) => s.nameZh === '井盖缺失')).toMatchObject({
      timeLimitAmount: 2,
      timeLimitUnit: 'calendar_hours',
      routing: 'department_led',
      version: 1,
      active: true,
      filingStandard: expect.any(String),
      closingStandard: expect.any(String),
      departmentType: expect.any(String),
    });
  });

  it('is seeded once: a second run adds nothing, and each subclass has its first history row', async () => {
    expect(await seedCategories(t.database.db)).toBe(0);
    expect(await history(code('路灯不亮'))).toEqual([
      expect.objectContaining({ version: 1, changedBy: null }),
    ]);
  });

  it('is for signed-in users only', async () => {
    expect((await t.get('/api/categories')).statusCode).toBe(401);
  });

  it('answers the case module with the full row, or null for an unknown code', async () => {
    const row = await findCategory(t.database.db, code('井盖缺失'));
    expect(row).toMatchObject({ nameZh: '井盖缺失', kind: 'event', hotlineType: null, version: 1 });
    expect(await findCategory(t.database.db, 'E9999')).toBeNull();
  });
});

describe('editing the responsibility list', () => {
  it('an admin changes a time limit: version 2, two history rows, audit before and after', async () => {
    const c = code('井盖缺失');
    const res = await patch(c, { timeLimitAmount: 3, timeLimitUnit: 'working_hours' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: c, version: 2, timeLimitAmount: 3 });
    expect(await get(c)).toMatchObject({ version: 2, timeLimitAmount: 3 });
    const versions = await history(c);
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0].snapshot).toMatchObject({ timeLimitAmount: 3, version: 2 });
    expect(versions[1].snapshot).toMatchObject({ timeLimitAmount: 2, version: 1 });
    const audit = await t.get(`/api/audit?entity=category&entityId=${c}`, signedIn.admin);
    expect(audit.json().items[0]).toMatchObject({
      action: 'category.update',
      before: { timeLimitAmount: 2, version: 1 },
      after: { timeLimitAmount: 3, version: 2 },
    });
  });

  it('an edit that changes nothing makes no new version', async () => {
    const c = code('噪音扰民');
    const before = await get(c);
    const res = await patch(c, { timeLimitAmount: before.timeLimitAmount });
    expect(res.json().version).toBe(1);
    expect(await history(c)).toHaveLength(1);
  });

  it('a deactivated subclass leaves the residents’ list but stays for admins', async () => {
    const c = code('油烟扰民');
    expect((await patch(c, { active: false })).json()).toMatchObject({ active: false, version: 2 });
    const list = await t.get('/api/categories', signedIn.resident);
    const codes = list
      .json()
      .items.flatMap((k: { subcategories: Sub[] }) => k.subcategories.map((s) => s.code));
    expect(codes).not.toContain(c);
    expect((await get(c)).active).toBe(false);
  });

  it('only admins edit', async () => {
    for (const user of ['dispatcher', 'street', 'leader', 'resident']) {
      const res = await patch(code('占道经营'), { timeLimitAmount: 9 }, await t.login(user));
      expect(res.statusCode, user).toBe(403);
    }
    expect((await patch(code('占道经营'), { timeLimitAmount: 9 }, '')).statusCode).toBe(401);
    expect((await get(code('占道经营'))).version).toBe(1);
  });

  it.each([
    ['a zero limit', { timeLimitAmount: 0 }],
    ['a fractional limit', { timeLimitAmount: 1.5 }],
    ['a limit as text', { timeLimitAmount: '2' }],
    ['366 working days', { timeLimitAmount: 366, timeLimitUnit: 'working_days' }],
    ['2001 working hours', { timeLimitAmount: 2001, timeLimitUnit: 'working_hours' }],
    ['an unknown unit', { timeLimitUnit: 'weeks' }],
    ['an unknown routing', { routing: 'mayor_led' }],
    ['an unknown lead unit', { departmentType: 'mayor' }],
    ['a street-led item led by a department', { routing: 'street_led' }],
    ['a department-led item led by the street', { departmentType: 'street' }],
    ['an empty name', { nameZh: '' }],
    ['a blank standard', { closingStandard: '   ' }],
    ['an over-long standard', { filingStandard: '标'.repeat(501) }],
    ['a changed code', { code: 'E9998' }],
    ['an empty change', {}],
    ['null', null],
  ])('refuses %s with 400 and changes nothing', async (_, payload) => {
    const c = code('暴露垃圾');
    const res = await patch(c, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toMatch(/^(VALIDATION_FAILED|CATEGORY_INVALID|MALFORMED_JSON)$/);
    const now = await get(c);
    expect(now.version).toBe(1);
    expect(await history(c)).toHaveLength(1);
  });

  it('documents the edit with an example body', async () => {
    const spec = (await t.get('/api/openapi.json')).json();
    // A single example is published as the media type's `example`.
    const media = spec.paths['/api/categories/{code}'].patch.requestBody.content['application/json'];
    expect(media.example).toMatchObject({ timeLimitAmount: expect.any(Number) });
  });

  it('answers an unknown code with 404 CATEGORY_NOT_FOUND', async () => {
    for (const res of [
      await t.get('/api/categories/E9999', signedIn.admin),
      await t.get('/api/categories/E9999/history', signedIn.admin),
      await patch('E9999', { timeLimitAmount: 1 }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('CATEGORY_NOT_FOUND');
    }
  });
});
