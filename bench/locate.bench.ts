/**
 * Point → grid lookups: the spatial index against the naive scan it replaces, side by side in one
 * run on one thread. Every case a phone reports, and every point a bulk import brings, goes
 * through this lookup, so its rate bounds intake.
 */
import pointInPolygon from 'point-in-polygon-hao';
import type { Polygon, Position } from '../server/src/lib/geo/geojson.js';
import { GridIndex, type GridShape } from '../server/src/lib/geo/grid-index.js';
import { seededRandom } from '../server/src/lib/seeded-random.js';

const SIDE = 100; // 100 × 100 = 10,000 grids
const CELL = 0.0025; // degrees: about 200 m × 280 m in Changchun, a typical urban grid
const ORIGIN: Position = [125.1, 43.75];
const INDEX_POINTS = 1_000_000;
const NAIVE_POINTS = 20_000;
const MARGIN = 0.02 * SIDE * CELL; // some queries fall outside every grid, as real ones do

const random = seededRandom(2026);

/**
 * A tiling whose shared vertices (corners and edge midpoints) are jittered: irregular octagons
 * that still fit together exactly, because neighbours read the very same coordinates.
 */
function jitteredTiling(): GridShape[] {
  const jitter = () => (random() - 0.5) * 0.3 * CELL;
  const lattice = (n: number, makeInner: (i: number, j: number) => Position) => {
    const rows: Position[][] = [];
    for (let i = 0; i <= n; i++) {
      const row: Position[] = [];
      for (let j = 0; j <= n; j++) row.push(makeInner(i, j));
      rows.push(row);
    }
    return (i: number, j: number): Position => rows[i]?.[j] ?? [Number.NaN, Number.NaN];
  };
  const border = (i: number, j: number) => i === 0 || i === SIDE || j === 0 || j === SIDE;
  const corner = lattice(SIDE, (i, j) => {
    const x = ORIGIN[0] + i * CELL;
    const y = ORIGIN[1] + j * CELL;
    return border(i, j) ? [x, y] : [x + jitter(), y + jitter()];
  });
  const between = (a: Position, b: Position, straight: boolean): Position => {
    const x = (a[0] + b[0]) / 2;
    const y = (a[1] + b[1]) / 2;
    return straight ? [x, y] : [x + jitter(), y + jitter()];
  };
  const bottomMid = lattice(SIDE, (i, j) =>
    between(corner(i, j), corner(i + 1, j), j === 0 || j === SIDE || i === SIDE),
  );
  const leftMid = lattice(SIDE, (i, j) =>
    between(corner(i, j), corner(i, j + 1), i === 0 || i === SIDE || j === SIDE),
  );
  const grids: GridShape[] = [];
  for (let j = 0; j < SIDE; j++) {
    for (let i = 0; i < SIDE; i++) {
      const ring = [
        corner(i, j),
        bottomMid(i, j),
        corner(i + 1, j),
        leftMid(i + 1, j),
        corner(i + 1, j + 1),
        bottomMid(i, j + 1),
        corner(i, j + 1),
        leftMid(i, j),
        corner(i, j),
      ];
      const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
      grids.push({ code: `220104004001${String(j * SIDE + i).padStart(5, '0')}`, geometry });
    }
  }
  return grids;
}

