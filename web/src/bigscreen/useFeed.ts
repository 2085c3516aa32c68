import type { FeedItem } from '@needle/contract';
import { useEffect, useState } from 'react';
import { fetchFeed } from '../stats/statsApi';

/** How often the wall screen asks for what happened: often enough to feel live, cheap for the server. */
export const FEED_INTERVAL_MS = 5_000;
/** A wall shows the latest events; older ones scroll off. */
const KEPT = 30;

/**
 * The live event feed: the latest case events, then every 5 s only those after the last one seen,
 * newest first. A failed poll is tried again at the next tick; the events shown stay.
 */
export function useFeed(): { items: FeedItem[]; failed: boolean } {
  const [items, setItems] = useState<FeedItem[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    let cursor: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const feed = await fetchFeed(cursor, abort.signal);
        cursor = feed.cursor;
        setFailed(false);
        if (feed.items.length) setItems((shown) => [...feed.items, ...shown].slice(0, KEPT));
      } catch {
        if (!abort.signal.aborted) setFailed(true);
      }
      if (!abort.signal.aborted) timer = setTimeout(poll, FEED_INTERVAL_MS);
    };
    void poll();
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, []);
  return { items, failed };
}
