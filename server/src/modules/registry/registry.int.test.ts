import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { blindIndex } from '../../lib/personal-data/blind-index.js';
import { keyRingOf, newKey } from '../../lib/personal-data/key-ring.js';
import { sealedKeyId, unseal } from '../../lib/personal-data/seal.js';
import { useTestApp } from '../../test/actors.js';
import { ok, refusal } from '../../test/answers.js';
import { uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { posts } from '../posts/posts.tables.js';
import { users } from '../users/users.tables.js';
import { registryResidents } from './registry.tables.js';
import { rotateDataKey } from './rotate-data-key.js';

const APP_KEY = newKey();
const { t, c } = useTestApp(
  ['admin', 'street', 'community', 'community2', 'grid', 'resident', 'department', 'leader'],
  { dataKeys: keyRingOf(APP_KEY) },
);
const FORGED = '00000000-0000-4000-8000-000000000000';
const grid = demo.gridOf(demo.yongchangCommunity);
const ID = '220104194105061228';
const PHONE = '13912345678';
const SON_ID = '22010419700304123X';

/** A phone's submission under an Idempotency-Key. */
const postKeyed = (url: string, cookie: string, payload: object, key: string) =>
  t.call({ method: 'POST', url, cookie, payload, headers: { 'idempotency-key': key } });

/** No answer carries a full ID number or phone, in any spelling. */
const leaksNothing = (res: LightMyRequestResponse) => {
  for (const secret of [ID, PHONE, SON_ID, ID.slice(6, 14), PHONE.slice(3, 7)]) {
    expect(res.body).not.toContain(secret);
  }
};

let buildingId: string;
let unitIds: string[];
let householdId: string;
let elderId: string;
let leaderCookie: string;

/** A resident who holds a post of `kind` for the building 3号楼 of the grid. */
async function postHolder(kind: 'building_leader' | 'unit_leader', unit = '') {
  const [model] = await t.database.db
    .select({ hash: users.passwordHash, regionCode: users.regionCode })
    .from(users)
    .where(eq(users.username, 'resident'));
  if (!model) throw new Error('no demo resident');
  const username = `${kind}-${randomUUID().slice(0, 8)}`;
  const [row] = await t.database.db
    .insert(users)
    .values({
      username,
      displayName: '楼栋长王',
      passwordHash: model.hash,
      roles: ['resident'],
      regionCode: model.regionCode,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('no user made');
  await t.database.db
    .insert(posts)
    .values({ districtCode: demo.district, userId: row.id, kind, regionCode: grid, building: '3号楼', unit });
  return t.login(username);
}

beforeAll(async () => {
  const b = await ok(
    await t.post('/api/registry/buildings', c.community, {
      regionCode: grid,
      name: '3号楼',
      address: '义和路88号3号楼',
      floors: 6,
      units: ['1单元', '2单元'],
      lat: 43.87,
      lng: 125.32,
    }),
    201,
  );
  buildingId = b.id;
  unitIds = b.units.map((u: { id: string }) => u.id);
  leaderCookie = await postHolder('building_leader');
});

describe('buildings, units, households and people', () => {
  it('registers a building with its units, and the hotline gazetteer finds it', async () => {
    const list = await ok(await t.get(`/api/registry/buildings?regionCode=${grid}`, c.grid));
    expect(list.items.map((b: { name: string }) => b.name)).toContain('3号楼');
    const found = await ok(
      await t.get(`/api/addresses/search?q=${encodeURIComponent('义和社区3号楼')}`, c.community),
    );
    expect(JSON.stringify(found)).toContain('3号楼');
    refusal(
      await t.post('/api/registry/buildings', c.community, {
        regionCode: grid,
        name: '3号楼',
        address: 'x',
        floors: 6,
        units: ['1单元'],
      }),
      409,
      'BUILDING_EXISTS',
    );
    refusal(
      await t.post('/api/registry/buildings', c.community, {
        regionCode: demo.gridOf(demo.qianjinCommunity),
        name: '9号楼',
        address: 'x',
        floors: 6,
        units: ['1单元'],
      }),
      404,
      'REGION_NOT_FOUND',
    );
  });

  it('registers a household with its residents once per Idempotency-Key', async () => {
    const body = {
      buildingId,
      unitId: unitIds[0],
      room: '301',
      floor: 3,
      residents: [
        {
          name: '王秀兰',
          relation: '户主',
          birthYear: 1941,
          idNumber: ID,
          phone: PHONE,
          careTags: ['living_alone', 'aged_80'],
        },
        { name: '李建国', relation: '子女', idNumber: SON_ID },
      ],
    };
    const key = randomUUID();
    const first = await postKeyed('/api/registry/households', c.grid, body, key);
    const saved = await ok(first, 201);
    leaksNothing(first);
    householdId = saved.household.id;
    elderId = saved.household.residents[0].id;
    expect(saved.household.residents[0]).toMatchObject({
      name: '王**',
      idNumber: '220104***********8',
      phone: '139****5678',
    });
    const again = await ok(await postKeyed('/api/registry/households', c.grid, body, key));
    expect(again).toMatchObject({ replayed: true, household: { id: householdId } });
    refusal(
      await t.call({
        method: 'POST',
        url: '/api/registry/households',
        cookie: c.grid,
        payload: { ...body, room: '302' },
        headers: { 'idempotency-key': key },
      }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    refusal(await t.post('/api/registry/households', c.grid, body), 409, 'ROOM_TAKEN');
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const base = { buildingId, unitId: unitIds[1], room: '101', floor: 1, residents: [] };
    const before = await t.database.db.execute(sql`select count(*)::int as n from registry_households`);
    refusal(
      await t.post('/api/registry/households', c.grid, { ...base, floor: 7 }),
      400,
      'FLOOR_ABOVE_BUILDING',
    );
    refusal(
      await t.post('/api/registry/households', c.grid, {
        ...base,
        residents: [{ name: '张三', idNumber: '12345' }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    refusal(
      await t.post('/api/registry/households', c.grid, {
        ...base,
        residents: [{ name: '张三', careTags: ['nobody_knows'] }],
      }),
      400,
      'UNKNOWN_CARE_TAG',
    );
    refusal(
      await t.post('/api/registry/households', c.grid, { ...base, unitId: FORGED }),
      400,
      'UNIT_NOT_IN_BUILDING',
    );
    refusal(
      await t.post('/api/registry/households', c.grid, { ...base, buildingId: FORGED }),
      404,
      'BUILDING_NOT_FOUND',
    );
    const after = await t.database.db.execute(sql`select count(*)::int as n from registry_households`);
    expect(after.rows).toEqual(before.rows);
  });
});

describe("residents' personal data", () => {
  it('is not readable in the raw rows: sealed, indexed and masked only', async () => {
    const raw = await t.database.db.execute(sql`select * from registry_residents`);
    const text = JSON.stringify(raw.rows);
    for (const secret of [ID, PHONE, SON_ID, ID.slice(6, 14), PHONE.slice(3, 7)])
      expect(text).not.toContain(secret);
    expect(text).toContain('v1.');
  });

  it('is masked in every list and answer: building, search, audit log', async () => {
    for (const res of [
      await t.get(`/api/registry/buildings/${buildingId}`, c.community),
      await t.get(`/api/registry/residents?regionCode=${grid}`, c.community),
      await t.get('/api/registry/residents?careTag=living_alone', c.street),
      await t.get(`/api/audit?entity=household&entityId=${householdId}`, c.admin),
      await t.get('/api/care/due', c.grid),
    ]) {
      expect(res.statusCode, res.body).toBe(200);
      leaksNothing(res);
    }
  });

  it('is masked in the Excel export, whatever was searched for', async () => {
    const res = await t.get(`/api/exports/residents?q=${ID}`, c.community);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      cells.push(...(row.values as unknown[]).map((v) => String(v ?? '')));
    });
    const text = cells.join(' ');
    expect(text).toContain('220104***********8');
    expect(text).toContain('王**');
    for (const secret of [ID, PHONE, SON_ID, ID.slice(6, 14), PHONE.slice(3, 7)]) {
      expect(text).not.toContain(secret);
    }
    refusal(await t.get('/api/exports/residents', leaderCookie), 403, 'REGISTRY_STAFF_ONLY');
  });

  it('finds a resident by exact ID number or phone through the blind index, however it is typed', async () => {
    for (const q of [ID, `${ID.slice(0, 6)} ${ID.slice(6)}`, PHONE, `+86${PHONE}`]) {
      const res = await t.get(`/api/registry/residents?q=${encodeURIComponent(q)}`, c.community);
      const page = await ok(res);
      expect(page.items.map((r: { id: string }) => r.id)).toEqual([elderId]);
      leaksNothing(res);
    }
    expect((await ok(await t.get('/api/registry/residents?q=%E7%8E%8B', c.community))).total).toBeGreaterThan(
      0,
    );
    expect((await ok(await t.get(`/api/registry/residents?q=${ID}`, c.community2))).total).toBe(0);
  });

  it('shows unmasked only with people:unmask and a reason, and every look leaves an access record', async () => {
    refusal(
      await t.post(`/api/registry/residents/${elderId}/reveal`, c.grid, { reason: '核对身份' }),
      403,
      'UNMASK_NOT_ALLOWED',
    );
    refusal(
      await t.post(`/api/registry/residents/${elderId}/reveal`, c.community, {}),
      400,
      'VALIDATION_FAILED',
    );
    const before = await ok(await t.get(`/api/registry/access-records?residentId=${elderId}`, c.community));
    const seen = await ok(
      await t.post(`/api/registry/residents/${elderId}/reveal`, c.community, {
        reason: '低保复核，核对身份证号',
      }),
    );
    expect(seen).toMatchObject({
      name: '王秀兰',
      idNumber: ID,
      phone: PHONE,
      room: '301',
      building: '3号楼',
      unit: '1单元',
    });
    const after = await ok(await t.get(`/api/registry/access-records?residentId=${elderId}`, c.community));
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0]).toMatchObject({
      residentId: elderId,
      reason: '低保复核，核对身份证号',
      resident: '王**',
      fields: ['name', 'id_number', 'phone'],
    });
    expect(after.items[0].user).not.toBe('');
    // The record is evidence: the database refuses to change or remove it.
    await expect(t.database.db.execute(sql`delete from personal_data_access`)).rejects.toThrow();
    refusal(await t.get('/api/registry/access-records', c.grid), 403, 'ACCESS_RECORDS_NOT_ALLOWED');
  });

  it("is another community's business: not found for its staff, whatever the route", async () => {
    refusal(await t.get(`/api/registry/buildings/${buildingId}`, c.community2), 404, 'BUILDING_NOT_FOUND');
    refusal(
      await t.post(`/api/registry/residents/${elderId}/reveal`, c.community2, { reason: '试试看看' }),
      404,
      'REGISTRY_RESIDENT_NOT_FOUND',
    );
    refusal(
      await t.patch(`/api/registry/residents/${elderId}`, c.community2, { phone: '13700000000' }),
      404,
      'REGISTRY_RESIDENT_NOT_FOUND',
    );
    refusal(await t.get(`/api/registry/residents?regionCode=${grid}`, c.community2), 404, 'REGION_NOT_FOUND');
    refusal(await t.get('/api/registry/residents', c.department), 403, 'REGISTRY_STAFF_ONLY');
    refusal(await t.get(`/api/registry/buildings/${buildingId}`, c.resident), 404, 'BUILDING_NOT_FOUND');
    refusal(await t.get(`/api/registry/buildings/${FORGED}`, c.community), 404, 'BUILDING_NOT_FOUND');
  });
});

describe('building and unit leaders keep their building current from the phone', () => {
  it('lets the building leader change a resident and add one, and sees the change masked', async () => {
    const household = await ok(
      await t.patch(`/api/registry/residents/${elderId}`, leaderCookie, { phone: '13800001111' }),
    );
    expect(household.residents[0].phone).toBe('138****1111');
    const added = await ok(
      await t.post(`/api/registry/households/${householdId}/residents`, leaderCookie, {
        name: '李小明',
        relation: '孙子女',
      }),
      201,
    );
    expect(added.residents).toHaveLength(3);
    const detail = await ok(await t.get(`/api/registry/buildings/${buildingId}`, leaderCookie));
    expect(detail.canEdit).toBe(true);
    const mine = await ok(await t.get('/api/registry/my-buildings', leaderCookie));
    expect(mine.map((b: { id: string }) => b.id)).toEqual([buildingId]);
    expect(await ok(await t.get('/api/registry/my-buildings', c.grid))).toEqual([]);
    refusal(await t.get('/api/registry/residents', leaderCookie), 403, 'REGISTRY_STAFF_ONLY');
    refusal(
      await t.post(`/api/registry/residents/${elderId}/reveal`, leaderCookie, { reason: '想看看号码' }),
      403,
      'UNMASK_NOT_ALLOWED',
    );
  });

  it('keeps a unit leader to their own unit', async () => {
    const unitLeader = await postHolder('unit_leader', '2单元');
    refusal(
      await t.patch(`/api/registry/residents/${elderId}`, unitLeader, { relation: '户主' }),
      403,
      'NOT_YOUR_UNIT',
    );
    await ok(
      await t.post('/api/registry/households', unitLeader, {
        buildingId,
        unitId: unitIds[1],
        room: '201',
        floor: 2,
        residents: [],
      }),
      201,
    );
  });
});

describe('care visits', () => {
  it('flags a visit overdue once the schedule has passed, and clears it when a visit is recorded', async () => {
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    const photo = await uploadPhoto(t, c.grid);
    const key = randomUUID();
    const visit = {
      residentId: elderId,
      note: '身体尚好，提醒冬季用电安全',
      photoIds: [photo],
      visitedAt: eightDaysAgo,
    };
    await ok(await postKeyed('/api/care/visits', c.grid, visit, key), 201);
    await ok(await postKeyed('/api/care/visits', c.grid, visit, key));
    const due = await ok(await t.get('/api/care/due', c.grid));
    const elder = due.items.find((i: { residentId: string }) => i.residentId === elderId);
    // 独居 (weekly) wins over 高龄 (monthly): due a week after the visit eight days ago.
    expect(elder).toMatchObject({ everyDays: 7, overdue: true, daysOverdue: 1, name: '王**' });
    expect(due.overdue).toBeGreaterThanOrEqual(1);
    const counts = await ok(await t.get(`/api/care/overdue-counts?regionCode=${demo.yongchang}`, c.street));
    expect(
      counts.find((x: { regionCode: string }) => x.regionCode === demo.yongchangCommunity),
    ).toMatchObject({ overdue: 1, underCare: 1 });

    await ok(
      await t.post('/api/care/visits', c.grid, { residentId: elderId, note: '再次走访，一切正常' }),
      201,
    );
    const after = await ok(await t.get('/api/care/due?overdueOnly=true', c.grid));
    expect(after.items.map((i: { residentId: string }) => i.residentId)).not.toContain(elderId);
    const visits = await ok(await t.get(`/api/care/visits?residentId=${elderId}`, c.community));
    expect(visits).toHaveLength(2);
    expect(visits[1].photoIds).toEqual([photo]);
    // Staff of the community see the visit's photo; another community's staff do not.
    expect((await t.get(`/api/photos/${photo}`, c.community)).statusCode).toBe(200);
    expect((await t.get(`/api/photos/${photo}`, c.community2)).statusCode).toBe(404);
  });

  it("follows a community's own schedule over the city's", async () => {
    await ok(
      await t.put('/api/care/schedules', c.community, {
        regionCode: demo.yongchangCommunity,
        careTag: 'living_alone',
        everyDays: 3,
      }),
    );
    const due = await ok(await t.get('/api/care/due', c.grid));
    expect(due.items.find((i: { residentId: string }) => i.residentId === elderId).everyDays).toBe(3);
    refusal(
      await t.put('/api/care/schedules', c.community, { careTag: 'living_alone', everyDays: 3 }),
      403,
      'CARE_SCHEDULE_NOT_YOURS',
    );
    refusal(
      await t.put('/api/care/schedules', c.community2, {
        regionCode: demo.yongchangCommunity,
        careTag: 'living_alone',
        everyDays: 3,
      }),
      404,
      'REGION_NOT_FOUND',
    );
  });

  it('refuses a visit in the future, to a resident elsewhere, or with a photo not the visitor’s', async () => {
    refusal(
      await t.post('/api/care/visits', c.grid, {
        residentId: elderId,
        note: 'x',
        visitedAt: new Date(Date.now() + 86_400_000).toISOString(),
      }),
      400,
      'VISIT_IN_FUTURE',
    );
    refusal(
      await t.post('/api/care/visits', c.community2, { residentId: elderId, note: 'x' }),
      404,
      'REGISTRY_RESIDENT_NOT_FOUND',
    );
    const someoneElses = await uploadPhoto(t, c.community);
    refusal(
      await t.post('/api/care/visits', c.grid, { residentId: elderId, note: 'x', photoIds: [someoneElses] }),
      404,
      'PHOTO_NOT_FOUND',
    );
  });

  it('lets an administrator add a care group, which residents can then carry', async () => {
    await ok(await t.post('/api/care/tags', c.admin, { code: 'veteran', label: '退役军人' }), 201);
    refusal(
      await t.post('/api/care/tags', c.community, { code: 'other', label: '其他' }),
      403,
      'CARE_TAGS_ADMIN_ONLY',
    );
    await ok(
      await t.patch(`/api/registry/residents/${elderId}`, c.community, {
        careTags: ['living_alone', 'veteran'],
      }),
    );
  });
});

describe('rotating the data key', () => {
  it('re-seals every ID number and phone under the new key, so the old key can go', async () => {
    const fresh = newKey();
    // The new key current, the app's key retired: what `npm run data-key:rotate` loads from the environment.
    const rotating = keyRingOf(fresh, [APP_KEY]);
    const count = await rotateDataKey(t.database.db, rotating);
    const rows = await t.database.db.select().from(registryResidents);
    expect(count).toBe(rows.length);
    const newOnly = keyRingOf(fresh);
    for (const r of rows) {
      for (const sealed of [r.idNumberSealed, r.phoneSealed]) {
        if (sealed) expect(sealedKeyId(sealed)).toBe(newOnly.current.id);
      }
    }
    const elder = rows.find((r) => r.id === elderId);
    expect(unseal(newOnly, 'id_number', elder?.idNumberSealed ?? '')).toBe(ID);
    expect(elder?.idNumberIndex).toBe(blindIndex(newOnly, 'id_number', ID));
    // Run again (after a crash, or by mistake): nothing changes but the random IVs.
    expect(await rotateDataKey(t.database.db, newOnly)).toBe(rows.length);
    // Without the retired key the old values would not open: rotation needs both keys at once.
    await expect(rotateDataKey(t.database.db, keyRingOf(newKey()))).rejects.toThrow(/not in NEEDLE_DATA_KEY/);
  });
});
