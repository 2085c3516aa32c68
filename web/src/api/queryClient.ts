import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

const maxReadRetries = 3;

/**
 * A read that failed may pass next time (no answer, a 5xx); a refusal (401, 403, 404, 400…) says the
 * same again, and the page should show it at once.
 */
export function retryRead(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < maxReadRetries;
}

/**
 * The one cache of server state. Reads are cached, asked again when the window regains focus and
 * retried; writes are never sent again by themselves (a report or a call carries its Idempotency-Key
 * and is retried by the user, not here).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    // Offline, reads still go out once: the service worker answers them with what it kept for the
    // phone pages. (By default TanStack Query would not even ask, and the page would wait forever.)
    queries: { retry: retryRead, refetchOnWindowFocus: true, networkMode: 'offlineFirst' },
    mutations: { retry: 0 },
  },
});

/** Reference data (categories, the region tree, settings, departments) changes rarely. */
export const referenceStaleTime = 5 * 60_000;
