import type { Position } from '../../../lib/geo/geojson.js';

/**
 * The demo city is drawn by cutting rectangles: a child's outer edges are its parent's very
 * numbers and every cut is one number shared by the two sides, so children tile their parent
 * exactly (no gaps, no overlaps), which is what the grid index relies on.
 */
export interface Rect {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Kilometres per degree near the demo city, to weigh areas and choose which way to cut. */
export interface Scale {
  kmPerLng: number;
  kmPerLat: number;
}

export function scaleAt(latitude: number): Scale {
  return { kmPerLng: 111.32 * Math.cos((latitude * Math.PI) / 180), kmPerLat: 110.574 };
}

export function areaKm2(rect: Rect, scale: Scale): number {
  return (rect.east - rect.west) * scale.kmPerLng * (rect.north - rect.south) * scale.kmPerLat;
}

/** The closed, counter-clockwise ring (RFC 7946's right-hand rule) of a rectangle. */
export function rectRing(rect: Rect): Position[] {
  const { west, south, east, north } = rect;
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

/** Cuts are rounded to 1e-6° (about 0.1 m): plenty for the demo, and it keeps the JSON short. */
function cut(from: number, to: number, fraction: number): number {
  return Math.round((from + (to - from) * fraction) * 1e6) / 1e6;
}

/**
 * Splits a rectangle into one piece per weight, each with an area in proportion to its weight,
 * keeping the order: earlier pieces lie to the north or west. Halving the list by weight and
 * cutting across the longer side keeps the pieces from becoming slivers.
 */
export function splitByWeight(rect: Rect, weights: readonly number[], scale: Scale): Rect[] {
  if (weights.length <= 1) return weights.length === 1 ? [rect] : [];
  const total = weights.reduce((sum, w) => sum + w, 0);
  let at = 1;
  let before = weights[0] ?? 0;
  let bestGap = Math.abs(total / 2 - before);
  for (let k = 2, sum = before; k < weights.length; k++) {
    sum += weights[k - 1] ?? 0;
    const gap = Math.abs(total / 2 - sum);
    if (gap < bestGap) [at, before, bestGap] = [k, sum, gap];
  }
  const fraction = before / total;
  const wide = (rect.east - rect.west) * scale.kmPerLng >= (rect.north - rect.south) * scale.kmPerLat;
  let first: Rect;
  let second: Rect;
  if (wide) {
    const x = cut(rect.west, rect.east, fraction);
    first = { ...rect, east: x };
    second = { ...rect, west: x };
  } else {
    const y = cut(rect.north, rect.south, fraction);
    first = { ...rect, south: y };
    second = { ...rect, north: y };
  }
  return [
    ...splitByWeight(first, weights.slice(0, at), scale),
    ...splitByWeight(second, weights.slice(at), scale),
  ];
}

/**
 * Lays `count` cells over a rectangle in rows, north to south, each row west to east, so that
 * reading the result in order is the grid numbering rule (west→east, then north→south). Cells
 * come out near square; cuts are jittered by up to 15 % of a neighbouring cell so the grids do
 * not look machine-made.
 */
export function rowsOfCells(rect: Rect, count: number, scale: Scale, random: () => number): Rect[] {
  if (count <= 0) return [];
  const aspect = ((rect.east - rect.west) * scale.kmPerLng) / ((rect.north - rect.south) * scale.kmPerLat);
  const columns = Math.min(count, Math.max(1, Math.round(Math.sqrt(count * aspect))));
  const rows = Math.max(1, Math.round(count / columns));
  const perRow = Array.from(
    { length: rows },
    (_, r) => Math.floor(count / rows) + (r < count % rows ? 1 : 0),
  );
  const rowCuts = jitteredCuts(perRow, random);
  const cells: Rect[] = [];
  for (const [r, inRow] of perRow.entries()) {
    const north = r === 0 ? rect.north : cut(rect.north, rect.south, rowCuts[r - 1] ?? 0);
    const south = r === rows - 1 ? rect.south : cut(rect.north, rect.south, rowCuts[r] ?? 1);
    const columnCuts = jitteredCuts(Array<number>(inRow).fill(1), random);
    for (let c = 0; c < inRow; c++) {
      const west = c === 0 ? rect.west : cut(rect.west, rect.east, columnCuts[c - 1] ?? 0);
      const east = c === inRow - 1 ? rect.east : cut(rect.west, rect.east, columnCuts[c] ?? 1);
      cells.push({ west, south, east, north });
    }
  }
  return cells;
}

/** The fractions (0–1) at which to cut between bands of the given weights, each moved a little. */
function jitteredCuts(weights: readonly number[], random: () => number): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cuts: number[] = [];
  let sum = 0;
  for (let k = 0; k < weights.length - 1; k++) {
    const here = weights[k] ?? 0;
    const next = weights[k + 1] ?? 0;
    sum += here;
    cuts.push((sum + (random() - 0.5) * 0.3 * Math.min(here, next)) / total);
  }
  return cuts;
}
