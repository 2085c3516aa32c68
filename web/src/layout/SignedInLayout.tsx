import { Spin } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

/** Every page behind sign-in; the header's unread count lives in the query cache across page changes. */
export function SignedInLayout() {
  return (
    <RequireAuth>
      <Suspense fallback={<Spin fullscreen />}>
        <Outlet />
      </Suspense>
    </RequireAuth>
  );
}
