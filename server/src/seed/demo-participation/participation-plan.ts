import { type Draw, drawFrom } from '../demo-history/history-random.js';
import {
  ACTIVITIES,
  DELIBERATION_TOPICS,
  MILESTONES,
  PROJECT_IDEAS,
  TEAM_FOCUSES,
  WISHES,
} from './participation-texts.js';

const DAY = 24 * 3600_000;
const HOUR = 3600_000;

/** A resident of the plan: `<community>:<n>` for the residents the seed makes, 'resident' for the demo account. */
export type ResidentRef = string;
export const DEMO_RESIDENT: ResidentRef = 'resident';

export interface PlannedProject {
  community: string;
  need: string;
  title: string;
  budgetYuan: number;
  createdAt: Date;
  claimDeadline: Date;
  dueDate: Date;
  /** Index of the partner unit that claimed it, or null when it fell to the community (or is still open). */
  partner: number | null;
  claimedAt: Date | null;
  fallenAt: Date | null;
  startedAt: Date | null;
  evidenceAt: Date | null;
  closedAt: Date | null;
  milestones: { title: string; dueDate: Date; doneAt: Date | null }[];
}

export interface PlannedWish {
  community: string;
  title: string;
  wisher: ResidentRef;
  createdAt: Date;
  reviewedAt: Date | null;
  rejected: boolean;
  claimer: ResidentRef | null;
  claimedAt: Date | null;
  fulfilledAt: Date | null;
  confirmedAt: Date | null;
}

export interface PlannedTeam {
  community: string;
  name: string;
  focus: string;
  members: ResidentRef[];
  createdAt: Date;
}

export interface PlannedActivity {
  team: number;
  title: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  /** Who signed up, and the minutes verified for those who came (null: signed up, not yet served). */
  signups: { who: ResidentRef; minutes: number | null }[];
}

export interface PlannedDeliberation {
  community: string;
  title: string;
  proposal: string;
  proposedAt: Date;
  /** When each later step happened; null from the first step not yet taken. */
  meetingAt: Date | null;
  discussedAt: Date | null;
  voteOpenedAt: Date | null;
  ballots: { who: ResidentRef; choice: 'for' | 'against' | 'abstain'; at: Date }[];
  electorate: ResidentRef[];
  voteClosedAt: Date | null;
  publishedAt: Date | null;
  objection: { who: ResidentRef; at: Date } | null;
  closedAt: Date | null;
}

export interface ParticipationPlan {
  projects: PlannedProject[];
  extraNeeds: { community: string; need: string; recordedAt: Date }[];
  wishes: PlannedWish[];
  teams: PlannedTeam[];
  activities: PlannedActivity[];
  deliberations: PlannedDeliberation[];
}

export interface PlanOptions {
  seed: number;
  now: Date;
  days: number;
  /** The street's communities, the first the demo accounts' own (义和社区). */
  communities: readonly string[];
  residentsPerCommunity: number;
  partnerUnits: number;
  projects: number;
  extraNeeds: number;
  wishes: number;
  teams: number;
  activitiesPerTeam: number;
  deliberations: number;
}

/** Only what happened before now: a later step is not taken yet. */
const past = (at: Date, now: Date): Date | null => (at.getTime() < now.getTime() ? at : null);
const after = (at: Date, days: number) => new Date(at.getTime() + days * DAY);
/** A moment on the same day within office hours (9:00–17:00 China time): staff record things at work. */
function atWork(d: Draw, at: number): Date {
  const day = new Date(at);
  day.setUTCHours(d.int(1, 8), d.int(0, 59), 0, 0);
  return day;
}

function residentsOf(o: PlanOptions, community: string): ResidentRef[] {
  const made = Array.from({ length: o.residentsPerCommunity }, (_, n) => `${community}:${n}`);
  return community === o.communities[0] ? [DEMO_RESIDENT, ...made] : made;
}

function planProject(d: Draw, o: PlanOptions, start: number): PlannedProject {
  const community = d.pick(o.communities);
  const [need, title] = d.pick(PROJECT_IDEAS);
  const createdAt = atWork(d, d.between(start, o.now.getTime() - 5 * DAY));
  const claimDeadline = after(createdAt, 20);
  const claimedBy = d.chance(0.8) ? d.int(0, o.partnerUnits - 1) : null;
  const claimedAt = claimedBy === null ? null : past(after(createdAt, d.int(3, 18)), o.now);
  const fallenAt = claimedBy === null ? past(claimDeadline, o.now) : null;
  const decided = claimedAt ?? fallenAt;
  const startedAt = decided ? past(after(decided, d.int(2, 7)), o.now) : null;
  const length = d.int(60, 200);
  const closing = startedAt ? past(after(startedAt, length), o.now) : null;
  const milestones = MILESTONES.map((m, i) => {
    const due = startedAt
      ? after(startedAt, ((i + 1) * length) / MILESTONES.length)
      : after(createdAt, 30 * (i + 1));
    return { title: m, dueDate: due, doneAt: startedAt ? past(after(due, -d.int(0, 5)), o.now) : null };
  });
  return {
    community,
    need,
    title,
    budgetYuan: d.int(20, 800) * 100,
    createdAt,
    claimDeadline,
    dueDate: after(createdAt, length + 40),
    partner: claimedAt ? claimedBy : null,
    claimedAt,
    fallenAt,
    startedAt,
    evidenceAt: closing ? after(closing, -2) : null,
    closedAt: closing,
    milestones,
  };
}

