import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { regionPrefix } from '../../../lib/codes/region-code.js';
import { CASE_CREW, departmentIds, useTestApp } from '../../../test/actors.js';
import {
  act,
  caseAt,
  moveCase,
  newCase,
  ownPhoto,
  pointIn,
  takeSteps,
  uploadPhoto,
} from '../../../test/cases.js';
import { demo } from '../../../test/demo-places.js';
import { asFigures, kpiOracle } from '../../../test/kpi-oracle.js';
import { expectOk as ok } from '../../../test/test-app.js';
import { cases } from '../../cases/cases.tables.js';
import type { CounterName } from '../stats.tables.js';
import { kpiDaily } from '../stats.tables.js';
import { drainKpiOutbox } from './apply-outbox.js';
import { rebuildKpis } from './rebuild.js';

/**
 * The rollup rules for the paths that move a case or its closing time, each checked three ways: the
 * rollups kept as events happen, a rebuild from the event logs, and the SQL oracle.
 */
const { t, c } = useTestApp([...CASE_CREW, 'community']);
let dept: Record<string, string> = {};
beforeAll(async () => {
  dept = await departmentIds(t, c.admin);
});

/** The rollups summed by unit and street, for the counters named, zeros left out. */
async function byUnitAndStreet(names: CounterName[]) {
  const rows = await t.database.db.select().from(kpiDaily);
  const out: Record<string, Partial<Record<CounterName, number>>> = {};
  for (const r of rows) {
    for (const name of names) {
      if (r[name] === 0) continue;
      const key = `${r.unitKey} ${r.regionCode.slice(0, 9)}`;
      out[key] = { ...out[key], [name]: (out[key]?.[name] ?? 0) + r[name] };
    }
  }
  return out;
}

/** The rollups kept as events happened equal a rebuild from the logs, and both the SQL oracle. */
async function expectRebuildAndOracleAgree() {
  await drainKpiOutbox(t.database.db);
  const incremental = asFigures(await t.database.db.select().from(kpiDaily));
  await rebuildKpis(t.database.db);
  expect(asFigures(await t.database.db.select().from(kpiDaily))).toEqual(incremental);
  expect(incremental).toEqual(await kpiOracle(t.database.db));
}

describe('改派 and 重新定位 in the KPIs', () => {
  it('each is a dispatch to the new unit and a return against the dispatch it replaces; a relocation takes the case’s figures to its new street', async () => {
    const yongchang = regionPrefix(demo.yongchang);
    const qianjin = regionPrefix(demo.qianjin);
    const { id } = await caseAt(t, c, 'in_progress');
    // Applied before the moves, so the rollups hold the case where it was reported, as in production.
    await drainKpiOutbox(t.database.db);
    await ok(
      await act(t, c.dispatcher, id, 'reroute', {
        note: '属市场监管职责',
        unit: { departmentId: dept.market },
      }),
      'reroute',
    );
    await drainKpiOutbox(t.database.db);
    const there = await pointIn(t, c.admin, demo.gridOf(demo.qianjinCommunity));
    await ok(await act(t, c.shiftlead, id, 'relocate', { note: '定位有误', place: there }), 'relocate');
    const [moved] = await t.database.db.select().from(cases).where(eq(cases.id, id));
    expect(moved).toMatchObject({ unitDepartmentId: dept.chengguan, streetCode: demo.qianjin });
    await drainKpiOutbox(t.database.db);

    expect(await byUnitAndStreet(['reported', 'dispatched', 'returned', 'due'])).toEqual({
      // Both wrong dispatches count against the dispatcher in 准确派遣率, where they were counted.
      [`d:${dept.chengguan} ${yongchang}`]: { reported: 1, dispatched: 1, returned: 1 },
      [`d:${dept.market} ${yongchang}`]: { dispatched: 1, returned: 1 },
      // The dispatch that stands, and the case's due date, are 城管's in 前进街道.
      [`d:${dept.chengguan} ${qianjin}`]: { dispatched: 1, due: 1 },
    });
    await expectRebuildAndOracleAgree();
  });

  it('rework and closing after a reroute count for the unit the case went to', async () => {
    const { id } = await caseAt(t, c, 'in_progress');
    await ok(
      await act(t, c.dispatcher, id, 'reroute', {
        note: '需街道牵头',
        unit: { regionCode: demo.yongchang },
      }),
      'reroute',
    );
    const street = await t.login('street');
    const photo = await uploadPhoto(t, street);
    await takeSteps(t, { ...c, street }, id, [
      ['street', 'accept'],
      ['street', 'feedback', { note: '已清理', photoIds: [photo] }],
      ['grid', 'check_fail', { note: '未清理干净', ...(await ownPhoto(t, c.grid)) }],
    ]);
    await moveCase(t, { ...c, department: street }, id, 'in_progress', 'closed');
    await drainKpiOutbox(t.database.db);
    const figures = await byUnitAndStreet(['dispatched', 'returned', 'reworked', 'due', 'closed']);
    expect(figures[`r:${demo.yongchang} ${regionPrefix(demo.yongchang)}`]).toEqual({
      dispatched: 1,
      reworked: 1,
      due: 1,
      closed: 1,
    });
    await expectRebuildAndOracleAgree();
  });
});

describe('a linked duplicate’s closing time', () => {
  it('a voided case linked to a closed master and unlinked counts as closed when the master closed', async () => {
    const master = await caseAt(t, c, 'closed');
    const at = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity));
    const dup = await newCase(t, c.resident, { categoryCode: 'E0550', description: '井盖又丢了', ...at });
    await ok(await act(t, c.shiftlead, dup.id, 'void', { note: '重复上报' }), 'void');
    await ok(await t.post(`/api/cases/${dup.id}/link`, c.community, { masterCaseId: master.id }), 'link');
    await ok(await t.delete(`/api/cases/${dup.id}/link`, c.community), 'unlink');
    const closedAt = async (id: string) =>
      (await t.database.db.select({ at: cases.closedAt }).from(cases).where(eq(cases.id, id)))[0]?.at;
    expect(await closedAt(dup.id)).toEqual(await closedAt(master.id));
    await expectRebuildAndOracleAgree();
  });

  it('a closed case linked to an open master is not closed, and unlinked it is open without a closing time', async () => {
    const closed = await caseAt(t, c, 'closed');
    const master = await caseAt(t, c, 'in_progress');
    await drainKpiOutbox(t.database.db);
    const link = (method: 'POST' | 'DELETE') =>
      t.call({
        method,
        url: `/api/cases/${closed.id}/link`,
        cookie: c.community,
        ...(method === 'POST' ? { payload: { masterCaseId: master.id } } : {}),
      });
    await ok(await link('POST'), 'link');
    await ok(await link('DELETE'), 'unlink');
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, closed.id));
    expect(row).toMatchObject({ status: 'in_progress', closedAt: null });
    await expectRebuildAndOracleAgree();
  });
});
