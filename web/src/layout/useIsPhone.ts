import { useSyncExternalStore } from 'react';

// Below antd's md breakpoint (768 px), as the responsive columns and descriptions of the pages count it.
const phoneQuery = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(phoneQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isPhoneNow = () => window.matchMedia(phoneQuery).matches;

/**
 * Whether the window is phone-sized. Read from the media query on the first render, unlike
 * Grid.useBreakpoint (empty until its effect runs): the map would otherwise start in the desk's
 * layout and be built twice.
 */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, isPhoneNow);
}
