import type { GridCollection } from '@needle/contract';
import 'leaflet/dist/leaflet.css';
import { CircleMarker, MapContainer, TileLayer } from 'react-leaflet';
import { GridLayer } from './GridLayer';
import { LocateCard } from './LocateCard';
import { LocateOnClick } from './LocateOnClick';
import { configuredTileSource } from './tiles';
import { useLocate } from './useLocate';

// Only the first frame before the grids arrive: GridLayer fits the map to them.
const changchun: [number, number] = [43.88, 125.32];

interface Props {
  grids: GridCollection | null;
  /** What covers the map's bottom edge (the phone's sheet), in pixels: the grids are framed above it. */
  bottomInset?: number;
}

export function GridMap({ grids, bottomInset = 0 }: Props) {
  const { locating, locate, clear } = useLocate();
  const tiles = configuredTileSource();
  return (
    <div
      data-testid="grid-map" // Its own stacking context: Leaflet's panes and controls stay under the page's fixed bars.
      style={{ position: 'relative', height: '100%', isolation: 'isolate' }}
    >
      <MapContainer
        center={changchun}
        zoom={12}
        // Fractional zoom lets fitBounds fill the panel instead of stopping at the next whole level.
        zoomSnap={0.25}
        style={{ height: '100%', background: '#f5f5f5' }}
      >
        {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
        {grids && <GridLayer grids={grids} bottomInset={bottomInset} />}
        <LocateOnClick onLocate={locate} />
        {locating.status !== 'idle' && (
          <CircleMarker
            center={locating.at}
            radius={6}
            pathOptions={{ color: '#f5222d', fillOpacity: 0.8, interactive: false }}
          />
        )}
      </MapContainer>
      {locating.status !== 'idle' && <LocateCard locating={locating} onClose={clear} />}
    </div>
  );
}
