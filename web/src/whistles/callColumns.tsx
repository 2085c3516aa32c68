import type { Me, WhistleCall, WhistleOrder } from '@needle/contract';
import { Flex, type TableColumnsType, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { callTargetLabel } from '../i18n/labels';
import { CallActions } from './CallActions';
import { callSteps } from './callSteps';
import { ArrivalCell, StepTime } from './StepTime';

interface Context {
  me: Me;
  order: WhistleOrder;
}

export function callColumns(t: TFunction, { me, order }: Context): TableColumnsType<WhistleCall> {
  return [
    {
      key: 'unit',
      title: t('whistle.unit'),
      render: (_, call) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text strong data-testid="call-name">
            {call.name ?? '—'}
          </Typography.Text>
          <Tag>{callTargetLabel(t, call.targetKind)}</Tag>
        </Flex>
      ),
    },
    { key: 'task', title: t('whistle.callTask'), dataIndex: 'task' },
    {
      key: 'acknowledged',
      title: t('whistle.acknowledgedAt'),
      render: (_, call) => <StepTime at={call.acknowledgedAt} testId="call-acknowledged-at" />,
    },
    { key: 'arrived', title: t('whistle.arrivedAt'), render: (_, call) => <ArrivalCell call={call} /> },
    {
      key: 'completed',
      title: t('whistle.completedAt'),
      render: (_, call) => (
        <Flex vertical>
          <StepTime at={call.completedAt} testId="call-completed-at" />
          {call.completionNote && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {call.completionNote}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'evaluation',
      title: t('whistle.evaluation'),
      render: (_, call) =>
        call.evaluation ? (
          <Tag color="blue" data-testid="call-score">
            {t('whistle.score', { score: call.evaluation.score })}
          </Tag>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      title: t('whistle.actions'),
      render: (_, call) => <CallActions order={order} call={call} steps={callSteps(me, order, call)} />,
    },
  ];
}
