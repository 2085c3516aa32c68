import { HomeOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMyBuildings } from '../api/registry';
import { useMe } from '../auth/AuthContext';

export const useMyBuildings = (enabled = true) =>
  useQuery({
    queryKey: ['registry', 'mine'],
    queryFn: ({ signal }) => fetchMyBuildings(signal),
    enabled,
  });

/** On 我的: the way to the buildings a resident leads, shown only to those who lead one. */
export function MyBuildingLink() {
  const { t } = useTranslation();
  const me = useMe();
  const mine = useMyBuildings(me.roles.includes('resident'));
  if (!mine.data?.length) return null;
  return (
    <Card size="small">
      <Link
        to="/my-building"
        data-testid="me-link-my-building"
        style={{ display: 'flex', alignItems: 'center', gap: 12, minHeight: 44, color: 'inherit' }}
      >
        <HomeOutlined style={{ fontSize: 20 }} />
        <span
          style={{ flex: 1 }}
        >{`${t('registry.myBuilding')} · ${mine.data.map((b) => b.name).join('、')}`}</span>
        <RightOutlined />
      </Link>
    </Card>
  );
}
