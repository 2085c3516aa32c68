import { describe, expect, it } from 'vitest';
import { threeFigures } from './proposal-view.js';

describe("a proposal's expected count as shown", () => {
  it('keeps three significant figures, so a quiet place expects 0.00412, not 0', () => {
    expect(threeFigures(0.004_123)).toBe(0.00412);
    expect(threeFigures(7.004_17)).toBe(7);
    expect(threeFigures(12.345)).toBe(12.3);
    expect(threeFigures(0)).toBe(0);
  });
});
