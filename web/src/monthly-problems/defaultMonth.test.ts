import { describe, expect, it } from 'vitest';
import { lastWholeMonth } from './defaultMonth';

describe('the month the page opens on', () => {
  it('is the month before, across a new year too', () => {
    expect(lastWholeMonth('2026-11')).toBe('2026-10');
    expect(lastWholeMonth('2026-01')).toBe('2025-12');
    expect(lastWholeMonth('2026-10')).toBe('2026-09');
  });
});
