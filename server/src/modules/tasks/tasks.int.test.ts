import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CREW, cookieOf, departmentIds, departmentStaff, useTestApp } from '../../test/actors.js';
import {
  act,
  type CaseStep,
  caseAt,
  grid001,
  MANHOLE,
  newCase,
  ownPhoto,
  pointIn,
  STALLS,
  takeSteps,
} from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { expectOk as ok } from '../../test/test-app.js';
import { callStep, departmentCalls, newWhistle } from '../../test/whistles.js';

const { t, c } = useTestApp([...CASE_CREW, 'community', 'community2', 'street', 'leader']);

interface Item {
  kind: 'case' | 'call';
  id: string;
  callId?: string;
  step?: string;
  status?: string;
}
interface Queue {
  key: string;
  count: number;
  items: Item[];
}

async function tasksOf(cookie: string): Promise<Record<string, Queue>> {
  const res = await t.get('/api/tasks', cookie);
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries(res.json().queues.map((q: Queue) => [q.key, q]));
}
const idsOf = (queue: Queue | undefined) => (queue?.items ?? []).map((i) => i.id).sort();

/** The cases the user may take the action on, as their own case pages say, one case at a time. */
async function offering(cookie: string, action: string): Promise<string[]> {
  const list = await t.get('/api/cases?pageSize=200', cookie);
  const found: string[] = [];
  for (const { id } of list.json().items as { id: string }[]) {
    const detail = await t.get(`/api/cases/${id}`, cookie);
    if (detail.json().allowedActions.includes(action)) found.push(id);
  }
  return found.sort();
}

const ACTION_OF: Record<string, string> = {
  verify: 'verify',
  check: 'check_pass',
  dispatched: 'accept',
  in_progress: 'feedback',
  supervision: 'reply_supervision',
};

const otherGrid = demo.gridOf(demo.yongchangCommunity, 2);
const qianjinGrid = demo.gridOf(demo.qianjinCommunity);

/** The steps from a report to a dispatched case, the public report verified by the checker of the place. */
const toDispatched = (checker: string): CaseStep[] => [
  [checker, 'verify'],
  ['dispatcher', 'register'],
  ['shiftlead', 'file'],
  ['dispatcher', 'dispatch'],
];

const made: Record<string, string> = {};
let market: { id: string; cookie: string };

beforeAll(async () => {
  const reported = async (gridCode: string, description: string, categoryCode = MANHOLE) => {
    const at = await pointIn(t, c.admin, gridCode);
    return (await newCase(t, c.resident, { categoryCode, description, ...at })).id;
  };
  const handledIn = async (gridCode: string, checker: string) => {
    const id = await reported(gridCode, '井盖丢了');
    const fix = { note: '已补装', ...(await ownPhoto(t, c.department)) };
    await takeSteps(t, c, id, [
      ...toDispatched(checker),
      ['department', 'accept'],
      ['department', 'feedback', fix],
    ]);
    return id;
  };
  // In the grid worker's grid: two reports to verify and a duplicate of one, a fix to check, a case
  // with 城管 to accept, one in its hands under supervision, one closed.
  made.report1 = await reported(grid001, '义和路井盖丢了');
  made.report2 = await reported(grid001, '义和路路灯不亮');
  made.duplicate = await reported(grid001, '义和路井盖没了');
  await ok(
    await t.post(`/api/cases/${made.duplicate}/link`, c.community, { masterCaseId: made.report1 }),
    'link',
  );
  made.handled = (await caseAt(t, c, 'handled')).id;
  made.dispatched = (await caseAt(t, c, 'dispatched')).id;
  made.inProgress = (await caseAt(t, c, 'in_progress')).id;
  await ok(await act(t, c.leader, made.inProgress, 'supervise', { note: '请今日处置' }), 'supervise');
  made.closed = (await caseAt(t, c, 'closed')).id;
  // Elsewhere: the next grid of the community, and a community of another street.
  made.otherGridReport = await reported(otherGrid, '3号楼前井盖丢了');
  made.otherGridHandled = await handledIn(otherGrid, 'community');
  made.qianjinReport = await reported(qianjinGrid, '前进街道井盖丢了');
  made.qianjinHandled = await handledIn(qianjinGrid, 'community2');
  // A stall on the pavement is the street office's to handle, not 城管's.
  made.streetHeld = await reported(grid001, '人行道上占道经营', STALLS);
  await takeSteps(t, c, made.streetHeld, toDispatched('grid'));
  market = await departmentStaff(t, c.admin, 'market-tasks', (await departmentIds(t, c.admin)).market);
});

