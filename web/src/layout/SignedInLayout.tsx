import { Spin } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { OutboxSender } from '../offline/OutboxSender';
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
      <Suspense fallback={<Spin fullscreen />}>
        <Outlet />
      </Suspense>
      {phone && <PhoneTabBar />}
    </RequireAuth>
  );
}
