import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';
import { auditLog } from '../audit/audit.tables.js';
import { households, residentVerifications } from '../voters/voters.tables.js';
import { evaluations } from './evaluations.tables.js';

const { t, c } = useTestApp(['admin', 'street', 'community', 'community2', 'resident']);
const FORGED = '00000000-0000-4000-8000-000000000000';
const PASSWORD = 'Evaluate@2026';

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const refusal = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
};

/** Resident accounts by name, each signed in; households by name, with the ids of the registry. */
const residents: Record<string, { id: string; cookie: string }> = {};
const householdIds: Record<string, string> = {};

/** A household on the registry with its members verified, as the voters module leaves them. */
async function verifiedHousehold(name: string, community: string, members: string[]) {
  const [household] = await t.database.db
    .insert(households)
    .values({
      districtCode: `${community.slice(0, 6)}000000`,
      regionCode: community,
      placeLabel: `${name}号楼1单元101`,
      createdAt: new Date(),
    })
    .returning();
  if (!household) throw new Error('no household');
  householdIds[name] = household.id;
  for (const member of members) {
    const user = await ok(
      await t.post('/api/users', c.admin, {
        username: `eval-${member}`,
        displayName: member,
        password: PASSWORD,
        roles: ['resident'],
        regionCode: community,
      }),
      201,
    );
    residents[member] = { id: user.id, cookie: await t.login(`eval-${member}`, PASSWORD) };
    await t.database.db.insert(residentVerifications).values({
      userId: user.id,
      householdId: household.id,
      regionCode: community,
      method: 'grid_worker',
      verifiedAt: new Date(),
    });
  }
}

const cookieOf = (member: string) => {
  const r = residents[member];
  if (!r) throw new Error(`no resident ${member}`);
  return r.cookie;
};
const submit = (evaluationId: string, member: string, body: object, key?: string) =>
  t.call({
    method: 'POST',
    url: `/api/my/evaluations/${evaluationId}/submission`,
    cookie: cookieOf(member),
    payload: body,
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });

const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
const canteen = {
  subject: '社区老年食堂运营方比价评议',
  mode: 'score',
  offers: [
    { name: '幸福餐饮公司', priceFen: 1200, priceUnit: '元/餐', description: '两荤两素一汤' },
    { name: '邻里食堂合作社', priceFen: 1000, priceUnit: '元/餐', description: '一荤两素一汤' },
  ],
  criteria: [
    { name: '价格', weight: 40 },
    { name: '质量', weight: 40 },
    { name: '服务', weight: 20 },
  ],
  opensAt: minutes(-1),
  closesAt: minutes(24 * 60),
};

interface Shape {
  id: string;
  offers: { id: string }[];
  criteria: { id: string }[];
}
/** A score sheet: the scores of each offer, in the order of the criteria. */
const sheet = (e: Shape, perOffer: number[][]) => ({
  scores: e.offers.flatMap((o, i) =>
    e.criteria.map((cr, j) => ({ offerId: o.id, criterionId: cr.id, score: perOffer[i]?.[j] ?? 0 })),
  ),
});

beforeAll(async () => {
  await verifiedHousehold('1', demo.yongchangCommunity, ['wang', 'wangwife']);
  await verifiedHousehold('2', demo.yongchangCommunity, ['li']);
  await verifiedHousehold('3', demo.yongchangCommunity, ['zhao', 'zhaoson']);
  await verifiedHousehold('4', demo.yongchangCommunity, ['sun']);
  await verifiedHousehold('9', demo.qianjinCommunity, ['qian']);
});

