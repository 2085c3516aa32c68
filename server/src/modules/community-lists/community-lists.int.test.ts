import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { userIds, useTestApp } from '../../test/actors.js';
import { uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { auditLog } from '../audit/audit.tables.js';
import { sweepClaimDeadlines } from './claim-deadline-sweep.js';
import { communityProjectEvents, communityProjects } from './community-lists.tables.js';

const { t, c } = useTestApp(['admin', 'street', 'community', 'community2', 'resident', 'grid']);
const FORGED = '00000000-0000-4000-8000-000000000000';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const day = (d: Date) => d.toISOString().slice(0, 10);

let ids: Record<'street' | 'community', string>;
let partnerId: string;
let resourceId: string;

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const refusal = (
  res: { statusCode: number; body: string; json(): unknown },
  status: number,
  code: string,
) => {
  expect(res.statusCode, res.body).toBe(status);
  expect((res.json() as { error: { code: string } }).error.code).toBe(code);
};

const newNeed = async (cookie = c.community, body: Record<string, unknown> = {}) =>
  (
    await ok(
      await t.post('/api/community-needs', cookie, {
        source: 'door_to_door',
        description: '3号楼老人多，楼道缺扶手',
        households: 24,
        householdNote: '3号楼1-2单元',
        ...body,
      }),
      201,
    )
  ).need;
const newProject = async (needIds: string[], body: Record<string, unknown> = {}) =>
  ok(
    await t.post('/api/community-projects', c.community, {
      needIds,
      year: new Date().getFullYear(),
      title: '3号楼楼道加装扶手',
      budgetYuan: 12000,
      dueDate: day(inDays(60)),
      claimDeadline: inDays(10).toISOString(),
      ...body,
    }),
    201,
  );
const post = (url: string, body: Record<string, unknown> = {}, cookie = c.community) =>
  t.post(url, cookie, body);

beforeAll(async () => {
  ids = await userIds(t.database.db, ['street', 'community'] as const);
  const unit = await ok(
    await t.post('/api/partner-units', c.street, { name: '永昌建筑公司', kind: 'company' }),
    201,
  );
  partnerId = unit.id;
});

describe('the three lists: a need becomes a project a partner claims and closes out (销号)', () => {
  let needId: string;
  let projectId: string;
  let milestoneId: string;

  it('records a need with its source and households, on the staff member’s own community', async () => {
    const need = await newNeed();
    needId = need.id;
    expect(need).toMatchObject({
      regionCode: demo.yongchangCommunity,
      source: 'door_to_door',
      households: 24,
      status: 'open',
      recordedBy: ids.community,
    });
    const list = await ok(await t.get('/api/community-needs', c.community));
    expect(list.items.map((n: { id: string }) => n.id)).toContain(needId);
    // Another street's community staff do not see it.
    const other = await ok(await t.get('/api/community-needs', c.community2));
    expect(other.items.map((n: { id: string }) => n.id)).not.toContain(needId);
  });

  it('records what a partner unit of the street’s alliance offers, seen from the community', async () => {
    const resource = await ok(
      await t.post('/api/partner-resources', c.community, {
        partnerUnitId: partnerId,
        kind: 'skill',
        description: '施工队，可做适老化改造',
        quantity: '一支8人施工队',
        availableFrom: day(inDays(0)),
        availableUntil: day(inDays(300)),
      }),
      201,
    );
    resourceId = resource.id;
    expect(resource).toMatchObject({
      partnerUnitName: '永昌建筑公司',
      regionCode: demo.yongchang,
      kind: 'skill',
    });
    const list = await ok(
      await t.get(`/api/partner-resources?regionCode=${demo.yongchangCommunity}`, c.community),
    );
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([resourceId]);
    refusal(
      await t.post('/api/partner-resources', c.community2, {
        partnerUnitId: partnerId,
        kind: 'money',
        description: '资金',
      }),
      404,
      'PARTNER_UNIT_NOT_FOUND',
    );
  });

  it('makes a draft project of the need, which becomes planned, and opens it for claim', async () => {
    const project = await newProject([needId]);
    projectId = project.id;
    expect(project).toMatchObject({
      state: 'draft',
      ownerId: ids.community,
      needIds: [needId],
      budgetYuan: 12000,
    });
    const need = (await ok(await t.get('/api/community-needs', c.community))).items.find(
      (n: { id: string }) => n.id === needId,
    );
    expect(need.status).toBe('planned');
    expect((await ok(await post(`/api/community-projects/${projectId}/open`))).state).toBe('open_for_claim');
  });

  it('records a partner unit’s claim with its note and the resources it brings', async () => {
    const claimed = await ok(
      await post(`/api/community-projects/${projectId}/claim`, {
        partnerUnitId: partnerId,
        note: '本单位有施工队，可承接',
        resourceIds: [resourceId],
      }),
    );
    expect(claimed.state).toBe('claimed');
    expect(claimed.claim).toMatchObject({
      partnerUnitId: partnerId,
      partnerUnitName: '永昌建筑公司',
      note: '本单位有施工队，可承接',
      resourceIds: [resourceId],
    });
    // A second claim finds the project taken.
    refusal(
      await post(`/api/community-projects/${projectId}/claim`, { partnerUnitId: partnerId, note: '再认领' }),
      409,
      'PROJECT_STATE_CONFLICT',
    );
  });

  it('shows progress by milestones with photos', async () => {
    const withMilestone = await ok(
      await post(`/api/community-projects/${projectId}/milestones`, {
        title: '材料进场',
        dueDate: day(inDays(20)),
      }),
      201,
    );
    milestoneId = withMilestone.milestones[0].id;
    // Not before the work has started.
    const photoId = await uploadPhoto(t, c.community);
    refusal(
      await post(`/api/community-projects/${projectId}/milestones/${milestoneId}/done`, {
        photoIds: [photoId],
      }),
      409,
      'PROJECT_NOT_IN_PROGRESS',
    );
    expect((await ok(await post(`/api/community-projects/${projectId}/start`))).state).toBe('in_progress');
    // Someone else's photo cannot be attached.
    const streetPhoto = await uploadPhoto(t, c.street);
    refusal(
      await post(`/api/community-projects/${projectId}/milestones/${milestoneId}/done`, {
        photoIds: [streetPhoto],
      }),
      404,
      'PHOTO_NOT_FOUND',
    );
    const done = await ok(
      await post(`/api/community-projects/${projectId}/milestones/${milestoneId}/done`, {
        note: '材料已到',
        photoIds: [photoId],
      }),
    );
    expect(done.milestones[0]).toMatchObject({ note: '材料已到', photoIds: [photoId] });
    expect(done.milestones[0].doneAt).toEqual(expect.any(String));
    refusal(
      await post(`/api/community-projects/${projectId}/milestones/${milestoneId}/done`, {
        photoIds: [photoId],
      }),
      409,
      'MILESTONE_DONE',
    );
    refusal(
      await post(`/api/community-projects/${projectId}/milestones/${FORGED}/done`, { photoIds: [photoId] }),
      404,
      'MILESTONE_NOT_FOUND',
    );
  });

  it('refuses close-out without evidence, and a sign-off by the owner', async () => {
    refusal(
      await post(`/api/community-projects/${projectId}/sign-off`, {}, c.street),
      409,
      'CLOSE_OUT_EVIDENCE_REQUIRED',
    );
    refusal(
      await post(`/api/community-projects/${projectId}/evidence`, { note: '完工', photoIds: [] }),
      400,
      'VALIDATION_FAILED',
    );
    refusal(
      await post(`/api/community-projects/${projectId}/evidence`, { note: '   ', photoIds: [FORGED] }),
      400,
      'CLOSE_OUT_EVIDENCE_REQUIRED',
    );
    const milestonePhoto = (await ok(await t.get(`/api/community-projects/${projectId}`, c.community)))
      .milestones[0].photoIds[0];
    const evidenced = await ok(
      await post(`/api/community-projects/${projectId}/evidence`, {
        note: '全部完工，居民验收',
        photoIds: [milestonePhoto],
      }),
    );
    expect(evidenced.evidence).toMatchObject({ note: '全部完工，居民验收', by: ids.community });
    refusal(
      await post(`/api/community-projects/${projectId}/sign-off`, {}, c.community),
      403,
      'SIGN_OFF_BY_OWNER',
    );
  });

  it('closes out on another staff member’s sign-off; the need is done; every step is on the timeline', async () => {
    const closed = await ok(
      await post(`/api/community-projects/${projectId}/sign-off`, { note: '同意销号' }, c.street),
    );
    expect(closed).toMatchObject({ state: 'closed_out', signedOffBy: ids.street });
    expect(closed.closedAt).toEqual(expect.any(String));
    const need = (await ok(await t.get('/api/community-needs', c.community))).items.find(
      (n: { id: string }) => n.id === needId,
    );
    expect(need.status).toBe('done');
    const detail = await ok(await t.get(`/api/community-projects/${projectId}`, c.street));
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'open',
      'claim',
      'add_milestone',
      'start',
      'complete_milestone',
      'evidence',
      'sign_off',
    ]);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, projectId));
    expect(audits).toHaveLength(8);
    refusal(
      await post(`/api/community-projects/${projectId}/milestones`, {
        title: '再来',
        dueDate: day(inDays(5)),
      }),
      409,
      'PROJECT_STATE_CONFLICT',
    );
  });

  it('shows the public page signed out, with the project and no personal data', async () => {
    await newProject([(await newNeed()).id], { title: '草稿不公开' });
    const res = await t.get(`/api/public/communities/${demo.yongchangCommunity}/projects`);
    const page = await ok(res);
    expect(page.community.code).toBe(demo.yongchangCommunity);
    const project = page.projects.find((p: { title: string }) => p.title === '3号楼楼道加装扶手');
    expect(project).toMatchObject({
      state: 'closed_out',
      partnerUnitName: '永昌建筑公司',
      ownerRole: 'community_staff',
      households: 24,
      milestones: [{ title: '材料进场', photoCount: 1 }],
    });
    expect(res.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(res.body).not.toMatch(/1[3-9]\d{9}/);
    expect(res.body).not.toContain('3号楼1-2单元');
    expect(res.body).not.toContain('永昌街道社区工作者');
    expect(res.body).not.toContain('草稿不公开');
    expect(res.body).not.toContain('resident');
    refusal(await t.get('/api/public/communities/000000000000/projects'), 404, 'REGION_NOT_FOUND');
    refusal(await t.get(`/api/public/communities/${demo.yongchang}/projects`), 404, 'REGION_NOT_FOUND');
    refusal(await t.get('/api/public/communities/x/projects'), 400, 'VALIDATION_FAILED');
  });
});

