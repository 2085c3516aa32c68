import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, isNull, like, notInArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { regionPrefix } from '../../../lib/codes/region-code.js';
import { AppError } from '../../../lib/errors/app-error.js';
import { seededRandom } from '../../../lib/seeded-random.js';
import { departmentIds, useTestApp } from '../../../test/actors.js';
import { pointIn, uploadPhoto } from '../../../test/cases.js';
import { demo } from '../../../test/demo-places.js';
import { asFigures, kpiOracle } from '../../../test/kpi-oracle.js';
import { rollupSnapshot } from '../../../test/rollup-snapshot.js';
import { callStep, issueWhistle, reportIn } from '../../../test/whistles.js';
import { type AuthUser, toAuthUser } from '../../auth/auth-user.js';
import { takeAction } from '../../cases/act.js';
import { type CaseDeps, caseDeps } from '../../cases/case-deps.js';
import { caseEvents, cases } from '../../cases/cases.tables.js';
import { linkDuplicate, unlinkDuplicate } from '../../cases/duplicates.js';
import { intakeCase } from '../../cases/intake.js';
import type { CaseAction } from '../../cases/lifecycle/case-action.js';
import { recordCallback, SATISFACTIONS } from '../../hotline/callback.js';
import { takeHolderStep } from '../../hotline/holder-steps.js';
import { URGENCIES } from '../../hotline/hotline-settings.js';
import { REQUEST_TYPES, takeCall } from '../../hotline/take-call.js';
import { users } from '../../users/users.tables.js';
import { whistleEvents } from '../../whistle/whistle.tables.js';
import { caseLoopRates } from '../formulas/index.js';
import { COUNTER_COLUMNS, kpiDaily, kpiOutbox, kpiRollup } from '../stats.tables.js';
import { drainKpiOutbox } from './apply-outbox.js';
import { rebuildKpis } from './rebuild.js';
import { deriveCutsFromFine } from './rollup-cuts.js';

const { t } = useTestApp();

// Actions worth trying from each state; the state machine refuses the ones that do not fit.
const TRY: Record<string, CaseAction[]> = {
  reported: ['verify', 'register', 'register', 'reject', 'void'],
  verified: ['register', 'register', 'reject', 'void'],
  registered: ['file', 'file', 'void'],
  filed: ['dispatch', 'dispatch', 'void'],
  dispatched: ['accept', 'accept', 'return', 'reroute', 'relocate'],
  in_progress: [
    'feedback',
    'feedback',
    'return',
    'reroute',
    'relocate',
    'request_extension',
    'approve_extension',
    'deny_extension',
    'suspend',
    'supervise',
    'reply_supervision',
  ],
  returned: ['dispatch', 'dispatch', 'relocate'],
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
  reroute: 'dispatcher',
  relocate: 'shiftlead',
};

const snapshot = async () => (await rollupSnapshot(t.database.db)).fine;
const cutSnapshot = async () => (await rollupSnapshot(t.database.db)).cuts;

