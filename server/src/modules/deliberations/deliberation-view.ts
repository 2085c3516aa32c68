import { and, asc, eq, like } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import { maskName } from '../../lib/privacy/mask.js';
import type { AuthUser } from '../auth/auth-user.js';
import { users } from '../users/users.tables.js';
import {
  deliberationEvents,
  deliberationMeetings,
  deliberationObjections,
  deliberations,
} from './deliberations.tables.js';
import { deliberationsPrefix } from './deliberations-office.js';
import { staffVoteView } from './vote-view.js';

export type DeliberationRow = typeof deliberations.$inferSelect;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function deliberationView(d: DeliberationRow) {
  return {
    id: d.id,
    regionCode: d.regionCode,
    title: d.title,
    proposal: d.proposal,
    needId: d.needId,
    state: d.state,
    minutes: d.minutes,
    resolution: d.resolution,
    publishDays: d.publishDays,
    publishedAt: iso(d.publishedAt),
    publishedUntil: iso(d.publishedUntil),
    proposedBy: d.proposedBy,
    proposedAt: d.proposedAt.toISOString(),
    closedAt: iso(d.closedAt),
  };
}

/** The deliberation, if it is in the user's area; anything else is not found. */
export async function deliberationOf(tx: Executor, actor: AuthUser, id: string, lock = false) {
  const query = tx
    .select()
    .from(deliberations)
    .where(and(eq(deliberations.id, id), like(deliberations.regionCode, `${deliberationsPrefix(actor)}%`)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) {
    throw notFound(
      'DELIBERATION_NOT_FOUND',
      `Deliberation ${id} does not exist or is outside your jurisdiction`,
    );
  }
  return row;
}

/** Everything staff see of a deliberation: its steps' meetings, its vote's turnout, objections, timeline. */
export async function deliberationDetail(tx: Executor, d: DeliberationRow) {
  // One after another: inside a transaction they share one connection, which runs one query at a time.
  const meetings = await tx
    .select()
    .from(deliberationMeetings)
    .where(eq(deliberationMeetings.deliberationId, d.id))
    .orderBy(asc(deliberationMeetings.heldAt));
  const objections = await tx
    .select({ o: deliberationObjections, name: users.displayName })
    .from(deliberationObjections)
    .innerJoin(users, eq(users.id, deliberationObjections.userId))
    .where(eq(deliberationObjections.deliberationId, d.id))
    .orderBy(asc(deliberationObjections.at));
  const timeline = await tx
    .select()
    .from(deliberationEvents)
    .where(eq(deliberationEvents.deliberationId, d.id))
    .orderBy(asc(deliberationEvents.id));
  const vote = await staffVoteView(tx, d.id);
  return {
    deliberation: deliberationView(d),
    meetings: meetings.map((m) => ({
      id: m.id,
      step: m.step,
      heldAt: m.heldAt.toISOString(),
      place: m.place,
      attendees: m.attendees,
      attendeeRoles: m.attendeeRoles,
      note: m.note,
      photoIds: m.photoIds,
      recordedBy: m.recordedBy,
    })),
    vote,
    objections: objections.map((r) => ({
      id: r.o.id,
      name: maskName(r.name) ?? '*',
      text: r.o.text,
      at: r.o.at.toISOString(),
    })),
    timeline: timeline.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      actorId: e.actorId,
      note: e.note,
    })),
  };
}
