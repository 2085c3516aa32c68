import pointInPolygon from 'point-in-polygon-hao';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.js';
import type { Polygon, Position } from './geojson.js';
import { GridIndex, type GridShape } from './grid-index.js';

/** The obvious answer the index must agree with: the first grid, in input order, containing the point. */
function naiveLocate(items: readonly GridShape[], lng: number, lat: number): string | null {
  for (const { code, geometry } of items) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    if (polygons.some((rings) => pointInPolygon([lng, lat], rings) !== false)) return code;
  }
  return null;
}

const ORIGIN: Position = [125.22, 43.78];
const CELL = 0.002;
const SIDE = 16;

/**
 * A SIDE×SIDE tiling whose shared vertices are jittered, so cells are irregular octagons that
 * still fit together exactly (neighbours use the very same vertex objects).
 */
function jitteredCells(random: () => number): Position[][] {
  const jitter = () => (random() - 0.5) * 0.3 * CELL;
  const at = (i: number, j: number): Position => [ORIGIN[0] + i * CELL, ORIGIN[1] + j * CELL];
  const corners: Position[][] = [];
  for (let i = 0; i <= SIDE; i++) {
    corners.push([]);
    for (let j = 0; j <= SIDE; j++) {
      const [x, y] = at(i, j);
      const inside = i > 0 && i < SIDE && j > 0 && j < SIDE;
      corners[i]?.push(inside ? [x + jitter(), y + jitter()] : [x, y]);
    }
  }
  const corner = (i: number, j: number): Position => corners[i]?.[j] ?? at(i, j);
  const bend = (a: Position, b: Position, onBorder: boolean): Position => {
    const mid: Position = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    return onBorder ? mid : [mid[0] + jitter(), mid[1] + jitter()];
  };
  const horizontal = new Map<string, Position>();
  const vertical = new Map<string, Position>();
  const hMid = (i: number, j: number) => {
    const key = `${i},${j}`;
    const mid = horizontal.get(key) ?? bend(corner(i, j), corner(i + 1, j), j === 0 || j === SIDE);
    horizontal.set(key, mid);
    return mid;
  };
  const vMid = (i: number, j: number) => {
    const key = `${i},${j}`;
    const mid = vertical.get(key) ?? bend(corner(i, j), corner(i, j + 1), i === 0 || i === SIDE);
    vertical.set(key, mid);
    return mid;
  };
  const cells: Position[][] = [];
  for (let j = 0; j < SIDE; j++) {
    for (let i = 0; i < SIDE; i++) {
      const start = corner(i, j);
      cells.push([
        start,
        hMid(i, j),
        corner(i + 1, j),
        vMid(i + 1, j),
        corner(i + 1, j + 1),
        hMid(i, j + 1),
        corner(i, j + 1),
        vMid(i, j),
        start,
      ]);
    }
  }
  return cells;
}

/** A small square well inside cell k, clear of its jittered boundary. */
function islandIn(k: number): Position[] {
  const cx = ORIGIN[0] + ((k % SIDE) + 0.5) * CELL;
  const cy = ORIGIN[1] + (Math.floor(k / SIDE) + 0.5) * CELL;
  const r = 0.15 * CELL;
  return [
    [cx - r, cy - r],
    [cx - r, cy + r],
    [cx + r, cy + r],
    [cx + r, cy - r],
    [cx - r, cy - r],
  ];
}

/**
 * 256 cells as grids, with a twist: every tenth cell from 3 on is a second part of the grid three
 * cells before it (MultiPolygon), and every seventh cell has a hole filled by a grid of its own.
 */
function tiledGrids(random: () => number): GridShape[] {
  const cells = jitteredCells(random);
  const items: GridShape[] = [];
  const byCell = new Map<number, GridShape>();
  for (const [k, cell] of cells.entries()) {
    const rings = k % 7 === 0 ? [cell, islandIn(k)] : [cell];
    const owner = k % 10 === 3 ? byCell.get(k - 3) : undefined;
    if (owner !== undefined) {
      const first =
        owner.geometry.type === 'Polygon' ? [owner.geometry.coordinates] : owner.geometry.coordinates;
      owner.geometry = { type: 'MultiPolygon', coordinates: [...first, rings] };
      continue;
    }
    const grid: GridShape = { code: `G${k}`, geometry: { type: 'Polygon', coordinates: rings } };
    byCell.set(k, grid);
    items.push(grid);
    if (k % 7 === 0) {
      items.push({ code: `I${k}`, geometry: { type: 'Polygon', coordinates: [islandIn(k).reverse()] } });
    }
  }
  return items;
}

