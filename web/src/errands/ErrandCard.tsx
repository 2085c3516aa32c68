import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Errand } from '../api/errands';
import { formatTime } from '../i18n/formatTime';

const STATE_COLOURS: Record<string, string> = {
  received: 'blue',
  submitted: 'gold',
  completed: 'green',
  cancelled: 'default',
};

/** One errand as the resident and the staff both read it: what, where it stands, the documents, the steps. */
export function ErrandCard({ errand, actions }: { errand: Errand; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="errand" data-state={errand.state}>
      <Flex vertical gap={6}>
        <Flex wrap gap={6} align="center">
          <Typography.Text strong>{t(`errands.kinds.${errand.kind}`, errand.kind)}</Typography.Text>
          <Typography.Text type="secondary">{errand.forName}</Typography.Text>
          <Tag color={STATE_COLOURS[errand.state]} data-testid="errand-state">
            {t(`errands.states.${errand.state}`, errand.state)}
          </Tag>
          {errand.overdue && <Tag color="red">{t('errands.overdue')}</Tag>}
        </Flex>
        <Typography.Text type="secondary">
          {`${t('errands.office')}：${errand.office || '—'} · ${t('errands.deadline')}：${errand.deadline}`}
        </Typography.Text>
        {errand.documents.length > 0 && (
          <Flex wrap gap={4}>
            {errand.documents.map((d) => (
              <Tag key={d.name} color={d.returnedAt ? 'green' : 'orange'}>
                {`${d.name} · ${d.returnedAt ? t('errands.returned') : t('errands.heldByUs')}`}
              </Tag>
            ))}
          </Flex>
        )}
        <Timeline
          style={{ marginTop: 8, marginBottom: -16 }}
          items={errand.timeline.map((step) => ({
            content: `${formatTime(step.at)} ${t(`errands.states.${step.state}`, step.state)}${step.note ? ` · ${step.note}` : ''}`,
          }))}
        />
        {actions}
      </Flex>
    </Card>
  );
}
