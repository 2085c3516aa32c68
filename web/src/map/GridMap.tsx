import type { GridCollection, MapCases } from '@needle/contract';
import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer } from 'react-leaflet';
import { BaseMap, useProjection } from './BaseMap';
import { CaseClusterLayer } from './CaseClusterLayer';
import { GridLayer } from './GridLayer';
import { HeatLayer } from './HeatLayer';
import { LocateCard } from './LocateCard';
import { LocateOnClick } from './LocateOnClick';
import { nameMap } from './mapName';
import { type Locating, useLocate } from './useLocate';

// Only the first frame before the grids arrive: GridLayer fits the map to them.
const changchun: [number, number] = [43.88, 125.32];

interface Props {
  grids: GridCollection | null;
  /** What covers the map's bottom edge (the phone's sheet), in pixels: the grids are framed above it. */
  bottomInset?: number;
  /** The cases to draw, clustered; none: grids only. */
  cases?: MapCases | null;
  /** Draw the cases as a heat map as well. */
  heat?: boolean;
}

/** The clicked point, where it is drawn (shifted onto GCJ-02 tiles). */
function LocatedPoint({ locating }: { locating: Exclude<Locating, { status: 'idle' }> }) {
  const projection = useProjection();
  return (
    <CircleMarker
      center={projection.toMap(locating.at.lat, locating.at.lng)}
      radius={6}
      pathOptions={{ color: '#f5222d', fillOpacity: 0.8, interactive: false }}
    />
  );
}

export function GridMap({ grids, bottomInset = 0, cases = null, heat = false }: Props) {
  const { t } = useTranslation();
  const { locating, locate, clear } = useLocate();
  // The case under the last click, as its place in the columns; the card links to it.
  const [picked, setPicked] = useState<number | null>(null);
  const pickedCase =
    cases && picked !== null && cases.id[picked]
      ? {
          id: cases.id[picked] as string,
          status: cases.statuses[cases.status[picked] ?? -1] ?? '',
          categoryCode: cases.categories[cases.category[picked] ?? -1] ?? '',
        }
      : null;
  return (
    <div
      data-testid="grid-map" // Its own stacking context: Leaflet's panes and controls stay under the page's fixed bars.
      style={{ position: 'relative', height: '100%', isolation: 'isolate' }}
    >
      <MapContainer
        ref={nameMap(t, t('mapView.gridMapLabel'))}
        center={changchun}
        zoom={12}
        // Fractional zoom lets fitBounds fill the panel instead of stopping at the next whole level.
        zoomSnap={0.25}
        style={{ height: '100%', background: '#f5f5f5' }}
      >
        <BaseMap>
          {grids && <GridLayer grids={grids} bottomInset={bottomInset} />}
          {cases && heat && <HeatLayer cases={cases} />}
          {cases && <CaseClusterLayer cases={cases} onCase={setPicked} />}
          <LocateOnClick onLocate={locate} />
          {locating.status !== 'idle' && <LocatedPoint locating={locating} />}
        </BaseMap>
      </MapContainer>
      {locating.status !== 'idle' && <LocateCard locating={locating} picked={pickedCase} onClose={clear} />}
    </div>
  );
}
