import type { GridCollection } from '@needle/contract';
import 'leaflet/dist/leaflet.css';
import { geoJSON } from 'leaflet';
import { useEffect, useRef } from 'react';
import { CircleMarker, MapContainer, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import { GridLayer } from '../map/GridLayer';
import { configuredTileSource } from '../map/tiles';
import type { ReportPoint } from './reportDraft';

// Only the first frame before the grids arrive.
const changchun: [number, number] = [43.88, 125.32];
/** Close enough to put a finger on the right side of the street. */
export const pointZoom = 17;

/** Frames the grids once, unless there is already a point to look at. */
function FrameGrids({ grids, point }: { grids: GridCollection | null; point?: ReportPoint }) {
  const map = useMap();
  const framed = useRef(point !== undefined);
  useEffect(() => {
    if (framed.current || !grids || grids.features.length === 0) return;
    framed.current = true;
    // A layer never added to the map, only to measure the grids.
    const bounds = geoJSON(grids).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], animate: false });
  }, [map, grids]);
  return null;
}

/** Moves the view to a point set from outside the map (the device's location). */
function Focus({ focus }: { focus: { point: ReportPoint; seq: number } | null }) {
  const map = useMap();
  useEffect(() => {
    if (focus) map.setView([focus.point.lat, focus.point.lng], pointZoom, { animate: false });
  }, [map, focus]);
  return null;
}

function PickOnClick({ onPick }: { onPick(point: ReportPoint): void }) {
  useMapEvents({ click: ({ latlng }) => onPick({ lat: latlng.lat, lng: latlng.lng }) });
  return null;
}

interface Props {
  grids: GridCollection | null;
  point?: ReportPoint;
  focus: { point: ReportPoint; seq: number } | null;
  onPick(point: ReportPoint): void;
}

export function ReportMap({ grids, point, focus, onPick }: Props) {
  const tiles = configuredTileSource();
  // The first point (a restored draft, a link from the map page) decides where the map opens.
  const initial = useRef(point);
  return (
    <div data-testid="report-map" style={{ height: 300, borderRadius: 8, overflow: 'hidden' }}>
      <MapContainer
        center={initial.current ? [initial.current.lat, initial.current.lng] : changchun}
        zoom={initial.current ? pointZoom : 12}
        zoomSnap={0.25}
        style={{ height: '100%', background: '#f5f5f5' }}
      >
        {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
        {grids && <GridLayer grids={grids} fit={false} />}
        <FrameGrids grids={grids} point={initial.current} />
        <Focus focus={focus} />
        <PickOnClick onPick={onPick} />
        {point && (
          <CircleMarker
            center={[point.lat, point.lng]}
            radius={8}
            pathOptions={{ color: '#f5222d', fillOpacity: 0.8, interactive: false }}
          />
        )}
      </MapContainer>
    </div>
  );
}
