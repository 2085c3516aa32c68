import { Spin } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { UnreadCountProvider } from '../inbox/UnreadCountProvider';

/** Every page behind sign-in shares one unread count, so the header badge survives page changes. */
export function SignedInLayout() {
  return (
    <RequireAuth>
      <UnreadCountProvider>
        <Suspense fallback={<Spin fullscreen />}>
          <Outlet />
        </Suspense>
      </UnreadCountProvider>
    </RequireAuth>
  );
}
