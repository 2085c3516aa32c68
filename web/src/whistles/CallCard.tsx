import type { Me, WhistleCall, WhistleOrder } from '@needle/contract';
import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { callTargetLabel } from '../i18n/labels';
import { CallActions } from './CallActions';
import { callSteps } from './callSteps';
import { ArrivalCell, StepTime } from './StepTime';

interface Props {
  me: Me;
  order: WhistleOrder;
  call: WhistleCall;
  /** The call a notice linked to (#call-<id>): marked, as its table row is at a desk. */
  marked: boolean;
}

function Step({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Text type="secondary" style={{ fontSize: 12, minWidth: 56 }}>
        {label}
      </Typography.Text>
      {children}
    </Flex>
  );
}

/** One called unit on a phone: the call table's row stacked, its buttons at the bottom. */
export function CallCard({ me, order, call, marked }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      id={`call-${call.id}`}
      style={marked ? { background: '#e6f4ff' } : undefined}
      data-testid="call-card"
    >
      <Flex vertical gap={6}>
        <Flex align="center" justify="space-between" gap={8}>
          <Typography.Text strong data-testid="call-name">
            {call.name ?? '—'}
          </Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{callTargetLabel(t, call.targetKind)}</Tag>
        </Flex>
        {call.task && <Typography.Paragraph style={{ margin: 0 }}>{call.task}</Typography.Paragraph>}
        <Step label={t('whistle.acknowledgedAt')}>
          <StepTime at={call.acknowledgedAt} testId="call-acknowledged-at" />
        </Step>
        <Step label={t('whistle.arrivedAt')}>
          <ArrivalCell call={call} />
        </Step>
        <Step label={t('whistle.completedAt')}>
          <StepTime at={call.completedAt} testId="call-completed-at" />
        </Step>
        {call.completionNote && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {call.completionNote}
          </Typography.Text>
        )}
        {call.evaluation && (
          <Step label={t('whistle.evaluation')}>
            <Tag color="blue" data-testid="call-score">
              {t('whistle.score', { score: call.evaluation.score })}
            </Tag>
          </Step>
        )}
        <CallActions order={order} call={call} steps={callSteps(me, order, call)} />
      </Flex>
    </Card>
  );
}
