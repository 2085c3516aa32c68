import { describe, expect, it } from 'vitest';
import { outcomeOf } from './vote-rules.js';

describe('vote rules (quorum and majority)', () => {
  it('passes with a quorum and more than half of the ballots for', () => {
    expect(outcomeOf(['for', 'for', 'against'], 4, 50, 50)).toMatchObject({
      tally: { for: 2, against: 1, abstain: 0 },
      cast: 3,
      quorumReached: true,
      passed: true,
    });
  });

  it('fails without a quorum, however the ballots went', () => {
    // 3 of 7 is under half; 4 of 7 is over it.
    expect(outcomeOf(['for', 'for', 'for'], 7, 50, 50)).toMatchObject({
      quorumReached: false,
      passed: false,
    });
    expect(outcomeOf(['for', 'for', 'for', 'for'], 7, 50, 50)).toMatchObject({
      quorumReached: true,
      passed: true,
    });
  });

  it('needs strictly more than the majority share: a tie fails, an abstention weighs against', () => {
    expect(outcomeOf(['for', 'against'], 2, 50, 50).passed).toBe(false);
    expect(outcomeOf(['for', 'abstain'], 2, 50, 50).passed).toBe(false);
    expect(outcomeOf(['for', 'for', 'abstain'], 3, 50, 50).passed).toBe(true);
  });

  it('takes configured shares: a two-thirds majority and a full quorum', () => {
    expect(outcomeOf(['for', 'for', 'against'], 3, 100, 66).passed).toBe(true);
    expect(outcomeOf(['for', 'for', 'against', 'against'], 4, 100, 66).passed).toBe(false);
    expect(outcomeOf(['for', 'for', 'against'], 4, 100, 50).quorumReached).toBe(false);
  });

  it('has no quorum with an empty electorate', () => {
    expect(outcomeOf([], 0, 50, 50)).toMatchObject({ quorumReached: false, passed: false });
  });
});
