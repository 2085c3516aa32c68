import {
  type LightCounts,
  WORKBENCH_CASE_QUEUES,
  type Workbench,
  type WorkbenchCaseQueue,
  type WorkbenchQueue,
} from '@needle/contract';
import { and, eq, isNull, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { cases } from '../cases/cases.tables.js';
import { FINAL_STATUSES } from '../cases/lifecycle/case-status.js';
import { callsToAnswer } from '../tasks/call-queue.js';
import { whistleCalls, whistleOrders } from '../whistle/whistle.tables.js';
import { batchActionsOf, lightOf, queueCondition } from './queue-conditions.js';

type Light = keyof LightCounts;
const noLights = (): LightCounts => ({ green: 0, yellow: 0, red: 0 });

/**
 * Every case queue of the user counted in one statement: the open cases they may see, grouped by the
 * light of their step, each queue a filtered count. The jurisdiction (by region code prefix or unit)
 * and the state narrow it on their indexes before the queues' conditions are tried.
 */
async function caseQueueCounts(
  db: Executor,
  user: AuthUser,
  now: Date,
): Promise<Map<WorkbenchCaseQueue, LightCounts>> {
  const mine = WORKBENCH_CASE_QUEUES.flatMap((queue) => {
    const condition = queueCondition(user, queue, now);
    return condition ? [{ queue, condition }] : [];
  });
  const counts = new Map(mine.map(({ queue }) => [queue, noLights()]));
  if (mine.length === 0) return counts;
  const columns: Record<string, SQL> = { light: lightOf(now) };
  mine.forEach(({ condition }, i) => {
    columns[`q${i}`] = sql<number>`(count(*) filter (where ${condition}))::int`;
  });
  const rows = await db
    .select(columns)
    .from(cases)
    .where(
      and(casesVisibleTo(user), notInArray(cases.status, [...FINAL_STATUSES]), isNull(cases.masterCaseId)),
    )
    // By position: the light's expression carries parameters, which PostgreSQL would not match twice.
    .groupBy(sql`1`);
  for (const row of rows) {
    const light = row.light as unknown as Light;
    mine.forEach(({ queue }, i) => {
      const lights = counts.get(queue);
      if (lights) lights[light] += Number(row[`q${i}`] ?? 0);
    });
  }
  return counts;
}

/**
 * The whistle calls the user answers for and has not completed (as the phone's queue, call-queue.ts),
 * by light: red once the report-in deadline passed without arriving, yellow from 80 % of the time
 * between issue and that deadline, green before.
 */
async function callCounts(db: Executor, user: AuthUser, now: Date): Promise<LightCounts> {
  const light = sql<Light>`case
    when ${whistleCalls.arrivedAt} is null and ${whistleOrders.reportDeadlineAt} < ${now} then 'red'
    when ${whistleCalls.arrivedAt} is null and ${now} >= ${whistleOrders.issuedAt} + (${whistleOrders.reportDeadlineAt} - ${whistleOrders.issuedAt}) * 0.8 then 'yellow'
    else 'green' end`;
  const rows = await db
    .select({ light, n: sql<number>`count(*)::int` })
    .from(whistleCalls)
    .innerJoin(whistleOrders, eq(whistleOrders.id, whistleCalls.orderId))
    .where(callsToAnswer(user))
    .groupBy(sql`1`);
  const lights = noLights();
  for (const row of rows) lights[row.light] += Number(row.n);
  return lights;
}

const total = (l: LightCounts) => l.green + l.yellow + l.red;

/** The user's workbench: each of their queues with its count, its lights and the steps it batches. */
export async function workbenchCounts(deps: CaseDeps, user: AuthUser): Promise<Workbench> {
  const now = deps.now?.() ?? new Date();
  const queues: WorkbenchQueue[] = [];
  for (const [key, lights] of await caseQueueCounts(deps.db, user, now)) {
    queues.push({ key, count: total(lights), lights, batchActions: batchActionsOf(user, key) });
  }
  if (user.permissions.includes('whistles:read')) {
    const lights = await callCounts(deps.db, user, now);
    queues.push({ key: 'whistles', count: total(lights), lights, batchActions: [] });
  }
  return { queues, at: now.toISOString() };
}
