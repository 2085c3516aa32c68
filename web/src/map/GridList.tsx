import type { GridCollection } from '@needle/contract';
import { Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIsPhone } from '../layout/useIsPhone';

/** The grids on the map as text: readable without the map, and a handle for tests (paths carry no codes). */
export function GridList({ grids }: { grids: GridCollection }) {
  const { t } = useTranslation();
  // A thumb needs a taller line than a mouse.
  const padding = useIsPhone() ? '10px 0' : '2px 0';
  if (grids.features.length === 0) return <Empty description={t('map.noGrids')} />;
  return (
    <>
      <Typography.Text type="secondary">
        {t('map.gridCount', { count: grids.features.length })}
      </Typography.Text>
      <ul data-testid="grid-list" style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
        {grids.features.map(({ properties: grid }) => (
          <li key={grid.code} data-grid-code={grid.code} style={{ padding }}>
            <Link to={`/map/${grid.code}`}>{grid.name}</Link>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {grid.code}
            </Typography.Text>
            {grid.gridType === 'special' && (
              <Tag color="orange" style={{ marginInlineStart: 4 }}>
                {t('gridType.special')}
              </Tag>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
