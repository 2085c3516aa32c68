import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CASE_CREW, useTestApp } from '../../test/actors.js';
import {
  act,
  caseAt,
  caseEventCount,
  grid001,
  MANHOLE,
  moveCase,
  newCase,
  pointIn,
  report,
  uploadPhoto,
} from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { cases } from './cases.tables.js';

const { t, c } = useTestApp([...CASE_CREW, 'community', 'community2', 'leader', 'street', 'hotline']);

async function expectOk(res: { statusCode: number; body: string }) {
  expect(res.statusCode, res.body).toBe(200);
}

describe('a case taken through return, rework, reopen and close', () => {
  let id: string;

  it('is reported by a resident, routed to 城管 by the responsibility list, and timed', async () => {
    const at = await pointIn(t, c.admin, grid001);
    const created = await newCase(t, c.resident, {
      categoryCode: MANHOLE,
      description: '井盖丢了',
      ...at,
      address: '义和路3号',
    });
    id = created.id;
    expect(created).toMatchObject({
      status: 'reported',
      channel: 'resident_app',
      gridCode: grid001,
      communityCode: demo.yongchangCommunity,
      streetCode: demo.yongchang,
      districtCode: demo.district,
      routing: 'department_led',
      unitDepartmentId: expect.any(String),
      light: 'green',
    });
    expect(created.code).toMatch(/^220104004-\d{8}-\d{4}$/);
    // Each viewer is offered exactly the steps the state machine allows them now.
    const offered = async (who: string) => (await t.get(`/api/cases/${id}`, c[who])).json().allowedActions;
    expect(await offered('community')).toEqual(['verify', 'register', 'reject']);
    expect(await offered('shiftlead')).toEqual(['void', 'supervise']);
    expect(await offered('resident')).toEqual([]);
    expect(new Date(created.dueAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('goes through every step of the loop, with return, rework and reopen', async () => {
    const photo = await uploadPhoto(t, c.department);
    const onSite = await uploadPhoto(t, c.grid);
    type Step = [who: string, action: string, body: Record<string, unknown>, status: string];
    // The unit takes the case in again after a return or a reopen; the desk closes it after each fix.
    const toTheUnit: Step[] = [
      ['dispatcher', 'dispatch', {}, 'dispatched'],
      ['department', 'accept', {}, 'in_progress'],
    ];
    const fixedAndClosed = (note: string): Step[] => [
      ['department', 'feedback', { note, photoIds: [photo] }, 'handled'],
      ['grid', 'check_pass', { photoIds: [onSite] }, 'checked'],
      ['shiftlead', 'close', {}, 'closed'],
    ];
    const steps: Step[] = [
      ['grid', 'verify', { note: '现场核实属实' }, 'verified'],
      ['dispatcher', 'register', {}, 'registered'],
      ['shiftlead', 'file', {}, 'filed'],
      ...toTheUnit,
      ['department', 'return', { note: '井盖属自来水公司，非我局职责' }, 'returned'],
      ...toTheUnit,
      ['department', 'feedback', { note: '已临时围挡', photoIds: [photo] }, 'handled'],
      ['grid', 'check_fail', { note: '只围挡未补装井盖', photoIds: [onSite] }, 'in_progress'],
      ...fixedAndClosed('已补装井盖'),
      ['resident', 'reopen', { note: '新井盖又松动了' }, 'filed'],
      ...toTheUnit,
      ...fixedAndClosed('已加固'),
      ['resident', 'rate', { rating: 5, note: '满意' }, 'closed'],
    ];
    for (const [who, action, body, status] of steps) {
      const res = await act(t, c[who] as string, id, action, body);
      expect(res.statusCode, `${who} ${action}: ${res.body}`).toBe(200);
      expect(res.json().case.status, `${who} ${action}`).toBe(status);
    }
    const detail = (await t.get(`/api/cases/${id}`, c.dispatcher)).json();
    expect(detail.case).toMatchObject({ reworkCount: 1, reopenCount: 1, rating: 5, light: null });
    const timeline: {
      action: string;
      actorName: string | null;
      actorRole: string;
      at: string;
      toStatus: string;
    }[] = detail.timeline;
    expect(timeline.map((e) => e.action)).toEqual(['report', ...steps.map((s) => s[1])]);
    for (const e of timeline) {
      expect(e.actorName).toEqual(expect.any(String));
      expect(Date.parse(e.at)).not.toBeNaN();
    }
    expect(timeline.find((e) => e.action === 'return')).toMatchObject({
      actorRole: 'department_staff',
      actorName: '城管执法队员',
      toStatus: 'returned',
    });
    expect(timeline.find((e) => e.action === 'check_fail')).toMatchObject({
      actorRole: 'grid_worker',
      toStatus: 'in_progress',
    });
  });

  it('refuses what the state or the role does not allow, with 409 or 403, and changes nothing', async () => {
    const events = () => caseEventCount(t, id);
    const before = await events();
    const wrongState = await act(t, c.dispatcher, id, 'dispatch');
    expect(wrongState.statusCode).toBe(409);
    expect(wrongState.json().error.code).toBe('ACTION_NOT_ALLOWED_IN_STATE');
    const wrongRole = await act(t, c.resident, id, 'close');
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.json().error.code).toBe('ROLE_NOT_ALLOWED');
    const again = await act(t, c.resident, id, 'rate', { rating: 1 });
    expect(again.json().error.code).toBe('ALREADY_RATED');
    expect(await events()).toBe(before);
    const [row] = await t.database.db
      .select({ status: cases.status, rating: cases.rating })
      .from(cases)
      .where(eq(cases.id, id));
    expect(row).toEqual({ status: 'closed', rating: 5 });
  });

  it('is outside other jurisdictions: 404 for another community, and absent from its list', async () => {
    const res = await t.get(`/api/cases/${id}`, c.community2);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('CASE_NOT_FOUND');
    const acted = await act(t, c.community2, id, 'reopen', { note: 'x' });
    expect(acted.statusCode).toBe(404);
    const list = await t.get('/api/cases', c.community2);
    expect(list.json().items.map((x: { id: string }) => x.id)).not.toContain(id);
    const own = await t.get('/api/cases', c.community);
    expect(own.json().items.map((x: { id: string }) => x.id)).toContain(id);
  });
});

describe('actions that need more than a state and a role', () => {
  async function inProgressCase(): Promise<string> {
    const at = await pointIn(t, c.admin, grid001);
    const caller = { reporterName: '王先生', reporterPhone: '13912345678' };
    const created = await newCase(t, c.hotline, {
      categoryCode: MANHOLE,
      description: '来电反映井盖缺失',
      ...at,
      ...caller,
    });
    expect(created.status).toBe('registered');
    await moveCase(t, c, created.id, 'registered', 'in_progress');
    return created.id;
  }

  it('an extension asked for and approved moves the due date', async () => {
    const id = await inProgressCase();
    const before = (await t.get(`/api/cases/${id}`, c.dispatcher)).json().case.dueAt;
    await expectOk(
      await act(t, c.department, id, 'request_extension', {
        note: '需采购井盖',
        extension: { amount: 2, unit: 'working_days' },
      }),
    );
    const twice = await act(t, c.department, id, 'request_extension', {
      extension: { amount: 1, unit: 'working_days' },
    });
    expect(twice.json().error.code).toBe('EXTENSION_PENDING');
    const approved = await act(t, c.dispatcher, id, 'approve_extension');
    await expectOk(approved);
    expect(Date.parse(approved.json().case.dueAt)).toBeGreaterThan(Date.parse(before));
    expect(approved.json().case.extensionRequested).toBe(false);
  });

  it('supervision reaches the holder, who must reply', async () => {
    const id = await inProgressCase();
    const noNote = await act(t, c.department, id, 'reply_supervision', { note: '正在处理' });
    expect(noNote.json().error.code).toBe('NO_OPEN_SUPERVISION');
    await expectOk(await act(t, c.leader, id, 'supervise', { note: '请今日内处置完毕' }));
    const inbox = (await t.get('/api/notifications', c.department)).json();
    expect(
      inbox.items.some((n: { kind: string; caseId: string }) => n.kind === 'supervised' && n.caseId === id),
    ).toBe(true);
    const replied = await act(t, c.department, id, 'reply_supervision', { note: '已安排人员' });
    await expectOk(replied);
    expect(replied.json().supervisions[0]).toMatchObject({ note: '请今日内处置完毕', reply: '已安排人员' });
  });

  it('a check (核查) is made on site: without a photo taken there it is refused, pass or fail', async () => {
    const { id } = await caseAt(t, c, 'handled');
    const before = await caseEventCount(t, id);
    for (const [action, body] of [
      ['check_pass', {}],
      ['check_fail', { note: '井盖仍未补装' }],
      ['check_fail', { note: '井盖仍未补装', photoIds: [] }],
    ] as const) {
      const res = await act(t, c.grid, id, action, body);
      expect(res.statusCode, `${action} ${JSON.stringify(body)}`).toBe(400);
      expect(res.json().error.code).toBe('PHOTOS_REQUIRED');
    }
    expect(await caseEventCount(t, id)).toBe(before);
    const onSite = await uploadPhoto(t, c.grid);
    const checked = await act(t, c.grid, id, 'check_pass', { photoIds: [onSite] });
    await expectOk(checked);
    expect(checked.json().timeline.at(-1)).toMatchObject({ action: 'check_pass', photoIds: [onSite] });
  });

  it('the hotline caller’s number is masked in lists and shown to the hotline for callbacks', async () => {
    const id = await inProgressCase();
    const list = await t.get(`/api/cases?q=${encodeURIComponent('来电反映')}`, c.hotline);
    const listed = list.json().items.find((x: { id: string }) => x.id === id);
    expect(listed.reporterPhone).toBe('139****5678');
    const detail = await t.get(`/api/cases/${id}`, c.hotline);
    expect(detail.json().case.reporterPhone).toBe('13912345678');
    const asDispatcher = await t.get(`/api/cases/${id}`, c.dispatcher);
    expect(asDispatcher.json().case.reporterPhone).toBe('139****5678');
  });

  it('a grid worker handles a small problem on the spot, closing it with before and after photos', async () => {
    const at = await pointIn(t, c.admin, grid001);
    const before = await uploadPhoto(t, c.grid);
    const after = await uploadPhoto(t, c.grid);
    const oneOnly = await report(t, c.grid, {
      categoryCode: 'E0102',
      description: '暴露垃圾',
      ...at,
      selfHandled: true,
      photoIds: [before],
    });
    expect(oneOnly.json().error.code).toBe('PHOTOS_REQUIRED');
    const res = await report(t, c.grid, {
      categoryCode: 'E0102',
      description: '路边暴露垃圾，已现场清理',
      ...at,
      selfHandled: true,
      photoIds: [before, after],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().case).toMatchObject({ status: 'closed', channel: 'patrol' });
    const detail = (await t.get(`/api/cases/${res.json().case.id}`, c.grid)).json();
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual(['report', 'self_handle']);
    expect(detail.timeline[1].photoIds).toEqual([before, after]);
  });

  it('refuses someone else’s photo', async () => {
    const at = await pointIn(t, c.admin, grid001);
    const theirs = await uploadPhoto(t, c.community);
    const res = await report(t, c.resident, {
      categoryCode: MANHOLE,
      description: 'x',
      ...at,
      photoIds: [theirs],
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('PHOTO_NOT_FOUND');
  });
});
