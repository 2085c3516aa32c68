import { useSearchParams } from 'react-router';

/** The page's tab and community, kept in the URL so a reload or a shared link shows the same list. */
export function useCommunityParam(defaultTab: string) {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return {
    tab: params.get('tab') ?? defaultTab,
    regionCode: params.get('regionCode') ?? undefined,
    state: params.get('state') ?? undefined,
    showTab: (tab: string) => set('tab', tab),
    showCommunity: (code: string | undefined) => set('regionCode', code),
    showState: (state: string | undefined) => set('state', state),
  };
}
