import type { GridType } from '@needle/contract';
import type { PathOptions } from 'leaflet';

// Special grids (a campus, a market) stand out from the basic grids that tile the neighbourhood.
const colours: Record<GridType, string> = { basic: '#1677ff', special: '#fa8c16' };

export function gridStyle(gridType: GridType | null): PathOptions {
  const colour = colours[gridType ?? 'basic'];
  // The class is what tests and stylesheets find polygons by: Leaflet paths carry no other handle.
  return { className: 'needle-grid', color: colour, weight: 1.5, fillColor: colour, fillOpacity: 0.12 };
}
