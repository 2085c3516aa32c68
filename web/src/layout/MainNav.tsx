import { Badge, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { useUnreadCount } from '../inbox/inboxQueries';
import { deskMenuEntriesOf, type SectionKey, sectionLabel, sectionOfPath, sectionPath } from './sections';

type MenuItem = Required<MenuProps>['items'][number];

/** The desk's header menu; a phone has the bottom tab bar instead. */
export function MainNav({ lineHeight }: { lineHeight: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const count = useUnreadCount();
  const item = (key: SectionKey): MenuItem => ({
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
  });
  return (
    <Menu
      mode="horizontal"
      // The menu itself takes the focus (its items then by arrow keys): it says what it is.
      aria-label={t('layout.tabBar')}
      selectedKeys={[sectionOfPath(pathname)]}
      // A click on an item's link has followed it already; Enter on an item of the open 社区参与 group,
      // which the menu focuses itself, reaches only the item.
      onClick={({ key, domEvent }) => {
        if (!domEvent.defaultPrevented) void navigate(sectionPath(key as SectionKey));
      }}
      style={{ flex: 1, minWidth: 0, borderBottom: 'none', lineHeight: `${lineHeight}px` }}
      items={deskMenuEntriesOf(me).map((entry) =>
        typeof entry === 'string'
          ? item(entry)
          : {
              key: `${entry.group}-group`,
              // A button, so that Tab reaches the group as it reaches the links; Enter or ↓ opens it.
              label: (
                <button
                  type="button"
                  aria-haspopup="menu"
                  style={{
                    background: 'none',
                    border: 0,
                    padding: 0,
                    font: 'inherit',
                    color: 'inherit',
                    cursor: 'pointer',
                  }}
                  data-testid={`nav-${entry.group}-group`}
                >
                  {t(`layout.${entry.group}Group`)}
                </button>
              ),
              children: entry.keys.map(item),
            },
      )}
    />
  );
}
