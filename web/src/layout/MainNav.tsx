import { Badge, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { isPublicOnly } from '../auth/publicOnly';
import { useUnreadCount } from '../inbox/inboxQueries';

/**
 * Each section with the permissions that open it; none listed means everyone signed in. The desk
 * sections come last: on a phone the bar folds its tail into an overflow menu, and a grid worker, who
 * may read whistles and KPIs, still needs Report and Inbox in sight.
 */
const sections = [
  { key: 'map', needs: [] },
  { key: 'cases', needs: [] },
  { key: 'report', needs: [] },
  { key: 'inbox', needs: [] },
  { key: 'hotline', needs: ['hotline:take', 'hotline:read'] },
  { key: 'whistles', needs: ['whistles:read'] },
  { key: 'stats', needs: ['stats:read'] },
] as const;

// Pages reached from a section rather than from the bar light up their section.
const sectionOfPath: Record<string, string> = { partners: 'whistles' };

export function MainNav({ lineHeight }: { lineHeight: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const count = useUnreadCount();
  const visible = sections.filter(({ needs }) => needs.length === 0 || can(me, ...needs));
  const first = pathname.split('/')[1] ?? '';
  const current = sectionOfPath[first] ?? first;
  return (
    <Menu
      mode="horizontal"
      selectedKeys={[current]}
      style={{ flex: 1, minWidth: 0, borderBottom: 'none', lineHeight: `${lineHeight}px` }}
      items={visible.map(({ key }) => ({
        key,
        label: (
          <Link to={`/${key}`} data-testid={`nav-${key}`}>
            {key === 'inbox' ? (
              <Badge count={count} size="small" offset={[8, -2]} data-testid="unread-count">
                {t('nav.inbox')}
              </Badge>
            ) : (
              t(key === 'cases' && isPublicOnly(me) ? 'nav.myReports' : `nav.${key}`)
            )}
          </Link>
        ),
      }))}
    />
  );
}
