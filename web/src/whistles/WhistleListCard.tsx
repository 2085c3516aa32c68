import type { WhistleSummary } from '@needle/contract';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkCard } from '../common/LinkCard';
import { formatTime } from '../i18n/formatTime';
import { WhistleStatusTag } from './WhistleStatusTag';

/** A 吹哨 order in the phone's list: what, where, how far the called units got, by when. */
export function WhistleListCard({ order }: { order: WhistleSummary }) {
  const { t } = useTranslation();
  const { calls, caseCount } = order;
  return (
    <LinkCard to={`/whistles/${order.id}`} testId="whistle-card">
      <Flex vertical gap={4}>
        <Flex align="center" justify="space-between" gap={8}>
          <Typography.Text strong ellipsis data-testid="whistle-title">
            {order.title}
          </Typography.Text>
          <WhistleStatusTag status={order.status} />
        </Flex>
        <Typography.Text type="secondary" ellipsis>
          {order.regionName ?? order.regionCode} · {order.place}
        </Typography.Text>
        <Flex wrap align="center" gap={4}>
          <Typography.Text style={{ fontSize: 12 }}>
            {t('whistle.progressText', { ...calls })}
          </Typography.Text>
          {calls.late > 0 && <Tag color="red">{t('whistle.lateCount', { count: calls.late })}</Tag>}
          {calls.overdue > 0 && (
            <Tag color="volcano">{t('whistle.overdueCount', { count: calls.overdue })}</Tag>
          )}
          {caseCount > 0 && <Tag>{t('whistle.caseCount', { count: caseCount })}</Tag>}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {order.code} · {t('whistle.reportDeadlineAt')} {formatTime(order.reportDeadlineAt)}
        </Typography.Text>
      </Flex>
    </LinkCard>
  );
}
