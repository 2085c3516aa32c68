import { useEffect, useState } from 'react';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; data: T };

/**
 * Loads data for a page and drops answers that arrive after the page moved on (the request is aborted),
 * so a slow reply for the previous region never overwrites the current one.
 * `load` must be stable (useCallback) — a new function means "load again"; null means "not yet".
 */
export function useResource<T>(load: ((signal: AbortSignal) => Promise<T>) | null): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });

  useEffect(() => {
    setResource({ status: 'loading' });
    if (!load) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResource({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [load]);

  return resource;
}
