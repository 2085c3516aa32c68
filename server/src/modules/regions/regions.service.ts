import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { Jurisdiction } from '../auth/jurisdiction.js';
import { jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import { type ImportSummary, importRegions } from './import-regions.js';
import { RegionDirectory, type RegionNode, type TreeNode } from './region-directory.js';
import { allRegionsForDirectory, findRegion, gridsUnder } from './regions.queries.js';

export interface LocatedPoint {
  grid: { code: string; name: string; gridType: 'basic' | 'special' | null };
  community: { code: string; name: string };
  street: { code: string; name: string };
  district: { code: string; name: string };
}

const regionNotFound = (code: string) =>
  notFound('REGION_NOT_FOUND', `Region ${code} does not exist or is outside your jurisdiction`);

/** The regions module as the rest of Needle uses it. */
export class RegionsService {
  private constructor(
    private readonly db: Db,
    private current: RegionDirectory,
  ) {}

  static async load(db: Db): Promise<RegionsService> {
    return new RegionsService(db, new RegionDirectory(await allRegionsForDirectory(db)));
  }

  get directory(): RegionDirectory {
    return this.current;
  }

  /** Re-reads the tree and rebuilds the grid index, then swaps it in whole. */
  async reload(): Promise<void> {
    this.current = new RegionDirectory(await allRegionsForDirectory(this.db));
  }

  async import(collection: unknown, actorId: string | null): Promise<ImportSummary> {
    const summary = await importRegions(this.db, collection, actorId);
    await this.reload();
    return summary;
  }

  /** Resolves a point to its grid and the grid's chain, without regard to who asks. */
  locate(lat: number, lng: number): LocatedPoint | null {
    const gridCode = this.current.locate(lat, lng);
    if (!gridCode) return null;
    const [grid, community, street, district] = this.current.chain(gridCode);
    if (!grid || !community || !street || !district) return null;
    const named = (n: RegionNode) => ({ code: n.code, name: n.name });
    return {
      grid: { ...named(grid), gridType: grid.gridType },
      community: named(community),
      street: named(street),
      district: named(district),
    };
  }

  tree(j: Jurisdiction): TreeNode {
    const rootCode = jurisdictionRoot(j);
    if (rootCode === null) {
      const roots = this.current.roots();
      const only = roots.length === 1 && roots[0] ? this.current.tree(roots[0].code) : null;
      // Above every root there is no real node: show the roots under a nameless top.
      return (
        only ?? {
          code: '',
          name: '',
          level: 'city',
          children: roots.map((r) => this.current.tree(r.code)).filter((t) => t !== null),
        }
      );
    }
    const tree = this.current.tree(rootCode);
    if (!tree) throw regionNotFound(rootCode);
    return tree;
  }

  async get(j: Jurisdiction, code: string) {
    const region = regionVisible(j, code) ? await findRegion(this.db, code) : null;
    if (!region) throw regionNotFound(code);
    const ancestors = this.current
      .chain(code)
      .slice(1)
      .map((n) => ({ code: n.code, name: n.name, level: n.level }));
    return { region, ancestors };
  }

  async grids(j: Jurisdiction, code: string) {
    if (!regionVisible(j, code) || !this.current.node(code)) throw regionNotFound(code);
    const grids = await gridsUnder(this.db, code);
    return {
      type: 'FeatureCollection' as const,
      features: grids.map((g) => ({
        type: 'Feature' as const,
        properties: { code: g.code, name: g.name, gridType: g.gridType, communityCode: g.parentCode },
        geometry: g.geometry,
      })),
    };
  }
}
