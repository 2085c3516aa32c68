import { Alert, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { errorText } from '../i18n/errorText';

/** The shape of a list while it loads: never a blank body. */
export function AdminSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div data-testid="admin-skeleton" aria-busy="true">
      <Skeleton active title={false} paragraph={{ rows }} />
    </div>
  );
}

/**
 * A refusal or a failure, in the user's language when the code is known, with the server's own words
 * beneath: they name the field and the bound ("must be a whole number from 1 to 1000").
 */
export function AdminError({ error, testId = 'admin-error' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const title = errorText(t, error);
  const detail = error instanceof ApiError && error.message !== title ? error.message : undefined;
  return <Alert type="error" showIcon title={title} description={detail} data-testid={testId} />;
}

/** An empty list says what to do to fill it. */
export function AdminEmpty({ children, testId }: { children: ReactNode; testId?: string }) {
  return <Empty description={children} data-testid={testId ?? 'admin-empty'} />;
}
