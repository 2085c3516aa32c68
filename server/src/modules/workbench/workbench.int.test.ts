import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CREW, cookieOf, departmentIds, departmentStaff, useTestApp } from '../../test/actors.js';
import { act, caseAt, grid001, MANHOLE, newCase, pointIn, STALLS, takeSteps } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { expectOk as ok } from '../../test/test-app.js';

const { t, c } = useTestApp([...CASE_CREW, 'community', 'community2', 'street', 'leader', 'hotline']);

interface Queue {
  key: string;
  count: number;
  lights: { green: number; yellow: number; red: number };
  batchActions: string[];
}

async function workbenchOf(cookie: string): Promise<Record<string, Queue>> {
  const res = await t.get('/api/workbench', cookie);
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries(res.json().queues.map((q: Queue) => [q.key, q]));
}

/** The user's case queues, without the whistle calls (which go with the whistles:read permission). */
async function caseQueuesOf(cookie: string): Promise<string[]> {
  return Object.keys(await workbenchOf(cookie)).filter((k) => k !== 'whistles');
}

async function queueIds(cookie: string, queue: string, query = ''): Promise<string[]> {
  const res = await t.get(`/api/workbench/queues/${queue}?pageSize=200${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { id: string }) => i.id);
}

/** The cases the user may take the action on, as their own case pages say, one case at a time. */
async function offering(cookie: string, actions: string[]): Promise<string[]> {
  const list = await t.get('/api/cases?pageSize=200', cookie);
  const found: string[] = [];
  for (const { id } of list.json().items as { id: string }[]) {
    const detail = await t.get(`/api/cases/${id}`, cookie);
    if (actions.some((a) => detail.json().allowedActions.includes(a))) found.push(id);
  }
  return found.sort();
}

const QUEUE_ACTIONS: Record<string, string[]> = {
  to_accept: ['verify', 'register'],
  to_file: ['file'],
  to_dispatch: ['dispatch'],
  to_handle: ['accept', 'feedback'],
  to_check: ['check_pass'],
  to_close: ['close'],
};

const made: Record<string, string> = {};

beforeAll(async () => {
  const reported = async (gridCode: string, description: string, categoryCode = MANHOLE) => {
    const at = await pointIn(t, c.admin, gridCode);
    return (await newCase(t, c.resident, { categoryCode, description, ...at })).id;
  };
  made.reported = await reported(grid001, '义和路井盖丢了');
  made.registered = (await caseAt(t, c, 'registered')).id;
  made.filed = (await caseAt(t, c, 'filed')).id;
  made.dispatched = (await caseAt(t, c, 'dispatched')).id;
  made.inProgress = (await caseAt(t, c, 'in_progress')).id;
  made.handled = (await caseAt(t, c, 'handled')).id;
  made.checked = (await caseAt(t, c, 'checked')).id;
  await ok(await act(t, c.leader, made.inProgress, 'supervise', { note: '请今日处置' }), 'supervise');
  made.qianjin = await reported(demo.gridOf(demo.qianjinCommunity), '前进街道井盖丢了');
  made.streetHeld = await reported(grid001, '人行道上占道经营', STALLS);
  await takeSteps(t, c, made.streetHeld, [
    ['grid', 'verify'],
    ['dispatcher', 'register'],
    ['shiftlead', 'file'],
    ['dispatcher', 'dispatch'],
  ]);
});

describe('GET /api/workbench: my queues with their counts and lights', () => {
  it("gives each role the queues of the steps the state machine lets it take, and no one else's", async () => {
    expect(await caseQueuesOf(c.dispatcher)).toEqual(['to_accept', 'to_dispatch', 'overdue', 'warning']);
    expect(await caseQueuesOf(c.shiftlead)).toEqual([
      'to_file',
      'to_close',
      'overdue',
      'warning',
      'supervised',
    ]);
    expect(await caseQueuesOf(c.department)).toEqual(['to_handle', 'overdue', 'warning', 'supervised']);
    expect(await caseQueuesOf(c.grid)).toEqual(['to_accept', 'to_check', 'overdue', 'warning']);
    expect(await caseQueuesOf(c.leader)).toEqual(['overdue', 'warning', 'supervised']);
    expect((await workbenchOf(c.department)).whistles).toMatchObject({ count: 0, batchActions: [] });
    expect(await workbenchOf(c.resident)).toEqual({});
  });

  it('counts exactly the cases whose own page offers the step, and lists them', async () => {
    for (const who of ['dispatcher', 'shiftlead', 'department', 'grid', 'community', 'street']) {
      const cookie = cookieOf(c, who);
      for (const queue of Object.values(await workbenchOf(cookie))) {
        const actions = QUEUE_ACTIONS[queue.key];
        if (!actions) continue;
        const expected = await offering(cookie, actions);
        expect(queue.count, `${who} ${queue.key}`).toBe(expected.length);
        expect(queue.lights.green + queue.lights.yellow + queue.lights.red).toBe(queue.count);
        expect((await queueIds(cookie, queue.key)).sort(), `${who} ${queue.key}`).toEqual(expected);
      }
    }
    const dispatcher = await workbenchOf(c.dispatcher);
    expect(dispatcher.to_dispatch).toMatchObject({ count: 1, batchActions: ['dispatch'] });
    expect(await queueIds(c.dispatcher, 'to_dispatch')).toEqual([made.filed]);
    expect((await workbenchOf(c.department)).to_handle?.batchActions).toEqual(['accept']);
  });

  it('keeps to the jurisdiction: the other community counts only its own report', async () => {
    const qianjin = await workbenchOf(cookieOf(c, 'community2'));
    expect(qianjin.to_accept?.count).toBe(1);
    expect(await queueIds(cookieOf(c, 'community2'), 'to_accept')).toEqual([made.qianjin]);
    const market = await departmentStaff(
      t,
      c.admin,
      'market-bench',
      (await departmentIds(t, c.admin)).market,
    );
    const other = await workbenchOf(market.cookie);
    expect(other.to_handle?.count).toBe(0);
    expect(other.supervised?.count).toBe(0);
  });

  it('counts the supervision waiting for its answer, for the holder and the supervisors', async () => {
    expect((await workbenchOf(c.department)).supervised?.count).toBe(1);
    expect((await workbenchOf(c.leader)).supervised?.count).toBe(1);
    expect(await queueIds(c.leader, 'supervised')).toEqual([made.inProgress]);
    await ok(await act(t, c.department, made.inProgress, 'reply_supervision', { note: '已安排' }), 'reply');
    expect((await workbenchOf(c.department)).supervised?.count).toBe(0);
    expect((await workbenchOf(c.leader)).supervised?.count).toBe(0);
  });

  it('counts a step past its limit as 超时 and red, and one near it as 预警 and yellow', async () => {
    const { cases } = await import('../cases/cases.tables.js');
    const { eq } = await import('drizzle-orm');
    const hour = 3_600_000;
    const now = Date.now();
    await t.database.db
      .update(cases)
      .set({ stepDueAt: new Date(now - hour), stepWarnAt: new Date(now - 2 * hour) })
      .where(eq(cases.id, made.filed));
    await t.database.db
      .update(cases)
      .set({ stepDueAt: new Date(now + hour), stepWarnAt: new Date(now - hour) })
      .where(eq(cases.id, made.reported));
    const q = await workbenchOf(c.dispatcher);
    expect(q.to_dispatch?.lights).toEqual({ green: 0, yellow: 0, red: 1 });
    expect(q.overdue?.count).toBe(1);
    expect(await queueIds(c.dispatcher, 'overdue')).toEqual([made.filed]);
    expect(await queueIds(c.dispatcher, 'warning')).toEqual([made.reported]);
    expect(q.to_accept?.lights.yellow).toBe(1);
    // The leader watches every open case of the district.
    expect(await queueIds(c.leader, 'overdue')).toEqual([made.filed]);
    // 城管 does not hold the filed case: not its 超时.
    expect((await workbenchOf(c.department)).overdue?.count).toBe(0);
  });
});

describe('GET /api/workbench/queues/:queue: a queue sorted and filtered', () => {
  it('sorts by deadline or by report time, and filters by category, channel and text', async () => {
    const byDeadline = await queueIds(c.community, 'to_accept');
    expect(byDeadline[0]).toBe(made.reported); // its step falls due first (made so above)
    const byReport = await queueIds(c.community, 'to_accept', '&sort=reported');
    expect(byReport.sort()).toEqual([...byDeadline].sort());
    expect(await queueIds(c.grid, 'to_accept', `&categoryCode=${STALLS}`)).toEqual([]);
    expect(await queueIds(c.grid, 'to_accept', `&q=${encodeURIComponent('义和路')}`)).toEqual([
      made.reported,
    ]);
    expect(await queueIds(c.grid, 'to_accept', '&channel=hotline')).toEqual([]);
  });

  it('masks the reporter’s phone and refuses bad input and other people’s queues', async () => {
    const res = await t.get('/api/workbench/queues/to_accept', c.hotline);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('13812345678');
    const bad = await t.get('/api/workbench/queues/nonsense', c.dispatcher);
    expect(bad.statusCode).toBe(400);
    expect((await t.get('/api/workbench/queues/to_dispatch?sort=price', c.dispatcher)).statusCode).toBe(400);
    const notMine = await t.get('/api/workbench/queues/to_check', c.dispatcher);
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().error.code).toBe('QUEUE_NOT_YOURS');
    expect((await t.get('/api/workbench/queues/to_accept', c.resident)).json().error.code).toBe('STAFF_ONLY');
    expect((await t.get('/api/workbench')).statusCode).toBe(401);
  });
});

describe('GET /api/workbench/done: 已办', () => {
  it('lists the cases the user took a step on, the latest first, with that step', async () => {
    const res = await t.get('/api/workbench/done?pageSize=5', c.dispatcher);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(6);
    // The last step the dispatcher took in the setup: the dispatch of the street's stall case.
    expect(body.items[0]).toMatchObject({ case: { id: made.streetHeld }, myLastAction: 'dispatch' });
    expect(body.items.map((i: { case: { id: string } }) => i.case.id)).not.toContain(made.qianjin);
    const mine = await t.get('/api/workbench/done', cookieOf(c, 'community2'));
    expect(mine.json()).toMatchObject({ total: 0, items: [] });
  });
});
