import { type LatLng, latLng } from 'leaflet';
import { useMapEvents } from 'react-leaflet';
import { useProjection } from './BaseMap';

/** A click on the map, as a stored (WGS-84) point: on GCJ-02 tiles the click is shifted back first. */
export function LocateOnClick({ onLocate }: { onLocate(at: LatLng): void }) {
  const projection = useProjection();
  useMapEvents({
    click: ({ latlng }) => onLocate(latLng(projection.fromMap(latlng.lat, latlng.lng))),
  });
  return null;
}
