import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePoints } from './pointsQueries';

/** "积分 N" beside "my reports": the reporter's balance at a glance, opening the points page. */
export function PointsBadge() {
  const { t } = useTranslation();
  const { data } = usePoints(1);
  return (
    <Link to="/points" data-testid="points-badge">
      <Tag color="gold" style={{ marginInlineEnd: 0, fontSize: 14, paddingBlock: 2 }}>
        {t('points.badge', { balance: data?.balance ?? '…' })}
      </Tag>
    </Link>
  );
}
