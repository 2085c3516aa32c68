import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { useTestApp } from '../../test/actors.js';
import {
  type CaseStep,
  caseFiledAt,
  newCase,
  ownPhoto,
  pointIn,
  takeSteps,
  uploadPhoto,
} from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { readKpis } from '../../test/kpis.js';
import { users } from '../users/users.tables.js';

/**
 * The two definitions DOMAIN.md corrected, through the API: 准确派遣率 counts the unit's returns (退单),
 * not rework; and in a running period a case is 应结 only once its deadline has passed or it has closed.
 */
const { t, c } = useTestApp([
  'admin',
  'resident',
  'community',
  'shiftlead',
  'dispatcher',
  'department',
  'leader',
]);
const DAY = 86_400_000;
// A period that holds today: sixty days back to sixty days on.
const period = `from=${chinaDayOf(Date.now() - 60 * DAY)}&to=${chinaDayOf(Date.now() + 60 * DAY)}`;

beforeAll(async () => {
  const at = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 3));
  const photo = await uploadPhoto(t, c.department);
  const reported = async (description: string): Promise<string> =>
    (await newCase(t, c.resident, { categoryCode: 'E0550', description, ...at })).id;
  const toDispatched: CaseStep[] = [
    ['community', 'verify'],
    ['community', 'register'],
    ['shiftlead', 'file'],
    ['dispatcher', 'dispatch'],
  ];
  const fixed: CaseStep = ['department', 'feedback', { photoIds: [photo] }];
  const returned: CaseStep = ['department', 'return', { note: '不属于我局职责' }];
  // A: sent to 城管, the right unit; its first repair fails the check (返工), the second passes; closed.
  await takeSteps(t, c, await reported('井盖缺失，返工一次'), [
    ...toDispatched,
    ['department', 'accept'],
    fixed,
    ['community', 'check_fail', { note: '未修好', ...(await ownPhoto(t, c.community)) }],
    fixed,
    ['community', 'check_pass', await ownPhoto(t, c.community)],
    ['shiftlead', 'close'],
  ]);
  // B: sent to 城管, which returns it as not its responsibility (退单); sent on to the street.
  await takeSteps(t, c, await reported('井盖缺失，退单后改派街道'), [
    ...toDispatched,
    returned,
    ['dispatcher', 'dispatch', { unit: { regionCode: demo.yongchang } }],
  ]);
  // E: sent to 城管 and returned too, still waiting for the dispatcher.
  await takeSteps(t, c, await reported('井盖缺失，退单待派'), [
    ...toDispatched,
    ['department', 'accept'],
    returned,
  ]);
  // C: just in, due in a few days.
  await reported('井盖缺失，刚上报');
  // D: came in forty days ago and was never dealt with: overdue.
  await caseFiledAt(t, new Date(Date.now() - 40 * DAY), {
    categoryCode: 'E0550',
    description: '井盖缺失，早已超期',
    ...at,
  });
});

const kpis = (query: string) => readKpis(t, c.leader, `${period}&${query}`);

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
