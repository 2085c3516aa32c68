import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CREW, departmentIds, departmentStaff, useTestApp } from '../../test/actors.js';
import { act, caseAt, grid001, moveCase, newCase, pointIn, takeSteps } from '../../test/cases.js';
import { callStep, newWhistle } from '../../test/whistles.js';

/**
 * Who reads what of a case beyond its own jurisdiction: the departments a street whistles, the
 * community whose case a street's order is about, and the public, who get the resident's view.
 */
const { t, c } = useTestApp([...CASE_CREW, 'street', 'community', 'community2', 'leader', 'hotline']);
let dept: Record<string, string> = {};
let market: { id: string; cookie: string };
let caseId: string;
let orderId: string;
let callId: string;

beforeAll(async () => {
  dept = await departmentIds(t, c.admin);
  market = await departmentStaff(t, c.admin, 'market-reader', dept.market);
  caseId = (await caseAt(t, c, 'in_progress')).id;
  const issued = await newWhistle(t, c.street, {
    task: '排查周边商户',
    caseIds: [caseId],
    calls: [{ departmentId: dept.market, task: '排查周边商户' }],
  });
  orderId = issued.order.id;
  callId = issued.calls[0].id;
});

const get = (url: string, cookie: string | undefined) => t.get(url, cookie);

describe('a department called by a whistle order', () => {
  it('reads the case behind the order, read-only', async () => {
    const res = await get(`/api/cases/${caseId}`, market.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().case.description).toBe('井盖丢了');
    expect(res.json().allowedActions).toEqual([]);
    const taken = await act(t, market.cookie, caseId, 'return', { note: '不归我们管' });
    expect(taken.statusCode).toBe(403);
    expect((await get(`/api/cases/${caseId}`, c.street)).json().case.status).toBe('in_progress');
  });

  it('finds the case in its list too', async () => {
    const res = await get('/api/cases', market.cookie);
    expect(res.json().items.map((x: { id: string }) => x.id)).toContain(caseId);
  });

  it('reads nothing of a case whose order was cancelled', async () => {
    const other = (await caseAt(t, c, 'in_progress')).id;
    const order = await newWhistle(t, c.street, {
      title: '误发哨令',
      place: '义和路5号',
      caseIds: [other],
      calls: [{ departmentId: dept.market, task: '排查' }],
    });
    expect((await get(`/api/cases/${other}`, market.cookie)).statusCode).toBe(200);
    const cancel = await t.post(`/api/whistles/${order.order.id}/cancel`, c.street, {
      reason: '发错了',
    });
    expect(cancel.statusCode, cancel.body).toBeLessThan(300);
    expect((await get(`/api/cases/${other}`, market.cookie)).statusCode).toBe(404);
  });

  it('lands on its own call from the notice, which carries the order, the call and the deadline', async () => {
    const inbox = await get('/api/notifications', market.cookie);
    const notice = inbox.json().items.find((n: { data: { callId?: string } }) => n.data.callId === callId);
    expect(notice, inbox.body).toBeDefined();
    expect(notice.data).toMatchObject({ whistleOrderId: orderId, callId });
    expect(Date.parse(notice.data.reportDeadlineAt)).toBeGreaterThan(Date.now());
    const ack = await callStep(t, market.cookie, orderId, callId, 'acknowledge');
    expect(ack.statusCode, ack.body).toBe(200);
  });
});

describe("a street's orders", () => {
  it('are seen by the community of the case and by the district, not by another community', async () => {
    for (const [who, status] of [
      ['community', 200],
      ['leader', 200],
      ['community2', 404],
    ] as const) {
      const res = await get(`/api/whistles/${orderId}`, c[who]);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(status);
    }
    const list = await get('/api/whistles', c.community);
    expect(list.json().items.map((o: { id: string }) => o.id)).toContain(orderId);
  });
});

