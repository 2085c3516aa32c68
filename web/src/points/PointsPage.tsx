import { ShopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, List, Pagination, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { PointEntryCard } from './PointEntryCard';
import { POINTS_PAGE_SIZE, usePoints } from './pointsQueries';

/**
 * "My points" (我的积分): the balance large on top, then the history newest first, each entry with its
 * reason and the case it is about, as cards a thumb can open.
 */
export function PointsPage() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(1);
  const { data, isPending, isPlaceholderData, error } = usePoints(current);
  return (
    <PageShell maxWidth={800}>
      <Flex vertical gap={12}>
        <PageHeading title={t('points.title')} />
        {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
        <Card size="small">
          <Flex vertical align="center" gap={4}>
            <Typography.Text type="secondary">{t('points.balance')}</Typography.Text>
            <Typography.Text strong style={{ fontSize: 44, lineHeight: 1.2 }} data-testid="points-balance">
              {data?.balance ?? '—'}
            </Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12, textAlign: 'center' }}>
              {t('points.rules')}
            </Typography.Paragraph>
            <Link to="/points/shop" data-testid="points-shop-link">
              <Button type="primary" icon={<ShopOutlined />}>
                {t('points.shopLink')}
              </Button>
            </Link>
          </Flex>
        </Card>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('points.history')}
        </Typography.Title>
        <List
          loading={isPending || isPlaceholderData}
          dataSource={data?.entries ?? []}
          locale={{ emptyText: <Empty description={t('points.empty')} /> }}
          data-testid="points-entries"
          renderItem={(entry) => (
            <List.Item style={{ padding: '4px 0', borderBlockEnd: 'none' }}>
              <div style={{ width: '100%' }}>
                <PointEntryCard entry={entry} />
              </div>
            </List.Item>
          )}
        />
        {(data?.total ?? 0) > POINTS_PAGE_SIZE && (
          <Pagination
            align="center"
            simple
            current={current}
            pageSize={POINTS_PAGE_SIZE}
            total={data?.total ?? 0}
            onChange={setCurrent}
          />
        )}
      </Flex>
    </PageShell>
  );
}
