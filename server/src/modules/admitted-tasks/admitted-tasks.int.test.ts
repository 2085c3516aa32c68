import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { departmentIds, departmentStaff, useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';
import { auditLog } from '../audit/audit.tables.js';
import { communityTaskRefusals, communityTasks } from './admitted-tasks.tables.js';

const { t, c } = useTestApp(['admin', 'department', 'street', 'community', 'community2', 'resident']);
const FORGED = '00000000-0000-4000-8000-000000000000';
const funding = { amountYuan: 20000, source: '朝财〔2026〕15号' };

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const refusal = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
};

let dept: Record<string, string>;
let market: { id: string; cookie: string };
let onList: string;
let marketsOwn: string;
let yongchangCommunities: string[];

const send = (body: Record<string, unknown>, cookie = c.department) =>
  t.post('/api/community-tasks', cookie, { regionCode: demo.yongchangCommunity, ...body });

beforeAll(async () => {
  dept = await departmentIds(t, c.admin);
  market = await departmentStaff(t, c.admin, 'market-tasks', dept.market);
  yongchangCommunities = (t.regions.directory.tree(demo.yongchang)?.children ?? []).map((n) => n.code);
});

describe('the admitted list (社区事项准入清单)', () => {
  it('is kept by the administrator, with departments and a basis', async () => {
    const entry = await ok(
      await t.post('/api/admitted-tasks', c.admin, {
        regionCode: demo.district,
        name: '市容环境卫生宣传',
        description: '门前三包宣传、张贴告示',
        departmentIds: [dept.chengguan],
        basis: '《城市市容和环境卫生管理条例》',
      }),
      201,
    );
    onList = entry.id;
    expect(entry).toMatchObject({
      regionCode: demo.district,
      active: true,
      basis: '《城市市容和环境卫生管理条例》',
    });
    expect(entry.departments).toEqual([{ id: dept.chengguan, name: expect.stringContaining('城市管理') }]);
    marketsOwn = (
      await ok(
        await t.post('/api/admitted-tasks', c.admin, {
          regionCode: demo.district,
          name: '食品安全宣传',
          departmentIds: [dept.market],
          basis: '《食品安全法》',
        }),
        201,
      )
    ).id;
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, onList));
    expect(audit?.action).toBe('admitted_task.create');
  });

  it('is refused to everyone else, and names only departments that exist', async () => {
    const body = { regionCode: demo.district, name: 'x', departmentIds: [dept.chengguan], basis: 'y' };
    refusal(await t.post('/api/admitted-tasks', c.department, body), 403, 'ADMITTED_LIST_ADMIN_ONLY');
    refusal(await t.post('/api/admitted-tasks', c.community, body), 403, 'ADMITTED_LIST_ADMIN_ONLY');
    refusal(
      await t.post('/api/admitted-tasks', c.admin, { ...body, departmentIds: [FORGED] }),
      404,
      'DEPARTMENT_NOT_FOUND',
    );
    refusal(await t.get('/api/admitted-tasks', c.resident), 403, 'TASKS_STAFF_ONLY');
  });

  it('shows a department its own entries, and a community the entries that cover it', async () => {
    const mine = await ok(await t.get('/api/admitted-tasks', c.department));
    expect(mine.items.map((e: { id: string }) => e.id)).toEqual([onList]);
    const community = await ok(await t.get('/api/admitted-tasks', c.community));
    expect(community.items.map((e: { id: string }) => e.id).sort()).toEqual([onList, marketsOwn].sort());
  });
});

describe('a department sends tasks to communities', () => {
  it('sends a task on the list', async () => {
    const sent = await ok(await send({ admittedTaskId: onList, dueDate: '2026-12-31' }), 201);
    expect(sent.items).toEqual([
      expect.objectContaining({
        regionCode: demo.yongchangCommunity,
        departmentId: dept.chengguan,
        admittedTaskId: onList,
        title: '市容环境卫生宣传',
        admission: 'admitted',
        funding: null,
        state: 'assigned',
      }),
    ]);
  });

  it('refuses a task off the list without its funding, with the reason, and keeps the refusal', async () => {
    const res = await send({ title: '辖区餐饮油烟排查' });
    refusal(res, 422, 'TASK_NOT_ADMITTED');
    expect(res.json().error.message).toContain('not on the admitted list');
    // Another department's entry is off the list for this one; so is an entry taken off.
    refusal(await send({ admittedTaskId: marketsOwn }), 422, 'TASK_NOT_ADMITTED');
    const refusals = await t.database.db
      .select()
      .from(communityTaskRefusals)
      .where(eq(communityTaskRefusals.departmentId, dept.chengguan));
    expect(refusals.map((r) => r.reason).sort()).toEqual(['not_on_list', 'other_department']);
    const tasks = await t.database.db
      .select()
      .from(communityTasks)
      .where(eq(communityTasks.title, '辖区餐饮油烟排查'));
    expect(tasks).toEqual([]);
  });

  it('accepts a task off the list with its funding (费随事转), to one community or a whole street', async () => {
    const one = await ok(await send({ title: '辖区餐饮油烟排查', funding }), 201);
    expect(one.items[0]).toMatchObject({ admission: 'funded', funding, admittedTaskId: null });
    const street = await ok(
      await send({
        title: '违建摸底调查',
        regionCode: demo.yongchang,
        funding: { ...funding, amountYuan: 5000 },
      }),
      201,
    );
    expect(yongchangCommunities.length).toBeGreaterThan(1);
    expect(street.items.map((i: { regionCode: string }) => i.regionCode).sort()).toEqual(
      yongchangCommunities,
    );
    expect(new Set(street.items.map((i: { batchId: string }) => i.batchId)).size).toBe(1);
  });

  it('takes an entry off the list: sending it again needs funding', async () => {
    await ok(await t.patch(`/api/admitted-tasks/${onList}`, c.admin, { active: false }));
    refusal(await send({ admittedTaskId: onList }), 422, 'TASK_NOT_ADMITTED');
    await ok(await t.patch(`/api/admitted-tasks/${onList}`, c.admin, { active: true }));
  });

  it('sends only within the department’s area and only as a department', async () => {
    refusal(await send({ title: 'x', funding }, c.community), 403, 'TASKS_DEPARTMENT_ONLY');
    refusal(await send({ title: 'x', funding, departmentId: dept.market }), 404, 'DEPARTMENT_NOT_FOUND');
    refusal(await send({ title: 'x', funding, regionCode: '110101001001' }), 404, 'REGION_NOT_FOUND');
    refusal(
      await send({ title: 'x', funding, regionCode: demo.district }),
      400,
      'COMMUNITY_OR_STREET_REQUIRED',
    );
    refusal(await send({ admittedTaskId: FORGED }), 404, 'ADMITTED_TASK_NOT_FOUND');
    refusal(await send({ title: 'x', funding }, c.admin), 400, 'DEPARTMENT_REQUIRED');
  });
});