describe('GET /api/tasks: the queues of the phone, with their counts', () => {
  it("gives the grid worker what to verify and to check in their own grid, and no other grid's cases", async () => {
    const q = await tasksOf(c.grid);
    expect(Object.keys(q)).toEqual(['verify', 'check', 'whistles']);
    // The duplicate follows its master: it is verified with it, not on its own.
    expect(q.verify).toMatchObject({ count: 2 });
    expect(idsOf(q.verify)).toEqual([made.report1, made.report2].sort());
    expect(q.check).toMatchObject({ count: 1 });
    expect(idsOf(q.check)).toEqual([made.handled]);
    expect(q.check?.items[0]).toMatchObject({
      kind: 'case',
      status: 'handled',
      categoryCode: MANHOLE,
      light: expect.stringMatching(/^(green|yellow|red)$/),
      overdue: false,
      address: expect.any(String),
      stepDueAt: expect.any(String),
    });
    expect(q.whistles).toMatchObject({ count: 0, items: [] });
  });

  it('gives the community its whole area, and the other community only its own', async () => {
    const yongchang = await tasksOf(c.community);
    expect(idsOf(yongchang.verify)).toEqual([made.report1, made.report2, made.otherGridReport].sort());
    expect(idsOf(yongchang.check)).toEqual([made.handled, made.otherGridHandled].sort());
    const qianjin = await tasksOf(cookieOf(c, 'community2'));
    expect(qianjin.verify).toMatchObject({ count: 1 });
    expect(idsOf(qianjin.verify)).toEqual([made.qianjinReport]);
    expect(idsOf(qianjin.check)).toEqual([made.qianjinHandled]);
  });

  it('gives 城管 its dispatched cases, those in hand and the supervision to answer; the street its own', async () => {
    const q = await tasksOf(c.department);
    expect(Object.keys(q)).toEqual(['dispatched', 'in_progress', 'supervision', 'whistles']);
    expect(idsOf(q.dispatched)).toEqual([made.dispatched]);
    expect(idsOf(q.in_progress)).toEqual([made.inProgress]);
    expect(idsOf(q.supervision)).toEqual([made.inProgress]);
    const street = await tasksOf(c.street);
    expect(idsOf(street.dispatched)).toEqual([made.streetHeld]);
    expect(street.in_progress).toMatchObject({ count: 0, items: [] });
    // Another department holds none of these.
    const other = await tasksOf(market.cookie);
    expect(other.dispatched?.count).toBe(0);
    expect(other.in_progress?.count).toBe(0);
  });

  it('counts exactly the cases whose own page offers the action to the user', async () => {
    for (const who of ['grid', 'community', 'community2', 'department', 'street']) {
      const cookie = cookieOf(c, who);
      for (const queue of Object.values(await tasksOf(cookie))) {
        const action = ACTION_OF[queue.key];
        if (!action) continue;
        const expected = await offering(cookie, action);
        expect(idsOf(queue), `${who} ${queue.key}`).toEqual(expected);
        expect(queue.count, `${who} ${queue.key}`).toBe(expected.length);
      }
    }
  });

  it('takes a case off the queue once it is acted on', async () => {
    await ok(await act(t, c.department, made.dispatched, 'accept'), 'accept');
    const q = await tasksOf(c.department);
    expect(q.dispatched?.count).toBe(0);
    expect(idsOf(q.in_progress)).toEqual([made.dispatched, made.inProgress].sort());
    await ok(
      await act(t, c.department, made.inProgress, 'reply_supervision', { note: '已安排人员' }),
      'reply',
    );
    expect((await tasksOf(c.department)).supervision?.count).toBe(0);
  });

  it('shows no personal data: the reporter’s name and phone are not in it', async () => {
    const res = await t.get('/api/tasks', c.community);
    expect(res.body).not.toContain('13812345678');
    expect(res.body).not.toContain('居民张女士');
  });

  it('gives residents no queue and refuses the signed out', async () => {
    expect(await tasksOf(c.resident)).toEqual({});
    const anonymous = await t.get('/api/tasks');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('GET /api/tasks: the whistle calls to report in for (吹哨报到)', () => {
  let orderId: string;
  let calls: { id: string; departmentId: string | null }[];

  it("lists a street's call to 城管 for 城管 only, with the step it waits for", async () => {
    const dept = await departmentIds(t, c.admin);
    const body = await newWhistle(t, c.street, {
      caseIds: [made.inProgress],
      calls: departmentCalls(dept, { chengguan: '补装井盖', market: '排查周边商户' }),
    });
    orderId = body.order.id;
    calls = body.calls;
    const ours = calls.find((x) => x.departmentId === dept.chengguan);
    const q = await tasksOf(c.department);
    expect(q.whistles).toMatchObject({ count: 1 });
    expect(q.whistles?.items).toEqual([
      expect.objectContaining({
        kind: 'call',
        id: orderId,
        callId: ours?.id,
        code: body.order.code,
        step: 'acknowledge',
        task: '补装井盖',
        overdue: false,
      }),
    ]);
    const theirs = await tasksOf(market.cookie);
    expect(theirs.whistles?.items.map((i) => i.callId)).toEqual([
      calls.find((x) => x.departmentId === dept.market)?.id,
    ]);
    // Called for the case, the market regulator may read it, but it does not hold it.
    expect(theirs.in_progress?.count).toBe(0);
    expect((await tasksOf(c.grid)).whistles?.count).toBe(0);
  });

  it('moves the call on with each report-in step, and drops it once completed', async () => {
    const dept = await departmentIds(t, c.admin);
    const callId = calls.find((x) => x.departmentId === dept.chengguan)?.id ?? '';
    const stepNow = async () => (await tasksOf(c.department)).whistles?.items[0]?.step;
    await ok(await callStep(t, c.department, orderId, callId, 'acknowledge'), 'acknowledge');
    expect(await stepNow()).toBe('arrive');
    const { photoIds } = await ownPhoto(t, c.department);
    await ok(
      await callStep(t, c.department, orderId, callId, 'arrive', {
        lat: 43.88,
        lng: 125.31,
        photoId: photoIds[0],
      }),
      'arrive',
    );
    expect(await stepNow()).toBe('complete');
    await ok(await callStep(t, c.department, orderId, callId, 'complete', { note: '已补装' }), 'complete');
    expect((await tasksOf(c.department)).whistles).toMatchObject({ count: 0, items: [] });
  });

  it("lists a community's call to its grid member for that member", async () => {
    const posts = await t.get(`/api/posts?regionCode=${grid001}`, c.community);
    const gridUserId = posts.json().items.find((p: { kind: string }) => p.kind === 'grid_leader').userId;
    const body = await newWhistle(t, c.community, { calls: [{ userId: gridUserId, task: '现场看护' }] });
    const q = await tasksOf(c.grid);
    expect(q.whistles?.items).toEqual([
      expect.objectContaining({ id: body.order.id, callId: body.calls[0].id, level: 2, step: 'acknowledge' }),
    ]);
    expect((await tasksOf(c.department)).whistles?.count).toBe(0);
  });
});
