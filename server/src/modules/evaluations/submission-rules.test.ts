import { describe, expect, it } from 'vitest';
import { checkSubmission } from './submission-rules.js';

const offers = ['a', 'b'];
const criteria = ['price', 'quality'];
const all = offers.flatMap((offerId) => criteria.map((criterionId) => ({ offerId, criterionId, score: 4 })));
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'accepted';
};

describe('what a household may submit', () => {
  it('takes every offer scored on every criterion', () => {
    expect(checkSubmission('score', offers, criteria, { scores: all })).toEqual({
      mode: 'score',
      scores: all,
    });
  });

  it('refuses a score sheet with a cell missing, twice or foreign', () => {
    expect(codeOf(() => checkSubmission('score', offers, criteria, { scores: all.slice(1) }))).toBe(
      'SCORES_INCOMPLETE',
    );
    const twice = [...all.slice(1), { ...all[1], score: 2 }] as typeof all;
    expect(codeOf(() => checkSubmission('score', offers, criteria, { scores: twice }))).toBe(
      'SCORES_INCOMPLETE',
    );
    const foreign = [...all.slice(1), { offerId: 'z', criterionId: 'price', score: 3 }];
    expect(codeOf(() => checkSubmission('score', offers, criteria, { scores: foreign }))).toBe(
      'OFFER_NOT_IN_EVALUATION',
    );
  });

  it('takes one offer to vote, and refuses the other mode’s shape', () => {
    expect(checkSubmission('vote', offers, [], { offerId: 'b' })).toEqual({ mode: 'vote', offerId: 'b' });
    expect(codeOf(() => checkSubmission('vote', offers, [], { offerId: 'z' }))).toBe(
      'OFFER_NOT_IN_EVALUATION',
    );
    expect(codeOf(() => checkSubmission('vote', offers, [], { scores: all }))).toBe(
      'SUBMISSION_MODE_MISMATCH',
    );
    expect(codeOf(() => checkSubmission('score', offers, criteria, { offerId: 'a' }))).toBe(
      'SUBMISSION_MODE_MISMATCH',
    );
  });
});
