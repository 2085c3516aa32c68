import type { Patrol } from '@needle/contract';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { users } from '../users/users.tables.js';
import { patrolCases, patrolCheckins, patrolPoints, type patrols } from './patrols.tables.js';
import { decodeTrack } from './track-code.js';

type PatrolRow = typeof patrols.$inferSelect;

/** Working time in whole minutes: start to end, or to the last point received while under way. */
export function patrolMinutes(p: Pick<PatrolRow, 'startedAt' | 'endedAt' | 'track'>): number {
  if (p.endedAt) return Math.round((p.endedAt.getTime() - p.startedAt.getTime()) / 60_000);
  const last = decodeTrack(p.track).at(-1);
  return last ? Math.round(last.t / 60) : 0;
}

export async function checkinsOf(db: Executor, patrolIds: readonly string[]) {
  if (patrolIds.length === 0) return [];
  return db
    .select({
      patrolId: patrolCheckins.patrolId,
      pointId: patrolCheckins.pointId,
      name: patrolPoints.name,
      at: patrolCheckins.at,
      method: patrolCheckins.method,
      distanceM: patrolCheckins.distanceM,
    })
    .from(patrolCheckins)
    .innerJoin(patrolPoints, eq(patrolPoints.id, patrolCheckins.pointId))
    .where(inArray(patrolCheckins.patrolId, [...patrolIds]))
    .orderBy(asc(patrolCheckins.at));
}

export async function patrolViews(db: Executor, rows: readonly PatrolRow[]): Promise<Patrol[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((p) => p.id);
  const [checkins, raised, workers] = await Promise.all([
    checkinsOf(db, ids),
    db
      .select({ patrolId: patrolCases.patrolId, id: cases.id, code: cases.code })
      .from(patrolCases)
      .innerJoin(cases, eq(cases.id, patrolCases.caseId))
      .where(inArray(patrolCases.patrolId, ids)),
    db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, [...new Set(rows.map((p) => p.workerId))])),
  ]);
  return rows.map((p) => ({
    id: p.id,
    regionCode: p.regionCode,
    workerId: p.workerId,
    worker: workers.find((w) => w.id === p.workerId)?.name ?? '',
    startedAt: p.startedAt.toISOString(),
    endedAt: p.endedAt?.toISOString() ?? null,
    minutes: patrolMinutes(p),
    distanceM: p.distanceM,
    trackPoints: p.trackPoints,
    coverage: { passed: p.passedPointIds.length, total: p.pointsTotal },
    checkins: checkins
      .filter((c) => c.patrolId === p.id)
      .map((c) => ({
        pointId: c.pointId,
        name: c.name,
        at: c.at.toISOString(),
        method: c.method,
        distanceM: c.distanceM,
      })),
    cases: raised.filter((r) => r.patrolId === p.id).map((r) => ({ id: r.id, code: r.code })),
  }));
}

export async function patrolView(db: Executor, row: PatrolRow): Promise<Patrol> {
  const [view] = await patrolViews(db, [row]);
  if (!view) throw new Error('a patrol view of one row returned none');
  return view;
}
