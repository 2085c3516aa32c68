import { randomBytes } from 'node:crypto';
import { and, asc, eq, like } from 'drizzle-orm';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { registryListPrefix } from '../registry/registry-office.js';
import { patrolPoints } from './patrols.tables.js';

type PointRow = typeof patrolPoints.$inferSelect;

const pointView = (p: PointRow) => ({
  id: p.id,
  regionCode: p.regionCode,
  name: p.name,
  lat: p.lat,
  lng: p.lng,
  radiusM: p.radiusM,
  qrToken: p.qrToken,
});

/** A required point of a grid's patrols, set by the area's staff or the grid's worker; its QR token is random. */
export async function addPatrolPoint(
  deps: CaseDeps,
  actor: AuthUser,
  input: { regionCode: string; name: string; lat: number; lng: number; radiusM?: number },
) {
  registryListPrefix(actor, input.regionCode);
  const grid = deps.regions.directory.node(input.regionCode);
  if (!grid || !regionVisible(actor.jurisdiction, input.regionCode)) {
    throw notFound(
      'REGION_NOT_FOUND',
      `Region ${input.regionCode} does not exist or is outside your jurisdiction`,
    );
  }
  if (grid.level !== 'grid') throw badRequest('NOT_A_GRID', 'A patrol point belongs to a grid (网格)');
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(patrolPoints)
      .values({
        districtCode: districtCodeOf(input.regionCode),
        regionCode: input.regionCode,
        name: input.name.trim(),
        lat: input.lat,
        lng: input.lng,
        radiusM: input.radiusM ?? 50,
        qrToken: randomBytes(18).toString('base64url'),
        createdBy: actor.id,
        createdAt: deps.now?.() ?? new Date(),
      })
      .returning();
    if (!row) throw new Error('the patrol point insert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'patrol_point.create',
      entity: 'patrol_point',
      entityId: row.id,
      regionCode: row.regionCode,
      after: { ...row, qrToken: undefined },
    });
    return pointView(row);
  });
}

/** The active points of the viewer's area (a grid worker: their grid's), with their QR tokens to print. */
export async function listPatrolPoints(deps: CaseDeps, viewer: AuthUser, regionCode: string | undefined) {
  const prefix = registryListPrefix(viewer, regionCode);
  const rows = await deps.db
    .select()
    .from(patrolPoints)
    .where(and(like(patrolPoints.regionCode, `${prefix}%`), eq(patrolPoints.active, true)))
    .orderBy(asc(patrolPoints.regionCode), asc(patrolPoints.name));
  return rows.map(pointView);
}
