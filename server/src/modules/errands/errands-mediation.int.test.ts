import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { ok, refusal } from '../../test/answers.js';
import { grid001 } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { users } from '../users/users.tables.js';

const { t, c } = useTestApp(['community', 'community2', 'grid', 'resident', 'street']);
let residentId: string;

beforeAll(async () => {
  const [r] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'resident'));
  residentId = r?.id ?? '';
});

describe('帮办代办: an errand run for a resident', () => {
  let id: string;

  it('is taken on with the documents handed over, and the resident follows its status', async () => {
    const errand = await ok(
      await t.post('/api/errands', c.grid, {
        regionCode: grid001,
        kind: 'senior_card',
        forName: '王秀兰',
        requesterId: residentId,
        office: '区政务服务中心',
        deadline: '2099-12-20',
        documents: ['身份证', '户口本'],
      }),
      201,
    );
    id = errand.id;
    expect(errand).toMatchObject({ forName: '王**', state: 'received', overdue: false });
    expect(errand.documents.map((d: { returnedAt: string | null }) => d.returnedAt)).toEqual([null, null]);
    const mine = await ok(await t.get('/api/errands', c.resident));
    expect(mine.map((e: { id: string }) => e.id)).toEqual([id]);
  });

  it('links the resident by the phone number they signed up with, as typed at the counter', async () => {
    const errand = await ok(
      await t.post('/api/errands', c.grid, {
        regionCode: grid001,
        kind: 'certificate',
        forName: '王秀兰',
        requesterPhone: '138 1234 5678',
        deadline: '2099-12-21',
      }),
      201,
    );
    const mine = await ok(await t.get('/api/errands', c.resident));
    expect(mine.map((e: { id: string }) => e.id)).toContain(errand.id);
    await ok(await t.post(`/api/errands/${errand.id}/steps`, c.grid, { state: 'cancelled' }));
  });

  it('moves on to submitted and completed, the documents returned, and no further', async () => {
    await ok(await t.post(`/api/errands/${id}/steps`, c.grid, { state: 'submitted', note: '已递交窗口' }));
    const done = await ok(
      await t.post(`/api/errands/${id}/steps`, c.grid, {
        state: 'completed',
        returned: ['身份证', '户口本'],
      }),
    );
    expect(done.state).toBe('completed');
    expect(done.documents.every((d: { returnedAt: string | null }) => d.returnedAt !== null)).toBe(true);
    expect(done.timeline.map((e: { state: string }) => e.state)).toEqual([
      'received',
      'submitted',
      'completed',
    ]);
    refusal(
      await t.post(`/api/errands/${id}/steps`, c.grid, { state: 'cancelled' }),
      409,
      'ERRAND_STEP_NOT_ALLOWED',
    );
    const mine = await ok(await t.get('/api/errands', c.resident));
    expect(mine.find((e: { id: string }) => e.id === id).state).toBe('completed');
  });

  it('flags an errand past its deadline, and keeps other communities out', async () => {
    const late = await ok(
      await t.post('/api/errands', c.community, {
        regionCode: grid001,
        kind: 'relief',
        forName: '李建国',
        deadline: '2020-01-01',
      }),
      201,
    );
    expect(late.overdue).toBe(true);
    refusal(
      await t.post(`/api/errands/${id}/steps`, c.community2, { state: 'cancelled' }),
      404,
      'ERRAND_NOT_FOUND',
    );
    refusal(
      await t.post('/api/errands', c.community2, {
        regionCode: grid001,
        kind: 'other',
        forName: 'x',
        deadline: '2099-01-01',
      }),
      404,
      'REGION_NOT_FOUND',
    );
    refusal(
      await t.post('/api/errands', c.grid, {
        regionCode: grid001,
        kind: 'other',
        forName: 'x',
        deadline: '2099-01-01',
        requesterPhone: '13700000000',
      }),
      404,
      'REQUESTER_NOT_FOUND',
    );
    refusal(
      await t.post('/api/errands', c.grid, {
        regionCode: grid001,
        kind: 'other',
        forName: 'x',
        deadline: '2099-01-01',
        requesterId: '00000000-0000-4000-8000-000000000000',
      }),
      404,
      'REQUESTER_NOT_FOUND',
    );
    refusal(
      await t.post('/api/errands', c.resident, {
        regionCode: grid001,
        kind: 'other',
        forName: 'x',
        deadline: '2099-01-01',
      }),
      403,
      'ERRANDS_STAFF_ONLY',
    );
  });
});

describe('矛盾调解: a dispute mediated to an agreement and followed up', () => {
  it('opens with the parties masked, records sessions, settles and is followed up, and is counted', async () => {
    const d = await ok(
      await t.post('/api/disputes', c.grid, {
        regionCode: grid001,
        kind: 'neighbour',
        summary: '楼上漏水殃及楼下',
        parties: [
          { name: '张建华', side: '楼上' },
          { name: '刘淑珍', side: '楼下' },
        ],
      }),
      201,
    );
    expect(d.parties.map((p: { name: string }) => p.name)).toEqual(['张**', '刘**']);
    await ok(await t.post(`/api/disputes/${d.id}/sessions`, c.grid, { note: '双方到场，查明漏水原因' }));
    const settled = await ok(
      await t.post(`/api/disputes/${d.id}/settle`, c.grid, {
        outcome: 'agreed',
        agreement: '楼上维修并赔偿',
        followUpOn: '2099-01-10',
      }),
    );
    expect(settled).toMatchObject({ state: 'agreed', sessions: [{ note: '双方到场，查明漏水原因' }] });
    refusal(await t.post(`/api/disputes/${d.id}/sessions`, c.grid, { note: 'x' }), 409, 'DISPUTE_SETTLED');
    const followed = await ok(
      await t.post(`/api/disputes/${d.id}/follow-up`, c.community, { note: '已修好，双方满意' }),
    );
    expect(followed.followedUpAt).not.toBeNull();
    const failed = await ok(
      await t.post('/api/disputes', c.grid, {
        regionCode: grid001,
        kind: 'family',
        summary: '赡养纠纷',
        parties: [
          { name: '甲', side: '' },
          { name: '乙', side: '' },
        ],
      }),
      201,
    );
    await ok(await t.post(`/api/disputes/${failed.id}/settle`, c.grid, { outcome: 'failed' }));
    const counts = await ok(await t.get(`/api/disputes/counts?regionCode=${demo.yongchang}`, c.street));
    expect(
      counts.find((x: { regionCode: string }) => x.regionCode === demo.yongchangCommunity),
    ).toMatchObject({ agreed: 1, failed: 1, open: 0 });
    const byGrid = await ok(
      await t.get(`/api/disputes/counts?regionCode=${demo.yongchangCommunity}`, c.community),
    );
    expect(byGrid.find((x: { regionCode: string }) => x.regionCode === grid001)).toMatchObject({
      agreed: 1,
      failed: 1,
    });
    refusal(await t.get(`/api/disputes?regionCode=${grid001}`, c.community2), 404, 'REGION_NOT_FOUND');
  });
});
