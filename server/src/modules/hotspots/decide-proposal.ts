import type { AcceptHotspotInput } from '@needle/contract';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { cellToLatLng } from 'h3-js';
import type { Executor } from '../../db/database.js';
import { conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { cases } from '../cases/cases.tables.js';
import { intakeCase } from '../cases/intake.js';
import { issueWhistle } from '../whistle/issue-whistle.js';
import { caseIsOpen, casesVisibleAmong } from '../whistle/linked-cases.js';
import { hotspotProposals } from './hotspots.tables.js';
import { proposalsVisibleTo } from './proposal-scope.js';

/** A whistle order links at most this many cases: the newest of the evidence. */
const MAX_LINKED = 50;

/**
 * Locks an open proposal the user may see for their decision, inside the decision's transaction, so two
 * staff deciding at once cannot both act on it.
 */
async function lockOpen(tx: CaseDeps['db'], user: AuthUser, id: string) {
  const [p] = await tx
    .select()
    .from(hotspotProposals)
    .where(and(eq(hotspotProposals.id, id), proposalsVisibleTo(user)) as SQL)
    .for('update');
  if (!p) throw notFound('PROPOSAL_NOT_FOUND', `Proposal ${id} does not exist or is outside your streets`);
  if (p.status !== 'open') {
    throw conflict(
      'PROPOSAL_DECIDED',
      `Proposal ${id} was already ${p.status} at ${p.decidedAt?.toISOString()}`,
    );
  }
  return p;
}

/**
 * Where the proactive case goes: at the newest of the evidence's cases the user may see, which lies in
 * their jurisdiction as a staff report must; the middle of the area when none does.
 */
async function placeOf(tx: Executor, user: AuthUser, p: { area: string; caseIds: string[] }) {
  const [newest] =
    p.caseIds.length === 0
      ? []
      : await tx
          .select({ lat: cases.lat, lng: cases.lng, address: cases.address })
          .from(cases)
          .where(and(inArray(cases.id, p.caseIds), casesVisibleTo(user)))
          .orderBy(desc(cases.createdAt))
          .limit(1);
  if (newest) return newest;
  const [lat, lng] = cellToLatLng(p.area);
  return { lat, lng, address: undefined };
}

/**
 * Accepts a proposal: a proactive case at the place in its category (未诉先办), or a whistle order calling
 * departments there with the evidence's cases linked. The case or order and the decision commit
 * together; the case is then tracked through the normal loop like any other.
 */
export async function acceptProposal(deps: CaseDeps, user: AuthUser, id: string, input: AcceptHotspotInput) {
  if (input.as === 'whistle' && !user.permissions.includes('whistles:issue')) {
    throw forbidden('WHISTLE_NOT_ALLOWED', 'Accepting a proposal as a whistle order needs whistles:issue');
  }
  return deps.db.transaction(async (tx) => {
    const p = await lockOpen(tx, user, id);
    const inTx = { ...deps, db: tx };
    const at = deps.now?.() ?? new Date();
    const decided = { status: 'accepted' as const, decidedBy: user.id, decidedAt: at, updatedAt: at };
    if (input.as === 'proactive_case') {
      const place = await placeOf(tx, user, p);
      const made = await intakeCase(
        inTx,
        user,
        {
          categoryCode: p.categoryCode,
          description: input.description,
          lat: place.lat,
          lng: place.lng,
          address: input.address ?? place.address,
        },
        // One case per proposal, however often the acceptance is sent.
        `hotspot-${p.id}`,
        { channel: 'proactive' },
      );
      await tx
        .update(hotspotProposals)
        .set({ ...decided, action: 'proactive_case', actionCaseId: made.caseId })
        .where(and(eq(hotspotProposals.districtCode, p.districtCode), eq(hotspotProposals.id, p.id)));
      return p.id;
    }
    // The order takes the evidence's cases still open (a whistle is for what is not yet solved), the
    // newest first; a hotspot whose cases are all closed is whistled as a campaign with none linked.
    const visible = await casesVisibleAmong(tx, user, p.caseIds);
    const linked = p.caseIds
      .filter((id) => visible.some((c) => c.id === id && caseIsOpen(c)))
      .slice(0, MAX_LINKED);
    const whistleId = await issueWhistle(inTx, user, { ...input.whistle, caseIds: linked });
    await tx
      .update(hotspotProposals)
      .set({ ...decided, action: 'whistle', actionWhistleId: whistleId })
      .where(and(eq(hotspotProposals.districtCode, p.districtCode), eq(hotspotProposals.id, p.id)));
    return p.id;
  });
}

/** Dismisses a proposal with the reason staff give; it stays on record, and the place is not proposed
 * again for a week (DECIDED_QUIET_MS). */
export async function dismissProposal(deps: CaseDeps, user: AuthUser, id: string, reason: string) {
  return deps.db.transaction(async (tx) => {
    const p = await lockOpen(tx, user, id);
    const now = deps.now?.() ?? new Date();
    await tx
      .update(hotspotProposals)
      .set({
        status: 'dismissed',
        dismissReason: reason.trim(),
        decidedBy: user.id,
        decidedAt: now,
        updatedAt: now,
      })
      .where(and(eq(hotspotProposals.districtCode, p.districtCode), eq(hotspotProposals.id, p.id)));
    return p.id;
  });
}
