import type { LatLng } from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { locateGrid } from '../api/regions';
import type { LocatedGrid } from '../api/types';

export type Locating =
  | { status: 'idle' }
  | { status: 'locating'; at: LatLng }
  | { status: 'found'; at: LatLng; located: LocatedGrid }
  | { status: 'failed'; at: LatLng; error: unknown };

/** Which grid is this point in? Only the latest click counts: earlier answers are dropped. */
export function useLocate() {
  const [locating, setLocating] = useState<Locating>({ status: 'idle' });
  const pending = useRef<AbortController | null>(null);

  const locate = useCallback((at: LatLng) => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setLocating({ status: 'locating', at });
    locateGrid(at.lat, at.lng, controller.signal).then(
      (located) => {
        if (!controller.signal.aborted) setLocating({ status: 'found', at, located });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLocating({ status: 'failed', at, error });
      },
    );
  }, []);

  const clear = useCallback(() => {
    pending.current?.abort();
    setLocating({ status: 'idle' });
  }, []);

  useEffect(() => () => pending.current?.abort(), []);

  return { locating, locate, clear };
}
