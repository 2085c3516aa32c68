import { Badge, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { useUnreadCount } from '../inbox/inboxQueries';
import { tabBarHeight } from './phoneFrame';
import { sectionIcons } from './sectionIcons';
import { phoneTabsOf, sectionLabel, sectionOfPath, sectionPath } from './sections';

/** The phone's navigation: a fixed bar at the bottom, where the thumb is, each tab icon and label. */
export function PhoneTabBar() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const me = useMe();
  const unread = useUnreadCount();
  const current = sectionOfPath(useLocation().pathname);
  return (
    <nav
      aria-label={t('layout.tabBar')}
      data-testid="tab-bar"
      style={{
        position: 'fixed',
        insetInline: 0,
        bottom: 0,
        // Leaflet's controls sit at 1000 too: later in the page, the bar covers a map scrolled under it,
        // and antd's modals and drawers (portals after it) still cover the bar.
        zIndex: 1000,
        display: 'flex',
        background: token.colorBgContainer,
        // A hairline drawn outside the bar: the bar stays exactly tabBarHeight tall.
        boxShadow: `0 -1px 0 ${token.colorBorderSecondary}`,
        paddingBottom: 'env(safe-area-inset-bottom, 0px)',
      }}
    >
      {phoneTabsOf(me).map((key) => {
        const Icon = sectionIcons[key];
        const active = key === current;
        const colour = active ? token.colorPrimary : token.colorTextSecondary;
        // Coloured itself: inside the unread badge it would take the badge's text colour.
        const icon = <Icon style={{ fontSize: 22, color: colour }} />;
        return (
          <Link
            key={key}
            to={sectionPath(key)}
            aria-current={active ? 'page' : undefined}
            data-testid={`tab-${key}`}
            style={{
              flex: 1,
              minWidth: 0,
              height: tabBarHeight,
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              justifyContent: 'center',
              gap: 2,
              fontSize: 12,
              color: colour,
              textDecoration: 'none',
            }}
          >
            {key === 'inbox' ? (
              <Badge count={unread} size="small" data-testid="unread-count">
                {icon}
              </Badge>
            ) : (
              icon
            )}
            <span
              style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' }}
            >
              {sectionLabel(t, key, me)}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
