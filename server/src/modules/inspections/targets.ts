import { and, desc, eq, inArray, like } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { registryListPrefix } from '../registry/registry-office.js';
import { mustInspect } from './inspection-office.js';
import {
  inspectionChecklistItems,
  inspections,
  inspectionTargets,
  rectificationOrders,
} from './inspections.tables.js';
import { escalationOf, isRepeatOffender } from './rectification.js';

type TargetRow = typeof inspectionTargets.$inferSelect;

export async function targetViews(db: Executor, rows: readonly TargetRow[], now: Date) {
  if (rows.length === 0) return [];
  const ids = rows.map((t) => t.id);
  const [orders, checks] = await Promise.all([
    db.select().from(rectificationOrders).where(inArray(rectificationOrders.targetId, ids)),
    db.select().from(inspections).where(inArray(inspections.targetId, ids)).orderBy(desc(inspections.at)),
  ]);
  return rows.map((t) => {
    const own = orders.filter((o) => o.targetId === t.id);
    const last = checks.find((c) => c.targetId === t.id);
    return {
      id: t.id,
      regionCode: t.regionCode,
      kind: t.kind,
      name: t.name,
      address: t.address,
      lat: t.lat,
      lng: t.lng,
      frontageDuties: t.frontageDuties,
      openOrders: own.filter((o) => o.state === 'open').length,
      overdueOrders: own.filter((o) => escalationOf(o, now) !== 'none').length,
      repeatOffender: isRepeatOffender(
        own.map((o) => o.issuedAt),
        now,
      ),
      lastInspectedAt: last?.at.toISOString() ?? null,
      lastPassed: last ? last.results.every((r) => r.ok) : null,
    };
  });
}

export async function addTarget(
  deps: CaseDeps,
  actor: AuthUser,
  input: {
    regionCode: string;
    kind: TargetRow['kind'];
    name: string;
    address?: string;
    lat: number;
    lng: number;
    frontageDuties?: string[];
  },
) {
  mustInspect(actor);
  const grid = deps.regions.directory.node(input.regionCode);
  if (!grid || !regionVisible(actor.jurisdiction, input.regionCode)) {
    throw notFound(
      'REGION_NOT_FOUND',
      `Region ${input.regionCode} does not exist or is outside your jurisdiction`,
    );
  }
  if (grid.level !== 'grid') throw badRequest('NOT_A_GRID', 'An inspection target belongs to a grid (网格)');
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(inspectionTargets)
      .values({
        districtCode: districtCodeOf(input.regionCode),
        regionCode: input.regionCode,
        kind: input.kind,
        name: input.name.trim(),
        address: input.address?.trim() ?? '',
        lat: input.lat,
        lng: input.lng,
        frontageDuties:
          input.kind === 'shop'
            ? (input.frontageDuties ?? ['包卫生', '包绿化', '包秩序', '包设施', '包市容'])
            : [],
        createdBy: actor.id,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error('the target insert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'inspection_target.create',
      entity: 'inspection_target',
      entityId: row.id,
      regionCode: row.regionCode,
      after: row,
    });
    const [view] = await targetViews(tx, [row], now);
    if (!view) throw new Error('a target view of one row returned none');
    return view;
  });
}

export async function listTargets(
  deps: CaseDeps,
  viewer: AuthUser,
  q: { regionCode?: string; kind?: TargetRow['kind']; repeatOnly?: boolean },
) {
  mustInspect(viewer);
  const prefix = registryListPrefix(viewer, q.regionCode);
  const rows = await deps.db
    .select()
    .from(inspectionTargets)
    .where(
      and(
        like(inspectionTargets.regionCode, `${prefix}%`),
        q.kind ? eq(inspectionTargets.kind, q.kind) : undefined,
      ),
    )
    .orderBy(inspectionTargets.regionCode, inspectionTargets.name)
    .limit(500);
  const views = await targetViews(deps.db, rows, deps.now?.() ?? new Date());
  return q.repeatOnly ? views.filter((v) => v.repeatOffender) : views;
}

export async function checklistOf(deps: CaseDeps, kind: string) {
  const items = await deps.db
    .select({ label: inspectionChecklistItems.label })
    .from(inspectionChecklistItems)
    .where(eq(inspectionChecklistItems.targetKind, kind))
    .orderBy(inspectionChecklistItems.position);
  return items.map((i) => i.label);
}
