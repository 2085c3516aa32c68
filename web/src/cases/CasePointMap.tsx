import type { Region } from '@needle/contract';
import 'leaflet/dist/leaflet.css';
import { CircleMarker, GeoJSON, MapContainer, TileLayer } from 'react-leaflet';
import { gridStyle } from '../map/gridStyle';
import { configuredTileSource } from '../map/tiles';

/**
 * Where the case is, inside its grid. Without base tiles a lone dot says nothing, so the grid's outline
 * is drawn around it whenever the viewer may see the grid.
 */
export function CasePointMap({ lat, lng, grid }: { lat: number; lng: number; grid: Region | null }) {
  const tiles = configuredTileSource();
  return (
    <div
      data-testid="case-map"
      // Its own stacking context: Leaflet's controls (z-index 1000) stay under the phone's tab bar.
      style={{ height: 220, borderRadius: 8, overflow: 'hidden', isolation: 'isolate' }}
    >
      <MapContainer
        center={[lat, lng]}
        zoom={16}
        zoomSnap={0.25}
        scrollWheelZoom={false}
        style={{ height: '100%', background: '#f5f5f5' }}
      >
        {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
        {grid && <GeoJSON key={grid.code} data={grid.geometry} style={gridStyle(grid.gridType ?? null)} />}
        <CircleMarker
          center={[lat, lng]}
          radius={7}
          pathOptions={{ color: '#f5222d', fillOpacity: 0.8, interactive: false }}
        />
      </MapContainer>
    </div>
  );
}
