import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { act, pointIn, report, uploadPhoto } from '../../test/case-helpers.js';
import { demo } from '../../test/demo-places.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { toAuthUser } from '../auth/auth-user.js';
import { caseDeps } from '../cases/case-deps.js';
import { intakeCase } from '../cases/intake.js';
import { users } from '../users/users.tables.js';

/**
 * The two definitions DOMAIN.md corrected, through the API: 准确派遣率 counts the unit's returns (退单),
 * not rework; and in a running period a case is 应结 only once its deadline has passed or it has closed.
 */
let t: TestApp;
let c: Record<string, string> = {};
const DAY = 86_400_000;
// A period that holds today: sixty days back to sixty days on.
const period = `from=${chinaDayOf(Date.now() - 60 * DAY)}&to=${chinaDayOf(Date.now() + 60 * DAY)}`;

async function step(who: string, caseId: string, action: string, body: Record<string, unknown> = {}) {
  const res = await act(t, c[who] as string, caseId, action, body);
  if (res.statusCode !== 200) throw new Error(`${who} ${action}: ${res.body}`);
}

beforeAll(async () => {
  t = await createTestApp();
  c = await t.loginAll(['admin', 'resident', 'community', 'shiftlead', 'dispatcher', 'department', 'leader']);
  const at = await pointIn(t, c.admin as string, demo.gridOf(demo.yongchangCommunity, 3));
  const photo = await uploadPhoto(t, c.department as string);
  const newCase = async (description: string) =>
    (await report(t, c.resident as string, { categoryCode: 'E0550', description, ...at })).json().case
      .id as string;
  const toDispatched = async (id: string) => {
    for (const [who, action] of [
      ['community', 'verify'],
      ['community', 'register'],
      ['shiftlead', 'file'],
      ['dispatcher', 'dispatch'],
    ] as const) {
      await step(who, id, action);
    }
  };
  // A: sent to 城管, the right unit; its first repair fails the check (返工), the second passes; closed.
  const a = await newCase('井盖缺失，返工一次');
  await toDispatched(a);
  await step('department', a, 'accept');
  await step('department', a, 'feedback', { photoIds: [photo] });
  await step('community', a, 'check_fail', { note: '未修好' });
  await step('department', a, 'feedback', { photoIds: [photo] });
  await step('community', a, 'check_pass');
  await step('shiftlead', a, 'close');
  // B: sent to 城管, which returns it as not its responsibility (退单); sent on to the street.
  const b = await newCase('井盖缺失，退单后改派街道');
  await toDispatched(b);
  await step('department', b, 'return', { note: '不属于我局职责' });
  await step('dispatcher', b, 'dispatch', { unit: { regionCode: demo.yongchang } });
  // E: sent to 城管 and returned too, still waiting for the dispatcher.
  const e = await newCase('井盖缺失，退单待派');
  await toDispatched(e);
  await step('department', e, 'accept');
  await step('department', e, 'return', { note: '不属于我局职责' });
  // C: just in, due in a few days.
  await newCase('井盖缺失，刚上报');
  // D: came in forty days ago and was never dealt with: overdue.
  const [resident] = await t.database.db.select().from(users).where(eq(users.username, 'resident'));
  if (!resident) throw new Error('no resident');
  await intakeCase(
    { ...caseDeps(t.database.db, t.regions, t.calendar), now: () => new Date(Date.now() - 40 * DAY) },
    toAuthUser(resident),
    { categoryCode: 'E0550', description: '井盖缺失，早已超期', ...at },
    randomUUID(),
  );
});
afterAll(() => t.close());

const kpis = async (query: string) => {
  const res = await t.call({ method: 'GET', url: `/api/stats/kpis?${period}&${query}`, cookie: c.leader });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('准确派遣率 judges the dispatcher', () => {
  it('= (dispatched − returned as not the unit’s responsibility) / dispatched; rework does not lower it', async () => {
    // Dispatched: A, B twice, E = 4; returned: B's first, E's = 2; reworked: A = 1.
    const district = await kpis(`regionCode=${demo.district}`);
    expect(district.counts).toMatchObject({ dispatched: 4, returned: 2, reworked: 1 });
    expect(district.caseLoop.accurateDispatchRate).toBe(2 / 4);
    expect(district.caseLoop.reworkRate).toBe(1 / 4);
  });

  it('counts each return against the dispatch it sends back, for the unit it was sent to', async () => {
    const [department] = await t.database.db.select().from(users).where(eq(users.username, 'department'));
    // 城管 was sent A, B and E and returned two of them; the street was sent B and kept it.
    const chengguan = await kpis(`departmentId=${department?.departmentId}`);
    expect(chengguan.counts).toMatchObject({ dispatched: 3, returned: 2, reworked: 1 });
    expect(chengguan.caseLoop.accurateDispatchRate).toBe(1 / 3);
    expect(chengguan.caseLoop.reworkRate).toBe(1 / 3);
  });
});

describe('应结 in a running period', () => {
  it('counts the overdue case and the closed one, not the cases whose deadline is still ahead', async () => {
    // A closed in time; D is overdue; B, C and E are open and not due yet.
    const district = await kpis(`regionCode=${demo.district}`);
    expect(district.counts).toMatchObject({ reported: 5, due: 2, closed: 1, closedOnTime: 1 });
    expect(district.caseLoop.onTimeClosureRate).toBe(1 / 2);
    expect(district.caseLoop.closureRate).toBe(1 / 2);
  });
});
