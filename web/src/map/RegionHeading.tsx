import type { RegionDetail } from '@needle/contract';
import { Breadcrumb, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIsPhone } from '../layout/useIsPhone';
import { topDown } from './ladder';

/** Where the shown node sits in the ladder, each step a link up. */
export function RegionHeading({ detail }: { detail: RegionDetail }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { region, ancestors } = detail;
  const items = [
    ...topDown(ancestors).map((ancestor) => ({
      title: <Link to={`/map/${ancestor.code}`}>{ancestor.name}</Link>,
    })),
    { title: region.name },
  ];
  return (
    <Flex
      align="center"
      gap={8}
      wrap
      style={{ padding: phone ? '4px 12px 12px' : '8px 16px', background: '#fff' }}
      data-testid="region-heading"
    >
      <Breadcrumb items={items} />
      <Tag>{t(`level.${region.level}`)}</Tag>
      {region.gridType && <Tag color="blue">{t(`gridType.${region.gridType}`)}</Tag>}
      <Typography.Text type="secondary" copyable style={{ fontSize: 12 }} data-testid="region-code">
        {region.code}
      </Typography.Text>
      {/* A phone's sheet has no room for it; a tap on the map answers the same question. */}
      {!phone && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
          {t('map.clickHint')}
        </Typography.Text>
      )}
    </Flex>
  );
}
