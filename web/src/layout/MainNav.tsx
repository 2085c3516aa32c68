import { Badge, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { useUnreadCount } from '../inbox/inboxQueries';
import { deskMenuOf, sectionLabel, sectionOfPath, sectionPath } from './sections';

/** The desk's header menu; a phone has the bottom tab bar instead. */
export function MainNav({ lineHeight }: { lineHeight: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const count = useUnreadCount();
  return (
    <Menu
      mode="horizontal"
      // The menu itself takes the focus (its items then by arrow keys): it says what it is.
      aria-label={t('layout.tabBar')}
      selectedKeys={[sectionOfPath(pathname)]}
      style={{ flex: 1, minWidth: 0, borderBottom: 'none', lineHeight: `${lineHeight}px` }}
      items={deskMenuOf(me).map((key) => ({
        key,
        label: (
          <Link to={sectionPath(key)} data-testid={`nav-${key}`}>
            {key === 'inbox' ? (
              <Badge count={count} size="small" offset={[8, -2]} data-testid="unread-count">
                {t('nav.inbox')}
              </Badge>
            ) : (
              sectionLabel(t, key, me)
            )}
          </Link>
        ),
      }))}
    />
  );
}
