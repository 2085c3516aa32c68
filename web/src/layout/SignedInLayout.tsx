import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { PageSkeleton } from '../common/PageSkeleton';
import { OutboxSender } from '../offline/OutboxSender';
import { PageShell } from './PageShell';
import { PhoneTabBar } from './PhoneTabBar';
import { useIsPhone } from './useIsPhone';

/**
 * Every page behind sign-in; the unread count lives in the query cache across page changes. On a phone
 * the tab bar stays put while the next page loads.
 */
export function SignedInLayout() {
  const phone = useIsPhone();
  return (
    <RequireAuth>
      {/* Reports waiting on the phone go out by themselves, whichever page the app opens on. */}
      <OutboxSender />
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
      {phone && <PhoneTabBar />}
    </RequireAuth>
  );
}