describe('what nobody claims by the claim deadline falls to the community (兜底)', () => {
  it('moves it exactly once, also when two sweeps run at once, and refuses a late claim', async () => {
    const need = await newNeed(c.community, { source: 'resident_request', households: 3 });
    const project = await newProject([need.id], {
      title: '小区健身角改造',
      claimDeadline: inDays(2).toISOString(),
    });
    await ok(await post(`/api/community-projects/${project.id}/open`));
    // Before the deadline nothing falls.
    expect(await sweepClaimDeadlines(t.database.db, inDays(1))).toBe(0);
    // Past the deadline a claim is refused, even before the sweep has run.
    await t.database.db
      .update(communityProjects)
      .set({ claimDeadline: new Date(Date.now() - 1000) })
      .where(eq(communityProjects.id, project.id));
    refusal(
      await post(`/api/community-projects/${project.id}/claim`, { partnerUnitId: partnerId, note: '晚了' }),
      409,
      'CLAIM_DEADLINE_PASSED',
    );
    const later = inDays(3);
    const [a, b] = await Promise.all([
      sweepClaimDeadlines(t.database.db, later),
      sweepClaimDeadlines(t.database.db, later),
    ]);
    expect(a + b).toBe(1);
    expect(await sweepClaimDeadlines(t.database.db, inDays(4))).toBe(0);
    const falls = await t.database.db
      .select()
      .from(communityProjectEvents)
      .where(eq(communityProjectEvents.projectId, project.id));
    expect(falls.filter((e) => e.action === 'fall_to_community')).toHaveLength(1);
    expect(falls.find((e) => e.action === 'fall_to_community')?.actorId).toBeNull();
    const fallen = await ok(await t.get(`/api/community-projects/${project.id}`, c.community));
    expect(fallen).toMatchObject({
      state: 'fallen_to_community',
      claim: null,
      fallenAt: later.toISOString(),
    });
    // The community carries it out itself.
    expect((await ok(await post(`/api/community-projects/${project.id}/start`))).state).toBe('in_progress');
  });
});