/** Overlapping star-shaped polygons scattered at random: no tiling, so input order decides. */
function scatteredGrids(random: () => number, count: number): GridShape[] {
  const items: GridShape[] = [];
  for (let k = 0; k < count; k++) {
    const cx = ORIGIN[0] + random() * SIDE * CELL;
    const cy = ORIGIN[1] + random() * SIDE * CELL;
    const vertices = 5 + Math.floor(random() * 6);
    const ring: Position[] = [];
    for (let v = 0; v < vertices; v++) {
      const angle = (v / vertices) * 2 * Math.PI;
      const radius = (0.3 + random()) * CELL * 1.5;
      ring.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
    }
    ring.push(ring[0] ?? [cx, cy]);
    const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
    items.push({ code: `S${k}`, geometry });
  }
  return items;
}

function randomPoints(random: () => number, count: number, margin: number): Position[] {
  const span = SIDE * CELL;
  return Array.from({ length: count }, () => [
    ORIGIN[0] - margin + random() * (span + 2 * margin),
    ORIGIN[1] - margin + random() * (span + 2 * margin),
  ]);
}

describe('GridIndex', () => {
  it('agrees with a naive scan over a tiling with holes and multipolygons', () => {
    const random = seededRandom(7);
    const items = tiledGrids(random);
    const index = GridIndex.build(items);
    let outside = 0;
    const disagreements: string[] = [];
    for (const [lng, lat] of randomPoints(random, 20_000, 0.1 * SIDE * CELL)) {
      const expected = naiveLocate(items, lng, lat);
      if (expected === null) outside++;
      const got = index.locate(lng, lat);
      if (got !== expected) disagreements.push(`${lng},${lat}: ${got} instead of ${expected}`);
    }
    expect(disagreements).toEqual([]);
    // The sample must actually exercise points outside every grid.
    expect(outside).toBeGreaterThan(1000);
  });

  it('finds the island inside a hole, and the surrounding grid just outside it', () => {
    const index = GridIndex.build(tiledGrids(seededRandom(7)));
    const cx = ORIGIN[0] + (14 % SIDE) * CELL + 0.5 * CELL;
    const cy = ORIGIN[1] + Math.floor(14 / SIDE) * CELL + 0.5 * CELL;
    expect(index.locate(cx, cy)).toBe('I14');
    expect(index.locate(cx + 0.25 * CELL, cy)).toBe('G14');
  });

  it('finds both parts of a multipolygon grid', () => {
    const index = GridIndex.build(tiledGrids(seededRandom(7)));
    const centre = (k: number): [number, number] => [
      ORIGIN[0] + ((k % SIDE) + 0.5) * CELL,
      ORIGIN[1] + (Math.floor(k / SIDE) + 0.5) * CELL,
    ];
    expect(index.locate(...centre(10))).toBe('G10');
    expect(index.locate(...centre(13))).toBe('G10');
  });

  it('agrees with a naive scan where polygons overlap', () => {
    const random = seededRandom(11);
    const items = scatteredGrids(random, 300);
    const index = GridIndex.build(items);
    const disagreements: string[] = [];
    for (const [lng, lat] of randomPoints(random, 20_000, 0.05)) {
      const expected = naiveLocate(items, lng, lat);
      const got = index.locate(lng, lat);
      if (got !== expected) disagreements.push(`${lng},${lat}: ${got} instead of ${expected}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('gives a point on a shared vertex or edge to the grid listed first, every time', () => {
    const items = tiledGrids(seededRandom(3));
    const index = GridIndex.build(items);
    const cell = items.find((item) => item.code === 'G17')?.geometry;
    if (cell?.type !== 'Polygon') throw new Error('G17 should be a plain polygon');
    for (const [lng, lat] of cell.coordinates[0] ?? []) {
      const expected = naiveLocate(items, lng, lat);
      expect(expected).not.toBeNull();
      expect(index.locate(lng, lat)).toBe(expected);
      expect(index.locate(lng, lat)).toBe(expected);
    }
  });

  it('returns null outside every grid, and for coordinates that are not numbers', () => {
    const index = GridIndex.build(tiledGrids(seededRandom(7)));
    expect(index.locate(0, 0)).toBeNull();
    expect(index.locate(ORIGIN[0] - 0.001, ORIGIN[1] + 0.01)).toBeNull();
    expect(index.locate(Number.NaN, ORIGIN[1])).toBeNull();
    expect(index.locate(ORIGIN[0] + 0.01, Number.NaN)).toBeNull();
  });

  it('counts grids, not polygon parts', () => {
    const items = tiledGrids(seededRandom(7));
    expect(GridIndex.build(items).size).toBe(items.length);
  });

  it('works empty', () => {
    const index = GridIndex.build([]);
    expect(index.size).toBe(0);
    expect(index.locate(125.3, 43.8)).toBeNull();
  });

  it('refuses invalid geometry, naming the grid', () => {
    const open: Position[] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    expect(() =>
      GridIndex.build([{ code: '220104004001001', geometry: { type: 'Polygon', coordinates: [open] } }]),
    ).toThrow('Grid 220104004001001: polygon, ring 1 is not closed: its last position must equal its first');
  });
});
