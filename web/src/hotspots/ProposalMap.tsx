import 'leaflet/dist/leaflet.css';
import { latLngBounds } from 'leaflet';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer, Polygon, Tooltip } from 'react-leaflet';
import { useNavigate } from 'react-router';
import { BaseMap } from '../map/BaseMap';
import { nameMap } from '../map/mapName';
import { useBaseMap } from '../map/useBaseMap';
import type { ProposalDetail } from './hotspotsApi';

/**
 * The place: the outline of its cells, and its cases as dots (a dot opens its case). The outline says
 * where the place is even without base tiles.
 */
export function ProposalMap({ detail }: { detail: ProposalDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { projection } = useBaseMap();
  const { cells, cases, proposal } = detail;
  const outlines = useMemo(
    () => cells.map((cell) => cell.map(([lat, lng]) => projection.toMap(lat, lng))),
    [cells, projection],
  );
  const dots = useMemo(
    () => cases.map((c) => ({ c, at: projection.toMap(c.lat, c.lng) })),
    [cases, projection],
  );
  const bounds = useMemo(() => {
    const points = [...outlines.flat(), ...dots.map((d) => d.at)];
    return points.length > 0
      ? latLngBounds(points).pad(0.1)
      : latLngBounds([projection.toMap(proposal.lat, proposal.lng)]).pad(0.01);
  }, [outlines, dots, projection, proposal.lat, proposal.lng]);
  return (
    <div
      data-testid="proposal-map"
      // Its own stacking context: Leaflet's controls (z-index 1000) stay under the phone's tab bar.
      style={{ height: 280, borderRadius: 8, overflow: 'hidden', isolation: 'isolate' }}
    >
      <MapContainer
        ref={nameMap(t, t('hotspots.detail.mapLabel'))}
        // Opened again once the tiles are known to be GCJ-02: a map keeps the view it opened on.
        key={String(projection.shifted)}
        bounds={bounds}
        zoomSnap={0.25}
        scrollWheelZoom={false}
        style={{ height: '100%', background: '#f5f5f5' }}
      >
        <BaseMap>
          {outlines.map((outline, i) => (
            <Polygon
              // The cells never change order within one proposal.
              // biome-ignore lint/suspicious/noArrayIndexKey: a cell has no id of its own here
              key={i}
              positions={outline}
              pathOptions={{
                color: '#f5222d',
                weight: 2,
                fillOpacity: 0.08,
              }}
              interactive={false}
              className="hotspot-cell"
            />
          ))}
          {dots.map(({ c, at }) => (
            <CircleMarker
              key={c.id}
              center={at}
              radius={6}
              pathOptions={{
                color: '#ffffff',
                weight: 1.5,
                fillColor: '#cf1322',
                fillOpacity: 0.9,
              }}
              className="hotspot-case"
              eventHandlers={{ click: () => navigate(`/cases/${c.id}`) }}
            >
              <Tooltip>{c.code}</Tooltip>
            </CircleMarker>
          ))}
        </BaseMap>
      </MapContainer>
    </div>
  );
}
