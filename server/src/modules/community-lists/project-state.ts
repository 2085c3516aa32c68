import type { ProjectState } from '@needle/contract';

/** The steps that move a project from one state to another (the rest add to it without moving it). */
export type ProjectMove = 'open' | 'claim' | 'fall_to_community' | 'start' | 'sign_off';

/**
 * The projects list's state machine: a draft is opened for partners to claim; a claim, or the claim
 * deadline passing unclaimed (兜底), decides who carries it out; it is started, and closed out (销号).
 */
const MOVES: Record<ProjectMove, { from: readonly ProjectState[]; to: ProjectState }> = {
  open: { from: ['draft'], to: 'open_for_claim' },
  claim: { from: ['open_for_claim'], to: 'claimed' },
  fall_to_community: { from: ['open_for_claim'], to: 'fallen_to_community' },
  start: { from: ['claimed', 'fallen_to_community'], to: 'in_progress' },
  sign_off: { from: ['in_progress'], to: 'closed_out' },
};

/** The state a move leads to from `state`, or null when the move is not open from there. */
export function moveProject(state: ProjectState, move: ProjectMove): ProjectState | null {
  const rule = MOVES[move];
  return rule.from.includes(state) ? rule.to : null;
}

/** States in which milestones may still be added and completed. */
export function takesMilestones(state: ProjectState): boolean {
  return state !== 'closed_out';
}

/** Whether evidence for close-out may be given: only while the work is under way. */
export function takesEvidence(state: ProjectState): boolean {
  return state === 'in_progress';
}
