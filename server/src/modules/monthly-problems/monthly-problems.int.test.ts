import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { departmentIds, useTestApp } from '../../test/actors.js';
import { MANHOLE, STALLS, usePointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { expectOk } from '../../test/test-app.js';
import { departmentCalls, newWhistle } from '../../test/whistles.js';
import { toAuthUser } from '../auth/auth-user.js';
import { caseDeps } from '../cases/case-deps.js';
import { intakeCase } from '../cases/intake.js';
import { hotspotProposals } from '../hotspots/hotspots.tables.js';
import { drainKpiOutbox } from '../stats/rollup/apply-outbox.js';
import { users } from '../users/users.tables.js';
import { addMonths } from './month-window.js';

const { t, c } = useTestApp(['admin', 'leader', 'street', 'community2', 'department']);
const at = usePointIn(t, c);

// Two months back: a whole month with whole months before it and weeks after it.
const thisMonth = chinaDayOf(new Date()).slice(0, 7);
const month = addMonths(thisMonth, -2);
const before = addMonths(month, -1);
const after = addMonths(month, 1);
const district = demo.district;

/** Noon China time on a day of a month. */
const noon = (m: string, day: number) => new Date(`${m}-${String(day).padStart(2, '0')}T04:00:00Z`);

/** A case reported at a past time, as a resident (a complaint) or as street staff (a proactive case). */
async function filed(who: 'resident' | 'street', when: Date, categoryCode: string) {
  const [user] = await t.database.db.select().from(users).where(eq(users.username, who));
  if (!user) throw new Error(`no demo ${who}`);
  const deps = { ...caseDeps(t.database.db, t.regions, t.calendar), now: () => when };
  const { caseId } = await intakeCase(
    deps,
    toAuthUser(user),
    { categoryCode, description: '每月一题测试', ...at },
    randomUUID(),
    who === 'street' ? { channel: 'proactive' } : {},
  );
  return caseId;
}

const stallCases: string[] = [];

beforeAll(async () => {
  // The month before: six 井盖 complaints (a mean of two over the three months), no 占道.
  for (let d = 1; d <= 6; d++) await filed('resident', noon(before, d + 3), MANHOLE);
  // The month: four of each. 井盖 scores 4 + (4 − 2) = 6, 占道 4 + (4 − 0) = 8: growth decides.
  // Three proactive 井盖 cases too: counted as complaints they would make 井盖 7 + 5 = 12 and the top.
  for (let d = 1; d <= 4; d++) {
    await filed('resident', noon(month, d + 9), MANHOLE);
    stallCases.push(await filed('resident', noon(month, d + 9), STALLS));
  }
  for (let d = 1; d <= 3; d++) await filed('street', noon(month, d + 14), MANHOLE);
  // After it: one more 占道 complaint, and a proactive 占道 case (an action, not a complaint).
  await filed('resident', noon(after, 10), STALLS);
  await filed('street', noon(after, 11), STALLS);
  await drainKpiOutbox(t.database.db);

  const dept = await departmentIds(t, c.admin);
  await newWhistle(t, c.street, {
    title: '占道经营联合整治',
    caseIds: stallCases.slice(0, 2),
    calls: departmentCalls(dept, { chengguan: '清理占道' }),
  });
  const proposal = {
    districtCode: district,
    streetCode: demo.yongchang,
    kind: 'cluster' as const,
    area: '88283082a3fffff',
    categoryCode: STALLS,
    observed: 9,
    expected: 2.5,
    surprise: 4,
    threshold: 3,
    windowStart: noon(month, 20),
    windowEnd: noon(month, 27),
  };
  await t.database.db.insert(hotspotProposals).values([
    { ...proposal, status: 'accepted', action: 'proactive_case', decidedAt: noon(month, 28) },
    // Neither of these is an action taken: one still open, one of another category.
    { ...proposal, area: '88283082a7fffff' },
    { ...proposal, categoryCode: MANHOLE, status: 'accepted', action: 'whistle', decidedAt: noon(month, 28) },
  ]);
});

describe('每月一题 of a district', () => {
  it('chooses the category that leads by complaints and growth, proactive cases left out', async () => {
    const body = expectOk(await t.get(`/api/monthly-problems?month=${month}`, c.leader)).json();
    expect(body).toMatchObject({ month, running: false, period: { from: `${month}-01` } });
    expect(body.items).toHaveLength(1);
    const [row] = body.items;
    expect(row).toMatchObject({ districtCode: district, regionCode: district, totalComplaints: 8 });
    expect(row.top).toMatchObject({
      categoryCode: STALLS,
      complaints: 4,
      baseline: 0,
      growth: 4,
      growthRate: null,
      score: 8,
      share: 0.5,
    });
    expect(row.top.categoryName).not.toBe(STALLS);
    expect(row.runnersUp).toEqual([
      expect.objectContaining({ categoryCode: MANHOLE, complaints: 4, baseline: 2, growth: 2, score: 6 }),
    ]);
  });

  it('gives its complaints without personal data, the actions taken and the weeks before and after', async () => {
    const body = expectOk(
      await t.get(`/api/monthly-problems/${district}?month=${month}&pageSize=3`, c.leader),
    ).json();
    expect(body.top.categoryCode).toBe(STALLS);
    expect(body.cases).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(body.cases.items).toHaveLength(3);
    expect(body.cases.items[0]).toMatchObject({ channel: 'resident_app', streetName: '永昌街道' });
    expect(body.cases.items[0].createdAt > body.cases.items[2].createdAt).toBe(true);
    const text = JSON.stringify(body);
    for (const personal of ['reporter', 'phone', 'description', 'address', '每月一题测试'])
      expect(text).not.toContain(personal);
    const page2 = expectOk(
      await t.get(`/api/monthly-problems/${district}?month=${month}&pageSize=3&page=2`, c.leader),
    ).json();
    expect(page2.cases.items.map((i: { id: string }) => i.id)).toHaveLength(1);

    // The proactive 占道 case after the month, the whistle over two of its complaints, the accepted
    // proposal of its category; not the 井盖 ones.
    expect(body.actions.proactiveCases).toHaveLength(1);
    expect(body.actions.whistleOrders).toEqual([
      expect.objectContaining({ title: '占道经营联合整治', cases: 2 }),
    ]);
    expect(body.actions.acceptedHotspots).toEqual([
      expect.objectContaining({
        kind: 'cluster',
        observed: 9,
        action: 'proactive_case',
        streetName: '永昌街道',
      }),
    ]);

    const weeks: { side: string; complaints: number; from: string; to: string }[] = body.trend;
    const sum = (side: string) => weeks.filter((w) => w.side === side).reduce((n, w) => n + w.complaints, 0);
    expect(weeks.filter((w) => w.side === 'before')).toHaveLength(8);
    expect(weeks.filter((w) => w.side === 'before').at(-1)?.to).toBe(body.period.to);
    expect(sum('before')).toBe(4);
    expect(sum('after')).toBe(1);
  });

  it('shows a community only its own part of the district, and refuses another district', async () => {
    const own = expectOk(await t.get(`/api/monthly-problems?month=${month}`, c.community2)).json();
    // community2 works in a community of another street, where nothing was reported.
    expect(own.items).toHaveLength(1);
    expect(own.items[0]).toMatchObject({ districtCode: district, totalComplaints: 0, top: null });
    const community = own.items[0].regionCode as string;
    expect(
      community.startsWith(district.slice(0, 6)) && !community.startsWith(demo.yongchang.slice(0, 9)),
    ).toBe(true);
    expect(community.endsWith('000')).toBe(false);
    const street = expectOk(await t.get(`/api/monthly-problems?month=${month}`, c.street)).json();
    expect(street.items[0]).toMatchObject({ regionCode: demo.yongchang, totalComplaints: 8 });

    const elsewhere = '220105000000';
    for (const url of [
      `/api/monthly-problems/${elsewhere}?month=${month}`,
      `/api/monthly-problems/${elsewhere}?month=${month}&page=2`,
    ]) {
      const res = await t.get(url, c.leader);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('DISTRICT_NOT_FOUND');
      expect(res.body).not.toContain('占道');
    }
    const department = expectOk(await t.get(`/api/monthly-problems?month=${month}`, c.department)).json();
    expect(department.items).toEqual([]);
    expect((await t.get(`/api/monthly-problems/${district}?month=${month}`, c.department)).statusCode).toBe(
      404,
    );
  });

  it('refuses a month not begun and a malformed one', async () => {
    const next = await t.get(`/api/monthly-problems?month=${addMonths(thisMonth, 1)}`, c.leader);
    expect(next.statusCode).toBe(400);
    expect(next.json().error.code).toBe('MONTH_NOT_STARTED');
    expect((await t.get('/api/monthly-problems?month=2026-13', c.leader)).statusCode).toBe(400);
    expect((await t.get(`/api/monthly-problems/220104?month=${month}`, c.leader)).statusCode).toBe(400);
  });
});

describe('the Excel export', () => {
  it('holds the problem, its weeks, the actions and its complaints', async () => {
    const res = await t.get(`/api/exports/monthly-problems?month=${month}`, c.leader);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(String(res.headers['content-disposition'])).toContain(`monthly-problems-${month}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rowsOf = (name: string) => {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      const lines: string[][] = [];
      ws.eachRow((row) => {
        lines.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
      });
      return lines;
    };
    const summary = rowsOf('每月一题');
    const header = summary.find((l) => l[0] === '区') ?? [];
    const row = summary[summary.indexOf(header) + 1] ?? [];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('本月一题')).toBe('占道经营');
    expect(cell('诉求件数')).toBe('4');
    expect(cell('得分')).toBe('8');
    expect(cell('第二')).toBe('井盖缺失（4件）');

    const weeks = rowsOf('周趋势').filter((l) => l[4] === '选题前' || l[4] === '选题后');
    expect(weeks.filter((l) => l[4] === '选题前')).toHaveLength(8);
    expect(weeks.reduce((n, l) => n + Number(l[5]), 0)).toBe(5);

    const actions = rowsOf('处置行动').map((l) => l[2]);
    expect(actions.filter((k) => k === '吹哨报到')).toHaveLength(1);
    expect(actions.filter((k) => k === '热点处置')).toHaveLength(1);
    expect(actions.filter((k) => k?.startsWith('主动发现'))).toHaveLength(1);

    const complaints = rowsOf('诉求案件');
    const caseRows = complaints.filter((l) => /^\d{9}-\d{8}-\d{4}$/.test(l[2] ?? ''));
    expect(caseRows).toHaveLength(4);
    expect(JSON.stringify(complaints)).not.toContain('每月一题测试');
  });

  it('refuses a month not begun before the download starts', async () => {
    const res = await t.get(`/api/exports/monthly-problems?month=${addMonths(thisMonth, 1)}`, c.leader);
    expect(res.statusCode).toBe(400);
  });
});