describe('a need sent again by a phone that lost the answer', () => {
  const sendWithKey = (key: string, description: string) =>
    t.call({
      method: 'POST',
      url: '/api/community-needs',
      cookie: c.community,
      headers: { 'idempotency-key': key },
      payload: { source: 'door_to_door', description, households: 2 },
    });

  it('is recorded once: the same Idempotency-Key returns the first need', async () => {
    const first = await ok(await sendWithKey('need-retry-0001', '独居老人需要助餐'), 201);
    const again = await ok(await sendWithKey('need-retry-0001', '独居老人需要助餐'));
    expect(again).toEqual({ need: first.need, replayed: true });
    const twice = await Promise.all([
      sendWithKey('need-retry-0002', '楼道灯坏了'),
      sendWithKey('need-retry-0002', '楼道灯坏了'),
    ]);
    expect(twice.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    const all = (await ok(await t.get('/api/community-needs', c.community))).items;
    expect(all.filter((n: { description: string }) => n.description === '楼道灯坏了')).toHaveLength(1);
    refusal(await sendWithKey('need-retry-0001', '别的需求'), 422, 'IDEMPOTENCY_KEY_REUSED');
    refusal(await sendWithKey('short', '别的需求'), 400, 'VALIDATION_FAILED');
  });
});

describe('refusals', () => {
  it('keeps other communities’ staff out with 404, and residents and grid workers with 403', async () => {
    const need = await newNeed();
    const project = await newProject([need.id], { title: '他人不可见' });
    refusal(await t.get(`/api/community-projects/${project.id}`, c.community2), 404, 'PROJECT_NOT_FOUND');
    refusal(
      await post(`/api/community-projects/${project.id}/open`, {}, c.community2),
      404,
      'PROJECT_NOT_FOUND',
    );
    refusal(
      await t.patch(`/api/community-needs/${need.id}`, c.community2, { status: 'dropped' }),
      404,
      'NEED_NOT_FOUND',
    );
    refusal(await t.get('/api/community-needs', c.resident), 403, 'LISTS_STAFF_ONLY');
    refusal(await t.get('/api/community-projects', c.grid), 403, 'LISTS_STAFF_ONLY');
    refusal(await t.get('/api/community-projects'), 401, 'UNAUTHENTICATED');
    const list = await ok(await t.get('/api/community-projects', c.community2));
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(project.id);
  });

  it('refuses forged ids and bad input with a clear code', async () => {
    refusal(await t.get(`/api/community-projects/${FORGED}`, c.community), 404, 'PROJECT_NOT_FOUND');
    refusal(await post(`/api/community-projects/${FORGED}/start`), 404, 'PROJECT_NOT_FOUND');
    refusal(await t.post('/api/community-projects', c.community, {}), 400, 'VALIDATION_FAILED');
    const need = await newNeed();
    refusal(
      await t.post('/api/community-projects', c.community, {
        needIds: [FORGED],
        year: 2026,
        title: '伪造',
        budgetYuan: 1,
        dueDate: day(inDays(30)),
        claimDeadline: inDays(5).toISOString(),
      }),
      404,
      'NEED_NOT_FOUND',
    );
    // Street staff must name the community.
    refusal(
      await t.post('/api/community-needs', c.street, {
        source: 'grid_report',
        description: 'x',
        households: 1,
      }),
      400,
      'COMMUNITY_REQUIRED',
    );
    refusal(
      await newProjectRaw([need.id], { claimDeadline: inDays(-1).toISOString() }),
      400,
      'CLAIM_DEADLINE_PAST',
    );
    refusal(
      // A well-formed id that names nobody (editing a real id's last digit collided with it 1 time in 16).
      await newProjectRaw([need.id], { ownerId: FORGED }),
      404,
      'OWNER_NOT_FOUND',
    );
    refusal(await newProjectRaw([need.id], { budgetYuan: -1 }), 400, 'VALIDATION_FAILED');
    refusal(
      await t.post('/api/community-needs', c.community, {
        source: 'grid_report',
        caseId: FORGED,
        description: '来自网格上报',
        households: 1,
      }),
      404,
      'CASE_NOT_FOUND',
    );
    refusal(
      await t.post('/api/community-needs', c.community, {
        source: 'rumour',
        description: 'x',
        households: 1,
      }),
      400,
      'VALIDATION_FAILED',
    );
    refusal(
      await t.post('/api/partner-resources', c.community, {
        partnerUnitId: partnerId,
        kind: 'time',
        description: '周末',
        availableFrom: '2026-12-01',
        availableUntil: '2026-01-01',
      }),
      400,
      'PERIOD_REVERSED',
    );
    // A street staff member may own a project of a community of their street.
    const owned = await newProjectRaw([need.id], { ownerId: ids.street });
    expect(owned.statusCode, owned.body).toBe(201);
  });
});

function newProjectRaw(needIds: string[], body: Record<string, unknown>) {
  return t.post('/api/community-projects', c.community, {
    needIds,
    year: 2026,
    title: '测试项目',
    budgetYuan: 100,
    dueDate: day(inDays(60)),
    claimDeadline: inDays(10).toISOString(),
    ...body,
  });
}
