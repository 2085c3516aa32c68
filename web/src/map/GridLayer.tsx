import type { GridCollection, GridProperties } from '@needle/contract';
import { GeoJSON, Path } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { gridStyle } from './gridStyle';

// Leaflet treats a string tooltip as HTML; names come from data, so hand it text nodes instead.
function gridLabel({ name, code }: GridProperties): HTMLElement {
  const label = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = name;
  const subtitle = document.createElement('div');
  subtitle.textContent = code;
  label.append(title, subtitle);
  return label;
}

/**
 * Draws the grids and frames them; a new collection replaces the old drawing. `fit={false}` leaves the
 * view alone, for a map whose view follows something else (the point being reported).
 */
export function GridLayer({
  grids,
  fit = true,
  bottomInset = 0,
}: {
  grids: GridCollection;
  fit?: boolean;
  /** Pixels covered at the map's bottom edge, left out of the framing. */
  bottomInset?: number;
}) {
  const map = useMap();

  useEffect(() => {
    const layer = new GeoJSON<GridProperties>(grids, {
      style: (feature) => gridStyle(feature?.properties.gridType ?? null),
      onEachFeature: (feature, path) => {
        path.bindTooltip(gridLabel(feature.properties), { sticky: true });
        // Leaflet creates the SVG element only when the path joins the map: tag it then.
        path.on('add', () => {
          if (path instanceof Path)
            path.getElement()?.setAttribute('data-grid-code', feature.properties.code);
        });
      },
    }).addTo(map);
    const bounds = layer.getBounds();
    // Jump rather than animate: a node switch should show its grids at once, not fly across the city.
    if (fit && bounds.isValid()) {
      map.fitBounds(bounds, {
        paddingTopLeft: [24, 24],
        paddingBottomRight: [24, 24 + bottomInset],
        animate: false,
      });
    }
    return () => {
      layer.remove();
    };
  }, [map, grids, fit, bottomInset]);

  return null;
}
