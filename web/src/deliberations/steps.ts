import type { DeliberationState } from '@needle/contract';

export type Step = 1 | 2 | 3 | 4;

/** The step (1–4) a state is at, as the server counts it (deliberation-state.ts). */
export function stepOf(state: DeliberationState): Step {
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

/**
 * The steps a meeting may be recorded for: those behind and the one under way — once the two
 * committees have discussed, the review meeting (step 3) may come before the vote opens.
 */
export function meetingSteps(state: DeliberationState): Step[] {
  const reached = state === 'discussed' ? 3 : stepOf(state);
  return ([1, 2, 3, 4] as const).filter((step) => step <= reached);
}

/** The step command a state offers staff next, if any. */
export type Command = 'discuss' | 'openVote' | 'closeVote' | 'publish' | 'close';

export function nextCommand(state: DeliberationState): Command | null {
  switch (state) {
    case 'proposed':
      return 'discuss';
    case 'discussed':
      return 'openVote';
    case 'voting':
      return 'closeVote';
    case 'voted':
      return 'publish';
    case 'published':
      return 'close';
    default:
      return null;
  }
}
