import { eq, sum } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { departmentIds, HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { act, caseDetail, MANHOLE, ownPhoto, uploadPhoto, usePointIn } from '../../test/cases.js';
import { asFigures, kpiOracle } from '../../test/kpi-oracle.js';
import { expectOk as ok } from '../../test/test-app.js';
import { newTicket, ticketStep } from '../../test/tickets.js';
import { drainKpiOutbox } from '../stats/rollup/apply-outbox.js';
import { rebuildKpis } from '../stats/rollup/rebuild.js';
import { kpiDaily } from '../stats/stats.tables.js';

/** 回访 not resolved: the case goes back to its unit as rework (返工), and counts in 返工率. */
const { t, c } = useTestApp([...HOTLINE_CREW, 'grid']);
const at = usePointIn(t, c);
let chengguan: string;
beforeAll(async () => {
  chengguan = (await departmentIds(t, c.admin)).chengguan as string;
});

const detail = (caseId: string) => caseDetail(t, c.dispatcher, caseId);

/** A ticket the unit has signed for and reported handled. */
async function handledTicket(): Promise<string> {
  const { id } = (await newTicket(t, c.hotline, { categoryCode: MANHOLE, description: '井盖丢失', ...at }))
    .case;
  await ok(await ticketStep(t, c.department, id, 'sign'), 'sign');
  await ok(await ticketStep(t, c.department, id, 'contact', { note: '已联系' }), 'contact');
  await feedback(id);
  return id;
}

async function feedback(id: string) {
  const photo = await uploadPhoto(t, c.department);
  await ok(await act(t, c.department, id, 'feedback', { note: '已补装', photoIds: [photo] }), 'feedback');
}

const notSolved = {
  reached: true,
  resolved: false,
  satisfaction: 'dissatisfied',
  note: '来电人称井盖仍未补装',
};
const solved = { reached: true, resolved: true, satisfaction: 'satisfied', note: '来电人表示已补装，满意' };

/** 返工 counted for 城管 in the rollups, once the queued events are applied. */
async function reworkedFor(departmentId: string): Promise<number> {
  await drainKpiOutbox(t.database.db);
  const [row] = await t.database.db
    .select({ n: sum(kpiDaily.reworked) })
    .from(kpiDaily)
    .where(eq(kpiDaily.unitKey, `d:${departmentId}`));
  return Number(row?.n ?? 0);
}

describe('an unresolved callback sends the case back', () => {
  let id: string;

  it('on a handled case: back to the unit as a failed check, by the operator', async () => {
    id = await handledTicket();
    expect(await reworkedFor(chengguan)).toBe(0);
    const res = await ticketStep(t, c.hotline, id, 'callback', notSolved);
    await ok(res, 'callback');
    expect(res.json().followUp).toMatchObject({ code: 'SENT_BACK', caseAction: 'check_fail' });
    expect(res.json().case).toMatchObject({ status: 'in_progress', reworkCount: 1 });
    expect(res.json().ticket).toMatchObject({ callbackValid: true, resolved: false });
    const timeline = (await detail(id)).timeline;
    expect(timeline.slice(-2)).toMatchObject([
      { action: 'callback', fromStatus: 'handled', toStatus: 'handled' },
      {
        action: 'check_fail',
        actorRole: 'hotline_operator',
        fromStatus: 'handled',
        toStatus: 'in_progress',
        note: notSolved.note,
        data: { source: 'callback', unitDepartmentId: chengguan },
      },
    ]);
  });

  it('counts in 返工率 against the unit, as a failed check does', async () => {
    expect(await reworkedFor(chengguan)).toBe(1);
  });

  it('the caller is asked again once the unit has handled it anew; "solved" is then final', async () => {
    const early = await ticketStep(t, c.hotline, id, 'callback', solved);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('CASE_NOT_HANDLED');
    await feedback(id);
    const res = await ticketStep(t, c.hotline, id, 'callback', solved);
    await ok(res, 'second callback');
    expect(res.json().followUp).toBeNull();
    expect(res.json().case).toMatchObject({ status: 'handled', reworkCount: 1 });
    expect(res.json().ticket).toMatchObject({ callbackValid: true, resolved: true });
    const again = await ticketStep(t, c.hotline, id, 'callback', notSolved);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_CALLED_BACK');
  });

  it('on a checked case: back to the unit all the same', async () => {
    const checked = await handledTicket();
    await ok(await act(t, c.grid, checked, 'check_pass', await ownPhoto(t, c.grid)), 'check_pass');
    const res = await ticketStep(t, c.hotline, checked, 'callback', notSolved);
    await ok(res, 'callback');
    expect(res.json().case).toMatchObject({ status: 'in_progress', reworkCount: 1 });
    expect((await detail(checked)).timeline.at(-1)).toMatchObject({
      action: 'check_fail',
      fromStatus: 'checked',
      toStatus: 'in_progress',
    });
    expect(await reworkedFor(chengguan)).toBe(2);
  });

  it('on a closed case: reopened, then failed back to the unit', async () => {
    const closed = await handledTicket();
    await ok(await act(t, c.grid, closed, 'check_pass', await ownPhoto(t, c.grid)), 'check_pass');
    await ok(await act(t, c.shiftlead, closed, 'close'), 'close');
    const res = await ticketStep(t, c.hotline, closed, 'callback', notSolved);
    await ok(res, 'callback');
    expect(res.json().case).toMatchObject({
      status: 'in_progress',
      reworkCount: 1,
      reopenCount: 1,
      closedAt: null,
      unitDepartmentId: chengguan,
    });
    expect((await detail(closed)).timeline.slice(-3)).toMatchObject([
      { action: 'callback', fromStatus: 'closed', toStatus: 'closed' },
      { action: 'reopen', actorRole: 'hotline_operator', fromStatus: 'closed', toStatus: 'handled' },
      { action: 'check_fail', actorRole: 'hotline_operator', fromStatus: 'handled', toStatus: 'in_progress' },
    ]);
    expect(await reworkedFor(chengguan)).toBe(3);
  });

  it('a callback that reached nobody sends nothing back', async () => {
    const waiting = await handledTicket();
    const res = await ticketStep(t, c.hotline, waiting, 'callback', {
      reached: false,
      note: '无人接听',
    });
    await ok(res, 'callback');
    expect(res.json().followUp).toMatchObject({ code: 'CALL_AGAIN', caseAction: null });
    expect(res.json().case).toMatchObject({ status: 'handled', reworkCount: 0 });
  });
});

/** The 12345 figures over every rollup row, once the queued events are applied. */
async function hotlineFigures() {
  await drainKpiOutbox(t.database.db);
  const [row] = await t.database.db
    .select({
      valid: sum(kpiDaily.hotlineValidCallbacks),
      contacted: sum(kpiDaily.hotlineContacted),
      resolved: sum(kpiDaily.hotlineResolved),
      satisfied: sum(kpiDaily.hotlineSatisfied),
      basicallySatisfied: sum(kpiDaily.hotlineBasicallySatisfied),
    })
    .from(kpiDaily);
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v ?? 0)]));
}

describe('a ticket called back again after a rework', () => {
  it('counts once in 响应率, 解决率 and 满意率, judged by its latest valid callback, in the rollups, their rebuild and the SQL oracle', async () => {
    const id = await handledTicket();
    const before = await hotlineFigures();
    await ok(await ticketStep(t, c.hotline, id, 'callback', notSolved), 'first callback');
    await feedback(id);
    await ok(await ticketStep(t, c.hotline, id, 'callback', solved), 'second callback');
    const added = (figures: Record<string, number>) =>
      Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v - (before[k] ?? 0)]));
    const once = { valid: 1, contacted: 1, resolved: 1, satisfied: 1, basicallySatisfied: 0 };
    expect(added(await hotlineFigures())).toEqual(once);
    const incremental = asFigures(await t.database.db.select().from(kpiDaily));
    await rebuildKpis(t.database.db);
    expect(added(await hotlineFigures())).toEqual(once);
    expect(asFigures(await t.database.db.select().from(kpiDaily))).toEqual(incremental);
    expect(incremental).toEqual(await kpiOracle(t.database.db));
  });
});
