import { randomUUID } from 'node:crypto';
import { and, asc, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CREW, departmentIds, useTestApp } from '../../test/actors.js';
import { act, caseAt, caseFiledAt, MANHOLE, moveCase, newCase, usePointIn } from '../../test/cases.js';
import { expectOk } from '../../test/test-app.js';
import { departmentCalls, newWhistle } from '../../test/whistles.js';
import { toAuthUser } from '../auth/auth-user.js';
import { takeAction } from '../cases/act.js';
import { caseDeps } from '../cases/case-deps.js';
import { users } from '../users/users.tables.js';
import { pointEntries, pointTransfers } from './points.tables.js';

const { t, c } = useTestApp([...CASE_CREW, 'courier', 'street']);
const at = usePointIn(t, c);
let dept: Record<string, string> = {};
// The resident files more reports today than the default cap pays for; the cap has a test of its own.
const RULES = { reportFiled: 10, dailyCap: 10_000, whistleBonus: 20 };
const setRules = async (value: typeof RULES) =>
  expectOk(await t.put('/api/settings/pointsRules', c.admin, { value }), 'pointsRules');
beforeAll(async () => {
  dept = await departmentIds(t, c.admin);
  await setRules(RULES);
});

interface Points {
  balance: number;
  total: number;
  entries: { id: number; amount: number; reason: string; caseId: string | null; caseCode: string | null }[];
}
const pointsOf = async (cookie: string | undefined, query = ''): Promise<Points> =>
  expectOk(await t.get(`/api/points${query}`, cookie), 'points').json();

/** The case's transfers as the reporter's account sees them, oldest first. */
const ledgerOf = (caseId: string) =>
  t.database.db
    .select({ kind: pointTransfers.kind, amount: pointEntries.amount, reverses: pointTransfers.reverses })
    .from(pointTransfers)
    .innerJoin(
      pointEntries,
      and(eq(pointEntries.transferId, pointTransfers.id), like(pointEntries.account, 'user:%')),
    )
    .where(eq(pointTransfers.caseId, caseId))
    .orderBy(asc(pointTransfers.id));

const report = (who: string) =>
  newCase(t, c[who] as string, { categoryCode: MANHOLE, description: '井盖丢了', ...at });

describe('a filed report earns its reporter points once', () => {
  it('a courier reports, sees the report in "my reports" and, once filed, its points credited once', async () => {
    const before = await pointsOf(c.courier);
    const kase = await report('courier');
    const mine = expectOk(await t.get('/api/cases', c.courier)).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(kase.id);
    await moveCase(t, c, kase.id, 'reported', 'registered');
    expect((await pointsOf(c.courier)).balance).toBe(before.balance);

    await moveCase(t, c, kase.id, 'registered', 'filed');
    const after = await pointsOf(c.courier);
    expect(after.balance).toBe(before.balance + 10);
    expect(after.entries[0]).toMatchObject({
      amount: 10,
      reason: 'report_filed',
      caseId: kase.id,
      caseCode: kase.code,
    });
  });

  it('earns nothing more when the case goes round again: filing twice, closing, reopening', async () => {
    const kase = await caseAt(t, c, 'filed');
    const again = await act(t, c.shiftlead as string, kase.id, 'file');
    expect(again.statusCode).toBe(409);
    await moveCase(t, c, kase.id, 'filed', 'closed');
    expectOk(await act(t, c.resident as string, kase.id, 'reopen', { note: '井盖又丢了' }), 'reopen');
    await moveCase(t, c, kase.id, 'filed', 'closed');
    expect(await ledgerOf(kase.id)).toEqual([{ kind: 'report_filed', amount: 10, reverses: null }]);
  });

  it('earns nothing for a rejected report', async () => {
    const kase = await report('resident');
    expectOk(await act(t, c.dispatcher as string, kase.id, 'reject', { note: '不属于受理范围' }), 'reject');
    expect(await ledgerOf(kase.id)).toEqual([]);
  });

  it('earns nothing for a report linked as a duplicate before it is filed: it cannot be filed', async () => {
    const master = await report('resident');
    const dup = await report('resident');
    expectOk(await t.post(`/api/cases/${dup.id}/link`, c.dispatcher, { masterCaseId: master.id }), 'link');
    await moveCase(t, c, master.id, 'reported', 'filed');
    expect((await ledgerOf(master.id)).map((x) => x.kind)).toEqual(['report_filed']);
    expect(await ledgerOf(dup.id)).toEqual([]);
  });

  it('earns nothing for staff reports: a grid worker on patrol is doing their job', async () => {
    const kase = await newCase(t, c.grid as string, {
      categoryCode: MANHOLE,
      description: '巡查发现',
      ...at,
    });
    await moveCase(t, c, kase.id, 'verified', 'filed');
    expect(await ledgerOf(kase.id)).toEqual([]);
  });
});

