import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';
import type { TestApp } from '../../test/test-app.js';
import { users } from '../users/users.tables.js';
import { SITE_WINDOW_MS, siteToken } from './site-code.js';
import { volunteerActivities, volunteerSignups } from './volunteers.tables.js';

const { t, c } = useTestApp(['street', 'community', 'community2', 'resident', 'courier']);
const MINUTE = 60_000;
const FORGED = '00000000-0000-4000-8000-000000000000';

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const refusal = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
};

let residentCount = 0;
/** Another resident, signed in, with a number of their own. */
async function newResident(app: TestApp, displayName: string) {
  const [model] = await app.database.db
    .select({ hash: users.passwordHash, regionCode: users.regionCode })
    .from(users)
    .where(eq(users.username, 'resident'));
  if (!model) throw new Error('no demo resident');
  const username = `volunteer-${randomUUID().slice(0, 8)}`;
  residentCount += 1;
  const phone = `+861370000${String(residentCount).padStart(4, '0')}`;
  const [row] = await app.database.db
    .insert(users)
    .values({
      username,
      displayName,
      passwordHash: model.hash,
      phone,
      roles: ['resident'],
      regionCode: model.regionCode,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('no resident made');
  return { id: row.id, phone, cookie: await app.login(username) };
}

/** The token the activity's code showed at `at`: what a phone that scanned it then would post. */
async function tokenAt(activityId: string, at: Date) {
  const [row] = await t.database.db
    .select({ secret: volunteerActivities.siteSecret })
    .from(volunteerActivities)
    .where(eq(volunteerActivities.id, activityId));
  if (!row) throw new Error('no activity');
  return siteToken(row.secret, activityId, at).token;
}

let teamId: string;
let leader: Awaited<ReturnType<typeof newResident>>;
let volunteer: Awaited<ReturnType<typeof newResident>>;

beforeAll(async () => {
  leader = await newResident(t, '队长陈女士');
  volunteer = await newResident(t, '志愿者刘先生');
});

describe('volunteer teams', () => {
  it('are formed by community staff for their community, and by the street for itself', async () => {
    const team = await ok(
      await t.post('/api/volunteer-teams', c.community, { name: '永昌社区助老志愿服务队', focus: '助老' }),
      201,
    );
    teamId = team.id;
    expect(team).toMatchObject({ regionCode: demo.yongchangCommunity, members: 0, verifiedMinutes: 0 });
    await ok(
      await t.post('/api/volunteer-teams', c.street, {
        regionCode: demo.yongchang,
        name: '永昌街道平安巡逻队',
      }),
      201,
    );
    refusal(
      await t.post('/api/volunteer-teams', c.community, { regionCode: demo.qianjinCommunity, name: '越界' }),
      404,
      'REGION_NOT_FOUND',
    );
    refusal(
      await t.post('/api/volunteer-teams', c.street, {
        regionCode: demo.gridOf(demo.yongchangCommunity),
        name: '网格',
      }),
      400,
      'NOT_COMMUNITY_OR_STREET',
    );
    refusal(
      await t.post('/api/volunteer-teams', volunteer.cookie, { name: '自建' }),
      403,
      'VOLUNTEER_STAFF_ONLY',
    );
  });

  it('are listed in pages, staff seeing their own area only', async () => {
    const street = await ok(await t.get('/api/volunteer-teams?pageSize=1', c.street));
    expect(street).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(street.items).toHaveLength(1);
    const page2 = await ok(await t.get('/api/volunteer-teams?pageSize=1&page=2', c.street));
    expect(page2.items[0].id).not.toBe(street.items[0].id);
    expect((await ok(await t.get('/api/volunteer-teams', c.community2))).total).toBe(0);
    refusal(await t.get(`/api/volunteer-teams/${teamId}`, c.community2), 404, 'TEAM_NOT_FOUND');
    // Residents browse any team.
    const browsed = await ok(
      await t.get(`/api/volunteer-teams?regionCode=${demo.yongchangCommunity}`, volunteer.cookie),
    );
    expect(browsed.items.map((x: { id: string }) => x.id)).toEqual([teamId]);
    refusal(await t.get('/api/volunteer-teams', c.courier), 403, 'VOLUNTEERS_NOT_FOR_YOU');
  });

  it('take residents who join or whom staff add, and a leader among them', async () => {
    const joined = await ok(await t.post(`/api/volunteer-teams/${teamId}/join`, volunteer.cookie, {}));
    expect(joined).toMatchObject({ joined: true, members: 1, memberList: [] });
    await ok(await t.post(`/api/volunteer-teams/${teamId}/join`, volunteer.cookie, {}));
    refusal(
      await t.post(`/api/volunteer-teams/${teamId}/members`, c.community, { phone: '13999999999' }),
      404,
      'MEMBER_PHONE_NOT_FOUND',
    );
    refusal(
      await t.put(`/api/volunteer-teams/${teamId}/leader`, c.community, { userId: leader.id }),
      400,
      'LEADER_NOT_MEMBER',
    );
    await ok(
      await t.post(`/api/volunteer-teams/${teamId}/members`, c.community, { phone: leader.phone.slice(3) }),
    );
    const led = await ok(
      await t.put(`/api/volunteer-teams/${teamId}/leader`, c.community, { userId: leader.id }),
    );
    expect(led).toMatchObject({ members: 2, hasLeader: true });
    // Staff see the members masked.
    expect(led.memberList).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          userId: leader.id,
          name: '队****',
          phone: `137****${leader.phone.slice(-4)}`,
          leader: true,
        }),
      ]),
    );
    expect(JSON.stringify(led)).not.toContain('陈女士');
  });
});

