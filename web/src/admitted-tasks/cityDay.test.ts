import { describe, expect, it } from 'vitest';
import { cityDay } from './cityDay';

describe('the city’s day', () => {
  it('is already tomorrow in China once it is past 16:00 UTC', () => {
    expect(cityDay(new Date('2026-12-02T16:18:00Z'))).toBe('2026-12-03');
    expect(cityDay(new Date('2026-12-02T15:59:00Z'))).toBe('2026-12-02');
  });
});
