import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { fetchInbox } from '../api/notifications';
import { type UnreadCount, UnreadCountContext } from './UnreadCountContext';

// No push channel to the browser yet: ask on every page change and now and then while a page stays open.
const pollMs = 60_000;

export function UnreadCountProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [count, setCount] = useState(0);
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a page change or a refresh() is the reason to ask again.
  useEffect(() => {
    const controller = new AbortController();
    const ask = () =>
      fetchInbox(1, undefined, controller.signal).then(
        ({ unreadCount }) => setCount(unreadCount),
        // A missed count is not worth an error on every page; the next ask will tell.
        () => {},
      );
    void ask();
    const timer = setInterval(() => void ask(), pollMs);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [pathname, asked]);

  const value = useMemo<UnreadCount>(() => ({ count, refresh }), [count, refresh]);
  return <UnreadCountContext value={value}>{children}</UnreadCountContext>;
}
