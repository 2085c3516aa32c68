import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import type { TestApp } from '../../test/test-app.js';
import { auditLog } from '../audit/audit.tables.js';
import { users } from '../users/users.tables.js';

const { t, c } = useTestApp(['street', 'community', 'community2', 'resident', 'grid', 'courier']);
const FORGED = '00000000-0000-4000-8000-000000000000';

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const refusal = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
};

/** Another resident, signed in: a volunteer who claims wishes. */
async function newResident(app: TestApp, displayName: string) {
  const [model] = await app.database.db
    .select({ hash: users.passwordHash, regionCode: users.regionCode })
    .from(users)
    .where(eq(users.username, 'resident'));
  if (!model) throw new Error('no demo resident');
  const username = `volunteer-${randomUUID().slice(0, 8)}`;
  const [row] = await app.database.db
    .insert(users)
    .values({
      username,
      displayName,
      passwordHash: model.hash,
      roles: ['resident'],
      regionCode: model.regionCode,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('no resident made');
  return { id: row.id, cookie: await app.login(username) };
}

let volunteer: { id: string; cookie: string };
let partnerId: string;

beforeAll(async () => {
  volunteer = await newResident(t, '志愿者刘先生');
  partnerId = (
    await ok(await t.post('/api/partner-units', c.street, { name: '永昌超市', kind: 'company' }), 201)
  ).id;
});

describe('a micro-wish is posted, approved, claimed, fulfilled with a photo and confirmed', () => {
  let wishId: string;

  it('takes a resident’s own wish for review, once per Idempotency-Key', async () => {
    const body = {
      regionCode: demo.yongchangCommunity,
      title: '想要一台收音机',
      description: '眼睛不好，想听新闻',
    };
    const key = randomUUID();
    const first = await t.call({
      method: 'POST',
      url: '/api/micro-wishes',
      cookie: c.resident,
      payload: body,
      headers: { 'idempotency-key': key },
    });
    const posted = await ok(first, 201);
    wishId = posted.wish.id;
    expect(posted).toMatchObject({
      replayed: false,
      wish: { state: 'pending_review', regionCode: demo.yongchangCommunity, title: '想要一台收音机' },
    });
    const again = await t.call({
      method: 'POST',
      url: '/api/micro-wishes',
      cookie: c.resident,
      payload: body,
      headers: { 'idempotency-key': key },
    });
    expect((await ok(again)).wish.id).toBe(wishId);
    refusal(
      await t.call({
        method: 'POST',
        url: '/api/micro-wishes',
        cookie: c.resident,
        payload: { ...body, title: '别的心愿' },
        headers: { 'idempotency-key': key },
      }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    // Not offered to volunteers before review.
    const open = await ok(await t.get('/api/micro-wishes/open', volunteer.cookie));
    expect(open.items.map((w: { id: string }) => w.id)).not.toContain(wishId);
  });

  it('hides it from another street’s staff, who can neither see nor review it', async () => {
    refusal(await t.get(`/api/micro-wishes/${wishId}`, c.community2), 404, 'WISH_NOT_FOUND');
    refusal(await t.post(`/api/micro-wishes/${wishId}/approve`, c.community2, {}), 404, 'WISH_NOT_FOUND');
    refusal(await t.post(`/api/micro-wishes/${FORGED}/approve`, c.community, {}), 404, 'WISH_NOT_FOUND');
    const theirs = await ok(await t.get('/api/micro-wishes', c.community2));
    expect(theirs.items.map((w: { id: string }) => w.id)).not.toContain(wishId);
    // Nor does a resident review.
    refusal(
      await t.post(`/api/micro-wishes/${wishId}/approve`, volunteer.cookie, {}),
      403,
      'WISH_STAFF_ONLY',
    );
  });

  it('is approved by the community’s staff and offered to volunteers without the wisher', async () => {
    const approved = await ok(
      await t.post(`/api/micro-wishes/${wishId}/approve`, c.community, { note: '符合条件' }),
    );
    expect(approved.state).toBe('approved');
    refusal(await t.post(`/api/micro-wishes/${wishId}/approve`, c.community, {}), 409, 'WISH_STATE_CONFLICT');
    const open = await ok(
      await t.get(`/api/micro-wishes/open?regionCode=${demo.yongchangCommunity}`, volunteer.cookie),
    );
    const offered = open.items.find((w: { id: string }) => w.id === wishId);
    expect(offered).toMatchObject({ title: '想要一台收音机', wisher: null });
    expect(JSON.stringify(open)).not.toContain('张');
    // Another street's staff do not list it among the wishes waiting for a claimer.
    const elsewhere = await ok(await t.get('/api/micro-wishes/open', c.community2));
    expect(elsewhere.items.map((w: { id: string }) => w.id)).not.toContain(wishId);
  });

  it('cannot be claimed by the wisher, and is claimed by a volunteer once', async () => {
    refusal(await t.post(`/api/micro-wishes/${wishId}/claim`, c.resident, {}), 409, 'WISH_OWN_CLAIM');
    const claimed = await ok(await t.post(`/api/micro-wishes/${wishId}/claim`, volunteer.cookie, {}));
    expect(claimed).toMatchObject({ state: 'claimed', claim: { kind: 'volunteer', mine: true } });
    // The wish is the volunteer's to follow now, still without who wished it.
    const mine = await ok(await t.get('/api/micro-wishes', volunteer.cookie));
    expect(mine.items.find((w: { id: string }) => w.id === wishId)).toMatchObject({ wisher: null });
    const second = await newResident(t, '志愿者二');
    refusal(await t.post(`/api/micro-wishes/${wishId}/claim`, second.cookie, {}), 404, 'WISH_NOT_FOUND');
    refusal(
      await t.post(`/api/micro-wishes/${wishId}/claim`, c.community, { partnerUnitId: partnerId }),
      409,
      'WISH_STATE_CONFLICT',
    );
  });

  it('is fulfilled by its claimer with their own photo, not by anyone else', async () => {
    const staffPhoto = await uploadPhoto(t, c.community);
    refusal(
      await t.post(`/api/micro-wishes/${wishId}/fulfil`, c.community, { photoIds: [staffPhoto] }),
      403,
      'WISH_NOT_CLAIMER',
    );
    refusal(
      await t.post(`/api/micro-wishes/${wishId}/fulfil`, volunteer.cookie, { photoIds: [staffPhoto] }),
      404,
      'PHOTO_NOT_FOUND',
    );
    refusal(
      await t.post(`/api/micro-wishes/${wishId}/fulfil`, volunteer.cookie, { photoIds: [] }),
      400,
      'VALIDATION_FAILED',
    );
    const photo = await uploadPhoto(t, volunteer.cookie);
    const done = await ok(
      await t.post(`/api/micro-wishes/${wishId}/fulfil`, volunteer.cookie, {
        note: '已送到老人家中',
        photoIds: [photo],
      }),
    );
    expect(done).toMatchObject({
      state: 'fulfilled',
      fulfilment: { note: '已送到老人家中', photoIds: [photo] },
    });
  });

  it('is confirmed by the wisher alone, which credits the volunteer’s points', async () => {
    refusal(
      await t.post(`/api/micro-wishes/${wishId}/confirm`, c.community, {}),
      403,
      'WISH_CONFIRM_BY_WISHER',
    );
    refusal(
      await t.post(`/api/micro-wishes/${wishId}/confirm`, volunteer.cookie, {}),
      403,
      'WISH_CONFIRM_BY_WISHER',
    );
    const before = (await ok(await t.get('/api/points', volunteer.cookie))).balance;
    const confirmed = await ok(
      await t.post(`/api/micro-wishes/${wishId}/confirm`, c.resident, { note: '谢谢' }),
    );
    expect(confirmed.state).toBe('confirmed');
    expect(confirmed.confirmedAt).toEqual(expect.any(String));
    const after = (await ok(await t.get('/api/points', volunteer.cookie))).balance;
    expect(after).toBe(before + 20);
  });

  it('keeps every step on the timeline and in the audit log', async () => {
    const detail = await ok(await t.get(`/api/micro-wishes/${wishId}`, c.community));
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'post',
      'approve',
      'claim',
      'fulfil',
      'confirm',
    ]);
    const audited = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'micro_wish'), eq(auditLog.entityId, wishId)));
    expect(audited.map((a) => a.action)).toEqual([
      'micro_wish.post',
      'micro_wish.approve',
      'micro_wish.claim',
      'micro_wish.fulfil',
      'micro_wish.confirm',
    ]);
  });

  it('counts it per community, for staff and on the public page', async () => {
    const counts = await ok(await t.get('/api/micro-wishes/counts', c.street));
    const ours = counts.items.find((r: { regionCode: string }) => r.regionCode === demo.yongchangCommunity);
    expect(ours).toMatchObject({ posted: 1, approved: 1, claimed: 1, fulfilled: 1, confirmed: 1 });
    const publicCounts = await ok(await t.get(`/api/public/communities/${demo.yongchangCommunity}/wishes`));
    expect(publicCounts).toMatchObject({ posted: 1, confirmed: 1 });
    refusal(
      await t.get(`/api/micro-wishes/counts?regionCode=${demo.qianjin}`, c.community),
      404,
      'REGION_NOT_FOUND',
    );
  });
});

