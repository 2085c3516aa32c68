import { COMMUNITY_TASK_STATES, TASK_ADMISSIONS } from '@needle/contract';
import { Alert, App, Button, Flex, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CommunityTask, markTaskDone } from '../api/admittedTasks';
import { NoteModal } from '../common/NoteModal';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { useCommunityTasks, useTasksWrite } from './admittedTasksQueries';
import type { TaskPowers } from './CommunityTasksPage';
import { SendTaskModal } from './SendTaskModal';
import { useRegionNames } from './useRegionNames';

/** The tasks sent to communities as the server scopes them: a department's own, or a community's. */
export function TasksTab({ powers }: { powers: TaskPowers }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const regionName = useRegionNames();
  const [state, setState] = useState<string>();
  const [admission, setAdmission] = useState<string>();
  const [sending, setSending] = useState(false);
  const [finishing, setFinishing] = useState<string | null>(null);
  const query = new URLSearchParams();
  if (state) query.set('state', state);
  if (admission) query.set('admission', admission);
  const tasks = useCommunityTasks(query.toString());
  const done = useTasksWrite((note: string) => markTaskDone(finishing ?? '', note));
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between">
        <Flex wrap gap={8}>
          <Select
            allowClear
            placeholder={t('admittedTasks.tasks.allStates')}
            aria-label={t('admittedTasks.tasks.state')}
            value={state}
            onChange={setState}
            options={COMMUNITY_TASK_STATES.map((s) => ({ value: s, label: t(`admittedTasks.states.${s}`) }))}
            style={{ width: 140 }}
            data-testid="filter-task-state"
          />
          <Select
            allowClear
            placeholder={t('admittedTasks.tasks.allAdmissions')}
            aria-label={t('admittedTasks.tasks.admission')}
            value={admission}
            onChange={setAdmission}
            options={TASK_ADMISSIONS.map((a) => ({ value: a, label: t(`admittedTasks.admissions.${a}`) }))}
            style={{ width: 180 }}
            data-testid="filter-task-admission"
          />
        </Flex>
        {powers.send && (
          <Button type="primary" onClick={() => setSending(true)} data-testid="task-send">
            {t('admittedTasks.send.open')}
          </Button>
        )}
      </Flex>
      {tasks.error !== null && <Alert type="error" showIcon title={errorText(t, tasks.error)} />}
      <Table<CommunityTask>
        rowKey="id"
        size="middle"
        loading={tasks.isPending}
        dataSource={tasks.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('admittedTasks.tasks.empty') }}
        onRow={(task) => ({ 'data-testid': 'task-row', 'data-state': task.state }) as object}
        columns={[
          { title: t('admittedTasks.tasks.title'), dataIndex: 'title', width: 180 },
          // Second, so a phone reaches "mark done" without scrolling sideways.
          {
            title: t('admittedTasks.tasks.state'),
            key: 'state',
            render: (_, task) =>
              task.state === 'done' ? (
                <Tag color="green" title={`${formatTime(task.doneAt)} ${task.doneNote}`.trim()}>
                  {t('admittedTasks.states.done')}
                </Tag>
              ) : powers.markDone ? (
                <Button size="small" onClick={() => setFinishing(task.id)} data-testid="task-mark-done">
                  {t('admittedTasks.tasks.markDone')}
                </Button>
              ) : (
                <Tag>{t('admittedTasks.states.assigned')}</Tag>
              ),
          },
          {
            title: t('admittedTasks.tasks.community'),
            dataIndex: 'regionCode',
            render: (code: string) => regionName(code),
          },
          { title: t('admittedTasks.tasks.department'), dataIndex: 'departmentName' },
          {
            title: t('admittedTasks.tasks.admission'),
            dataIndex: 'admission',
            render: (value: CommunityTask['admission']) => (
              <Tag color={value === 'admitted' ? 'green' : 'gold'} data-testid="task-admission">
                {t(`admittedTasks.admissions.${value}`)}
              </Tag>
            ),
          },
          {
            title: t('admittedTasks.tasks.funding'),
            key: 'funding',
            render: (_, task) =>
              task.funding
                ? t('admittedTasks.tasks.fundingValue', {
                    amount: task.funding.amountYuan.toLocaleString(),
                    source: task.funding.source,
                  })
                : '—',
          },
          {
            title: t('admittedTasks.tasks.dueDate'),
            dataIndex: 'dueDate',
            render: (d: string | null) => d ?? '—',
          },
          {
            title: t('admittedTasks.tasks.assignedAt'),
            dataIndex: 'assignedAt',
            render: (at: string) => formatTime(at),
          },
        ]}
        data-testid="task-table"
      />
      {sending && (
        <SendTaskModal
          admin={powers.admin}
          onCancel={() => setSending(false)}
          onDone={(sent) => {
            message.success(t('admittedTasks.send.sent', { count: sent.length }));
            setSending(false);
          }}
        />
      )}
      {finishing && (
        <NoteModal
          title={t('admittedTasks.tasks.markDone')}
          label={t('admittedTasks.tasks.doneNote')}
          testId="task-done"
          mutation={done}
          onCancel={() => setFinishing(null)}
          onDone={() => {
            message.success(t('admittedTasks.tasks.markedDone'));
            setFinishing(null);
          }}
        />
      )}
    </Flex>
  );
}
