import { Menu, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { PageShell } from '../layout/PageShell';
import { useIsPhone } from '../layout/useIsPhone';
import { AuditPage } from './AuditPage';
import { type AdminPage as AdminPageKey, adminPagesOf } from './adminSections';
import { CalendarPage } from './CalendarPage';
import { CategoriesPage } from './CategoriesPage';
import { DepartmentsPage } from './DepartmentsPage';
import { Open311Page } from './Open311Page';
import { PostsPage } from './PostsPage';
import { RegionImportPage } from './RegionImportPage';
import { SettingsPage } from './SettingsPage';
import { UsersPage } from './UsersPage';

const SCREENS: Record<AdminPageKey, () => React.JSX.Element> = {
  users: UsersPage,
  posts: PostsPage,
  departments: DepartmentsPage,
  categories: CategoriesPage,
  calendar: CalendarPage,
  settings: SettingsPage,
  regions: RegionImportPage,
  open311: Open311Page,
  audit: AuditPage,
};

/** 系统管理: a side menu of the admin screens the user may open, each at /admin/<screen>. */
export function AdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const phone = useIsPhone();
  const pages = adminPagesOf(me);
  const first = pages[0];
  if (!first) {
    return (
      <PageShell>
        <Result
          status="403"
          title={t('admin.forbidden')}
          subTitle={t('admin.forbiddenHint')}
          data-testid="admin-forbidden"
        />
      </PageShell>
    );
  }
  const current = pathname.split('/')[2] ?? '';
  return (
    <PageShell maxWidth={1440}>
      <div
        style={{
          display: 'flex',
          flexDirection: phone ? 'column' : 'row',
          gap: 16,
          alignItems: 'flex-start',
        }}
      >
        <Menu
          mode={phone ? 'horizontal' : 'inline'}
          aria-label={t('admin.nav')}
          selectedKeys={[current]}
          style={phone ? { width: '100%' } : { width: 232, flexShrink: 0 }}
          items={pages.map((page) => ({
            key: page,
            label: (
              <Link to={`/admin/${page}`} data-testid={`admin-nav-${page}`}>
                {t(`admin.pages.${page}`)}
              </Link>
            ),
          }))}
          data-testid="admin-menu"
        />
        <div style={{ flex: 1, minWidth: 0, width: phone ? '100%' : undefined }}>
          <Routes>
            <Route index element={<Navigate to={`/admin/${first}`} replace />} />
            {pages.map((page) => {
              const Screen = SCREENS[page];
              return <Route key={page} path={page} element={<Screen />} />;
            })}
            <Route path="*" element={<Navigate to={`/admin/${first}`} replace />} />
          </Routes>
        </div>
      </div>
    </PageShell>
  );
}
