import { describe, expect, it } from 'vitest';
import { scoreStreet } from './street-score.js';

describe('a department’s score of a street', () => {
  it('is the mean of coordination and support times 20', () => {
    expect(scoreStreet({ coordination: 5, support: 5 })).toBe(100);
    expect(scoreStreet({ coordination: 4, support: 3 })).toBe(70);
    expect(scoreStreet({ coordination: 1, support: 1 })).toBe(20);
  });

  it('refuses marks outside 1–5 or between whole marks', () => {
    expect(() => scoreStreet({ coordination: 0, support: 3 })).toThrow(/coordination/);
    expect(() => scoreStreet({ coordination: 3, support: 6 })).toThrow(/support/);
    expect(() => scoreStreet({ coordination: 3, support: 2.5 })).toThrow(/support/);
  });
});
