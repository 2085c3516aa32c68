import { describe, expect, it } from 'vitest';
import { scoresMissing, toSubmission } from './submission';

const offer = (id: string) => ({
  id,
  name: id,
  priceFen: 1000,
  priceUnit: '',
  description: '',
  photoIds: [],
});
const scoring = {
  mode: 'score' as const,
  offers: [offer('a'), offer('b')],
  criteria: [
    { id: 'price', name: '价格', weight: 40 },
    { id: 'quality', name: '质量', weight: 60 },
  ],
};

describe('a household’s submission', () => {
  it('is every offer scored on every criterion', () => {
    const sheet = { a: { price: 5, quality: 4 }, b: { price: 3, quality: 2 } };
    expect(scoresMissing(scoring, sheet)).toBe(0);
    expect(toSubmission(scoring, sheet, undefined)).toEqual({
      scores: [
        { offerId: 'a', criterionId: 'price', score: 5 },
        { offerId: 'a', criterionId: 'quality', score: 4 },
        { offerId: 'b', criterionId: 'price', score: 3 },
        { offerId: 'b', criterionId: 'quality', score: 2 },
      ],
    });
  });

  it('is not ready while a score is missing or cleared (a star taken back is 0)', () => {
    const sheet = { a: { price: 5, quality: 0 }, b: { price: 3 } };
    expect(scoresMissing(scoring, sheet)).toBe(2);
    expect(toSubmission(scoring, sheet, undefined)).toBeNull();
  });

  it('is the one offer chosen to vote, and only an offer of the evaluation', () => {
    const voting = { ...scoring, mode: 'vote' as const, criteria: [] };
    expect(toSubmission(voting, {}, 'b')).toEqual({ offerId: 'b' });
    expect(toSubmission(voting, {}, undefined)).toBeNull();
    expect(toSubmission(voting, {}, 'elsewhere')).toBeNull();
  });
});
