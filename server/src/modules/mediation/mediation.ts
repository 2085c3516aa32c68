import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import { onlyRow } from '../../lib/only-row.js';
import { maskName } from '../../lib/privacy/mask.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { registryListPrefix, registryRoleOf } from '../registry/registry-office.js';
import { disputeSessions, disputes } from './mediation.tables.js';

type DisputeRow = typeof disputes.$inferSelect;
const nowOf = (deps: CaseDeps) => deps.now?.() ?? new Date();
const disputeNotFound = () =>
  notFound('DISPUTE_NOT_FOUND', 'No such dispute, or it is outside your jurisdiction');

function mustMediate(user: AuthUser) {
  if (registryRoleOf(user) === 'post_holder') {
    throw forbidden('MEDIATION_STAFF_ONLY', 'Disputes are mediated by grid workers and community staff');
  }
}

async function views(db: Executor, rows: readonly DisputeRow[]) {
  if (rows.length === 0) return [];
  const sessions = await db
    .select()
    .from(disputeSessions)
    .where(
      inArray(
        disputeSessions.disputeId,
        rows.map((d) => d.id),
      ),
    )
    .orderBy(asc(disputeSessions.at));
  return rows.map((d) => ({
    id: d.id,
    regionCode: d.regionCode,
    kind: d.kind,
    summary: d.summary,
    parties: d.parties.map((p) => ({ name: maskName(p.name) ?? '*', side: p.side })),
    state: d.state,
    agreement: d.agreement,
    followUpOn: d.followUpOn,
    followedUpAt: d.followedUpAt?.toISOString() ?? null,
    sessions: sessions
      .filter((s) => s.disputeId === d.id)
      .map((s) => ({ at: s.at.toISOString(), note: s.note })),
  }));
}

async function kept(tx: Executor, user: AuthUser, id: string) {
  mustMediate(user);
  const [d] = await tx.select().from(disputes).where(eq(disputes.id, id)).for('update');
  if (!d || !regionVisible(user.jurisdiction, d.regionCode)) throw disputeNotFound();
  return d;
}

export async function openDispute(
  deps: CaseDeps,
  actor: AuthUser,
  input: {
    regionCode: string;
    kind: DisputeRow['kind'];
    summary: string;
    parties: { name: string; side: string }[];
  },
) {
  mustMediate(actor);
  if (
    !deps.regions.directory.node(input.regionCode) ||
    !regionVisible(actor.jurisdiction, input.regionCode)
  ) {
    throw notFound(
      'REGION_NOT_FOUND',
      `Region ${input.regionCode} does not exist or is outside your jurisdiction`,
    );
  }
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(disputes)
      .values({
        districtCode: districtCodeOf(input.regionCode),
        regionCode: input.regionCode,
        kind: input.kind,
        summary: input.summary.trim(),
        parties: input.parties,
        createdBy: actor.id,
        createdAt: nowOf(deps),
      })
      .returning();
    if (!row) throw new Error('the dispute insert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'dispute.create',
      entity: 'dispute',
      entityId: row.id,
      regionCode: row.regionCode,
      after: { ...row, parties: row.parties.map((p) => ({ ...p, name: maskName(p.name) })) },
    });
    return onlyRow(await views(tx, [row]));
  });
}

export async function addSession(deps: CaseDeps, actor: AuthUser, id: string, note: string) {
  return deps.db.transaction(async (tx) => {
    const d = await kept(tx, actor, id);
    if (d.state !== 'open') throw conflict('DISPUTE_SETTLED', 'This dispute is settled');
    await tx.insert(disputeSessions).values({
      districtCode: d.districtCode,
      disputeId: id,
      at: nowOf(deps),
      mediatorId: actor.id,
      note: note.trim(),
    });
    return onlyRow(await views(tx, [d]));
  });
}

/** Ends the mediation: an agreement reached (with a day to follow it up), or none. */
export async function settleDispute(
  deps: CaseDeps,
  actor: AuthUser,
  id: string,
  input: { outcome: 'agreed' | 'failed'; agreement?: string; followUpOn?: string },
) {
  return deps.db.transaction(async (tx) => {
    const d = await kept(tx, actor, id);
    if (d.state !== 'open') throw conflict('DISPUTE_SETTLED', 'This dispute is settled');
    const [row] = await tx
      .update(disputes)
      .set({
        state: input.outcome,
        agreement: input.agreement?.trim() ?? '',
        followUpOn: input.followUpOn ?? null,
      })
      .where(and(eq(disputes.districtCode, d.districtCode), eq(disputes.id, id)))
      .returning();
    if (!row) throw disputeNotFound();
    return onlyRow(await views(tx, [row]));
  });
}

/** The follow-up visit after an agreement: did it hold? */
export async function followedUp(deps: CaseDeps, actor: AuthUser, id: string, note: string) {
  return deps.db.transaction(async (tx) => {
    const d = await kept(tx, actor, id);
    if (d.state !== 'agreed') throw conflict('DISPUTE_NOT_AGREED', 'Only an agreement is followed up');
    const now = nowOf(deps);
    const [row] = await tx
      .update(disputes)
      .set({ followedUpAt: now })
      .where(and(eq(disputes.districtCode, d.districtCode), eq(disputes.id, id)))
      .returning();
    await tx.insert(disputeSessions).values({
      districtCode: d.districtCode,
      disputeId: id,
      at: now,
      mediatorId: actor.id,
      note: `回访：${note.trim()}`,
    });
    if (!row) throw disputeNotFound();
    return onlyRow(await views(tx, [row]));
  });
}

export async function listDisputes(deps: CaseDeps, viewer: AuthUser, regionCode: string | undefined) {
  mustMediate(viewer);
  const rows = await deps.db
    .select()
    .from(disputes)
    .where(like(disputes.regionCode, `${registryListPrefix(viewer, regionCode)}%`))
    .orderBy(asc(disputes.createdAt))
    .limit(500);
  return views(deps.db, rows);
}

/** Counts per grid (below a community) or per community (above): open, agreed and failed mediations. */
export async function disputeCounts(deps: CaseDeps, viewer: AuthUser, regionCode: string | undefined) {
  mustMediate(viewer);
  const prefix = registryListPrefix(viewer, regionCode);
  const rows = await deps.db
    .select({ regionCode: disputes.regionCode, state: disputes.state })
    .from(disputes)
    .where(and(like(disputes.regionCode, `${prefix}%`)));
  const depth = prefix.length >= 12 ? 15 : 12;
  const counts = new Map<string, { open: number; agreed: number; failed: number }>();
  for (const r of rows) {
    const code = r.regionCode.slice(0, depth);
    const c = counts.get(code) ?? { open: 0, agreed: 0, failed: 0 };
    c[r.state] += 1;
    counts.set(code, c);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, c]) => ({ regionCode: code, name: deps.regions.directory.node(code)?.name ?? code, ...c }));
}
