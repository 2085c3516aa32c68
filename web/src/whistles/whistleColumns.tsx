import type { WhistleSummary } from '@needle/contract';
import { Flex, type TableColumnsType, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { RowLink } from '../common/RowLink';
import { formatTime } from '../i18n/formatTime';
import { whistleLevelLabel } from '../i18n/labels';
import { WhistleStatusTag } from './WhistleStatusTag';

export function whistleColumns(t: TFunction): TableColumnsType<WhistleSummary> {
  return [
    {
      key: 'code',
      title: t('whistle.code'),
      render: (_, order) => (
        <RowLink to={`/whistles/${order.id}`} testId="whistle-link">
          {order.code}
        </RowLink>
      ),
    },
    {
      key: 'title',
      title: t('whistle.orderTitle'),
      render: (_, order) => (
        <Flex vertical>
          <span data-testid="whistle-title">{order.title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {order.place}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('whistle.status'),
      render: (_, order) => <WhistleStatusTag status={order.status} />,
    },
    {
      key: 'level',
      title: t('whistle.region'),
      render: (_, order) => (
        <Flex vertical>
          <span>{order.regionName ?? order.regionCode}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {whistleLevelLabel(t, order.level)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'progress',
      title: t('whistle.progress'),
      render: (_, { calls, caseCount }) => (
        <Flex vertical gap={2}>
          <Typography.Text style={{ fontSize: 12 }}>
            {t('whistle.progressText', { ...calls })}
          </Typography.Text>
          <Flex gap={4} wrap>
            {calls.late > 0 && <Tag color="red">{t('whistle.lateCount', { count: calls.late })}</Tag>}
            {calls.overdue > 0 && (
              <Tag color="volcano">{t('whistle.overdueCount', { count: calls.overdue })}</Tag>
            )}
            {caseCount > 0 && <Tag>{t('whistle.caseCount', { count: caseCount })}</Tag>}
          </Flex>
        </Flex>
      ),
    },
    { key: 'issuedAt', title: t('whistle.issuedAt'), render: (_, order) => formatTime(order.issuedAt) },
    {
      key: 'deadline',
      title: t('whistle.reportDeadlineAt'),
      render: (_, order) => formatTime(order.reportDeadlineAt),
    },
  ];
}
