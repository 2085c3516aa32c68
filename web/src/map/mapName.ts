import type { TFunction } from 'i18next';
import type { Map as LeafletMap } from 'leaflet';

/**
 * A MapContainer's ref that names the map and its zoom buttons in the page's language: Leaflet makes
 * its container focusable (arrow keys pan, + and − zoom) but gives it no name, names its buttons in
 * English, and react-leaflet passes no ARIA attributes to the container.
 */
export const nameMap =
  (t: TFunction, name: string) =>
  (map: LeafletMap | null): void => {
    if (!map) return;
    const container = map.getContainer();
    // A region: a plain div's name is not announced.
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', name);
    const zoom = map.zoomControl?.getContainer();
    for (const [selector, label] of [
      ['.leaflet-control-zoom-in', t('mapView.zoomIn')],
      ['.leaflet-control-zoom-out', t('mapView.zoomOut')],
    ] as const) {
      const button = zoom?.querySelector(selector);
      button?.setAttribute('title', label);
      button?.setAttribute('aria-label', label);
    }
  };
