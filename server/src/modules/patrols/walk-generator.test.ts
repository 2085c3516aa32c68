import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.js';
import { generateWalk } from './walk-generator.js';

const box = { south: 43.9, west: 125.3, north: 43.904, east: 125.305 };

describe('a generated patrol walk', () => {
  it('stays in its grid, lasts as long as asked, and keeps a point every 10 m or 30 s', () => {
    const walk = generateWalk(box, 60, seededRandom(7));
    expect(walk.every((p) => p.lat >= box.south - 1e-4 && p.lat <= box.north + 1e-4)).toBe(true);
    expect(walk.every((p) => p.lng >= box.west - 1e-4 && p.lng <= box.east + 1e-4)).toBe(true);
    expect(walk.at(-1)?.t).toBeGreaterThan(59 * 60);
    // An hour at walking pace: a few hundred points, never two in the same second.
    expect(walk.length).toBeGreaterThan(250);
    expect(walk.length).toBeLessThan(600);
    expect(new Set(walk.map((p) => p.t)).size).toBe(walk.length);
  });
});
