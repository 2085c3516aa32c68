import {
  type InfiniteData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import {
  fetchInbox,
  type Inbox,
  markAllNoticesRead,
  markNoticeRead,
  type Notice,
} from '../api/notifications';
import { invalidateInbox, queryKeys } from '../api/queryKeys';

const pageSize = 30;
// No push channel to the browser yet: ask on every page change and now and then while a page stays open.
const pollMs = 60_000;

/** The unread count in the header. A missed count is not worth an error: the next ask will tell. */
export function useUnreadCount(): number {
  const { pathname } = useLocation();
  const { data, refetch } = useQuery({
    queryKey: queryKeys.inbox.unread(),
    queryFn: ({ signal }) => fetchInbox(1, undefined, signal),
    select: (inbox) => inbox.unreadCount,
    refetchInterval: pollMs,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a page change is the reason to ask again.
  useEffect(() => {
    void refetch({ cancelRefetch: false });
  }, [pathname, refetch]);
  return data ?? 0;
}

/** The inbox newest first, paged backwards by id. */
export function useInbox() {
  return useInfiniteQuery({
    queryKey: queryKeys.inbox.list(),
    queryFn: ({ pageParam, signal }) => fetchInbox(pageSize, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    // A full page came back: there may be older notices, before the last one shown.
    getNextPageParam: (last) => (last.items.length === pageSize ? last.items.at(-1)?.id : undefined),
  });
}

/** Shows notices as read at once; the inbox and the header's count are then asked again. */
function markShown(client: QueryClient, read: (notice: Notice) => Notice) {
  client.setQueryData<InfiniteData<Inbox>>(
    queryKeys.inbox.list(),
    (inbox) =>
      inbox && { ...inbox, pages: inbox.pages.map((page) => ({ ...page, items: page.items.map(read) })) },
  );
  invalidateInbox(client);
}

export function useMarkRead() {
  return useMutation({
    mutationFn: markNoticeRead,
    onSuccess: (read, id, _context, { client }) =>
      markShown(client, (notice) => (notice.id === id ? read : notice)),
  });
}

/** Only up to the newest notice the user has seen: one arriving meanwhile stays unread. */
export function useMarkAllRead() {
  return useMutation({
    mutationFn: markAllNoticesRead,
    onSuccess: (_none, _upToId, _context, { client }) => {
      const now = new Date().toISOString();
      markShown(client, (notice) => (notice.readAt ? notice : { ...notice, readAt: now }));
    },
  });
}
