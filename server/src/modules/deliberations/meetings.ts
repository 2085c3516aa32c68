import { conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { type CommunityDeps, nowOf } from '../voters/community-deps.js';
import { recordDeliberationStep } from './deliberation-events.js';
import { takesMeetingFor } from './deliberation-state.js';
import { deliberationDetail, deliberationOf } from './deliberation-view.js';
import { deliberationMeetings } from './deliberations.tables.js';

export interface MeetingInput {
  step: number;
  heldAt: string;
  place: string;
  attendees: number;
  attendeeRoles?: string;
  note?: string;
  photoIds?: string[];
}

/**
 * Records a meeting held for a step: time, place, how many attended and in which roles, and photos
 * uploaded by the one who records it. A meeting for a step not yet reached is refused.
 */
export async function recordMeeting(deps: CommunityDeps, actor: AuthUser, id: string, input: MeetingInput) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const deliberation = await deliberationOf(tx, actor, id, true);
    if (!takesMeetingFor(deliberation.state, input.step)) {
      throw conflict(
        'MEETING_STEP_NOT_REACHED',
        `A ${deliberation.state} deliberation has not reached step ${input.step}`,
      );
    }
    const photoIds = input.photoIds ?? [];
    await assertOwnPhotos(tx, photoIds, actor.id);
    const [meeting] = await tx
      .insert(deliberationMeetings)
      .values({
        districtCode: deliberation.districtCode,
        deliberationId: deliberation.id,
        step: input.step,
        heldAt: new Date(input.heldAt),
        place: input.place.trim(),
        attendees: input.attendees,
        attendeeRoles: input.attendeeRoles?.trim() ?? '',
        note: input.note?.trim() ?? '',
        photoIds,
        recordedBy: actor.id,
        recordedAt: now,
      })
      .returning();
    if (!meeting) throw new Error('the meeting insert returned no row');
    await recordDeliberationStep(tx, {
      action: 'meeting',
      actorId: actor.id,
      at: now,
      note: meeting.place,
      data: { meetingId: meeting.id, step: meeting.step },
      before: deliberation,
      after: deliberation,
    });
    return deliberationDetail(tx, deliberation);
  });
}