describe('an activity: sign-up, check-in and check-out by the on-site code, verified hours', () => {
  let activityId: string;
  let otherActivityId: string;

  it('is announced by the team’s leader, who opens its on-site code', async () => {
    const now = Date.now();
    const activity = await ok(
      await t.post('/api/volunteer-activities', leader.cookie, {
        teamId,
        title: '周六义剪',
        place: '永昌社区活动室',
        startsAt: new Date(now - 40 * MINUTE).toISOString(),
        endsAt: new Date(now + 120 * MINUTE).toISOString(),
        capacity: 10,
      }),
      201,
    );
    activityId = activity.id;
    expect(activity).toMatchObject({
      teamName: '永昌社区助老志愿服务队',
      capacity: 10,
      signedUp: 0,
      mine: null,
    });
    otherActivityId = (
      await ok(
        await t.post('/api/volunteer-activities', c.community, {
          teamId,
          title: '环境整治',
          place: '3号楼',
          startsAt: new Date(now - 40 * MINUTE).toISOString(),
          endsAt: new Date(now + 60 * MINUTE).toISOString(),
          capacity: 5,
        }),
        201,
      )
    ).id;
    refusal(
      await t.post('/api/volunteer-activities', volunteer.cookie, {
        teamId,
        title: '私自',
        place: '某处',
        startsAt: new Date(now + 60 * MINUTE).toISOString(),
        endsAt: new Date(now + 120 * MINUTE).toISOString(),
        capacity: 5,
      }),
      403,
      'TEAM_LEADER_ONLY',
    );
    refusal(
      await t.post('/api/volunteer-activities', c.community, {
        teamId,
        title: '倒着',
        place: '某处',
        startsAt: new Date(now + 120 * MINUTE).toISOString(),
        endsAt: new Date(now + 60 * MINUTE).toISOString(),
        capacity: 5,
      }),
      400,
      'ACTIVITY_ENDS_BEFORE_START',
    );
    const code = await ok(await t.get(`/api/volunteer-activities/${activityId}/site-code`, leader.cookie));
    expect(code.token).toMatch(/^\d+\.[A-Za-z0-9_-]{22}$/);
    expect(new Date(code.validUntil).getTime()).toBeGreaterThan(Date.now());
    refusal(
      await t.get(`/api/volunteer-activities/${activityId}/site-code`, volunteer.cookie),
      403,
      'TEAM_LEADER_ONLY',
    );
    refusal(
      await t.get(`/api/volunteer-activities/${activityId}/site-code`, c.community2),
      404,
      'ACTIVITY_NOT_FOUND',
    );
  });

  it('takes a check-in only of a signed-up resident with this activity’s fresh code', async () => {
    const { token } = await ok(await t.get(`/api/volunteer-activities/${activityId}/site-code`, c.community));
    refusal(
      await t.post(`/api/volunteer-activities/${activityId}/check-in`, volunteer.cookie, { token }),
      409,
      'NOT_SIGNED_UP',
    );
    const signed = await ok(
      await t.post(`/api/volunteer-activities/${activityId}/sign-up`, volunteer.cookie, {}),
    );
    expect(signed).toMatchObject({ signedUp: 1, mine: { checkedInAt: null } });
    // Another activity's code, an expired code and a made-up one are refused.
    const other = await tokenAt(otherActivityId, new Date());
    refusal(
      await t.post(`/api/volunteer-activities/${activityId}/check-in`, volunteer.cookie, { token: other }),
      400,
      'SITE_CODE_INVALID',
    );
    const stale = await tokenAt(activityId, new Date(Date.now() - 3 * SITE_WINDOW_MS));
    refusal(
      await t.post(`/api/volunteer-activities/${activityId}/check-in`, volunteer.cookie, { token: stale }),
      400,
      'SITE_CODE_EXPIRED',
    );
    refusal(
      await t.post(`/api/volunteer-activities/${activityId}/check-in`, volunteer.cookie, {
        token: '12345.abc',
      }),
      400,
      'SITE_CODE_INVALID',
    );
    // Checking out first is refused too.
    refusal(
      await t.post(`/api/volunteer-activities/${activityId}/check-out`, volunteer.cookie, { token }),
      409,
      'NOT_CHECKED_IN',
    );
    const inAt = await ok(
      await t.post(`/api/volunteer-activities/${activityId}/check-in`, volunteer.cookie, { token }),
    );
    expect(inAt).toMatchObject({ checkedInAt: expect.any(String), checkedOutAt: null, verified: false });
    refusal(
      await t.post(`/api/volunteer-activities/${activityId}/check-in`, volunteer.cookie, { token }),
      409,
      'ALREADY_CHECKED_IN',
    );
    refusal(
      await t.post(`/api/volunteer-activities/${activityId}/cancel`, volunteer.cookie, {}),
      409,
      'ACTIVITY_STARTED',
    );
  });

  it('checks out with a fresh scan, verifying the minutes served and crediting points', async () => {
    // The volunteer came 25 minutes ago (the activity started 40 minutes ago).
    await t.database.db
      .update(volunteerSignups)
      .set({ checkedInAt: new Date(Date.now() - 25 * MINUTE) })
      .where(eq(volunteerSignups.userId, volunteer.id));
    const before = (await ok(await t.get('/api/points', volunteer.cookie))).balance;
    const { token } = await ok(
      await t.get(`/api/volunteer-activities/${activityId}/site-code`, leader.cookie),
    );
    const out = await ok(
      await t.post(`/api/volunteer-activities/${activityId}/check-out`, volunteer.cookie, { token }),
    );
    expect(out).toMatchObject({ minutes: 25, verified: true, points: 4 });
    expect((await ok(await t.get('/api/points', volunteer.cookie))).balance).toBe(before + 4);
    refusal(
      await t.post(`/api/volunteer-activities/${activityId}/check-out`, volunteer.cookie, { token }),
      409,
      'ALREADY_CHECKED_OUT',
    );
  });

  it('shows the verified hours per volunteer and per team', async () => {
    const mine = await ok(await t.get('/api/volunteer-hours/mine', volunteer.cookie));
    expect(mine).toMatchObject({
      verifiedMinutes: 25,
      items: [{ activityId, title: '周六义剪', minutes: 25 }],
    });
    const team = await ok(await t.get(`/api/volunteer-teams/${teamId}`, c.community));
    expect(team.verifiedMinutes).toBe(25);
    expect(team.memberList.find((m: { userId: string }) => m.userId === volunteer.id).verifiedMinutes).toBe(
      25,
    );
    const list = await ok(await t.get('/api/volunteer-teams', c.street));
    expect(list.items.find((x: { id: string }) => x.id === teamId).verifiedMinutes).toBe(25);
    const detail = await ok(await t.get(`/api/volunteer-activities/${activityId}`, c.community));
    expect(detail.signups).toEqual([
      expect.objectContaining({ userId: volunteer.id, name: '志*****', minutes: 25, verified: true }),
    ]);
    // A resident sees the activity, not who came.
    expect(
      (await ok(await t.get(`/api/volunteer-activities/${activityId}`, volunteer.cookie))).signups,
    ).toEqual([]);
  });
});

