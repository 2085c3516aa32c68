import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { userIds, useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';
import { communityProjects } from '../community-lists/community-lists.tables.js';
import { deliberations } from '../deliberations/deliberations.tables.js';
import { volunteerActivities, volunteerSignups, volunteerTeams } from '../volunteers/volunteers.tables.js';
import { microWishes } from '../wishes/wishes.tables.js';

const { t, c } = useTestApp([
  'admin',
  'leader',
  'street',
  'community',
  'community2',
  'resident',
  'department',
]);

// A year long past, so that nothing else the demo city or other tests write falls in it.
const YEAR = 2024;
const at = (iso: string) => new Date(`${iso}+08:00`);
const mine = demo.yongchangCommunity;
const neighbour = demo.yongchangOtherCommunity;

const ok = async (res: LightMyRequestResponse) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const refusal = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
};
const dashboard = (cookie: string, query = '') =>
  t.get(`/api/participation/dashboard?year=${YEAR}${query}`, cookie);

beforeAll(async () => {
  const db = t.database.db;
  const { community, resident } = await userIds(db, ['community', 'resident']);
  const project = (
    regionCode: string,
    state: string,
    extra: Partial<typeof communityProjects.$inferInsert> = {},
  ) => ({
    districtCode: demo.district,
    regionCode,
    year: YEAR,
    title: `项目 ${state}`,
    budgetYuan: 1000,
    ownerId: community,
    state: state as typeof communityProjects.$inferInsert.state,
    dueDate: `${YEAR}-12-31`,
    claimDeadline: at(`${YEAR}-03-01T00:00:00`),
    createdAt: at(`${YEAR}-01-10T09:00:00`),
    ...extra,
  });
  await db.insert(communityProjects).values([
    project(mine, 'closed_out', {
      closedAt: at(`${YEAR}-03-15T10:00:00`),
      claimedAt: at(`${YEAR}-02-01T10:00:00`),
    }),
    // 23:30 on New Year's Eve China time: this year's, though 15:30 UTC.
    project(mine, 'closed_out', {
      closedAt: at(`${YEAR}-12-31T23:30:00`),
      fallenAt: at(`${YEAR}-03-01T00:00:00`),
    }),
    project(mine, 'in_progress', { claimedAt: at(`${YEAR}-02-01T10:00:00`) }),
    project(mine, 'draft'),
    project(neighbour, 'open_for_claim'),
    // Another year's project counts in neither.
    project(mine, 'draft', { year: YEAR - 1 }),
    // Another street's.
    project(demo.qianjinCommunity, 'draft'),
  ]);
  const wish = (regionCode: string, state: string, extra: Partial<typeof microWishes.$inferInsert> = {}) => ({
    districtCode: demo.district,
    regionCode,
    title: `心愿 ${state}`,
    postedBy: resident,
    wisherId: resident,
    state: state as typeof microWishes.$inferInsert.state,
    createdAt: at(`${YEAR}-04-01T09:00:00`),
    ...extra,
  });
  await db.insert(microWishes).values([
    wish(mine, 'confirmed', {
      fulfilledAt: at(`${YEAR}-04-20T09:00:00`),
      confirmedAt: at(`${YEAR}-04-21T09:00:00`),
    }),
    wish(mine, 'fulfilled', { fulfilledAt: at(`${YEAR}-05-02T09:00:00`) }),
    wish(neighbour, 'fulfilled', { fulfilledAt: at(`${YEAR}-05-03T09:00:00`) }),
    wish(mine, 'pending_review'),
    // Posted the year before, fulfilled in this one: fulfilled counts in the year it was fulfilled.
    wish(mine, 'fulfilled', {
      createdAt: at(`${YEAR - 1}-12-20T09:00:00`),
      fulfilledAt: at(`${YEAR}-01-05T09:00:00`),
    }),
  ]);
  const [team] = await db
    .insert(volunteerTeams)
    .values({
      districtCode: demo.district,
      regionCode: mine,
      name: '助老队',
      createdAt: at(`${YEAR}-01-02T09:00:00`),
    })
    .returning();
  const [activity] = await db
    .insert(volunteerActivities)
    .values({
      districtCode: demo.district,
      teamId: team?.id ?? '',
      regionCode: mine,
      title: '陪老人聊天',
      place: '活动室',
      startsAt: at(`${YEAR}-06-01T09:00:00`),
      endsAt: at(`${YEAR}-06-01T12:00:00`),
      capacity: 5,
      siteSecret: 'x',
      createdAt: at(`${YEAR}-05-20T09:00:00`),
    })
    .returning();
  await db.insert(volunteerSignups).values([
    {
      districtCode: demo.district,
      activityId: activity?.id ?? '',
      userId: resident,
      signedUpAt: at(`${YEAR}-05-21T09:00:00`),
      minutes: 90,
      verifiedAt: at(`${YEAR}-06-01T11:00:00`),
    },
    {
      districtCode: demo.district,
      activityId: activity?.id ?? '',
      userId: community,
      signedUpAt: at(`${YEAR}-05-21T09:00:00`),
      minutes: 45,
      verifiedAt: at(`${YEAR}-06-01T11:30:00`),
    },
  ]);
  const debate = (state: string, extra: Partial<typeof deliberations.$inferInsert> = {}) => ({
    districtCode: demo.district,
    regionCode: mine,
    title: `议题 ${state}`,
    proposal: '加装电梯',
    state: state as typeof deliberations.$inferInsert.state,
    proposedAt: at(`${YEAR}-07-01T09:00:00`),
    ...extra,
  });
  await db
    .insert(deliberations)
    .values([
      debate('published', { publishedAt: at(`${YEAR}-08-01T09:00:00`) }),
      debate('closed', { publishedAt: at(`${YEAR}-09-01T09:00:00`), closedAt: at(`${YEAR}-09-10T09:00:00`) }),
      debate('voting'),
    ]);
});

