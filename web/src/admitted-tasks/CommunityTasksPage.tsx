import type { Me } from '@needle/contract';
import { Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { PageHeading } from '../common/PageHeading';
import { PageShell } from '../layout/PageShell';
import { AdmittedListTab } from './AdmittedListTab';
import { TaskReportTab } from './TaskReportTab';
import { TasksTab } from './TasksTab';

/** What the user does with tasks sent to communities: a department sends, a community office does them. */
export function taskPowers(me: Me) {
  const department = me.jurisdiction.kind === 'department';
  const admin = me.roles.includes('admin');
  return {
    admin,
    department,
    send: admin || (department && me.roles.includes('department_staff')),
    markDone:
      !department && me.roles.some((r) => r === 'community_staff' || r === 'street_staff' || r === 'admin'),
  };
}

const TABS = ['tasks', 'report', 'list'] as const;

/**
 * 社区事项准入: the tasks sent to communities (a department's own sends, or those a community got), the
 * report per department for a period, and the admitted list the administrator keeps.
 */
export function CommunityTasksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const powers = taskPowers(me);
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((key) => key === params.get('tab')) ?? 'tasks';
  const tasksLabel = powers.admin
    ? t('admittedTasks.tabs.all')
    : powers.department
      ? t('admittedTasks.tabs.sent')
      : t('admittedTasks.tabs.received');
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('admittedTasks.title')} testId="community-tasks-heading" />
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(new URLSearchParams({ tab: key }), { replace: true })}
          items={[
            {
              key: 'tasks',
              label: <span data-testid="community-tasks-tab-tasks">{tasksLabel}</span>,
              children: <TasksTab powers={powers} />,
            },
            {
              key: 'report',
              label: <span data-testid="community-tasks-tab-report">{t('admittedTasks.tabs.report')}</span>,
              children: <TaskReportTab />,
            },
            {
              key: 'list',
              label: <span data-testid="community-tasks-tab-list">{t('admittedTasks.tabs.list')}</span>,
              children: <AdmittedListTab keeper={powers.admin} />,
            },
          ]}
        />
      </Flex>
    </PageShell>
  );
}

export type TaskPowers = ReturnType<typeof taskPowers>;