describe('an activity’s capacity', () => {
  it('holds under concurrent sign-ups, and a cancellation before the start frees a place', async () => {
    const startsAt = new Date(Date.now() + 86_400_000);
    const activity = await ok(
      await t.post('/api/volunteer-activities', c.community, {
        teamId,
        title: '防诈宣传',
        place: '社区广场',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        capacity: 3,
      }),
      201,
    );
    const crowd = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => newResident(t, `居民${n}`)));
    const answers = await Promise.all(
      crowd.map((r) => t.post(`/api/volunteer-activities/${activity.id}/sign-up`, r.cookie, {})),
    );
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(3);
    const full = answers.filter((a) => a.statusCode === 409);
    expect(full).toHaveLength(3);
    for (const a of full) expect(a.json().error.code).toBe('ACTIVITY_FULL');
    const seen = await ok(await t.get(`/api/volunteer-activities/${activity.id}`, c.community));
    expect(seen.signedUp).toBe(3);
    const inIndex = answers.findIndex((a) => a.statusCode === 200);
    const outIndex = answers.findIndex((a) => a.statusCode === 409);
    const cancelled = await ok(
      await t.post(`/api/volunteer-activities/${activity.id}/cancel`, crowd[inIndex]?.cookie, {}),
    );
    expect(cancelled).toMatchObject({ signedUp: 2, mine: null });
    expect(
      (
        await ok(
          await t.post(`/api/volunteer-activities/${activity.id}/sign-up`, crowd[outIndex]?.cookie, {}),
        )
      ).signedUp,
    ).toBe(3);
    refusal(
      await t.get(`/api/volunteer-activities/${activity.id}/site-code`, c.community),
      409,
      'SITE_CODE_CLOSED',
    );
    refusal(
      await t.post(`/api/volunteer-activities/${FORGED}/sign-up`, volunteer.cookie, {}),
      404,
      'ACTIVITY_NOT_FOUND',
    );
  });
});