describe('a wish a grid worker posts for a resident without a phone', () => {
  let wishId: string;
  const NAME = '王德福';
  const PHONE = '13912345678';

  it('needs the wisher named, and masks them in every list', async () => {
    refusal(await t.post('/api/micro-wishes', c.grid, { title: '轮椅一辆' }), 400, 'WISHER_REQUIRED');
    refusal(
      await t.post('/api/micro-wishes', c.resident, {
        regionCode: demo.yongchangCommunity,
        title: '轮椅',
        wisher: { name: NAME },
      }),
      400,
      'WISHER_NOT_ALLOWED',
    );
    refusal(
      await t.post('/api/micro-wishes', c.grid, {
        regionCode: demo.qianjinCommunity,
        title: '轮椅一辆',
        wisher: { name: NAME },
      }),
      400,
      'WISH_OUTSIDE_GRID',
    );
    const posted = await ok(
      await t.post('/api/micro-wishes', c.grid, { title: '轮椅一辆', wisher: { name: NAME, phone: PHONE } }),
      201,
    );
    wishId = posted.wish.id;
    expect(posted.wish.regionCode).toBe(demo.yongchangCommunity);
    const staffList = await ok(await t.get('/api/micro-wishes?state=pending_review', c.community));
    const listed = staffList.items.find((w: { id: string }) => w.id === wishId);
    expect(listed.wisher).toEqual({ name: '王**', phone: '139****5678', postedForThem: true });
    const gridList = await ok(await t.get('/api/micro-wishes', c.grid));
    expect(gridList.items.find((w: { id: string }) => w.id === wishId).wisher.name).toBe('王**');
    for (const list of [staffList, gridList]) {
      expect(JSON.stringify(list)).not.toContain(NAME);
      expect(JSON.stringify(list)).not.toContain(PHONE);
    }
    // Staff opening the wish may reach the wisher.
    const detail = await ok(await t.get(`/api/micro-wishes/${wishId}`, c.community));
    expect(detail.wisher).toEqual({ name: NAME, phone: `+86${PHONE}`, postedForThem: true });
  });

  it('never shows the wisher to volunteers, the public or the audit log', async () => {
    await ok(await t.post(`/api/micro-wishes/${wishId}/approve`, c.community, {}));
    const open = await ok(await t.get('/api/micro-wishes/open', volunteer.cookie));
    expect(open.items.find((w: { id: string }) => w.id === wishId).wisher).toBeNull();
    const seen = await ok(await t.get(`/api/micro-wishes/${wishId}`, volunteer.cookie));
    expect(seen.wisher).toBeNull();
    const publicPage = await t.get(`/api/public/communities/${demo.yongchangCommunity}/wishes`);
    for (const body of [JSON.stringify(open), JSON.stringify(seen), publicPage.body]) {
      expect(body).not.toContain(NAME);
      expect(body).not.toContain(PHONE);
    }
    const audited = await t.database.db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'micro_wish'), eq(auditLog.entityId, wishId)));
    expect(JSON.stringify(audited)).not.toContain(NAME);
    expect(JSON.stringify(audited)).not.toContain(PHONE);
  });

  it('is claimed for a partner unit by staff, fulfilled by them and confirmed by staff for the wisher', async () => {
    refusal(await t.post(`/api/micro-wishes/${wishId}/claim`, c.community, {}), 400, 'PARTNER_UNIT_REQUIRED');
    const claimed = await ok(
      await t.post(`/api/micro-wishes/${wishId}/claim`, c.community, {
        partnerUnitId: partnerId,
        note: '超市捐赠',
      }),
    );
    expect(claimed.claim).toMatchObject({ kind: 'partner_unit', partnerUnitName: '永昌超市', mine: false });
    const photo = await uploadPhoto(t, c.community);
    await ok(await t.post(`/api/micro-wishes/${wishId}/fulfil`, c.community, { photoIds: [photo] }));
    refusal(await t.post(`/api/micro-wishes/${wishId}/confirm`, c.grid, {}), 403, 'WISH_CONFIRM_BY_WISHER');
    expect((await ok(await t.post(`/api/micro-wishes/${wishId}/confirm`, c.community, {}))).state).toBe(
      'confirmed',
    );
  });
});

