import { useEffect, useRef, useState } from 'react';

/**
 * Keeps a page live while it is open: each event of the name the server pushes on the stream is handed
 * to `onData`, parsed. EventSource reconnects by itself after a dropped connection; until it does,
 * `live` is false so the page can say what it shows may be stale.
 */
export function useLiveStream<T>(
  url: string | null,
  event: string,
  onData: (data: T) => void,
): { live: boolean } {
  const [live, setLive] = useState(false);
  // The latest handler, without reopening the stream each render.
  const handler = useRef(onData);
  handler.current = onData;
  useEffect(() => {
    if (!url) return;
    const source = new EventSource(url, { withCredentials: true });
    const onEvent = (e: MessageEvent<string>) => {
      setLive(true);
      handler.current(JSON.parse(e.data) as T);
    };
    source.addEventListener(event, onEvent);
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    return () => {
      source.removeEventListener(event, onEvent);
      source.close();
    };
  }, [url, event]);
  return { live };
}