describe('双报到: party members register where they live and are rated', () => {
  let registrationId: string;

  it('registers a resident with their home community, once', async () => {
    const registered = await ok(
      await t.post('/api/party-members', c.resident, {
        regionCode: demo.yongchangCommunity,
        branch: '市税务局第三党支部',
      }),
      201,
    );
    registrationId = registered.registration.id;
    expect(registered.registration).toMatchObject({
      regionCode: demo.yongchangCommunity,
      confirmedAt: null,
      ratings: [],
    });
    refusal(
      await t.post('/api/party-members', c.resident, { regionCode: demo.qianjinCommunity, branch: '另一个' }),
      409,
      'ALREADY_REGISTERED',
    );
    refusal(
      await t.post('/api/party-members', volunteer.cookie, {
        regionCode: demo.yongchang.padEnd(12, '9'),
        branch: 'x',
      }),
      404,
      'REGION_NOT_FOUND',
    );
  });

  it('is confirmed and given the year’s stars by the community, not by another', async () => {
    const year = new Date().getFullYear();
    refusal(
      await t.post(`/api/party-members/${registrationId}/confirm`, c.community2, {}),
      404,
      'PARTY_MEMBER_NOT_FOUND',
    );
    refusal(
      await t.put(`/api/party-members/${registrationId}/ratings/${year}`, c.community, { stars: 5 }),
      409,
      'PARTY_MEMBER_UNCONFIRMED',
    );
    const confirmed = await ok(await t.post(`/api/party-members/${registrationId}/confirm`, c.community, {}));
    expect(confirmed).toMatchObject({
      name: '居****',
      phone: '138****5678',
      confirmedAt: expect.any(String),
    });
    refusal(
      await t.put(`/api/party-members/${registrationId}/ratings/${year}`, c.community, { stars: 6 }),
      400,
      'VALIDATION_FAILED',
    );
    await ok(await t.put(`/api/party-members/${registrationId}/ratings/${year}`, c.community, { stars: 3 }));
    const rated = await ok(
      await t.put(`/api/party-members/${registrationId}/ratings/${year}`, c.community, {
        stars: 5,
        note: '积极',
      }),
    );
    expect(rated.stars).toBe(5);
    const list = await ok(await t.get(`/api/party-members?year=${year}&confirmed=true`, c.street));
    expect(list.items).toEqual([expect.objectContaining({ id: registrationId, stars: 5, name: '居****' })]);
    expect(JSON.stringify(list)).not.toContain('张女士');
    expect((await ok(await t.get('/api/party-members', c.community2))).total).toBe(0);
    const mine = await ok(await t.get('/api/party-members/mine', c.resident));
    expect(mine.registration.ratings).toEqual([{ year, stars: 5 }]);
  });
});

describe('partner units’ yearly whistle responses', () => {
  it('lists the units a community draws on with the year’s responses and their minimum', async () => {
    const unit = await ok(
      await t.post('/api/partner-units', c.street, { name: '永昌物业公司', kind: 'company' }),
      201,
    );
    const seen = await ok(
      await t.get(`/api/partner-responses?regionCode=${demo.yongchangCommunity}`, c.community),
    );
    expect(seen.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: unit.id,
          responses: 0,
          requiredYearlyResponses: 2,
          belowMinimum: true,
        }),
      ]),
    );
    refusal(
      await t.get(`/api/partner-responses?regionCode=${demo.yongchangCommunity}`, c.community2),
      404,
      'REGION_NOT_FOUND',
    );
    refusal(await t.get('/api/partner-responses', volunteer.cookie), 403, 'VOLUNTEER_STAFF_ONLY');
  });
});
