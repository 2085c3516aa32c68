import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { PageSkeleton } from '../common/PageSkeleton';
import { PageShell } from './PageShell';
import { useIsPhone } from './useIsPhone';

// Neither is needed to show the page: the desk never draws the tab bar (nor its icons), and the outbox
// (IndexedDB) can start sending a moment after the page is up.
const OutboxSender = lazy(() =>
  import('../offline/OutboxSender').then(({ OutboxSender }) => ({ default: OutboxSender })),
);
const PhoneTabBar = lazy(() => import('./PhoneTabBar').then(({ PhoneTabBar }) => ({ default: PhoneTabBar })));

/**
 * Every page behind sign-in; the unread count lives in the query cache across page changes. On a phone
 * the tab bar stays put while the next page loads.
 */
export function SignedInLayout() {
  const phone = useIsPhone();
  return (
    <RequireAuth>
      {/* Reports waiting on the phone go out by themselves, whichever page the app opens on. */}
      <Suspense fallback={null}>
        <OutboxSender />
      </Suspense>
      {/* While a page's code loads, the header stays and the body shows the page's shape. */}
      <Suspense
        fallback={
          <PageShell>
            <PageSkeleton />
          </PageShell>
        }
      >
        <Outlet />
      </Suspense>
      {phone && (
        <Suspense fallback={null}>
          <PhoneTabBar />
        </Suspense>
      )}
    </RequireAuth>
  );
}
