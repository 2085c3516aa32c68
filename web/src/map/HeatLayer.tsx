import type { MapCases } from '@needle/contract';
import * as L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useProjection } from './BaseMap';

// leaflet.heat is a plain script that extends the global L; loaded on first use, as most never open it.
let loadHeat: Promise<unknown> | null = null;
function heatPlugin(): Promise<unknown> {
  if (!loadHeat) {
    (window as unknown as { L: typeof L }).L = { ...L } as typeof L;
    loadHeat = import('leaflet.heat');
  }
  return loadHeat;
}

/** Where cases gather, as a heat map (leaflet.heat draws it on one canvas, re-binned on moveend). */
export function HeatLayer({ cases }: { cases: MapCases }) {
  const map = useMap();
  const projection = useProjection();

  useEffect(() => {
    let layer: L.Layer | null = null;
    let cancelled = false;
    void heatPlugin().then(() => {
      if (cancelled) return;
      const points: L.HeatLatLngTuple[] = new Array(cases.count);
      for (let i = 0; i < cases.count; i++) {
        const [lat, lng] = projection.toMap(cases.lat[i] ?? 0, cases.lng[i] ?? 0);
        points[i] = [lat, lng, 1];
      }
      const global = (window as unknown as { L: typeof L }).L;
      const heat = global
        .heatLayer(points, { radius: 18, blur: 16, maxZoom: 16, minOpacity: 0.3 })
        .addTo(map);
      // Its canvas covers the map: clicks must reach the grids under it (which grid is here?).
      const drawn = (heat as unknown as { _canvas?: HTMLCanvasElement })._canvas;
      if (drawn) {
        drawn.style.pointerEvents = 'none';
        drawn.dataset.testid = 'heat-canvas';
      }
      layer = heat;
    });
    return () => {
      cancelled = true;
      layer?.remove();
    };
  }, [map, cases, projection]);

  return null;
}
