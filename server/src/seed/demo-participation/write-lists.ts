import type { Db } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/china-time.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import {
  communityNeeds,
  communityProjectEvents,
  communityProjectMilestones,
  communityProjectNeeds,
  communityProjects,
} from '../../modules/community-lists/community-lists.tables.js';
import type { ParticipationCast } from './participation-people.js';
import type { ParticipationPlan, PlannedProject } from './participation-plan.js';

const chinaYear = (at: Date) => Number(chinaDayOf(at).slice(0, 4));

function stateOf(p: PlannedProject) {
  if (p.closedAt) return 'closed_out' as const;
  if (p.startedAt) return 'in_progress' as const;
  if (p.claimedAt) return 'claimed' as const;
  if (p.fallenAt) return 'fallen_to_community' as const;
  return 'open_for_claim' as const;
}

/** Each step the project took, for its timeline, in order: the same actions the services record. */
function timeline(p: PlannedProject, staff: string) {
  const steps: { at: Date; actorId: string | null; action: string; note?: string }[] = [
    { at: p.createdAt, actorId: staff, action: 'create' },
    { at: new Date(p.createdAt.getTime() + 3600_000), actorId: staff, action: 'open' },
  ];
  if (p.claimedAt) steps.push({ at: p.claimedAt, actorId: staff, action: 'claim' });
  // The sweep, not a person, lets an unclaimed project fall to the community.
  if (p.fallenAt) steps.push({ at: p.fallenAt, actorId: null, action: 'fall_to_community' });
  if (p.startedAt) steps.push({ at: p.startedAt, actorId: staff, action: 'start' });
  for (const m of p.milestones) {
    if (m.doneAt && (!p.closedAt || m.doneAt <= p.closedAt)) {
      steps.push({ at: m.doneAt, actorId: staff, action: 'complete_milestone', note: m.title });
    }
  }
  if (p.evidenceAt) steps.push({ at: p.evidenceAt, actorId: staff, action: 'evidence' });
  if (p.closedAt) steps.push({ at: p.closedAt, actorId: staff, action: 'sign_off' });
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The three lists' year in bulk: needs (from the door, the grid, deliberations and residents), the projects
 * made of them with their milestones and timelines, claims by the street's partner units and 兜底.
 */
export async function writeLists(db: Db, plan: ParticipationPlan, cast: ParticipationCast): Promise<void> {
  const sources = ['door_to_door', 'grid_report', 'deliberation', 'resident_request'] as const;
  await db.transaction(async (tx) => {
    const needs = await tx
      .insert(communityNeeds)
      .values([
        ...plan.projects.map((p, i) => ({
          districtCode: districtCodeOf(p.community),
          regionCode: p.community,
          source: sources[i % sources.length] as (typeof sources)[number],
          description: p.need,
          households: 6 + ((i * 7) % 40),
          householdNote: `${(i % 12) + 1}号楼`,
          status: p.closedAt ? ('done' as const) : ('planned' as const),
          recordedBy: cast.staffFor(p.community).id,
          recordedAt: new Date(p.createdAt.getTime() - 2 * 24 * 3600_000),
        })),
        ...plan.extraNeeds.map((n, i) => ({
          districtCode: districtCodeOf(n.community),
          regionCode: n.community,
          source: sources[i % sources.length] as (typeof sources)[number],
          description: n.need,
          households: 3 + (i % 20),
          recordedBy: cast.staffFor(n.community).id,
          recordedAt: n.recordedAt,
        })),
      ])
      .returning({ id: communityNeeds.id });
    const projects = await tx
      .insert(communityProjects)
      .values(
        plan.projects.map((p) => {
          const staff = cast.staffFor(p.community).id;
          const partnerId = p.partner === null ? null : (cast.partnerUnitIds[p.partner] ?? null);
          return {
            districtCode: districtCodeOf(p.community),
            regionCode: p.community,
            year: chinaYear(p.createdAt),
            title: p.title,
            description: `来自需求：${p.need}`,
            budgetYuan: p.budgetYuan,
            ownerId: staff,
            state: stateOf(p),
            dueDate: chinaDayOf(p.dueDate),
            claimDeadline: p.claimDeadline,
            claimedByPartnerUnitId: partnerId,
            claimNote: partnerId ? '按单位特长认领' : null,
            claimedAt: p.claimedAt,
            claimRecordedBy: p.claimedAt ? staff : null,
            fallenAt: p.fallenAt,
            evidenceNote: p.evidenceAt ? '已完工，居民代表验收合格' : null,
            evidenceBy: p.evidenceAt ? staff : null,
            evidenceAt: p.evidenceAt,
            // Signed off by someone other than the owner: the street.
            signedOffBy: p.closedAt ? cast.street.id : null,
            closedAt: p.closedAt,
            createdBy: staff,
            createdAt: p.createdAt,
          };
        }),
      )
      .returning({ id: communityProjects.id, districtCode: communityProjects.districtCode });
    await tx.insert(communityProjectNeeds).values(
      projects.map((p, i) => ({
        districtCode: p.districtCode,
        projectId: p.id,
        needId: needs[i]?.id ?? '',
      })),
    );
    await tx.insert(communityProjectMilestones).values(
      plan.projects.flatMap((p, i) =>
        p.milestones.map((m) => ({
          districtCode: districtCodeOf(p.community),
          projectId: projects[i]?.id ?? '',
          title: m.title,
          dueDate: chinaDayOf(m.dueDate),
          doneAt:
            m.doneAt && (!p.closedAt || m.doneAt <= p.closedAt) ? m.doneAt : p.closedAt ? p.closedAt : null,
          doneBy: m.doneAt || p.closedAt ? cast.staffFor(p.community).id : null,
          createdAt: p.startedAt ?? p.createdAt,
        })),
      ),
    );
    await tx.insert(communityProjectEvents).values(
      plan.projects.flatMap((p, i) =>
        timeline(p, cast.staffFor(p.community).id).map((s) => ({
          districtCode: districtCodeOf(p.community),
          projectId: projects[i]?.id ?? '',
          at: s.at,
          actorId: s.actorId,
          action: s.action,
          note: s.note ?? '',
          regionCode: p.community,
        })),
      ),
    );
  });
}