describe('refusals', () => {
  it('rejects with a reason, finally', async () => {
    const posted = await ok(
      await t.post('/api/micro-wishes', c.resident, {
        regionCode: demo.yongchangCommunity,
        title: '想要五万元',
      }),
      201,
    );
    const id = posted.wish.id;
    refusal(await t.post(`/api/micro-wishes/${id}/reject`, c.community, {}), 400, 'VALIDATION_FAILED');
    const rejected = await ok(
      await t.post(`/api/micro-wishes/${id}/reject`, c.community, { reason: '超出微心愿范围' }),
    );
    expect(rejected).toMatchObject({ state: 'rejected', reviewNote: '超出微心愿范围' });
    refusal(await t.post(`/api/micro-wishes/${id}/approve`, c.community, {}), 409, 'WISH_STATE_CONFLICT');
    // The wisher sees why.
    const mine = await ok(await t.get('/api/micro-wishes?state=rejected', c.resident));
    expect(mine.items.find((w: { id: string }) => w.id === id).reviewNote).toBe('超出微心愿范围');
  });

  it('refuses whoever takes no part, and a resident without a community', async () => {
    refusal(await t.get('/api/micro-wishes', c.courier), 403, 'WISHES_NOT_FOR_YOU');
    refusal(await t.post('/api/micro-wishes', c.resident, { title: '心愿' }), 400, 'COMMUNITY_REQUIRED');
    refusal(
      await t.post('/api/micro-wishes', c.resident, {
        regionCode: demo.yongchang.padEnd(12, '9'),
        title: '心愿',
      }),
      404,
      'REGION_NOT_FOUND',
    );
    refusal(await t.get('/api/public/communities/999999999999/wishes'), 404, 'REGION_NOT_FOUND');
    expect((await t.get('/api/micro-wishes')).statusCode).toBe(401);
  });
});