function planWish(d: Draw, o: PlanOptions, start: number, i: number): PlannedWish {
  // The demo resident's own: one confirmed long ago, one still waiting for a volunteer.
  const mine = i < 2;
  const community = mine ? (o.communities[0] as string) : d.pick(o.communities);
  const people = residentsOf(o, community).filter((r) => r !== DEMO_RESIDENT);
  const createdAt = mine
    ? new Date(o.now.getTime() - (i === 0 ? 120 : 4) * DAY)
    : new Date(d.between(start, o.now.getTime() - DAY));
  const reviewedAt = past(after(createdAt, d.between(0.2, 2)), o.now);
  const rejected = !mine && reviewedAt !== null && d.chance(0.06);
  const claimedAt =
    reviewedAt && !rejected && !(mine && i === 1) ? past(after(reviewedAt, d.int(1, 8)), o.now) : null;
  const fulfilledAt = claimedAt ? past(after(claimedAt, d.int(2, 15)), o.now) : null;
  return {
    community,
    title: d.pick(WISHES),
    wisher: mine ? DEMO_RESIDENT : d.pick(people),
    createdAt,
    reviewedAt,
    rejected,
    claimer: claimedAt ? d.pick(people) : null,
    claimedAt,
    fulfilledAt,
    confirmedAt: fulfilledAt ? past(after(fulfilledAt, d.between(0.5, 3)), o.now) : null,
  };
}

function planDeliberation(d: Draw, o: PlanOptions, start: number, i: number): PlannedDeliberation {
  // Every fourth in the demo accounts' community, so its staff and the demo resident see several.
  const community = i % 4 === 0 ? (o.communities[0] as string) : d.pick(o.communities);
  const [title, proposal] = d.pick(DELIBERATION_TOPICS);
  const proposedAt = atWork(d, d.between(start, o.now.getTime() - 3 * DAY));
  const meetingAt = past(after(proposedAt, 1), o.now);
  const discussedAt = meetingAt && past(after(proposedAt, 5), o.now);
  const voteOpenedAt = discussedAt && past(after(proposedAt, 8), o.now);
  const electorate = residentsOf(o, community).filter((r) => r === DEMO_RESIDENT || d.chance(0.85));
  const voteClosedAt = voteOpenedAt && past(after(voteOpenedAt, 3), o.now);
  const ballots = voteOpenedAt
    ? electorate
        .filter((r) => r === DEMO_RESIDENT || d.chance(0.8))
        .map((who) => ({
          who,
          choice: d.weighted([
            ['for', 8],
            ['against', 1],
            ['abstain', 1],
          ] as const),
          at: new Date(
            voteOpenedAt.getTime() +
              d.between(HOUR, (voteClosedAt ? 3 * DAY : o.now.getTime() - voteOpenedAt.getTime()) - HOUR),
          ),
        }))
        .filter((b) => b.at.getTime() < o.now.getTime())
    : [];
  const publishedAt = voteClosedAt && past(after(voteClosedAt, 1), o.now);
  const closedAt = publishedAt && past(after(publishedAt, 8), o.now);
  return {
    community,
    title,
    proposal,
    proposedAt,
    meetingAt,
    discussedAt,
    voteOpenedAt,
    ballots,
    electorate,
    voteClosedAt,
    publishedAt,
    objection: publishedAt && d.chance(0.2) ? { who: d.pick(electorate), at: after(publishedAt, 2) } : null,
    closedAt,
  };
}

/** The year, drawn from the seed: the same seed and `now` give the same year. */
export function planParticipation(o: PlanOptions): ParticipationPlan {
  const d = drawFrom(o.seed);
  const start = o.now.getTime() - o.days * DAY;
  const projects = Array.from({ length: o.projects }, () => planProject(d, o, start)).sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  );
  const extraNeeds = Array.from({ length: o.extraNeeds }, () => ({
    community: d.pick(o.communities),
    need: d.pick(PROJECT_IDEAS)[0],
    recordedAt: new Date(d.between(start, o.now.getTime())),
  }));
  const wishes = Array.from({ length: o.wishes }, (_, i) => planWish(d, o, start, i));
  const teams = Array.from({ length: o.teams }, (_, i) => {
    const community = i < 3 ? (o.communities[0] as string) : d.pick(o.communities);
    const focus = TEAM_FOCUSES[i % TEAM_FOCUSES.length] as string;
    const people = residentsOf(o, community);
    return {
      community,
      name: `${focus}志愿服务队${i < TEAM_FOCUSES.length ? '' : `（${Math.floor(i / TEAM_FOCUSES.length) + 1}队）`}`,
      focus,
      // The demo resident serves in the first team of their community.
      members: people.filter((r) => (r === DEMO_RESIDENT ? i === 0 : d.chance(0.45))),
      createdAt: new Date(start - d.int(30, 600) * DAY),
    };
  });
  const activities: PlannedActivity[] = [];
  teams.forEach((team, t) => {
    for (let k = 0; k < o.activitiesPerTeam; k++) {
      const [title, place] = d.pick(ACTIVITIES);
      const startsAt = new Date(d.between(start, o.now.getTime() + 14 * DAY));
      startsAt.setUTCMinutes(0, 0, 0);
      const endsAt = new Date(startsAt.getTime() + d.int(2, 3) * HOUR);
      const served = endsAt.getTime() < o.now.getTime();
      activities.push({
        team: t,
        title,
        place,
        startsAt,
        endsAt,
        signups: team.members
          .filter((r) => r === DEMO_RESIDENT || d.chance(0.7))
          .map((who) => ({
            who,
            minutes: served ? d.int(60, (endsAt.getTime() - startsAt.getTime()) / 60_000) : null,
          })),
      });
    }
  });
  const deliberations = Array.from({ length: o.deliberations }, (_, i) => planDeliberation(d, o, start, i));
  return { projects, extraNeeds, wishes, teams, activities, deliberations };
}
