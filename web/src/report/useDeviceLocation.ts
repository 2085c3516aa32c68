import { useCallback, useState } from 'react';
import type { ReportPoint } from './reportDraft';

export type DeviceLocation = { status: 'idle' } | { status: 'locating' } | { status: 'unavailable' };

/** The device's position (GPS on a phone), asked for only when the user presses the button. */
export function useDeviceLocation(onFound: (point: ReportPoint) => void) {
  const [state, setState] = useState<DeviceLocation>({ status: 'idle' });
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState({ status: 'unavailable' });
      return;
    }
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setState({ status: 'idle' });
        onFound({ lat: coords.latitude, lng: coords.longitude });
      },
      () => setState({ status: 'unavailable' }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }, [onFound]);
  return { state, locate };
}
