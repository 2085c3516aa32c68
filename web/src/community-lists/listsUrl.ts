import { useSearchParams } from 'react-router';

export const LIST_TABS = ['needs', 'resources', 'projects'] as const;
export type ListTab = (typeof LIST_TABS)[number];

/**
 * The tab and filters of the three lists, kept in the page URL so Back from a project returns to the
 * same list. Filters the API takes go to it under the same names; the rest filter on screen.
 */
export function useListsUrl() {
  const [params, setParams] = useSearchParams();
  const tab = LIST_TABS.find((key) => key === params.get('tab')) ?? 'needs';
  const get = (name: string) => params.get(name) ?? undefined;
  const apiQuery = (names: string[]) => {
    const query = new URLSearchParams();
    for (const name of names) {
      const value = params.get(name);
      if (value) query.set(name, value);
    }
    return query.toString();
  };
  const show = (change: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(change)) {
      if (value === undefined || value === '') next.delete(name);
      else next.set(name, String(value));
    }
    setParams(next, { replace: true });
  };
  // Another tab keeps the community but not the last tab's filters, which mean nothing there.
  const showTab = (key: string) => {
    const next = new URLSearchParams({ tab: key });
    const community = params.get('regionCode');
    if (community) next.set('regionCode', community);
    setParams(next, { replace: true });
  };
  return { tab, get, apiQuery, show, showTab };
}

export type ListsUrl = ReturnType<typeof useListsUrl>;