/** What an index is for: without one, every polygon's box is checked, and the polygon if the box hits. */
function naiveLocator(grids: readonly GridShape[]) {
  const boxes = new Float64Array(grids.length * 4);
  const rings: Position[][][] = [];
  for (const [k, grid] of grids.entries()) {
    if (grid.geometry.type !== 'Polygon') throw new Error('the bench only draws polygons');
    rings.push(grid.geometry.coordinates);
    const outer = grid.geometry.coordinates[0] ?? [];
    boxes[4 * k] = Math.min(...outer.map((p) => p[0]));
    boxes[4 * k + 1] = Math.min(...outer.map((p) => p[1]));
    boxes[4 * k + 2] = Math.max(...outer.map((p) => p[0]));
    boxes[4 * k + 3] = Math.max(...outer.map((p) => p[1]));
  }
  const point: Position = [0, 0];
  return (lng: number, lat: number): string | null => {
    point[0] = lng;
    point[1] = lat;
    for (let k = 0; k < rings.length; k++) {
      const b = 4 * k;
      if (
        lng < (boxes[b] ?? 0) ||
        lat < (boxes[b + 1] ?? 0) ||
        lng > (boxes[b + 2] ?? 0) ||
        lat > (boxes[b + 3] ?? 0)
      ) {
        continue;
      }
      if (pointInPolygon(point, rings[k] ?? []) !== false) return grids[k]?.code ?? null;
    }
    return null;
  };
}

function queryPoints(count: number): Float64Array {
  const span = SIDE * CELL + 2 * MARGIN;
  const points = new Float64Array(count * 2);
  for (let k = 0; k < count; k++) {
    points[2 * k] = ORIGIN[0] - MARGIN + random() * span;
    points[2 * k + 1] = ORIGIN[1] - MARGIN + random() * span;
  }
  return points;
}

/** Lookups per second over all the points; the found count keeps the work from being optimised away. */
function measure(locate: (lng: number, lat: number) => string | null, points: Float64Array) {
  const count = points.length / 2;
  let found = 0;
  const start = performance.now();
  for (let k = 0; k < count; k++) {
    if (locate(points[2 * k] ?? 0, points[2 * k + 1] ?? 0) !== null) found++;
  }
  const seconds = (performance.now() - start) / 1000;
  return { count, found, seconds, perSecond: count / seconds };
}

const buildStart = performance.now();
const grids = jitteredTiling();
const generatedMs = performance.now() - buildStart;
const indexStart = performance.now();
const index = GridIndex.build(grids);
const buildMs = performance.now() - indexStart;
const naive = naiveLocator(grids);
const indexPoints = queryPoints(INDEX_POINTS);
const naivePoints = queryPoints(NAIVE_POINTS);

// Same answers first: a fast wrong index is worth nothing.
let mismatches = 0;
for (let k = 0; k < NAIVE_POINTS; k++) {
  const lng = naivePoints[2 * k] ?? 0;
  const lat = naivePoints[2 * k + 1] ?? 0;
  if (index.locate(lng, lat) !== naive(lng, lat)) mismatches++;
}

// Warm up the JIT on a slice so the timed run measures steady state.
measure((lng, lat) => index.locate(lng, lat), indexPoints.subarray(0, 200_000));
const indexed = measure((lng, lat) => index.locate(lng, lat), indexPoints);
const scanned = measure(naive, naivePoints);

const rate = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);
const vertices = grids.reduce((sum, g) => sum + ((g.geometry.coordinates[0]?.length ?? 1) - 1), 0);
console.log(
  `${grids.length.toLocaleString('en-US')} grids, ${(vertices / grids.length).toFixed(1)} vertices each; ` +
    `generated in ${generatedMs.toFixed(0)} ms, indexed in ${buildMs.toFixed(0)} ms; Node ${process.version}`,
);
console.log('');
console.log('method              points    found    seconds    lookups/s');
for (const [name, r] of [
  ['GridIndex.locate', indexed],
  ['naive scan', scanned],
] as const) {
  console.log(
    `${name.padEnd(17)} ${String(r.count).padStart(8)} ${String(r.found).padStart(8)} ` +
      `${r.seconds.toFixed(3).padStart(10)} ${rate(r.perSecond)}`,
  );
}
console.log('');
console.log(`index / naive: ${(indexed.perSecond / scanned.perSecond).toFixed(0)}×`);
console.log(`mismatches on ${NAIVE_POINTS.toLocaleString('en-US')} shared points: ${mismatches}`);
console.log(`target ≥ 500,000 lookups/s: ${indexed.perSecond >= 500_000 ? 'met' : 'MISSED'}`);
if (mismatches > 0) process.exit(1);
