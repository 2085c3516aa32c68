import { Alert, Button, Card, Empty, Flex, List, Pagination, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCategoryName } from '../categories/useCategoryName';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { PageShell } from '../layout/PageShell';
import { OutboxList } from '../offline/OutboxList';
import { PointsBadge } from '../points/PointsBadge';
import { useCasePage } from './caseQueries';
import { StatusTag } from './StatusTag';

const PAGE_SIZE = 20;

/**
 * "My reports": what a resident or courier reported or follows, newest first, as cards a thumb can
 * open. No staff filters, grid codes or deadlines: those are the desk's business.
 */
export function MyReportsPage() {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const [current, setCurrent] = useState(1);
  const {
    data: page,
    isPending,
    isPlaceholderData,
    error,
  } = useCasePage(`page=${current}&pageSize=${PAGE_SIZE}`);
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('myReports.title')}>
          <Flex align="center" gap={8}>
            <PointsBadge />
            <Link to="/report">
              <Button type="primary">{t('myReports.report')}</Button>
            </Link>
          </Flex>
        </PageHeading>
        {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
        <OutboxList />
        <List
          loading={isPending || isPlaceholderData}
          dataSource={page?.items ?? []}
          locale={{ emptyText: <Empty description={t('myReports.empty')} /> }}
          data-testid="my-reports"
          renderItem={(c) => (
            <List.Item style={{ padding: '6px 0', borderBlockEnd: 'none' }}>
              <Link to={`/cases/${c.id}`} style={{ width: '100%' }} data-testid="my-report">
                <Card size="small" hoverable>
                  <Flex vertical gap={4}>
                    <Flex align="center" justify="space-between" gap={8}>
                      <Typography.Text strong>{categoryName(c.categoryCode)}</Typography.Text>
                      <StatusTag status={c.status} />
                    </Flex>
                    <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
                      {c.description}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.code} · {formatTime(c.createdAt)}
                    </Typography.Text>
                  </Flex>
                </Card>
              </Link>
            </List.Item>
          )}
        />
        {(page?.total ?? 0) > PAGE_SIZE && (
          <Pagination
            align="center"
            current={current}
            pageSize={PAGE_SIZE}
            total={page?.total ?? 0}
            onChange={setCurrent}
          />
        )}
      </Flex>
    </PageShell>
  );
}
