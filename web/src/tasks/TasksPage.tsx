import { CompassOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { CareOverdueCard } from '../registry/CareOverdueCard';
import { FoundProblem } from './FoundProblem';
import { QueueCards } from './QueueCards';
import { TaskList } from './TaskList';
import { useTasks } from './taskQueries';

/**
 * 我的任务: the work waiting on a grid worker or a unit's crew, each queue with its count, one list
 * open at a time (the one in the URL, else the first with something in it); for whoever reports on
 * patrol, the quick ways to report what they find.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const { data, error, isPending } = useTasks();
  const queues = data?.queues ?? [];
  const chosen =
    queues.find((q) => q.key === params.get('queue')) ?? queues.find((q) => q.count > 0) ?? queues[0];
  return (
    <PageShell maxWidth={760}>
      <Flex vertical gap={12}>
        <PageHeading title={t('tasks.title')} testId="tasks-heading" />
        {me.roles.includes('grid_worker') && (
          // 一日两巡 starts from the worker's home page: the patrol is their day's first task.
          <Link to="/patrols" data-testid="tasks-patrol">
            <Button type="primary" block size="large" icon={<CompassOutlined />} style={{ minHeight: 48 }}>
              {t('patrols.title')}
            </Button>
          </Link>
        )}
        {me.roles.includes('grid_worker') && <CareOverdueCard />}
        {error !== null && (
          <Alert type="error" showIcon title={errorText(t, error)} data-testid="tasks-error" />
        )}
        {isPending ? (
          <Skeleton active />
        ) : (
          <>
            <QueueCards queues={queues} chosen={chosen?.key} />
            {chosen && <TaskList queue={chosen} />}
          </>
        )}
        {can(me, 'cases:report') && <FoundProblem />}
      </Flex>
    </PageShell>
  );
}
