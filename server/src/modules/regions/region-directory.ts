import type { RegionLevel } from '../../lib/codes/region-code.js';
import type { PolygonalGeometry } from '../../lib/geo/geojson.js';
import { GridIndex } from '../../lib/geo/grid-index.js';

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  gridType: 'basic' | 'special' | null;
}

export interface DirectoryInput extends RegionNode {
  geometry: PolygonalGeometry;
  validFrom: string | null;
  validTo: string | null;
}

export interface TreeNode {
  code: string;
  name: string;
  level: RegionLevel;
  children: TreeNode[];
}

/** Only grids in force on the day take part in locate: redrawn grids keep their old cases, not new ones. */
function inForce(r: DirectoryInput, today: string): boolean {
  return (r.validFrom === null || r.validFrom <= today) && (r.validTo === null || r.validTo >= today);
}

/**
 * The region tree and the grid index, held in memory: locate must answer hundreds of thousands
 * of points a second, which no database round trip allows. Rebuilt whole when regions change.
 */
export class RegionDirectory {
  private readonly nodes = new Map<string, RegionNode>();
  private readonly children = new Map<string, RegionNode[]>();
  private readonly atLevel = new Map<RegionLevel, readonly RegionNode[]>();
  private readonly index: GridIndex;

  constructor(rows: readonly DirectoryInput[], today = new Date().toISOString().slice(0, 10)) {
    for (const r of rows) {
      const node: RegionNode = {
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parentCode,
        gridType: r.gridType,
      };
      this.nodes.set(r.code, node);
    }
    for (const node of [...this.nodes.values()].sort((a, b) => a.code.localeCompare(b.code))) {
      if (node.parentCode === null) continue;
      const siblings = this.children.get(node.parentCode);
      if (siblings) siblings.push(node);
      else this.children.set(node.parentCode, [node]);
    }
    this.index = GridIndex.build(
      rows
        .filter((r) => r.level === 'grid' && inForce(r, today))
        .map((r) => ({ code: r.code, geometry: r.geometry })),
    );
  }

  get gridCount(): number {
    return this.index.size;
  }

  node(code: string): RegionNode | undefined {
    return this.nodes.get(code);
  }

  /** The node and everything above it, nearest first. */
  chain(code: string): RegionNode[] {
    const out: RegionNode[] = [];
    for (let n = this.nodes.get(code); n; n = n.parentCode ? this.nodes.get(n.parentCode) : undefined)
      out.push(n);
    return out;
  }

  /** The grid code whose polygon holds the point, or null outside every grid in force. */
  locate(lat: number, lng: number): string | null {
    return this.index.locate(lng, lat);
  }

  tree(code: string): TreeNode | null {
    const node = this.nodes.get(code);
    if (!node) return null;
    const build = (n: RegionNode): TreeNode => ({
      code: n.code,
      name: n.name,
      level: n.level,
      children: (this.children.get(n.code) ?? []).map(build),
    });
    return build(node);
  }

  /**
   * Every node of a level, in code order (codes are digits: code-point order). Kept once made, as the
   * directory never changes: a city's grid ranking asks for its ten thousand grids on every page.
   */
  nodesAtLevel(level: RegionLevel): readonly RegionNode[] {
    let nodes = this.atLevel.get(level);
    if (!nodes) {
      nodes = [...this.nodes.values()]
        .filter((n) => n.level === level)
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      this.atLevel.set(level, nodes);
    }
    return nodes;
  }

  /** Every node at the top of the tree: cities, and districts whose city is not managed here. */
  roots(): RegionNode[] {
    return [...this.nodes.values()].filter((n) => n.parentCode === null);
  }
}