describe('the community sees its tasks and marks them done', () => {
  let taskId: string;

  it('shows a community its own tasks, admitted and funded, and no other community’s', async () => {
    const mine = await ok(await t.get('/api/community-tasks', c.community));
    expect(mine.items.map((i: { regionCode: string }) => i.regionCode)).toEqual(
      mine.items.map(() => demo.yongchangCommunity),
    );
    expect(mine.items.map((i: { admission: string }) => i.admission).sort()).toEqual([
      'admitted',
      'funded',
      'funded',
    ]);
    taskId = mine.items.find((i: { admission: string }) => i.admission === 'admitted').id;
    const other = await ok(await t.get('/api/community-tasks', c.community2));
    expect(other.items).toEqual([]);
  });

  it('shows a department only what it sent', async () => {
    expect((await ok(await t.get('/api/community-tasks', market.cookie))).items).toEqual([]);
    const sent = await ok(await t.get('/api/community-tasks?admission=funded', c.department));
    expect(sent.items.length).toBe(1 + yongchangCommunities.length);
  });

  it('lets the community mark a task done, once; another community gets "not found"', async () => {
    refusal(
      await t.post(`/api/community-tasks/${taskId}/done`, c.community2, {}),
      404,
      'COMMUNITY_TASK_NOT_FOUND',
    );
    refusal(
      await t.post(`/api/community-tasks/${taskId}/done`, c.department, {}),
      403,
      'COMMUNITY_OFFICE_ONLY',
    );
    const done = await ok(
      await t.post(`/api/community-tasks/${taskId}/done`, c.community, { note: '已张贴' }),
    );
    expect(done).toMatchObject({ state: 'done', doneNote: '已张贴' });
    refusal(await t.post(`/api/community-tasks/${taskId}/done`, c.community, {}), 409, 'COMMUNITY_TASK_DONE');
  });
});

describe('the report per department', () => {
  const chengguanLine = (report: { departments: { departmentId: string }[] }) =>
    report.departments.find((d) => d.departmentId === dept.chengguan);

  it('counts each department’s tasks to communities, admitted or funded, and the refused attempts', async () => {
    const n = yongchangCommunities.length;
    const report = await ok(await t.get('/api/community-tasks/report', c.admin));
    expect(chengguanLine(report)).toMatchObject({
      assigned: 2 + n,
      admitted: 1,
      funded: 1 + n,
      fundingYuan: 20000 + 5000 * n,
      done: 1,
      refused: 3,
    });
    expect(report.totals.assigned).toBe(2 + n);
  });

  it('shows a department its own line only, and a community what reached it', async () => {
    const own = await ok(await t.get('/api/community-tasks/report', c.department));
    expect(own.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual([dept.chengguan]);
    expect((await ok(await t.get('/api/community-tasks/report', market.cookie))).departments).toEqual([]);
    const community = await ok(await t.get('/api/community-tasks/report', c.community));
    expect(chengguanLine(community)).toMatchObject({ assigned: 3, admitted: 1, funded: 2, refused: 3 });
    const other = await ok(await t.get('/api/community-tasks/report', c.community2));
    expect(other.totals).toMatchObject({ assigned: 0, refused: 0 });
  });

  it('reports a period, and refuses one that ends before it starts', async () => {
    const past = await ok(await t.get('/api/community-tasks/report?from=2020-01-01&to=2020-12-31', c.admin));
    expect(past.totals.assigned).toBe(0);
    refusal(
      await t.get('/api/community-tasks/report?from=2026-02-01&to=2026-01-01', c.admin),
      400,
      'BAD_PERIOD',
    );
  });
});