describe('民事民评: verified households score the offers, one household one vote', () => {
  let e: Shape & Record<string, unknown>;

  it('is set up by community staff with offers, weighted criteria and a period', async () => {
    e = await ok(await t.post('/api/evaluations', c.community, canteen), 201);
    expect(e).toMatchObject({
      regionCode: demo.yongchangCommunity,
      mode: 'score',
      state: 'open',
      households: 0,
      results: null,
      closedAt: null,
    });
    expect(e.offers.map((o) => (o as unknown as { priceFen: number }).priceFen)).toEqual([1200, 1000]);
    expect(e.criteria).toHaveLength(3);
  });

  it('refuses a set-up that cannot work, and anyone but the community’s staff', async () => {
    const bad = (body: object) => t.post('/api/evaluations', c.community, { ...canteen, ...body });
    refusal(await bad({ criteria: [] }), 400, 'CRITERIA_REQUIRED');
    refusal(await bad({ mode: 'vote' }), 400, 'CRITERIA_IN_VOTE');
    refusal(await bad({ closesAt: minutes(-2), opensAt: minutes(-3) }), 400, 'EVALUATION_PERIOD_INVALID');
    refusal(await bad({ offers: [canteen.offers[0], canteen.offers[0]] }), 400, 'EVALUATION_NAMES_REPEATED');
    refusal(
      await bad({ offers: [{ ...canteen.offers[0], photoIds: [FORGED] }, canteen.offers[1]] }),
      404,
      'PHOTO_NOT_FOUND',
    );
    refusal(await t.post('/api/evaluations', c.resident, canteen), 403, 'EVALUATIONS_STAFF_ONLY');
    refusal(
      await t.post('/api/evaluations', c.community2, { ...canteen, regionCode: demo.yongchangCommunity }),
      404,
      'REGION_NOT_FOUND',
    );
    refusal(await t.get(`/api/evaluations/${e.id}`, c.community2), 404, 'EVALUATION_NOT_FOUND');
    refusal(await t.post(`/api/evaluations/${e.id}/close`, c.community2, {}), 404, 'EVALUATION_NOT_FOUND');
  });

  it('takes one submission per household; a second member of it is refused', async () => {
    const key = randomUUID();
    const first = await ok(
      await submit(
        e.id,
        'wang',
        sheet(e, [
          [3, 5, 4],
          [5, 3, 3],
        ]),
        key,
      ),
      201,
    );
    expect(first).toMatchObject({ evaluationId: e.id, replayed: false });
    refusal(
      await submit(
        e.id,
        'wangwife',
        sheet(e, [
          [1, 1, 1],
          [5, 5, 5],
        ]),
      ),
      409,
      'HOUSEHOLD_ALREADY_EVALUATED',
    );
    // The phone retrying the same submission with its key gets the first one back, not a refusal.
    const retry = await ok(
      await submit(
        e.id,
        'wang',
        sheet(e, [
          [3, 5, 4],
          [5, 3, 3],
        ]),
        key,
      ),
      200,
    );
    expect(retry).toMatchObject({ replayed: true, submittedAt: first.submittedAt });
    await ok(
      await submit(
        e.id,
        'li',
        sheet(e, [
          [5, 5, 4],
          [3, 3, 3],
        ]),
      ),
      201,
    );
  });

  it('refuses two members of one household submitting at the same moment, but one', async () => {
    const both = await Promise.all(
      ['zhao', 'zhaoson'].map((m) =>
        submit(
          e.id,
          m,
          sheet(e, [
            [4, 2, 4],
            [4, 4, 4],
          ]),
        ),
      ),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('refuses residents not verified, of another community, and incomplete sheets', async () => {
    const res = await t.post(
      `/api/my/evaluations/${e.id}/submission`,
      c.resident,
      sheet(e, [
        [3, 3, 3],
        [3, 3, 3],
      ]),
    );
    refusal(res, 403, 'HOUSEHOLD_NOT_VERIFIED');
    refusal(await t.get('/api/my/evaluations', c.resident), 403, 'HOUSEHOLD_NOT_VERIFIED');
    refusal(
      await submit(
        e.id,
        'qian',
        sheet(e, [
          [3, 3, 3],
          [3, 3, 3],
        ]),
      ),
      404,
      'EVALUATION_NOT_FOUND',
    );
    refusal(
      await submit(e.id, 'sun', {
        scores: sheet(e, [
          [3, 3, 3],
          [3, 3, 3],
        ]).scores.slice(1),
      }),
      400,
      'SCORES_INCOMPLETE',
    );
    refusal(await submit(e.id, 'sun', { offerId: e.offers[0]?.id }), 400, 'SUBMISSION_MODE_MISMATCH');
    refusal(
      await submit(
        FORGED,
        'sun',
        sheet(e, [
          [3, 3, 3],
          [3, 3, 3],
        ]),
      ),
      404,
      'EVALUATION_NOT_FOUND',
    );
  });

  it('shows staff and residents how many took part, but no results while open and never a household', async () => {
    const staff = await t.get(`/api/evaluations/${e.id}`, c.community);
    expect(await ok(staff)).toMatchObject({ households: 3, results: null, state: 'open' });
    const mine = await ok(await t.get('/api/my/evaluations', cookieOf('wangwife')));
    expect(mine.items).toEqual([
      expect.objectContaining({ id: e.id, householdTookPart: true, results: null }),
    ]);
    const sunView = await ok(await t.get(`/api/my/evaluations/${e.id}`, cookieOf('sun')));
    expect(sunView.householdTookPart).toBe(false);
    for (const body of [staff.body, JSON.stringify(mine)]) {
      for (const id of [...Object.values(householdIds), ...Object.values(residents).map((r) => r.id)]) {
        expect(body).not.toContain(id);
      }
    }
    // The audit trail says who took part, not in which household nor what they gave.
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'evaluation.take_part'));
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.after === null && a.entityId === e.id)).toBe(true);
  });

  it('closes for good and publishes the weighted results', async () => {
    const closed = await ok(await t.post(`/api/evaluations/${e.id}/close`, c.community, {}));
    expect(closed.state).toBe('closed');
    // 幸福: price (3+5+4)/3, quality (5+5+2)/3, service 4: all 4. 邻里: 4, 10/3, 10/3 → 0.4·4 + 0.6·10/3 = 3.6.
    expect(closed.results).toEqual({
      households: 3,
      offers: [
        expect.objectContaining({ name: '幸福餐饮公司', score: 4, rank: 1, votes: null }),
        expect.objectContaining({ name: '邻里食堂合作社', score: 3.6, rank: 2 }),
      ],
    });
    expect(closed.results.offers[1].criteria.map((x: { average: number }) => x.average)).toEqual([
      4, 3.33, 3.33,
    ]);
    refusal(await t.post(`/api/evaluations/${e.id}/close`, c.community, {}), 409, 'EVALUATION_CLOSED');
    refusal(
      await submit(
        e.id,
        'sun',
        sheet(e, [
          [3, 3, 3],
          [3, 3, 3],
        ]),
      ),
      409,
      'EVALUATION_CLOSED',
    );
  });

  it('shows the results to the residents of the community, and to no other', async () => {
    const view = await ok(await t.get(`/api/my/evaluations/${e.id}`, cookieOf('sun')));
    expect(view.results.offers.map((o: { score: number }) => o.score)).toEqual([4, 3.6]);
    expect((await ok(await t.get('/api/my/evaluations', cookieOf('qian')))).items).toEqual([]);
    refusal(await t.get(`/api/my/evaluations/${e.id}`, cookieOf('qian')), 404, 'EVALUATION_NOT_FOUND');
    const street = await ok(await t.get('/api/evaluations?state=closed', c.street));
    expect(street.items.map((x: { id: string }) => x.id)).toContain(e.id);
  });
});

