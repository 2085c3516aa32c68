import type { GridCollection, GridProperties } from '@needle/contract';
import {
  DivIcon,
  GeoJSON,
  LayerGroup,
  type Map as LeafletMap,
  latLng,
  Marker,
  Path,
  type Polygon,
} from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useProjection } from './BaseMap';
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

function nameTag({ name, code }: GridProperties): DivIcon {
  const tag = document.createElement('div');
  tag.className = 'needle-grid-label';
  tag.dataset.gridCode = code;
  tag.textContent = name;
  Object.assign(tag.style, {
    transform: 'translate(-50%, -50%)',
    whiteSpace: 'nowrap',
    fontSize: '12px',
    color: '#1f1f1f',
    textShadow: '0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff',
    pointerEvents: 'none',
  });
  return new DivIcon({ html: tag, className: '', iconSize: [0, 0] });
}

// A name is shown once its grid is this wide on screen: a district's 389 grids at once would be a smear.
const LABEL_MIN_WIDTH_PX = 80;

/**
 * The grid names, each at its grid's centre, shown while the grid is wide enough on screen to hold it.
 * Markers, not permanent tooltips: only the ones that fit are in the page.
 */
function gridNames(map: LeafletMap, polygons: { grid: GridProperties; path: Polygon }[]) {
  const group = new LayerGroup();
  const tags = polygons.map(({ grid, path }) => {
    const bounds = path.getBounds();
    return {
      bounds,
      marker: new Marker(bounds.getCenter(), { icon: nameTag(grid), interactive: false, keyboard: false }),
    };
  });
  const update = () => {
    for (const { bounds, marker } of tags) {
      const width =
        map.latLngToContainerPoint(bounds.getNorthEast()).x -
        map.latLngToContainerPoint(bounds.getSouthWest()).x;
      const fits = width >= LABEL_MIN_WIDTH_PX;
      if (fits && !group.hasLayer(marker)) group.addLayer(marker);
      else if (!fits && group.hasLayer(marker)) group.removeLayer(marker);
    }
  };
  return { group, update };
}

/**
 * Draws the grids with their names and frames them; a new collection replaces the old drawing.
 * `fit={false}` leaves the view alone, for a map whose view follows something else (the point being
 * reported). Inside <BaseMap> with GCJ-02 tiles, the (WGS-84) outlines are shifted onto the tiles.
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
  const projection = useProjection();

  useEffect(() => {
    const polygons: { grid: GridProperties; path: Polygon }[] = [];
    const layer = new GeoJSON<GridProperties>(grids, {
      style: (feature) => gridStyle(feature?.properties.gridType ?? null),
      coordsToLatLng: ([lng, lat]) => latLng(projection.toMap(lat ?? 0, lng ?? 0)),
      onEachFeature: (feature, path) => {
        path.bindTooltip(gridLabel(feature.properties), { sticky: true });
        polygons.push({ grid: feature.properties, path: path as Polygon });
        // Leaflet creates the SVG element only when the path joins the map: tag it then.
        path.on('add', () => {
          if (path instanceof Path)
            path.getElement()?.setAttribute('data-grid-code', feature.properties.code);
        });
      },
    }).addTo(map);
    const names = gridNames(map, polygons);
    names.group.addTo(map);
    const bounds = layer.getBounds();
    // Jump rather than animate: a node switch should show its grids at once, not fly across the city.
    if (fit && bounds.isValid()) {
      map.fitBounds(bounds, {
        paddingTopLeft: [24, 24],
        paddingBottomRight: [24, 24 + bottomInset],
        animate: false,
      });
    }
    names.update();
    map.on('zoomend', names.update);
    return () => {
      map.off('zoomend', names.update);
      names.group.remove();
      layer.remove();
    };
  }, [map, grids, fit, bottomInset, projection]);

  return null;
}
