import { describe, expect, it } from 'vitest';
import { doorCodeHash, newDoorCode, normaliseDoorCode } from './door-code.js';

describe('door codes (入户码)', () => {
  it('are ten unambiguous characters in two groups, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, newDoorCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  it('match however the resident types them', () => {
    expect(normaliseDoorCode(' k7mpq 4xh2r ')).toBe('K7MPQ4XH2R');
    expect(doorCodeHash('k7mpq-4xh2r')).toBe(doorCodeHash('K7MPQ4XH2R'));
    expect(doorCodeHash('K7MPQ-4XH2R')).not.toBe(doorCodeHash('K7MPQ-4XH2S'));
  });
});