describe('points taken back', () => {
  it('when a credited case is linked as a duplicate, once, however often it is linked again', async () => {
    const master = await caseAt(t, c, 'filed');
    const dup = await caseAt(t, c, 'filed');
    const before = (await pointsOf(c.resident)).balance;
    expectOk(await t.post(`/api/cases/${dup.id}/link`, c.dispatcher, { masterCaseId: master.id }), 'link');
    const taken = await pointsOf(c.resident);
    expect(taken.balance).toBe(before - 10);
    expect(taken.entries[0]).toMatchObject({ amount: -10, reason: 'case_duplicate', caseId: dup.id });

    expectOk(await t.delete(`/api/cases/${dup.id}/link`, c.dispatcher), 'unlink');
    expectOk(await t.post(`/api/cases/${dup.id}/link`, c.dispatcher, { masterCaseId: master.id }), 'relink');
    const ledger = await ledgerOf(dup.id);
    expect(ledger.map(({ kind, amount }) => [kind, amount])).toEqual([
      ['report_filed', 10],
      ['case_duplicate', -10],
    ]);
    expect((await pointsOf(c.resident)).balance).toBe(before - 10);
    expect((await ledgerOf(master.id)).map((x) => x.kind)).toEqual(['report_filed']);
  });

  it('when a credited case is voided, as a new transfer reversing the award', async () => {
    const kase = await caseAt(t, c, 'filed');
    expectOk(await act(t, c.shiftlead as string, kase.id, 'void', { note: '重复立案' }), 'void');
    const ledger = await ledgerOf(kase.id);
    expect(ledger.map(({ kind, amount }) => [kind, amount])).toEqual([
      ['report_filed', 10],
      ['case_voided', -10],
    ]);
    const [award] = await t.database.db
      .select({ id: pointTransfers.id })
      .from(pointTransfers)
      .where(and(eq(pointTransfers.caseId, kase.id), eq(pointTransfers.kind, 'report_filed')));
    expect(ledger[1]?.reverses).toBe(award?.id);
  });
});

describe('a report that becomes a whistle order (吹哨)', () => {
  it('earns its reporter the bonus once, however many orders it is in', async () => {
    const kase = await caseAt(t, c, 'dispatched');
    const whistle = (caseIds: string[]) =>
      newWhistle(t, c.street as string, { caseIds, calls: departmentCalls(dept, { chengguan: '补装井盖' }) });
    await whistle([kase.id]);
    await whistle([kase.id]);
    expect((await ledgerOf(kase.id)).map(({ kind, amount }) => [kind, amount])).toEqual([
      ['report_filed', 10],
      ['whistle_bonus', 20],
    ]);
  });

  it('earns nothing while the report is not yet filed', async () => {
    const kase = await report('resident');
    await newWhistle(t, c.street as string, {
      caseIds: [kase.id],
      calls: departmentCalls(dept, { chengguan: '现场核实' }),
    });
    expect(await ledgerOf(kase.id)).toEqual([]);
  });

  it('loses the bonus with the award when the case is voided', async () => {
    const kase = await caseAt(t, c, 'filed');
    await newWhistle(t, c.street as string, {
      caseIds: [kase.id],
      calls: departmentCalls(dept, { chengguan: '补装井盖' }),
    });
    expectOk(await act(t, c.shiftlead as string, kase.id, 'void', { note: '误报' }), 'void');
    const net = (await ledgerOf(kase.id)).reduce((sum, x) => sum + x.amount, 0);
    expect(net).toBe(0);
  });
});

