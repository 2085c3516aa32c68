import type { Region } from '@needle/contract';
import 'leaflet/dist/leaflet.css';
import { latLng } from 'leaflet';
import { useTranslation } from 'react-i18next';
import { CircleMarker, GeoJSON, MapContainer } from 'react-leaflet';
import { BaseMap } from '../map/BaseMap';
import { gridStyle } from '../map/gridStyle';
import { nameMap } from '../map/mapName';
import { useBaseMap } from '../map/useBaseMap';

/**
 * Where the case is, inside its grid. Without base tiles a lone dot says nothing, so the grid's outline
 * is drawn around it whenever the viewer may see the grid.
 */
export function CasePointMap({ lat, lng, grid }: { lat: number; lng: number; grid: Region | null }) {
  const { t } = useTranslation();
  // On GCJ-02 tiles the point and the grid are drawn where those tiles put them.
  const { projection } = useBaseMap();
  const at = projection.toMap(lat, lng);
  return (
    <div
      data-testid="case-map"
      // Its own stacking context: Leaflet's controls (z-index 1000) stay under the phone's tab bar.
      style={{ height: 220, borderRadius: 8, overflow: 'hidden', isolation: 'isolate' }}
    >
      <MapContainer
        ref={nameMap(t, t('mapView.caseMapLabel'))}
        // Opened again once the tiles are known to be GCJ-02: a map keeps the centre it opened on.
        key={String(projection.shifted)}
        center={at}
        zoom={16}
        zoomSnap={0.25}
        scrollWheelZoom={false}
        style={{ height: '100%', background: '#f5f5f5' }}
      >
        <BaseMap>
          {grid && (
            <GeoJSON
              key={`${grid.code}-${projection.shifted}`}
              data={grid.geometry}
              style={gridStyle(grid.gridType ?? null)}
              coordsToLatLng={([x, y]) => latLng(projection.toMap(y ?? 0, x ?? 0))}
            />
          )}
          <CircleMarker
            center={at}
            radius={7}
            pathOptions={{ color: '#f5222d', fillOpacity: 0.8, interactive: false }}
          />
        </BaseMap>
      </MapContainer>
    </div>
  );
}
