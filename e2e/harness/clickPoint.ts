import type { Page } from 'playwright-core';

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * A point on screen well inside the drawn polygon of one grid, away from borders shared with neighbours,
 * found in the browser from the SVG path itself: no map projection arithmetic in the test.
 */
export async function pointInsideGrid(page: Page, gridCode: string): Promise<ScreenPoint> {
  const point = await page.evaluate((code) => {
    const path = document.querySelector<SVGPathElement>(`path.needle-grid[data-grid-code="${code}"]`);
    const toScreen = path?.getScreenCTM();
    if (!path || !toScreen) return null;
    const box = path.getBBox();
    const steps = 24;
    const inside: ScreenPoint[] = [];
    const outside: ScreenPoint[] = [];
    for (let i = 0; i < steps; i++) {
      for (let j = 0; j < steps; j++) {
        const sample = {
          x: box.x + (box.width * (i + 0.5)) / steps,
          y: box.y + (box.height * (j + 0.5)) / steps,
        };
        (path.isPointInFill(new DOMPoint(sample.x, sample.y)) ? inside : outside).push(sample);
      }
    }
    // Clearance: distance to the nearest sample outside the polygon or to the bounding box's edge.
    let best: ScreenPoint | null = null;
    let bestClearance = -1;
    for (const candidate of inside) {
      let clearance = Math.min(
        candidate.x - box.x,
        box.x + box.width - candidate.x,
        candidate.y - box.y,
        box.y + box.height - candidate.y,
      );
      for (const miss of outside) {
        clearance = Math.min(clearance, Math.hypot(candidate.x - miss.x, candidate.y - miss.y));
      }
      if (clearance > bestClearance) {
        best = candidate;
        bestClearance = clearance;
      }
    }
    if (!best) return null;
    const screen = new DOMPoint(best.x, best.y).matrixTransform(toScreen);
    // Whatever sits on top there (a card, a control) would take the click instead of the map.
    const topmost = document.elementFromPoint(screen.x, screen.y);
    return topmost === path ? { x: screen.x, y: screen.y } : null;
  }, gridCode);
  if (!point) throw new Error(`no clickable point inside grid ${gridCode}`);
  return point;
}
