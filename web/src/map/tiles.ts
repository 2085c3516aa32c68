import type { BaseMap } from '@needle/contract';
import { gcj02, identity, type Projection } from './projection';

/**
 * Base tiles are optional configuration, chosen by an admin at run time (setting `baseMap`): grids must
 * draw without them, e.g. on a government intranet with no tile server.
 */
export interface TileSource {
  url: string;
  attribution: string;
  subdomains?: string;
}

// 天地图's web-Mercator ("_w") WMTS: vec the streets, cva their Chinese labels laid on top. Eight hosts
// t0…t7 share the load; tk is the key the city registered for its domain.
const tiandituLayer = (layer: 'vec' | 'cva', key: string): TileSource => ({
  url:
    `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
    `&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}` +
    `&tk=${encodeURIComponent(key)}`,
  attribution: '© 天地图',
  subdomains: '01234567',
});

/** The tile layers to draw, bottom first, and how overlays are placed on them. */
export function tileLayersOf(baseMap: BaseMap | undefined): { layers: TileSource[]; projection: Projection } {
  switch (baseMap?.kind) {
    case 'tianditu':
      return {
        layers: baseMap.key ? [tiandituLayer('vec', baseMap.key), tiandituLayer('cva', baseMap.key)] : [],
        projection: identity,
      };
    case 'gcj02':
    case 'wgs84': {
      if (!baseMap.url) return { layers: [], projection: identity };
      const layer: TileSource = { url: baseMap.url, attribution: baseMap.attribution ?? '' };
      if (baseMap.subdomains) layer.subdomains = baseMap.subdomains;
      return { layers: [layer], projection: baseMap.kind === 'gcj02' ? gcj02 : identity };
    }
    default:
      return { layers: [], projection: identity };
  }
}
