import type { LatLng } from 'leaflet';
import { useMapEvents } from 'react-leaflet';

export function LocateOnClick({ onLocate }: { onLocate(at: LatLng): void }) {
  useMapEvents({ click: (event) => onLocate(event.latlng) });
  return null;
}
