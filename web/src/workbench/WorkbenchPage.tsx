import { isWorkbenchCaseQueue, type WorkbenchCaseQueue, type WorkbenchQueue } from '@needle/contract';
import { Alert, Badge, Empty, Flex, Segmented, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { useUrlQuery } from '../common/useUrlQuery';
import { HotspotsNotice } from '../hotspots/HotspotsNotice';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { CareOverdueCard } from '../registry/CareOverdueCard';
import { QueueCards } from './QueueCards';
import { useCountsStream } from './useCountsStream';
import { useWorkbench } from './workbenchQueries';
import { readWorkbenchQuery, writeWorkbenchQuery } from './workbenchQuery';

// The lists (antd's table, filters, batch forms) load when a queue or 已办 is opened: the home view,
// the queue cards, is every staff member's first page and stays light.
const QueueCases = lazy(() => import('./QueueCases').then(({ QueueCases }) => ({ default: QueueCases })));
const DoneCases = lazy(() => import('./DoneCases').then(({ DoneCases }) => ({ default: DoneCases })));

// Those who keep the care round: its overdue visits sit beside their queues.
const FIELDWORK_ROLES: string[] = ['community_staff', 'street_staff', 'grid_worker'];

const listLoading = <Skeleton active paragraph={{ rows: 4 }} />;

const isCaseQueue = (q: WorkbenchQueue): q is WorkbenchQueue & { key: WorkbenchCaseQueue } =>
  isWorkbenchCaseQueue(q.key);

/**
 * The staff's home page: their queues (待办) with live counts and lights, a queue's cases below to sort,
 * filter and batch, and 已办, the cases they took a step on.
 */
export function WorkbenchPage() {
  const { t } = useTranslation();
  const url = useUrlQuery(readWorkbenchQuery, writeWorkbenchQuery);
  const { query, show } = url;
  const workbench = useWorkbench();
  const { live } = useCountsStream();
  const me = useMe();
  const fieldwork = me.roles.some((r) => FIELDWORK_ROLES.includes(r));
  const queues = workbench.data?.queues ?? [];
  const chosen = queues.filter(isCaseQueue).find((q) => q.key === query.queue);
  // A new queue starts with no filters: the last queue's category or search rarely fits the next.
  const linkOf = (queue: WorkbenchQueue) => (queue.key === 'whistles' ? '/whistles' : `?queue=${queue.key}`);

  return (
    <PageShell>
      <Flex vertical gap={12} data-testid="workbench">
        <Flex wrap gap={12} align="center" justify="space-between">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('workbench.title')}
          </Typography.Title>
          <Flex gap={12} align="center">
            <Badge
              status={live ? 'processing' : 'default'}
              text={live ? t('workbench.live') : t('workbench.offline')}
              data-testid="workbench-live"
              data-live={live}
            />
            <Segmented<'todo' | 'done'>
              value={query.view}
              onChange={(view) => show({ view, queue: undefined })}
              options={[
                { value: 'todo', label: t('workbench.todo') },
                { value: 'done', label: t('workbench.done') },
              ]}
              data-testid="workbench-view"
            />
          </Flex>
        </Flex>
        {workbench.error !== null && <Alert type="error" showIcon title={errorText(t, workbench.error)} />}
        {query.view === 'todo' && <HotspotsNotice />}
        {query.view === 'done' ? (
          <Suspense fallback={listLoading}>
            <DoneCases query={query} show={show} />
          </Suspense>
        ) : workbench.isPending ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : queues.length === 0 ? (
          <Empty description={t('workbench.noQueues')} />
        ) : (
          <>
            <QueueCards queues={queues} chosen={query.queue} linkOf={linkOf} />
            {fieldwork && <CareOverdueCard />}
            {chosen && (
              <Suspense fallback={listLoading}>
                <QueueCases key={chosen.key} queue={chosen} query={query} show={show} />
              </Suspense>
            )}
          </>
        )}
      </Flex>
    </PageShell>
  );
}
