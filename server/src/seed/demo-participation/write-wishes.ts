import type { Db } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { awardParticipation } from '../../modules/points/participation-awards.js';
import { microWishEvents, microWishes } from '../../modules/wishes/wishes.tables.js';
import type { ParticipationCast } from './participation-people.js';
import type { ParticipationPlan, PlannedWish } from './participation-plan.js';

function stateOf(w: PlannedWish) {
  if (w.confirmedAt) return 'confirmed' as const;
  if (w.fulfilledAt) return 'fulfilled' as const;
  if (w.claimedAt) return 'claimed' as const;
  if (w.rejected) return 'rejected' as const;
  if (w.reviewedAt) return 'approved' as const;
  return 'pending_review' as const;
}

/**
 * The micro-wishes of the year in bulk with their timelines; a confirmed wish credits its volunteer through
 * the points ledger, as confirming one does.
 */
export async function writeWishes(db: Db, plan: ParticipationPlan, cast: ParticipationCast): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .insert(microWishes)
      .values(
        plan.wishes.map((w) => {
          const wisher = cast.resident(w.wisher).id;
          const staff = cast.staffFor(w.community).id;
          const claimer = w.claimer ? cast.resident(w.claimer).id : null;
          return {
            districtCode: districtCodeOf(w.community),
            regionCode: w.community,
            title: w.title,
            description: '',
            wisherId: wisher,
            postedBy: wisher,
            state: stateOf(w),
            reviewNote: w.rejected ? '不属于微心愿范围，已转社区救助' : null,
            reviewedBy: w.reviewedAt ? staff : null,
            reviewedAt: w.reviewedAt,
            claimerUserId: claimer,
            claimedAt: w.claimedAt,
            fulfilNote: w.fulfilledAt ? '已送到，老人很满意' : null,
            fulfilledBy: w.fulfilledAt ? claimer : null,
            fulfilledAt: w.fulfilledAt,
            confirmedBy: w.confirmedAt ? wisher : null,
            confirmedAt: w.confirmedAt,
            createdAt: w.createdAt,
          };
        }),
      )
      .returning({ id: microWishes.id });
    await tx.insert(microWishEvents).values(
      plan.wishes.flatMap((w, i) => {
        const id = rows[i]?.id ?? '';
        const staff = cast.staffFor(w.community).id;
        const wisher = cast.resident(w.wisher).id;
        const claimer = w.claimer ? cast.resident(w.claimer).id : wisher;
        const steps: [Date | null, string, string][] = [
          [w.createdAt, 'post', wisher],
          [w.reviewedAt, w.rejected ? 'reject' : 'approve', staff],
          [w.claimedAt, 'claim', claimer],
          [w.fulfilledAt, 'fulfil', claimer],
          [w.confirmedAt, 'confirm', wisher],
        ];
        return steps
          .filter((s): s is [Date, string, string] => s[0] !== null)
          .map(([at, action, actorId]) => ({
            districtCode: districtCodeOf(w.community),
            wishId: id,
            at,
            action,
            actorId,
            regionCode: w.community,
          }));
      }),
    );
    for (const [i, w] of plan.wishes.entries()) {
      if (!w.confirmedAt || !w.claimer) continue;
      await awardParticipation(tx, {
        userId: cast.resident(w.claimer).id,
        reason: 'wish_fulfilled',
        source: `wish:${rows[i]?.id}`,
        quantity: 1,
        at: w.confirmedAt,
      });
    }
  });
}
