import type { UseQueryResult } from '@tanstack/react-query';
import { Alert } from 'antd';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../api/isNotFound';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { PageSkeleton } from './PageSkeleton';

interface Props<T> {
  query: UseQueryResult<T>;
  /** Shown when the server says there is no such thing here (or not for this viewer). */
  notFound: ReactNode;
  /** The page itself, once the thing has arrived. */
  view: ComponentType<{ detail: T }>;
}

/** The page of one case or order: its skeleton until it arrives, "not found", or the server's error. */
export function DetailPage<T>({ query, notFound, view: View }: Props<T>) {
  const { t } = useTranslation();
  const { data, error } = query;
  let body: ReactNode;
  if (error !== null && isNotFound(error)) body = notFound;
  else if (data !== undefined) body = <View detail={data} />;
  else if (error !== null) body = <Alert type="error" showIcon title={errorText(t, error)} />;
  else body = <PageSkeleton rows={10} />;
  return <PageShell>{body}</PageShell>;
}
