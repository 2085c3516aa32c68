import type { WhistleDetail } from '@needle/contract';
import { type DescriptionsProps, Flex } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../cases/StatusTag';
import { Facts } from '../common/Facts';
import { formatTime } from '../i18n/formatTime';
import { whistleLevelLabel } from '../i18n/labels';
import { WhistleStatusTag } from './WhistleStatusTag';

function items(t: TFunction, { order, cases }: WhistleDetail): DescriptionsProps['items'] {
  return [
    { key: 'status', label: t('whistle.status'), children: <WhistleStatusTag status={order.status} /> },
    {
      key: 'region',
      label: t('whistle.region'),
      children: `${order.regionName ?? order.regionCode} · ${whistleLevelLabel(t, order.level)}`,
    },
    {
      key: 'task',
      label: t('whistle.task'),
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{order.task}</span>,
    },
    { key: 'place', label: t('whistle.place'), children: order.place },
    { key: 'meetAt', label: t('whistle.meetTime'), children: formatTime(order.meetAt) },
    { key: 'issuedBy', label: t('whistle.issuedBy'), children: order.issuedByName ?? '—' },
    { key: 'issuedAt', label: t('whistle.issuedAt'), children: formatTime(order.issuedAt) },
    {
      key: 'deadline',
      label: t('whistle.reportDeadlineAt'),
      children: <span data-testid="whistle-deadline">{formatTime(order.reportDeadlineAt)}</span>,
    },
    { key: 'solved', label: t('whistle.problemsSolved'), children: order.problemsSolved ?? '—' },
    {
      key: 'cases',
      label: t('whistle.linkedCases'),
      span: 'filled',
      children:
        cases.length === 0 ? (
          t('whistle.noCases')
        ) : (
          <Flex wrap gap={8}>
            {cases.map((c) => (
              <span key={c.id}>
                <Link to={`/cases/${c.id}`}>{c.code}</Link> <StatusTag status={c.status} />
              </span>
            ))}
          </Flex>
        ),
    },
  ];
}

export function WhistleFacts({ detail }: { detail: WhistleDetail }) {
  const { t } = useTranslation();
  return <Facts items={items(t, detail)} testId="whistle-facts" />;
}
