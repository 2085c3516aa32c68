import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/china-time.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import { onlyRow } from '../../lib/only-row.js';
import { maskName } from '../../lib/privacy/mask.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { phoneNumber } from '../auth/phone-number.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { registryListPrefix, registryRoleOf } from '../registry/registry-office.js';
import { users } from '../users/users.tables.js';
import { type ErrandDocument, errandEvents, errands } from './errands.tables.js';

type ErrandRow = typeof errands.$inferSelect;
type State = ErrandRow['state'];

const nowOf = (deps: CaseDeps) => deps.now?.() ?? new Date();
const errandNotFound = () =>
  notFound('ERRAND_NOT_FOUND', 'No such errand, or it is outside your jurisdiction');

/** Where an errand may go next: received → submitted → completed, and cancelled before completion. */
const NEXT: Record<State, State[]> = {
  received: ['submitted', 'cancelled'],
  submitted: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

async function views(db: Executor, rows: readonly ErrandRow[], now: Date) {
  if (rows.length === 0) return [];
  const events = await db
    .select()
    .from(errandEvents)
    .where(
      inArray(
        errandEvents.errandId,
        rows.map((e) => e.id),
      ),
    )
    .orderBy(asc(errandEvents.id));
  const today = chinaDayOf(now);
  return rows.map((e) => ({
    id: e.id,
    regionCode: e.regionCode,
    kind: e.kind,
    forName: maskName(e.forName) ?? '*',
    office: e.office,
    state: e.state,
    deadline: e.deadline,
    overdue: (e.state === 'received' || e.state === 'submitted') && e.deadline < today,
    documents: e.documents,
    timeline: events
      .filter((v) => v.errandId === e.id)
      .map((v) => ({ at: v.at.toISOString(), state: v.state, note: v.note })),
  }));
}

function mustRun(user: AuthUser) {
  if (registryRoleOf(user) === 'post_holder') {
    throw forbidden('ERRANDS_STAFF_ONLY', 'Errands are run by grid workers and community staff');
  }
}

/**
 * The resident's account the errand is followed from, by id or by the phone they signed up with; one
 * that does not exist is refused rather than stored, so the resident is never silently left out.
 */
async function requesterOf(db: Executor, input: { requesterId?: string; requesterPhone?: string }) {
  if (input.requesterId === undefined && input.requesterPhone === undefined) return null;
  const where =
    input.requesterPhone !== undefined
      ? eq(users.phone, phoneNumber(input.requesterPhone))
      : eq(users.id, input.requesterId ?? '');
  const [found] = await db.select({ id: users.id }).from(users).where(where);
  if (!found) throw notFound('REQUESTER_NOT_FOUND', 'No account in Needle has that phone number or id');
  return found.id;
}

/** A grid worker or staff takes an errand on for a resident, with the documents handed over. */
export async function takeErrand(
  deps: CaseDeps,
  actor: AuthUser,
  input: {
    regionCode: string;
    kind: ErrandRow['kind'];
    forName: string;
    requesterId?: string;
    requesterPhone?: string;
    office?: string;
    deadline: string;
    documents?: string[];
  },
) {
  mustRun(actor);
  if (
    !deps.regions.directory.node(input.regionCode) ||
    !regionVisible(actor.jurisdiction, input.regionCode)
  ) {
    throw notFound(
      'REGION_NOT_FOUND',
      `Region ${input.regionCode} does not exist or is outside your jurisdiction`,
    );
  }
  const requesterId = await requesterOf(deps.db, input);
  const now = nowOf(deps);
  const documents: ErrandDocument[] = (input.documents ?? []).map((name) => ({
    name,
    handedOverAt: now.toISOString(),
    returnedAt: null,
  }));
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(errands)
      .values({
        districtCode: districtCodeOf(input.regionCode),
        regionCode: input.regionCode,
        kind: input.kind,
        forName: input.forName.trim(),
        requesterId,
        office: input.office?.trim() ?? '',
        deadline: input.deadline,
        documents,
        handledBy: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('the errand insert returned no row');
    await tx.insert(errandEvents).values({
      districtCode: row.districtCode,
      errandId: row.id,
      at: now,
      actorId: actor.id,
      state: 'received',
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'errand.create',
      entity: 'errand',
      entityId: row.id,
      regionCode: row.regionCode,
      after: { ...row, forName: maskName(row.forName) },
    });
    return onlyRow(await views(tx, [row], now));
  });
}

/** Moves an errand on: submitted at the office, completed (documents back), or cancelled. */
export async function stepErrand(
  deps: CaseDeps,
  actor: AuthUser,
  id: string,
  input: { state: State; note?: string; office?: string; returned?: string[] },
) {
  mustRun(actor);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const [e] = await tx.select().from(errands).where(eq(errands.id, id)).for('update');
    if (!e || !regionVisible(actor.jurisdiction, e.regionCode)) throw errandNotFound();
    if (!NEXT[e.state].includes(input.state)) {
      throw conflict('ERRAND_STEP_NOT_ALLOWED', `An errand ${e.state} cannot become ${input.state}`);
    }
    const returned = new Set(input.returned ?? []);
    const [row] = await tx
      .update(errands)
      .set({
        state: input.state,
        office: input.office?.trim() ?? e.office,
        documents: e.documents.map((d) =>
          returned.has(d.name) && !d.returnedAt ? { ...d, returnedAt: now.toISOString() } : d,
        ),
        updatedAt: now,
      })
      .where(and(eq(errands.districtCode, e.districtCode), eq(errands.id, id)))
      .returning();
    if (!row) throw errandNotFound();
    await tx.insert(errandEvents).values({
      districtCode: e.districtCode,
      errandId: id,
      at: now,
      actorId: actor.id,
      state: input.state,
      note: input.note?.trim() ?? '',
    });
    return onlyRow(await views(tx, [row], now));
  });
}

/** Errands of the area for staff and grid workers; a resident's own for them (the status they follow). */
export async function listErrands(
  deps: CaseDeps,
  viewer: AuthUser,
  q: { regionCode?: string; state?: State },
) {
  const own = registryRoleOf(viewer) === 'post_holder';
  const where = own
    ? eq(errands.requesterId, viewer.id)
    : and(
        like(errands.regionCode, `${registryListPrefix(viewer, q.regionCode)}%`),
        q.state ? eq(errands.state, q.state) : undefined,
      );
  const rows = await deps.db.select().from(errands).where(where).orderBy(asc(errands.deadline)).limit(500);
  return views(deps.db, rows, nowOf(deps));
}
