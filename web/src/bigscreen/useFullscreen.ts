import { useCallback, useEffect, useState } from 'react';

/** Whether the page fills the screen, and a toggle for it (the Fullscreen API; F11 works as well). */
export function useFullscreen() {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const changed = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, []);
  const toggle = useCallback(async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      // Refused (no user gesture, or a browser without the API): the page stays as it is.
    }
  }, []);
  return { full, toggle };
}
