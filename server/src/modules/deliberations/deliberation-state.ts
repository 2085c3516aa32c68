import type { DeliberationState } from '@needle/contract';

// 四步议事 as a state machine: 1 proposed (党组织提议) → 2 discussed (两委商议, minutes) → 3 voting (党员和
// 居民代表审议表决) → voted or rejected (the vote's count decides) → 4 published (决议公示, objections)
// → closed once the board's days are over. Rejected is final: a new proposal starts again at step 1.

export type DeliberationAction = 'discuss' | 'open_vote' | 'close_vote' | 'publish' | 'close';

const MOVES: Record<DeliberationAction, { from: readonly DeliberationState[] }> = {
  discuss: { from: ['proposed'] },
  open_vote: { from: ['discussed'] },
  close_vote: { from: ['voting'] },
  publish: { from: ['voted'] },
  close: { from: ['published'] },
};

export function canTake(action: DeliberationAction, state: DeliberationState): boolean {
  return MOVES[action].from.includes(state);
}

/** Where a step leads; closing the vote leads where its count says. */
export function stateAfter(action: Exclude<DeliberationAction, 'close_vote'>): DeliberationState;
export function stateAfter(action: 'close_vote', passed: boolean): DeliberationState;
export function stateAfter(action: DeliberationAction, passed?: boolean): DeliberationState {
  switch (action) {
    case 'discuss':
      return 'discussed';
    case 'open_vote':
      return 'voting';
    case 'close_vote':
      return passed ? 'voted' : 'rejected';
    case 'publish':
      return 'published';
    case 'close':
      return 'closed';
  }
}

/** The step (1–4) a state belongs to, for meetings and the timeline. */
export function stepOf(state: DeliberationState): 1 | 2 | 3 | 4 {
  switch (state) {
    case 'proposed':
      return 1;
    case 'discussed':
      return 2;
    case 'voting':
    case 'voted':
    case 'rejected':
      return 3;
    case 'published':
    case 'closed':
      return 4;
  }
}

/** Meetings are recorded for the step under way or one already behind it, never ahead of it. */
export function takesMeetingFor(state: DeliberationState, step: number): boolean {
  const reached = state === 'discussed' ? 3 : stepOf(state);
  return step >= 1 && step <= reached;
}

/** Residents object while the resolution is on the board, and not after. */
export function objectionsOpen(state: DeliberationState, publishedUntil: Date | null, now: Date): boolean {
  return state === 'published' && publishedUntil !== null && now < publishedUntil;
}

/** The board's days must be over before the deliberation closes: objections are heard to the end. */
export function closable(state: DeliberationState, publishedUntil: Date | null, now: Date): boolean {
  return state === 'published' && publishedUntil !== null && now >= publishedUntil;
}
