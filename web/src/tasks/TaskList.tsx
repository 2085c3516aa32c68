import type { CallTask, CaseTask, TaskQueue } from '@needle/contract';
import { Button, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseCard } from '../cases/CaseCard';
import { useCategoryName } from '../categories/useCategoryName';
import { LinkCard } from '../common/LinkCard';
import { formatTime } from '../i18n/formatTime';
import { fullListOf } from './queueLinks';

function CaseTaskCard({ task, categoryName }: { task: CaseTask; categoryName: string }) {
  const { t } = useTranslation();
  return (
    <CaseCard
      c={task}
      categoryName={categoryName}
      testId="task-item"
      footer={
        <Typography.Text type={task.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {task.code} ·{' '}
          {task.overdue ? t('tasks.overdue') : t('tasks.stepDue', { time: formatTime(task.stepDueAt) })}
        </Typography.Text>
      }
    />
  );
}

function CallTaskCard({ task }: { task: CallTask }) {
  const { t } = useTranslation();
  // The order's page marks the call a link names (#call-<id>): the unit lands on its own buttons.
  return (
    <LinkCard to={`/whistles/${task.id}#call-${task.callId}`} testId="task-item">
      <Flex vertical gap={4} data-call-id={task.callId}>
        <Flex align="center" justify="space-between" gap={8}>
          <Typography.Text strong ellipsis>
            {task.title}
          </Typography.Text>
          <Tag color={task.overdue ? 'red' : 'blue'} style={{ marginInlineEnd: 0, flexShrink: 0 }}>
            {t(`tasks.callSteps.${task.step}`)}
          </Tag>
        </Flex>
        <Typography.Text ellipsis>{task.task}</Typography.Text>
        <Typography.Text type="secondary" ellipsis>
          {task.place}
        </Typography.Text>
        <Typography.Text type={task.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {task.code} · {t('tasks.reportBy', { time: formatTime(task.reportDeadlineAt) })}
        </Typography.Text>
      </Flex>
    </LinkCard>
  );
}

/** A queue's cards, most urgent first, and the way to the rest when there are more than it brought. */
export function TaskList({ queue }: { queue: TaskQueue }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  if (queue.items.length === 0) return <Empty description={t('tasks.empty')} data-testid="task-empty" />;
  return (
    <Flex vertical gap={8} data-testid="task-list" data-queue={queue.key}>
      {queue.items.map((task) =>
        task.kind === 'case' ? (
          <CaseTaskCard key={task.id} task={task} categoryName={categoryName(task.categoryCode)} />
        ) : (
          <CallTaskCard key={task.callId} task={task} />
        ),
      )}
      {queue.count > queue.items.length && (
        <Link to={fullListOf[queue.key]}>
          <Button block size="large">
            {t('tasks.more', { count: queue.count })}
          </Button>
        </Link>
      )}
    </Flex>
  );
}
