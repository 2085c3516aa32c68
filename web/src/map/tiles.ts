/**
 * Base tiles are optional configuration (Tianditu, AMap, OSM…): grids must draw without them,
 * e.g. on a government intranet with no tile server.
 */
export interface TileSource {
  url: string;
  attribution: string;
}

export function configuredTileSource(): TileSource | null {
  const url = import.meta.env.VITE_TILE_URL;
  if (!url) return null;
  return { url, attribution: import.meta.env.VITE_TILE_ATTRIBUTION ?? '' };
}
