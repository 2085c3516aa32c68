import Flatbush from 'flatbush';
import pointInPolygon from 'point-in-polygon-hao';
import type { PolygonalGeometry, Position } from './geojson.js';
import { validatePolygonGeometry } from './polygon-checks.js';

export interface GridShape {
  code: string;
  geometry: PolygonalGeometry;
}

/**
 * Resolves a WGS-84 point to the grid (网格) that contains it: an R-tree (flatbush) over the
 * bounding box of every polygon part narrows the candidates, an exact point-in-polygon test
 * (holes respected) decides. Immutable: when grids change, build a new index and swap it in.
 *
 * Grids tile their community, so a point is strictly inside at most one of them. A point on an
 * edge, or inside overlapping input, goes to the grid listed first, the same answer a scan in
 * input order would give, so results do not depend on how the tree happens to be packed.
 */
export class GridIndex {
  private readonly tree: Flatbush | null;
  /** One entry per polygon part, in the order they were added to the tree. */
  private readonly parts: Position[][][];
  /** For each part, the input position of the grid it belongs to. */
  private readonly partOwner: Int32Array;
  private readonly codes: string[];

  // Scratch state for locate(): reused so the hot path allocates nothing of its own.
  private readonly point: Position = [0, 0];
  private bestOwner = -1;
  private readonly testPart = (part: number): boolean => {
    const owner = this.partOwner[part] ?? -1;
    if (this.bestOwner >= 0 && owner >= this.bestOwner) return false;
    // pointInPolygon answers 0 for a point on an edge: that counts as inside.
    if (pointInPolygon(this.point, this.parts[part] ?? []) !== false) this.bestOwner = owner;
    // Always false: the answer is kept in bestOwner, so flatbush's result array stays empty.
    return false;
  };

  private constructor(codes: string[], parts: Position[][][], partOwner: Int32Array, tree: Flatbush | null) {
    this.codes = codes;
    this.parts = parts;
    this.partOwner = partOwner;
    this.tree = tree;
  }

  /** Throws if a geometry is not a valid WGS-84 Polygon or MultiPolygon, naming the grid. */
  static build(items: readonly GridShape[]): GridIndex {
    const codes: string[] = [];
    const parts: Position[][][] = [];
    const owners: number[] = [];
    for (const [owner, { code, geometry }] of items.entries()) {
      const problem = validatePolygonGeometry(geometry);
      if (problem !== null) throw new Error(`Grid ${code}: ${problem}`);
      codes.push(code);
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (const polygon of polygons) {
        parts.push(polygon);
        owners.push(owner);
      }
    }
    if (parts.length === 0) return new GridIndex(codes, parts, new Int32Array(0), null);

    const tree = new Flatbush(parts.length);
    for (const polygon of parts) {
      // Holes lie inside the outer ring, so the outer ring alone bounds the part.
      let minX = Number.POSITIVE_INFINITY;
      let minY = Number.POSITIVE_INFINITY;
      let maxX = Number.NEGATIVE_INFINITY;
      let maxY = Number.NEGATIVE_INFINITY;
      for (const [x, y] of polygon[0] ?? []) {
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
      tree.add(minX, minY, maxX, maxY);
    }
    tree.finish();
    return new GridIndex(codes, parts, Int32Array.from(owners), tree);
  }

  /** The number of grids (not polygon parts) in the index. */
  get size(): number {
    return this.codes.length;
  }

  /** The code of the grid containing the point, or null if none does. */
  locate(lng: number, lat: number): string | null {
    const tree = this.tree;
    // Also turns away NaN, which would otherwise pass every bounding-box comparison.
    if (tree === null || !(lng >= tree.minX && lng <= tree.maxX && lat >= tree.minY && lat <= tree.maxY)) {
      return null;
    }
    this.point[0] = lng;
    this.point[1] = lat;
    this.bestOwner = -1;
    tree.search(lng, lat, lng, lat, this.testPart);
    return this.bestOwner < 0 ? null : (this.codes[this.bestOwner] ?? null);
  }
}
