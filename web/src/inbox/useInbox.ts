import { useCallback, useEffect, useState } from 'react';
import { fetchInbox, markAllNoticesRead, markNoticeRead, type Notice } from '../api/notifications';
import { useUnreadCount } from './UnreadCountContext';

const pageSize = 30;

export interface InboxState {
  notices: Notice[];
  loading: boolean;
  error: unknown;
  /** A full page came back last time: there may be older notices. */
  more: boolean;
  loadMore(): void;
  markRead(id: number): Promise<void>;
  markAllRead(): Promise<void>;
}

/** The inbox newest first, paged backwards by id; marking read also updates the header's badge. */
export function useInbox(): InboxState {
  const { refresh } = useUnreadCount();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [more, setMore] = useState(false);

  const load = useCallback(async (beforeId: number | undefined, signal?: AbortSignal) => {
    setLoading(true);
    try {
      const { items } = await fetchInbox(pageSize, beforeId, signal);
      setNotices((shown) => (beforeId === undefined ? items : [...shown, ...items]));
      setMore(items.length === pageSize);
      setError(null);
    } catch (caught) {
      if (!signal?.aborted) setError(caught);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(undefined, controller.signal);
    return () => controller.abort();
  }, [load]);

  const markRead = useCallback(
    async (id: number) => {
      const read = await markNoticeRead(id);
      setNotices((shown) => shown.map((notice) => (notice.id === id ? read : notice)));
      refresh();
    },
    [refresh],
  );

  const markAllRead = useCallback(async () => {
    const newest = notices[0]?.id;
    if (newest === undefined) return;
    await markAllNoticesRead(newest);
    const now = new Date().toISOString();
    setNotices((shown) => shown.map((notice) => (notice.readAt ? notice : { ...notice, readAt: now })));
    refresh();
  }, [notices, refresh]);

  return {
    notices,
    loading,
    error,
    more,
    loadMore: () => void load(notices.at(-1)?.id),
    markRead,
    markAllRead,
  };
}
