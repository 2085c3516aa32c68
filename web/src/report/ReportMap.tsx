import type { GridCollection } from '@needle/contract';
import 'leaflet/dist/leaflet.css';
import {
  divIcon,
  geoJSON,
  type LeafletEventHandlerFnMap,
  type Marker as LeafletMarker,
  latLng,
} from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { MapContainer, Marker, useMap, useMapEvents } from 'react-leaflet';
import { BaseMap, useProjection } from '../map/BaseMap';
import { GridLayer } from '../map/GridLayer';
import type { ReportPoint } from './reportDraft';

// Only the first frame before the grids arrive.
const changchun: [number, number] = [43.88, 125.32];
/** Close enough to put a finger on the right side of the street. */
export const pointZoom = 17;

/**
 * Frames the grids once they arrive, unless there is already a point to look at: restored, handed over,
 * or found by the device's location before the grids came.
 */
function FrameGrids({ grids, point }: { grids: GridCollection | null; point?: ReportPoint }) {
  const map = useMap();
  const projection = useProjection();
  const framed = useRef(point !== undefined);
  useEffect(() => {
    if (framed.current || !grids || grids.features.length === 0) return;
    framed.current = true;
    if (point) return;
    // A layer never added to the map, only to measure the grids where they are drawn.
    const drawn = geoJSON(grids, {
      coordsToLatLng: ([lng, lat]) => latLng(projection.toMap(lat ?? 0, lng ?? 0)),
    });
    const bounds = drawn.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], animate: false });
  }, [map, grids, point, projection]);
  return null;
}

/** Moves the view to a point set from outside the map (the device's location). */
function Focus({ focus }: { focus: { point: ReportPoint; seq: number } | null }) {
  const map = useMap();
  const projection = useProjection();
  useEffect(() => {
    if (focus) map.setView(projection.toMap(focus.point.lat, focus.point.lng), pointZoom, { animate: false });
  }, [map, focus, projection]);
  return null;
}

function PickOnClick({ onPick }: { onPick(point: ReportPoint): void }) {
  const projection = useProjection();
  // What is reported is the stored (WGS-84) point, whatever tiles the finger was on.
  useMapEvents({
    click: ({ latlng }) => {
      const [lat, lng] = projection.fromMap(latlng.lat, latlng.lng);
      onPick({ lat, lng });
    },
  });
  return null;
}

// Drawn in SVG rather than Leaflet's default marker images, which a bundled app does not find by itself.
const pin = divIcon({
  className: 'needle-pin',
  html:
    '<svg data-testid="report-pin" width="28" height="40" viewBox="0 0 28 40" aria-hidden="true">' +
    '<path d="M14 1C6.8 1 1 6.8 1 14c0 9.8 13 25 13 25s13-15.2 13-25C27 6.8 21.2 1 14 1z" ' +
    'fill="#f5222d" stroke="#fff" stroke-width="2"/><circle cx="14" cy="14" r="5" fill="#fff"/></svg>',
  iconSize: [28, 40],
  // The tip of the pin is the point.
  iconAnchor: [14, 40],
});

/** The pin, dragged with a finger to the exact spot. */
function DraggablePin({ point, onPick }: { point: ReportPoint; onPick(point: ReportPoint): void }) {
  const projection = useProjection();
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      dragend: ({ target }) => {
        const dropped = (target as LeafletMarker).getLatLng();
        const [lat, lng] = projection.fromMap(dropped.lat, dropped.lng);
        onPick({ lat, lng });
      },
    }),
    [onPick, projection],
  );
  return (
    <Marker
      position={projection.toMap(point.lat, point.lng)}
      icon={pin}
      draggable
      autoPan
      eventHandlers={handlers}
    />
  );
}

interface Props {
  grids: GridCollection | null;
  point?: ReportPoint;
  focus: { point: ReportPoint; seq: number } | null;
  onPick(point: ReportPoint): void;
}

export function ReportMap({ grids, point, focus, onPick }: Props) {
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
        {/* The admin's tiles; offline or unset, none, and the grids still draw. */}
        <BaseMap>
          {grids && <GridLayer grids={grids} fit={false} />}
          <FrameGrids grids={grids} point={point} />
          <Focus focus={focus} />
          <PickOnClick onPick={onPick} />
          {point && <DraggablePin point={point} onPick={onPick} />}
        </BaseMap>
      </MapContainer>
    </div>
  );
}
