import { randomUUID } from 'node:crypto';
import { asc, count, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors/app-error.js';
import { seededRandom } from '../../../lib/seeded-random.js';
import { pointIn, uploadPhoto } from '../../../test/case-helpers.js';
import { demo } from '../../../test/demo-places.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { type AuthUser, toAuthUser } from '../../auth/auth-user.js';
import { takeAction } from '../../cases/act.js';
import { type CaseDeps, caseDeps } from '../../cases/case-deps.js';
import { caseEvents, cases } from '../../cases/cases.schema.js';
import { linkDuplicate, unlinkDuplicate } from '../../cases/duplicates.js';
import { intakeCase } from '../../cases/intake.js';
import type { CaseAction } from '../../cases/lifecycle/case-action.js';
import { users } from '../../users/users.schema.js';
import { caseLoopRates } from '../formulas/index.js';
import { COUNTER_COLUMNS, kpiDaily, kpiDailyStreet, kpiOutbox } from '../stats.schema.js';
import { applyKpiOutbox } from './apply-outbox.js';
import { rebuildKpis } from './rebuild.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Actions worth trying from each state; the state machine refuses the ones that do not fit.
const TRY: Record<string, CaseAction[]> = {
  reported: ['verify', 'register', 'register', 'reject', 'void'],
  verified: ['register', 'register', 'reject', 'void'],
  registered: ['file', 'file', 'void'],
  filed: ['dispatch', 'dispatch', 'void'],
  dispatched: ['accept', 'accept', 'return'],
  in_progress: [
    'feedback',
    'feedback',
    'return',
    'request_extension',
    'approve_extension',
    'deny_extension',
    'suspend',
    'supervise',
    'reply_supervision',
  ],
  returned: ['dispatch'],
  suspended: ['resume'],
  handled: ['check_pass', 'check_pass', 'check_fail'],
  checked: ['close'],
  closed: ['rate', 'reopen'],
};
const ACTOR: Record<CaseAction, string> = {
  verify: 'community',
  register: 'community',
  reject: 'community',
  file: 'shiftlead',
  void: 'shiftlead',
  dispatch: 'dispatcher',
  accept: 'holder',
  return: 'holder',
  request_extension: 'holder',
  approve_extension: 'dispatcher',
  deny_extension: 'dispatcher',
  suspend: 'dispatcher',
  resume: 'dispatcher',
  feedback: 'holder',
  check_pass: 'community',
  check_fail: 'community',
  close: 'shiftlead',
  rate: 'resident',
  reopen: 'resident',
  supervise: 'leader',
  reply_supervision: 'holder',
};

async function snapshot() {
  const rows = await t.database.db
    .select()
    .from(kpiDaily)
    .orderBy(asc(kpiDaily.day), asc(kpiDaily.regionCode), asc(kpiDaily.unitKey), asc(kpiDaily.categoryCode));
  // Rows whose counters all netted to zero carry nothing: a rebuild never writes them.
  return rows.filter((r) => COUNTER_COLUMNS.some((c) => r[c] !== 0));
}

async function streetSnapshot() {
  const rows = await t.database.db
    .select()
    .from(kpiDailyStreet)
    .orderBy(asc(kpiDailyStreet.day), asc(kpiDailyStreet.streetPrefix), asc(kpiDailyStreet.unitKey));
  return rows.filter((r) => COUNTER_COLUMNS.some((c) => r[c] !== 0));
}

describe('KPI rollups', () => {
  it('a rebuild from the event log equals the incremental figures after a random history of thousands of events', async () => {
    const random = seededRandom(20261123);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
    const people: Record<string, AuthUser> = {};
    for (const u of await t.database.db.select().from(users)) people[u.username] = toAuthUser(u);
    const photos = {
      department: await uploadPhoto(t, await t.login('department')),
      street: await uploadPhoto(t, await t.login('street')),
    };
    const admin = await t.login('admin');
    const places = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) => pointIn(t, admin, demo.gridOf(demo.yongchangCommunity, n))),
    );
    // The clock moves forward through six weeks, so figures land on many days, some on time and some late.
    let clock = Date.parse('2026-09-20T01:00:00Z');
    const deps: CaseDeps = { ...caseDeps(t.database.db, t.regions, t.calendar), now: () => new Date(clock) };
    const ids: string[] = [];
    const holderOf = async (id: string) => {
      const [c] = await t.database.db
        .select({ dept: cases.unitDepartmentId })
        .from(cases)
        .where(eq(cases.id, id));
      return c?.dept ? 'department' : 'street';
    };

    const eventCount = async () => (await t.database.db.select({ n: count() }).from(caseEvents))[0]?.n ?? 0;
    let applied = 0;
    for (let step = 0; step < 20_000; step++) {
      if (step % 250 === 0 && (await eventCount()) >= 2500) break;
      clock += Math.floor(random() * 90 * 60_000);
      const roll = random();
      if (roll < 0.08 || ids.length < 10) {
        const { caseId } = await intakeCase(
          deps,
          people.resident as AuthUser,
          {
            categoryCode: pick(['E0550', 'E0450', 'E0101', 'C0118']),
            description: `random ${step}`,
            ...pick(places),
          },
          randomUUID(),
        );
        ids.push(caseId);
        continue;
      }
      if (roll < 0.1) {
        const [a, b] = [pick(ids), pick(ids)];
        await linkDuplicate(deps, people.community as AuthUser, a, b).catch(ignoreRefusal);
        continue;
      }
      if (roll < 0.11) {
        await unlinkDuplicate(deps, people.community as AuthUser, pick(ids)).catch(ignoreRefusal);
        continue;
      }
      if (roll < 0.16) {
        applied += await applyKpiOutbox(t.database.db, 1 + Math.floor(random() * 300));
        continue;
      }
      const id = pick(ids);
      const [c] = await t.database.db.select({ status: cases.status }).from(cases).where(eq(cases.id, id));
      const action = pick(TRY[c?.status ?? 'closed'] ?? ['rate']);
      const who = ACTOR[action] === 'holder' ? await holderOf(id) : ACTOR[action];
      await takeAction(deps, people[who] as AuthUser, id, action, {
        note: 'random history',
        photoIds: action === 'feedback' ? [photos[who as 'department' | 'street']] : undefined,
        extension:
          action === 'request_extension'
            ? { amount: 1 + Math.floor(random() * 3), unit: 'working_days' }
            : undefined,
        rating: action === 'rate' ? 1 + Math.floor(random() * 5) : undefined,
      }).catch(ignoreRefusal);
    }
    applied += await applyKpiOutbox(t.database.db);
    const [events] = await t.database.db.select({ n: count() }).from(caseEvents);
    expect(events?.n).toBeGreaterThanOrEqual(2000);
    expect(applied).toBe(events?.n);
    expect((await t.database.db.select({ n: count() }).from(kpiOutbox))[0]?.n).toBe(0);

    const incremental = await snapshot();
    const incrementalStreets = await streetSnapshot();
    const rebuilt = await rebuildKpis(t.database.db);
    expect(rebuilt.events).toBe(events?.n);
    expect(await snapshot()).toEqual(incremental);
    expect(await streetSnapshot()).toEqual(incrementalStreets);
    // The per-street rows are exactly the fine rows summed to their street.
    for (const name of COUNTER_COLUMNS) {
      const fine = incremental.reduce((sum, r) => sum + r[name], 0);
      const coarse = incrementalStreets.reduce((sum, r) => sum + r[name], 0);
      expect(coarse, name).toBe(fine);
    }

    // And the figures agree with the cases themselves: every case not linked as a duplicate is due once.
    const [counted] = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(isNull(cases.masterCaseId));
    const [dueSum] = await t.database.db.select({ n: sql<number>`sum(${kpiDaily.due})::int` }).from(kpiDaily);
    expect(dueSum?.n).toBe(counted?.n);
    const [closedCases] = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(sql`${cases.status} = 'closed' and ${cases.masterCaseId} is null`);
    const [closedSum] = await t.database.db
      .select({ n: sql<number>`sum(${kpiDaily.closed})::int` })
      .from(kpiDaily);
    expect(closedSum?.n).toBe(closedCases?.n);

    // Every row is a consistent set of figures: no rate's numerator exceeds its denominator.
    for (const row of incremental) {
      expect(() => caseLoopRates(row)).not.toThrow();
    }
  }, 240_000);
});

function ignoreRefusal(err: unknown): void {
  if (!(err instanceof AppError)) throw err;
}
