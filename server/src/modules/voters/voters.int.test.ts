import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { userIds, useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';
import { DOOR_CODE_MAX_FAILURES } from './door-code.js';
import { verifiedHouseholdOf } from './verified-household.js';

const { t, c } = useTestApp(['admin', 'community', 'community2', 'grid', 'resident', 'street']);
const PASSWORD = 'Resident@2026';

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const refusal = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
};

/** A resident who signed up on the phone, with a number of their own, signed in. */
async function newResident(username: string, phone: string) {
  const created = await ok(
    await t.post('/api/users', c.admin, {
      username,
      displayName: `居民${username}`,
      password: PASSWORD,
      phone,
      roles: ['resident'],
      regionCode: demo.district,
    }),
    201,
  );
  return { id: created.id as string, cookie: await t.login(username, PASSWORD) };
}

let household: string;
let otherHousehold: string;

beforeAll(async () => {
  household = (await ok(await t.post('/api/households', c.community, { placeLabel: '3号楼2单元301' }), 201))
    .id;
  otherHousehold = (await ok(await t.post('/api/households', c.grid, { placeLabel: '5号楼1单元102' }), 201))
    .id;
});

describe('the household registry (户籍台账)', () => {
  it('keeps households as places of the community, once per place', async () => {
    const list = await ok(await t.get('/api/households', c.community));
    const mine = list.items.find((h: { id: string }) => h.id === household);
    expect(mine).toMatchObject({
      regionCode: demo.yongchangCommunity,
      placeLabel: '3号楼2单元301',
      doorCode: 'none',
      residents: 0,
    });
    // The grid worker's household went on their grid's community's registry.
    expect(list.items.map((h: { id: string }) => h.id)).toContain(otherHousehold);
    refusal(
      await t.post('/api/households', c.community, { placeLabel: '3号楼2单元301' }),
      409,
      'HOUSEHOLD_EXISTS',
    );
  });

  it("is not another community's: its staff do not see it, and its ids answer 404", async () => {
    const list = await ok(await t.get('/api/households', c.community2));
    expect(list.items.map((h: { id: string }) => h.id)).not.toContain(household);
    refusal(await t.post(`/api/households/${household}/door-code`, c.community2), 404, 'HOUSEHOLD_NOT_FOUND');
    refusal(
      await t.post(`/api/households/${household}/residents`, c.community2, { phone: '13812345678' }),
      404,
      'HOUSEHOLD_NOT_FOUND',
    );
    refusal(
      await t.post('/api/households', c.community2, {
        regionCode: demo.yongchangCommunity,
        placeLabel: '1号楼',
      }),
      404,
      'REGION_NOT_FOUND',
    );
  });

  it('is not for residents', async () => {
    refusal(await t.get('/api/households', c.resident), 403, 'VOTERS_STAFF_ONLY');
  });
});

describe('verifying a resident', () => {
  it('by a grid worker at the door, by the number the resident signed up with; one identity, one household', async () => {
    const resident = await newResident('verify-by-grid', '+8613700000201');
    expect((await ok(await t.get('/api/my/household', resident.cookie))).verified).toBe(false);
    const verified = await ok(
      await t.post(`/api/households/${household}/residents`, c.grid, { phone: '137 0000 0201' }),
      201,
    );
    expect(verified).toMatchObject({
      userId: resident.id,
      householdId: household,
      placeLabel: '3号楼2单元301',
      method: 'grid_worker',
      // Masked, as in every list.
      name: expect.stringMatching(/^居\*+$/),
      phone: '137****0201',
    });
    expect(await ok(await t.get('/api/my/household', resident.cookie))).toMatchObject({
      verified: true,
      householdId: household,
      communityCode: demo.yongchangCommunity,
      method: 'grid_worker',
    });
    expect(await verifiedHouseholdOf(t.database.db, resident.id)).toEqual({
      householdId: household,
      communityCode: demo.yongchangCommunity,
    });
    refusal(
      await t.post(`/api/households/${otherHousehold}/residents`, c.community, { phone: '+8613700000201' }),
      409,
      'RESIDENT_ALREADY_VERIFIED',
    );
    refusal(
      await t.post(`/api/households/${household}/residents`, c.grid, { phone: '+8613700009999' }),
      404,
      'RESIDENT_NOT_FOUND',
    );
    const staff = await ok(await t.get('/api/verified-residents', c.community));
    expect(staff.items.map((r: { userId: string }) => r.userId)).toContain(resident.id);
    expect(JSON.stringify(staff)).not.toContain('13700000201');
  });

  it('by a one-time door code: answered once, stored as a hash, refused when wrong or used again', async () => {
    const first = await newResident('verify-by-code', '+8613700000202');
    const second = await newResident('verify-reuse', '+8613700000203');
    const issued = await ok(await t.post(`/api/households/${otherHousehold}/door-code`, c.community), 201);
    expect(issued.code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const stored = await t.database.db.execute(
      `select door_code_hash from households where id = '${otherHousehold}'`,
    );
    expect(JSON.stringify(stored)).not.toContain(issued.code.replace('-', ''));
    expect(JSON.stringify(stored)).not.toContain(issued.code);

    refusal(await t.post('/api/my/household', first.cookie, { code: 'AAAAA-AAAAA' }), 400, 'DOOR_CODE_WRONG');
    const mine = await ok(
      await t.post('/api/my/household', first.cookie, { code: issued.code.toLowerCase().replace('-', ' ') }),
      201,
    );
    expect(mine).toMatchObject({
      verified: true,
      householdId: otherHousehold,
      placeLabel: '5号楼1单元102',
      method: 'door_code',
    });
    // The same resident retrying (the answer was lost) is told again; anyone else is refused.
    expect(
      (await ok(await t.post('/api/my/household', first.cookie, { code: issued.code }), 201)).householdId,
    ).toBe(otherHousehold);
    refusal(await t.post('/api/my/household', second.cookie, { code: issued.code }), 409, 'DOOR_CODE_USED');
    expect((await ok(await t.get('/api/my/household', second.cookie))).verified).toBe(false);
    const list = await ok(await t.get('/api/households', c.community));
    expect(list.items.find((h: { id: string }) => h.id === otherHousehold)).toMatchObject({
      doorCode: 'used',
      residents: 1,
    });

    // A new code for the same door verifies the second member of the household.
    const again = await ok(await t.post(`/api/households/${otherHousehold}/door-code`, c.grid), 201);
    expect(again.code).not.toBe(issued.code);
    await ok(await t.post('/api/my/household', second.cookie, { code: again.code }), 201);
  });

  it('counts wrong codes and makes the guesser wait', async () => {
    const guesser = await newResident('verify-guess', '+8613700000204');
    const issued = await ok(await t.post(`/api/households/${household}/door-code`, c.community), 201);
    for (let i = 0; i < DOOR_CODE_MAX_FAILURES; i++) {
      refusal(
        await t.post('/api/my/household', guesser.cookie, { code: `WRONG-${i}XXXX` }),
        400,
        'DOOR_CODE_WRONG',
      );
    }
    // Even the right code waits now.
    refusal(
      await t.post('/api/my/household', guesser.cookie, { code: issued.code }),
      429,
      'DOOR_CODE_ATTEMPTS',
    );
  });

  it('is for residents only', async () => {
    const issued = await ok(await t.post(`/api/households/${household}/door-code`, c.community), 201);
    refusal(await t.post('/api/my/household', c.street, { code: issued.code }), 403, 'RESIDENTS_ONLY');
    const ids = await userIds(t.database.db, ['street'] as const);
    expect(await verifiedHouseholdOf(t.database.db, ids.street)).toBeNull();
  });
});