describe('KPI rollups', () => {
  it('after a random history of thousands of events, the incremental figures equal a rebuild from the event log, and both equal the figures worked out by plain SQL over the cases and events', async () => {
    const random = seededRandom(20261123);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
    const people: Record<string, AuthUser> = {};
    for (const u of await t.database.db.select().from(users)) people[u.username] = toAuthUser(u);
    const photos = {
      department: await uploadPhoto(t, await t.login('department')),
      street: await uploadPhoto(t, await t.login('street')),
      community: await uploadPhoto(t, await t.login('community')),
    };
    const admin = await t.login('admin');
    const places = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) => pointIn(t, admin, demo.gridOf(demo.yongchangCommunity, n))),
    );
    // Where a misplaced case really is: another grid of the community, another community of the street,
    // or another street (whose office no one here works for, so it waits for a reroute or a move back).
    const elsewhere = [
      ...places,
      await pointIn(t, admin, demo.gridOf(demo.yongchangOtherCommunity)),
      await pointIn(t, admin, demo.gridOf(demo.qianjinCommunity)),
    ];
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

    // 12345 calls go round the loop too, with the holder's steps and callbacks of every kind.
    const calls: string[] = [];
    const hotlineStep = async (step: number) => {
      const r = random();
      if (r < 0.3 || calls.length < 3) {
        const requestType = pick([...REQUEST_TYPES]);
        const { caseId } = await takeCall(
          deps,
          people.hotline as AuthUser,
          {
            categoryCode: pick(['E0550', 'E0450', 'E0101', 'C0118']),
            description: `random call ${step}`,
            ...pick(places),
            callerName: '王先生',
            callerPhone: `1380431${String(step % 10_000).padStart(4, '0')}`,
            requestType,
            urgency: pick([...URGENCIES]),
            answeredOnCall: requestType === 'consult' && random() < 0.5,
          },
          randomUUID(),
        );
        calls.push(caseId);
        ids.push(caseId);
        return;
      }
      if (r < 0.55) {
        const id = pick(calls);
        const who = people[await holderOf(id)] as AuthUser;
        await takeHolderStep(deps, who, id, 'sign', 'random').catch(ignoreRefusal);
        if (random() < 0.7) await takeHolderStep(deps, who, id, 'contact', 'random').catch(ignoreRefusal);
        return;
      }
      // The caller is called back once the unit has reported the work done.
      const judgeable = await t.database.db
        .select({ id: cases.id })
        .from(cases)
        .where(and(inArray(cases.id, calls), inArray(cases.status, ['handled', 'checked', 'closed'])));
      if (judgeable.length === 0) return;
      const reached = random() < 0.8;
      await recordCallback(deps, people.hotline as AuthUser, pick(judgeable).id, {
        reached,
        ...(reached && random() < 0.9 ? { resolved: random() < 0.6 } : {}),
        ...(reached && random() < 0.9 ? { satisfaction: pick([...SATISFACTIONS]) } : {}),
        note: 'random callback',
      })
        .then(() => undefined)
        .catch(ignoreRefusal);
    };
    // And the street whistles 城管 over open cases: 城管 reports in, the order closes once its cases have
    // (counting them as problems solved), and the street scores the response.
    const street = await t.login('street');
    const department = await t.login('department');
    const chengguan = (await departmentIds(t, admin)).chengguan as string;
    const orders: { id: string; callId: string; step: 'issued' | 'answered' | 'closed' | 'done' }[] = [];
    const whistle = async (step: number) => {
      const open = orders.filter((o) => o.step !== 'done');
      if (open.length < 2 || random() < 0.2) {
        const openCases = await t.database.db
          .select({ id: cases.id })
          .from(cases)
          .where(
            and(
              notInArray(cases.status, ['closed', 'rejected', 'voided']),
              isNull(cases.masterCaseId),
              // The street whistles over its own area; a case may have been relocated out of it.
              like(cases.regionCode, `${regionPrefix(demo.yongchang)}%`),
            ),
          );
        if (openCases.length === 0) return;
        const issued = await issueWhistle(t, street, {
          title: `random whistle ${step}`,
          task: '联合处置',
          place: '义和路',
          caseIds: [...new Set([pick(openCases).id, pick(openCases).id])],
          calls: [{ departmentId: chengguan, task: '到场处置' }],
        });
        expect(issued.statusCode, issued.body).toBe(201);
        orders.push({ id: issued.json().order.id, callId: issued.json().calls[0].id, step: 'issued' });
        return;
      }
      const order = pick(open);
      if (order.step === 'issued') {
        await reportIn(t, department, order.id, order.callId);
        order.step = 'answered';
      } else if (order.step === 'answered') {
        const closed = await t.post(`/api/whistles/${order.id}/close`, street, {});
        if (closed.statusCode === 200) order.step = 'closed';
        else expect(closed.json().error.code, closed.body).toBe('CASES_OPEN');
      } else {
        const scored = await callStep(t, street, order.id, order.callId, 'evaluation', {
          solved: random() < 0.7,
          cooperation: 1 + Math.floor(random() * 5),
          comment: '配合',
        });
        expect(scored.statusCode, scored.body).toBe(201);
        order.step = 'done';
      }
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
        applied += await drainKpiOutbox(t.database.db, 1 + Math.floor(random() * 300));
        continue;
      }
      if (roll < 0.22) {
        await hotlineStep(step);
        continue;
      }
      if (roll < 0.24) {
        await whistle(step);
        continue;
      }
      const id = pick(ids);
      const [c] = await t.database.db.select({ status: cases.status }).from(cases).where(eq(cases.id, id));
      const action = pick<CaseAction>(TRY[c?.status ?? 'closed'] ?? ['rate']);
      const who = ACTOR[action] === 'holder' ? await holderOf(id) : ACTOR[action];
      await takeAction(deps, people[who] as AuthUser, id, action, {
        note: 'random history',
        // The unit's fix and the on-site check show a photo of their own; without one they are refused.
        photoIds: ['feedback', 'check_pass', 'check_fail'].includes(action)
          ? [photos[who as 'department' | 'street' | 'community']]
          : undefined,
        extension:
          action === 'request_extension'
            ? { amount: 1 + Math.floor(random() * 3), unit: 'working_days' }
            : undefined,
        rating: action === 'rate' ? 1 + Math.floor(random() * 5) : undefined,
        unit:
          action === 'reroute'
            ? pick([{ departmentId: chengguan }, { regionCode: demo.yongchang }])
            : undefined,
        place: action === 'relocate' ? pick(elsewhere) : undefined,
      }).catch(ignoreRefusal);
    }
    applied += await drainKpiOutbox(t.database.db);
    const [caseEventCount] = await t.database.db.select({ n: count() }).from(caseEvents);
    const [whistleEventCount] = await t.database.db.select({ n: count() }).from(whistleEvents);
    const events = { n: (caseEventCount?.n ?? 0) + (whistleEventCount?.n ?? 0) };
    expect(caseEventCount?.n).toBeGreaterThanOrEqual(2000);
    expect(applied).toBe(events.n);
    expect((await t.database.db.select({ n: count() }).from(kpiOutbox))[0]?.n).toBe(0);

    // The history took every path the rules treat apart: cases rerouted, relocated (to another street
    // too, and after their unit returned them), linked and unlinked, and tickets called back again.
    const happened = async (where: ReturnType<typeof sql>) =>
      (await t.database.db.select({ n: count() }).from(caseEvents).where(where))[0]?.n ?? 0;
    expect(await happened(sql`${caseEvents.action} = 'reroute'`), 'reroutes').toBeGreaterThan(0);
    expect(
      await happened(
        sql`${caseEvents.action} = 'relocate' and left(${caseEvents.data}->'from'->>'gridCode', 9) <> left(${caseEvents.regionCode}, 9)`,
      ),
      'relocations to another street',
    ).toBeGreaterThan(0);
    expect(
      await happened(sql`${caseEvents.action} = 'relocate' and ${caseEvents.fromStatus} = 'returned'`),
      'relocations of returned cases',
    ).toBeGreaterThan(0);
    expect(
      await happened(sql`${caseEvents.action} = 'unlink_duplicate'`),
      'unlinked duplicates',
    ).toBeGreaterThan(0);
    expect(
      await happened(
        sql`${caseEvents.action} = 'callback' and ${caseEvents.data}->>'valid' = 'true' and exists (
          select 1 from case_events later where later.case_id = ${caseEvents.caseId} and later.id > ${caseEvents.id}
            and later.action = 'callback' and later.data->>'valid' = 'true')`,
      ),
      'tickets called back again',
    ).toBeGreaterThan(0);

    const incremental = await snapshot();
    const incrementalCuts = await cutSnapshot();
    const rebuilt = await rebuildKpis(t.database.db);
    expect(rebuilt.events).toBe(events.n);
    expect(await snapshot()).toEqual(incremental);
    expect(await cutSnapshot()).toEqual(incrementalCuts);
    // The coarse cuts kept row by row are the fine rows summed: the same as summing them in one statement.
    expect(new Set(incrementalCuts.map((r) => r.cut))).toEqual(
      new Set(['cases', 'whistles', 'unit', 'category']),
    );
    await t.database.db.delete(kpiRollup);
    await deriveCutsFromFine(t.database.db);
    expect(await cutSnapshot()).toEqual(incrementalCuts);
    // The rollups and the rebuild share one reducer, so agreeing proves the plumbing, not the rules. An
    // oracle states the rules again in plain SQL over the cases and events; every counter of every row
    // must match it. Totals first, so that a broken rule is named before the row-by-row difference.
    const oracle = await kpiOracle(t.database.db);
    const rollups = asFigures(incremental);
    const total = (f: typeof oracle, name: (typeof COUNTER_COLUMNS)[number]) =>
      Object.values(f).reduce((sum, row) => sum + (row[name] ?? 0), 0);
    for (const name of COUNTER_COLUMNS) {
      expect(total(rollups, name), `${name}: rollups against the SQL oracle`).toBe(total(oracle, name));
    }
    expect(rollups).toEqual(oracle);
    // The history exercised every counter, so none of them is checked as nothing against nothing.
    for (const name of COUNTER_COLUMNS) {
      expect(total(oracle, name), `${name} never happened in the history`).toBeGreaterThan(0);
    }
    // Every cut holds all of the fine figures once: per unit, and per district (cases and whistles).
    for (const name of COUNTER_COLUMNS) {
      const fine = incremental.reduce((sum, r) => sum + r[name], 0);
      for (const span of ['day', 'month']) {
        const inCut = (pick: (r: (typeof incrementalCuts)[number]) => boolean) =>
          incrementalCuts.filter((r) => r.span === span && pick(r)).reduce((sum, r) => sum + r[name], 0);
        expect(
          inCut((r) => r.cut === 'unit'),
          `${name} per unit by ${span}`,
        ).toBe(fine);
        expect(
          inCut((r) => r.cut !== 'unit' && r.cut !== 'category' && r.key.length === 6),
          `${name} per district by ${span}`,
        ).toBe(fine);
      }
    }

    // And the figures agree with the cases themselves: every case not linked as a duplicate is due once.
    const [counted] = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(isNull(cases.masterCaseId));
    const [dueSum] = await t.database.db.select({ n: sql<number>`sum(${kpiDaily.due})::int` }).from(kpiDaily);
    expect(dueSum?.n).toBe(counted?.n);
    // Closed means closed at some time, and only a closed case has one: a duplicate takes its master's
    // closing time with its status, and keeps both when unlinked.
    const [mismatched] = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(sql`(${cases.status} = 'closed') <> (${cases.closedAt} is not null)`);
    expect(mismatched?.n).toBe(0);
    const [closedCases] = await t.database.db
      .select({ n: count() })
      .from(cases)
      .where(sql`${cases.closedAt} is not null and ${cases.masterCaseId} is null`);
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