describe('the daily cap (每日上限)', () => {
  it('cuts the day to the cap by the China-time day of filing, and a new day earns again', async () => {
    await setRules({ ...RULES, dailyCap: 25 });
    try {
      const deps = caseDeps(t.database.db, t.regions, t.calendar);
      const staff = async (username: string) => {
        const [row] = await t.database.db.select().from(users).where(eq(users.username, username));
        if (!row) throw new Error(`no demo ${username}`);
        return toAuthUser(row);
      };
      const [dispatcher, shiftlead] = [await staff('dispatcher'), await staff('shiftlead')];
      // 23:00 on a day in Beijing, then 01:00 the next day: two city days, one UTC day.
      const late = new Date('2031-05-06T15:00:00Z');
      const nextDay = new Date('2031-05-06T17:00:00Z');
      const fileAt = async (now: Date): Promise<string> => {
        const kase = await caseFiledAt(t, now, { categoryCode: MANHOLE, description: '井盖丢了', ...at });
        const clocked = { ...deps, now: () => now };
        await takeAction(clocked, dispatcher, kase.id, 'register', {});
        await takeAction(clocked, shiftlead, kase.id, 'file', {});
        return kase.id;
      };
      const earned = async (caseId: string) => (await ledgerOf(caseId)).reduce((s, x) => s + x.amount, 0);
      const day1 = [await fileAt(late), await fileAt(late), await fileAt(late), await fileAt(late)];
      expect(await Promise.all(day1.map(earned))).toEqual([10, 10, 5, 0]);
      expect(await earned(await fileAt(nextDay))).toBe(10);
    } finally {
      await setRules(RULES);
    }
  });
});

describe('the pointsRules setting', () => {
  it('refuses rules that are not three whole numbers with a 400, keeping the old ones', async () => {
    for (const value of [{ reportFiled: -1, dailyCap: 50, whistleBonus: 20 }, { reportFiled: 10 }, 'ten']) {
      const res = await t.put('/api/settings/pointsRules', c.admin, { value });
      expect(res.statusCode, JSON.stringify(value)).toBe(400);
      expect(res.json().error.code).toBe('SETTING_INVALID');
    }
    expect(expectOk(await t.get('/api/settings', c.admin)).json().pointsRules).toEqual(RULES);
  });
});

describe('GET /api/points', () => {
  it('shows only your own points, and none when signed out', async () => {
    const signedOut = await t.get('/api/points');
    expect(signedOut.statusCode).toBe(401);
    const mine = await pointsOf(c.resident);
    expect(mine.entries.length).toBeGreaterThan(0);
    const courier = await pointsOf(c.courier);
    const residentTransfers = new Set(mine.entries.map((e) => e.id));
    expect(courier.entries.some((e) => residentTransfers.has(e.id))).toBe(false);
    const staff = await pointsOf(c.dispatcher);
    expect(staff).toMatchObject({ balance: 0, total: 0, entries: [] });
  });

  it('refuses a malformed page with a 400', async () => {
    for (const query of ['?page=0', '?pageSize=1000', '?page=abc', `?user=${randomUUID()}`]) {
      const res = await t.get(`/api/points${query}`, c.resident);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBeTruthy();
    }
  });

  it('pages the history newest first, the balance always the sum of every entry', async () => {
    const all = await pointsOf(c.resident, '?pageSize=100');
    expect(all.balance).toBe(all.entries.reduce((sum, e) => sum + e.amount, 0));
    expect(all.total).toBe(all.entries.length);
    expect(all.total).toBeGreaterThan(4);
    const ids = all.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const second = await pointsOf(c.resident, '?page=2&pageSize=2');
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: all.total, balance: all.balance });
    expect(second.entries.map((e) => e.id)).toEqual(ids.slice(2, 4));
    expect(all.entries.every((e) => e.caseCode !== null)).toBe(true);
  });
});
