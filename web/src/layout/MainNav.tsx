import { Badge, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useUnreadCount } from '../inbox/UnreadCountContext';

const sections = ['map', 'cases', 'report', 'inbox'] as const;

export function MainNav({ lineHeight }: { lineHeight: number }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { count } = useUnreadCount();
  const current = sections.find((section) => pathname.split('/')[1] === section);
  return (
    <Menu
      mode="horizontal"
      selectedKeys={current ? [current] : []}
      style={{ flex: 1, minWidth: 0, borderBottom: 'none', lineHeight: `${lineHeight}px` }}
      items={sections.map((section) => ({
        key: section,
        label: (
          <Link to={`/${section}`} data-testid={`nav-${section}`}>
            {section === 'inbox' ? (
              <Badge count={count} size="small" offset={[8, -2]} data-testid="unread-count">
                {t('nav.inbox')}
              </Badge>
            ) : (
              t(`nav.${section}`)
            )}
          </Link>
        ),
      }))}
    />
  );
}
