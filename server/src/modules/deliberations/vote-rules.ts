import type { VoteChoice } from '@needle/contract';

// A vote passes when enough of the electorate voted (quorum) and enough of the ballots cast are "for"
// (majority). Both are percentages set per vote. Abstentions count towards the quorum and as ballots
// cast, so an abstention weighs like "against" for the majority: a resolution needs a majority of those
// who took part, not merely of those who took a side (村/居民会议 "过半数" as it is usually read).

export const DEFAULT_QUORUM_PERCENT = 50;
export const DEFAULT_MAJORITY_PERCENT = 50;

export type Tally = Record<VoteChoice, number>;

export interface VoteOutcome {
  tally: Tally;
  cast: number;
  /** At least `quorumPercent` of the electorate voted. */
  quorumReached: boolean;
  /** Quorum reached and strictly more than `majorityPercent` of the ballots cast are "for". */
  passed: boolean;
}

export function tallyOf(choices: readonly VoteChoice[]): Tally {
  const tally: Tally = { for: 0, against: 0, abstain: 0 };
  for (const c of choices) tally[c] += 1;
  return tally;
}

/** Integer arithmetic throughout: 50 % of 7 electors is 3.5, and 4 ballots reach it while 3 do not. */
export function outcomeOf(
  choices: readonly VoteChoice[],
  electorate: number,
  quorumPercent: number,
  majorityPercent: number,
): VoteOutcome {
  const tally = tallyOf(choices);
  const cast = choices.length;
  const quorumReached = electorate > 0 && cast * 100 >= quorumPercent * electorate;
  const passed = quorumReached && tally.for * 100 > majorityPercent * cast;
  return { tally, cast, quorumReached, passed };
}