describe('民事民评: by vote, and by the clock', () => {
  it('counts one vote per household for one offer', async () => {
    const v = await ok(
      await t.post('/api/evaluations', c.community, {
        ...canteen,
        subject: '物业服务企业选聘',
        mode: 'vote',
        criteria: undefined,
      }),
      201,
    );
    const [a, b] = v.offers.map((o: { id: string }) => o.id);
    await ok(await submit(v.id, 'wang', { offerId: b }), 201);
    refusal(await submit(v.id, 'wangwife', { offerId: a }), 409, 'HOUSEHOLD_ALREADY_EVALUATED');
    await ok(await submit(v.id, 'li', { offerId: a }), 201);
    await ok(await submit(v.id, 'zhaoson', { offerId: b }), 201);
    refusal(
      await submit(v.id, 'sun', { scores: [{ offerId: a, criterionId: FORGED, score: 3 }] }),
      400,
      'SUBMISSION_MODE_MISMATCH',
    );
    const closed = await ok(await t.post(`/api/evaluations/${v.id}/close`, c.street, {}));
    expect(closed.results.offers.map((o: { votes: number; rank: number }) => [o.votes, o.rank])).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('closes by itself at its close time, and publishes', async () => {
    const v = await ok(
      await t.post('/api/evaluations', c.community, { ...canteen, subject: '快递驿站选址' }),
      201,
    );
    await ok(
      await submit(
        v.id,
        'li',
        sheet(v, [
          [5, 5, 5],
          [1, 1, 1],
        ]),
      ),
      201,
    );
    const past = new Date(Date.now() - 1000);
    await t.database.db.update(evaluations).set({ closesAt: past }).where(eq(evaluations.id, v.id));
    refusal(
      await submit(
        v.id,
        'sun',
        sheet(v, [
          [3, 3, 3],
          [3, 3, 3],
        ]),
      ),
      409,
      'EVALUATION_CLOSED',
    );
    const view = await ok(await t.get(`/api/my/evaluations/${v.id}`, cookieOf('sun')));
    expect(view).toMatchObject({ state: 'closed', closedAt: past.toISOString() });
    expect(view.results.offers.map((o: { score: number }) => o.score)).toEqual([5, 1]);
    refusal(await t.post(`/api/evaluations/${v.id}/close`, c.community, {}), 409, 'EVALUATION_CLOSED');
  });

  it('takes nothing before it opens', async () => {
    const later = await ok(
      await t.post('/api/evaluations', c.community, {
        ...canteen,
        opensAt: minutes(60),
        closesAt: minutes(120),
      }),
      201,
    );
    expect(later.state).toBe('scheduled');
    refusal(
      await submit(
        later.id,
        'sun',
        sheet(later, [
          [3, 3, 3],
          [3, 3, 3],
        ]),
      ),
      409,
      'EVALUATION_NOT_OPEN',
    );
  });
});