describe("the resident's view", () => {
  let mine: string;
  beforeAll(async () => {
    const at = await pointIn(t, c.admin, grid001, 0.0003);
    const description = '垃圾桶满了，请联系我 13812345678';
    mine = (await newCase(t, c.resident, { categoryCode: 'C0101', description, ...at })).id;
    await takeSteps(t, c, mine, [
      ['grid', 'verify', { note: '内部：网格员王五核实，属实' }],
      ['dispatcher', 'register', { note: '内部备注：老问题' }],
      ['shiftlead', 'file'],
      ['dispatcher', 'dispatch', { note: '派给环卫，电话 13900000010' }],
    ]);
  });

  it('shows a timeline of public notes, without staff names or internal notes', async () => {
    const res = await get(`/api/cases/${mine}`, c.resident);
    expect(res.statusCode).toBe(200);
    const { timeline, supervisions } = res.json();
    const text = JSON.stringify(timeline);
    expect(text).not.toContain('内部');
    expect(text).not.toContain('13900000010');
    expect(text).not.toContain('区派遣员');
    expect(timeline.map((e: { action: string }) => e.action)).toEqual([
      'report',
      'verify',
      'register',
      'file',
      'dispatch',
    ]);
    expect(timeline.find((e: { action: string }) => e.action === 'dispatch').note).toBe('已派遣至责任单位');
    for (const e of timeline.slice(1))
      expect(e).toMatchObject({ actorId: null, actorName: null, data: null });
    expect(timeline[0].actorName).toBe('居民张女士');
    expect(supervisions).toEqual([]);
  });

  it('tells the reporter of each step in public words only', async () => {
    const inbox = await get('/api/notifications', c.resident);
    const bodies = inbox
      .json()
      .items.filter((n: { caseId: string }) => n.caseId === mine)
      .map((n: { body: string }) => n.body);
    expect(bodies).toContain('已派遣至责任单位');
    expect(JSON.stringify(bodies)).not.toContain('内部');
  });

  it("shows staff the full timeline, so the resident's view is a view", async () => {
    const res = await get(`/api/cases/${mine}`, c.street);
    expect(JSON.stringify(res.json().timeline)).toContain('内部备注');
  });
});

describe('"me too"', () => {
  let hotlineCase: string;
  let at: { lat: number; lng: number };
  beforeAll(async () => {
    at = await pointIn(t, c.admin, grid001, 0.0006);
    // A 12345 caller recorded by the operator, with name and phone.
    hotlineCase = (
      await newCase(t, c.hotline, {
        categoryCode: 'C0102',
        description: '路灯不亮，我电话 13812348765',
        reporterName: '李师傅',
        reporterPhone: '13812348765',
        ...at,
      })
    ).id;
  });

  it('answers nearby with public facts only', async () => {
    const res = await get(`/api/cases/nearby?lat=${at.lat}&lng=${at.lng}&categoryCode=C0102`, c.resident);
    expect(res.statusCode).toBe(200);
    const found = res.json().items.find((x: { id: string }) => x.id === hotlineCase);
    expect(Object.keys(found).sort()).toEqual(
      ['categoryCode', 'code', 'createdAt', 'description', 'distanceM', 'id', 'status'].sort(),
    );
    expect(found.description).toBe('路灯不亮，我电话 138****8765');
  });

  it("gives the follower the resident's view: no reporter's name or phone, no staff notes", async () => {
    const follow = await t.post(`/api/cases/${hotlineCase}/follow`, c.resident);
    expect(follow.statusCode).toBe(204);
    await act(t, c.grid, hotlineCase, 'verify', { note: '内部：李师傅说的对' });
    const res = await get(`/api/cases/${hotlineCase}`, c.resident);
    expect(res.statusCode).toBe(200);
    expect(res.json().case).toMatchObject({ reporterName: null, reporterPhone: null });
    const text = JSON.stringify(res.json().timeline);
    expect(text).not.toContain('李师傅');
    expect(text).not.toContain('12345受理员');
    const list = await get('/api/cases', c.resident);
    const item = list.json().items.find((x: { id: string }) => x.id === hotlineCase);
    expect(item).toMatchObject({ reporterName: null, reporterPhone: null });
  });
});

describe('the audit log', () => {
  it('masks phones and names for everyone but admins', async () => {
    const created = await t.post('/api/users', c.admin, {
      username: 'audit.masked',
      displayName: '赵六一',
      password: 'a-long-password',
      phone: '13712345678',
      roles: ['grid_worker'],
      regionCode: grid001,
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/audit?entity=user&entityId=${created.json().id}`;
    const asLeader = (await get(url, c.leader)).json().items[0].after;
    expect(asLeader).toMatchObject({ phone: '137****5678', displayName: '赵**' });
    const asAdmin = (await get(url, c.admin)).json().items[0].after;
    // Stored as typed but normalised (E.164), so one number is one account.
    expect(asAdmin).toMatchObject({ phone: '+8613712345678', displayName: '赵六一' });
  });
});

describe('after the fix', () => {
  it('the reporter sees the fix photo on a closed case', async () => {
    await moveCase(t, c, caseId, 'in_progress', 'closed');
    const res = await get(`/api/cases/${caseId}`, c.resident);
    const feedback = res.json().timeline.find((e: { action: string }) => e.action === 'feedback');
    expect(feedback.photoIds).toHaveLength(1);
    const photo = await get(`/api/photos/${feedback.photoIds[0]}`, c.resident);
    expect(photo.statusCode).toBe(200);
  });
});
