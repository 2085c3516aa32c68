import type { MapCases } from '@needle/contract';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useProjection } from './BaseMap';
import { CaseCanvas } from './caseCanvas';
import { type CaseIndex, caseIndex } from './caseIndex';

/**
 * The cases as clustered marks, coloured by traffic light. Leaflet and a canvas draw them, not React:
 * the index is built once per answer, and a pan or zoom only asks it again on moveend.
 * `onCase` hears every click on the map: the case clicked (its place in the columns), or null.
 */
export function CaseClusterLayer({ cases, onCase }: { cases: MapCases; onCase(i: number | null): void }) {
  const map = useMap();
  const projection = useProjection();
  // The layer is built once per answer; a new callback must not rebuild it.
  const listener = useRef(onCase);
  listener.current = onCase;
  const index = useMemo<CaseIndex>(() => caseIndex(cases, projection), [cases, projection]);

  useEffect(() => {
    const layer = new CaseCanvas(index, (i) => listener.current(i)).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, index]);

  return null;
}
