import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../common/PageHeading';
import type { AdminPage } from './adminSections';

/** An admin screen's title, named as in the side menu, with the screen's main button. */
export function AdminTitle({ page, children }: { page: AdminPage; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <PageHeading title={t(`admin.pages.${page}`)} testId={`admin-title-${page}`}>
      {children}
    </PageHeading>
  );
}
