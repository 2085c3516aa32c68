import type { RegionDirectory } from '../regions/region-directory.js';

/** A unit a ranking ranks: its code, its name, and the key its rollup rows are grouped by. */
export interface RankingUnit {
  unit: string;
  name: string;
  key: string;
}

const PREFIX_LENGTH = { street: 9, community: 12, grid: 15 } as const;
export type RegionRankingKind = keyof typeof PREFIX_LENGTH;

const made = new WeakMap<
  RegionDirectory,
  Map<RegionRankingKind, { list: RankingUnit[]; byKey: Map<string, RankingUnit> }>
>();

/**
 * A level's units in code order and by key, made once per directory (which never changes): a city's
 * grid ranking asks for its ten thousand grids on every page. A node's key at its own level is its
 * first digits (regionPrefix, without parsing).
 */
export function unitsAtLevel(
  directory: RegionDirectory,
  kind: RegionRankingKind,
): { list: readonly RankingUnit[]; byKey: ReadonlyMap<string, RankingUnit> } {
  let levels = made.get(directory);
  if (!levels) {
    levels = new Map();
    made.set(directory, levels);
  }
  let units = levels.get(kind);
  if (!units) {
    const list = directory
      .nodesAtLevel(kind)
      .map((n) => ({ unit: n.code, name: n.name, key: n.code.slice(0, PREFIX_LENGTH[kind]) }));
    units = { list, byKey: new Map(list.map((u) => [u.key, u])) };
    levels.set(kind, units);
  }
  return units;
}

export const prefixLength = (kind: RegionRankingKind): number => PREFIX_LENGTH[kind];