describe('the participation dashboard (参与看板)', () => {
  it('gives a community its year: projects by state, wishes fulfilled, hours, deliberations, by month', async () => {
    const body = await ok(await dashboard(c.community));
    expect(body.region).toMatchObject({ code: mine, level: 'community' });
    expect(body.totals).toEqual({
      projects: 4,
      projectsClaimed: 0,
      projectsFallen: 1,
      projectsClosedOut: 2,
      wishesPosted: 3,
      wishesFulfilled: 3,
      volunteerHours: 2.3,
      deliberations: 3,
      resolutionsPublished: 2,
    });
    expect(body.volunteerTeams).toBe(1);
    expect(body.activitiesHeld).toBe(1);
    // Every state is there, zero or not, in the state machine's order.
    expect(body.projectsByState).toEqual([
      { state: 'draft', count: 1 },
      { state: 'open_for_claim', count: 0 },
      { state: 'claimed', count: 0 },
      { state: 'in_progress', count: 1 },
      { state: 'closed_out', count: 2 },
      { state: 'fallen_to_community', count: 0 },
    ]);
    expect(body.wishesByState.find((w: { state: string }) => w.state === 'fulfilled').count).toBe(1);
    expect(
      body.deliberationsByState
        .map((d: { count: number }) => d.count)
        .reduce((a: number, b: number) => a + b),
    ).toBe(3);
    expect(body.months).toHaveLength(12);
    expect(body.months[2]).toMatchObject({ month: 3, projectsClosedOut: 1 });
    // 23:30 on New Year's Eve in China is December, whatever the server's clock zone says.
    expect(body.months[11]).toMatchObject({ month: 12, projectsClosedOut: 1 });
    expect(body.months[0]).toMatchObject({ wishesFulfilled: 1 });
    expect(body.months[5]).toMatchObject({ volunteerHours: 2.3 });
    expect(body.months[7]).toMatchObject({ resolutionsPublished: 1 });
    // A community has no rows below it.
    expect(body.rows).toEqual([]);
  });

  it('gives a street its communities one row each, adding up to its totals', async () => {
    const body = await ok(await dashboard(c.street));
    expect(body.region).toMatchObject({ code: demo.yongchang, level: 'street' });
    expect(body.totals).toMatchObject({ projects: 5, wishesFulfilled: 4, volunteerHours: 2.3 });
    const row = (code: string) => body.rows.find((r: { code: string }) => r.code === code);
    expect(row(mine)).toMatchObject({ projects: 4, wishesFulfilled: 3, deliberations: 3 });
    expect(row(neighbour)).toMatchObject({ projects: 1, wishesFulfilled: 1, deliberations: 0 });
    const sum = (key: string) =>
      body.rows.reduce((s: number, r: Record<string, number>) => s + (r[key] ?? 0), 0);
    for (const key of ['projects', 'wishesPosted', 'wishesFulfilled', 'deliberations']) {
      expect(sum(key), key).toBe(body.totals[key]);
    }
    // The street may open one of its communities.
    expect((await ok(await dashboard(c.street, `&region=${neighbour}`))).totals.projects).toBe(1);
  });

  it('lets the district’s leader and the admin see a street’s, and other streets apart', async () => {
    const district = await ok(await dashboard(c.leader));
    expect(district.region.level).toBe('district');
    expect(district.totals.projects).toBe(6);
    expect(district.rows.find((r: { code: string }) => r.code === demo.yongchang).projects).toBe(5);
    const street = await ok(await dashboard(c.admin, `&region=${demo.yongchang}`));
    expect(street.totals.projects).toBe(5);
  });

  it('refuses other jurisdictions, other roles, grids and bad years', async () => {
    refusal(await dashboard(c.community, `&region=${neighbour}`), 404, 'REGION_NOT_FOUND');
    refusal(await dashboard(c.community2, `&region=${mine}`), 404, 'REGION_NOT_FOUND');
    refusal(await dashboard(c.street, '&region=999999999999'), 404, 'REGION_NOT_FOUND');
    // Participation is kept by community: a grid's code (15 digits) is not a region the dashboard takes.
    refusal(await dashboard(c.community, `&region=${demo.gridOf(mine)}`), 400, 'VALIDATION_FAILED');
    refusal(await dashboard(c.resident), 403, 'PARTICIPATION_DASHBOARD_NOT_FOR_YOU');
    refusal(await dashboard(c.department), 403, 'PARTICIPATION_DASHBOARD_NOT_FOR_YOU');
    expect((await t.get('/api/participation/dashboard?year=1999', c.community)).statusCode).toBe(400);
    expect((await t.get('/api/participation/dashboard?year=abc', c.community)).statusCode).toBe(400);
    expect((await t.get('/api/participation/dashboard?region=12', c.community)).statusCode).toBe(400);
    expect((await t.get('/api/participation/dashboard')).statusCode).toBe(401);
  });

  it('defaults to this year', async () => {
    const body = await ok(await t.get('/api/participation/dashboard', c.community));
    expect(body.year).toBe(
      Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' })),
    );
  });
});
