import type { Db } from '../../db/database.js';
import { castBallot } from '../../modules/deliberations/cast-ballot.js';
import { closeVote } from '../../modules/deliberations/close-vote.js';
import { recordDiscussion } from '../../modules/deliberations/discuss.js';
import { recordMeeting } from '../../modules/deliberations/meetings.js';
import { openVote } from '../../modules/deliberations/open-vote.js';
import { proposeDeliberation } from '../../modules/deliberations/propose.js';
import {
  closeDeliberation,
  publishResolution,
  recordObjection,
} from '../../modules/deliberations/publication.js';
import type { RegionsService } from '../../modules/regions/regions.service.js';
import type { ParticipationCast } from './participation-people.js';
import type { ParticipationPlan } from './participation-plan.js';

/**
 * Plays the four-step deliberations through the deliberations module itself, the clock at each step's
 * moment: the vote's secrecy, its receipts, the tally and the voters' points are then exactly what the
 * module makes, not a copy of it. Returns how many ballots were cast.
 */
export async function playDeliberations(
  base: { db: Db; regions: RegionsService },
  plan: ParticipationPlan,
  cast: ParticipationCast,
): Promise<number> {
  let clock = new Date();
  const deps = { ...base, now: () => clock };
  let ballots = 0;
  for (const d of plan.deliberations) {
    const staff = cast.staffFor(d.community);
    clock = d.proposedAt;
    const proposed = await proposeDeliberation(deps, staff, {
      regionCode: d.community,
      title: d.title,
      proposal: d.proposal,
    });
    const id = proposed.deliberation.id;
    if (!d.meetingAt) continue;
    clock = d.meetingAt;
    await recordMeeting(deps, staff, id, {
      step: 1,
      heldAt: d.meetingAt.toISOString(),
      place: '社区党群服务中心',
      attendees: 7,
      attendeeRoles: '社区党委委员7名',
      note: '党组织提议，形成初步方案',
    });
    if (!d.discussedAt) continue;
    clock = d.discussedAt;
    await recordDiscussion(deps, staff, id, '两委联席会议商议：方案可行，提交党员和居民代表审议表决。');
    if (!d.voteOpenedAt) continue;
    clock = d.voteOpenedAt;
    const opened = await openVote(deps, staff, id, {
      electorate: d.electorate.map((ref, i) => ({
        userId: cast.resident(ref).id,
        capacity: i % 3 === 0 ? ('party_member' as const) : ('resident_representative' as const),
      })),
    });
    const voteId = opened.vote?.id;
    if (!voteId) throw new Error(`the vote of ${d.title} did not open`);
    for (const b of [...d.ballots].sort((x, y) => x.at.getTime() - y.at.getTime())) {
      clock = b.at;
      await castBallot(deps, cast.resident(b.who), voteId, b.choice);
      ballots += 1;
    }
    if (!d.voteClosedAt) continue;
    clock = d.voteClosedAt;
    const closed = await closeVote(deps, staff, id);
    if (closed.deliberation.state !== 'voted' || !d.publishedAt) continue;
    clock = d.publishedAt;
    await publishResolution(deps, staff, id, {
      resolution: `经审议表决通过：${d.proposal}。公示期内居民可提出异议。`,
      publishDays: 7,
    });
    if (d.objection) {
      clock = d.objection.at;
      await recordObjection(deps, cast.resident(d.objection.who), id, '希望公布费用明细');
    }
    if (!d.closedAt) continue;
    clock = d.closedAt;
    await closeDeliberation(deps, staff, id);
  }
  return ballots;
}
