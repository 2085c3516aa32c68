import { seededRandom } from '../../lib/seeded-random.js';

/** The draws a history is made of, all from one seeded stream: the same seed gives the same city. */
export interface Draw {
  /** A number in [0, 1). */
  next(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A whole number in [low, high]. */
  int(low: number, high: number): number;
  /** A number in [low, high). */
  between(low: number, high: number): number;
  pick<T>(items: readonly T[]): T;
  /** One of the items, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

export function drawFrom(seed: number): Draw {
  const next = seededRandom(seed);
  const between = (low: number, high: number) => low + next() * (high - low);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (low, high) => Math.floor(between(low, high + 1)),
    between,
    pick,
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let left = next() * total;
      for (const [item, weight] of items) {
        left -= weight;
        if (left < 0) return item;
      }
      return pick(items)[0];
    },
  };
}
