import { Alert, App, Button, Flex, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AdmittedTask, changeAdmittedTask } from '../api/admittedTasks';
import { errorText } from '../i18n/errorText';
import { AdmittedTaskModal } from './AdmittedTaskModal';
import { useAdmittedTasks, useTasksWrite } from './admittedTasksQueries';
import { useRegionNames } from './useRegionNames';

/**
 * 准入清单: the tasks departments may send to communities, with their basis. The administrator keeps
 * it (adds, edits, takes off and puts back); everyone else reads the entries bearing on them.
 */
export function AdmittedListTab({ keeper }: { keeper: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const regionName = useRegionNames();
  const entries = useAdmittedTasks();
  // undefined: no modal; null: a new entry; else the entry edited.
  const [editing, setEditing] = useState<AdmittedTask | null | undefined>(undefined);
  const toggle = useTasksWrite(({ id, active }: { id: string; active: boolean }) =>
    changeAdmittedTask(id, { active }),
  );
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between" align="center">
        <Typography.Text type="secondary">
          {t('admittedTasks.list.intro')} {!keeper && t('admittedTasks.list.readOnly')}
        </Typography.Text>
        {keeper && (
          <Button type="primary" onClick={() => setEditing(null)} data-testid="admitted-add">
            {t('admittedTasks.list.add')}
          </Button>
        )}
      </Flex>
      {entries.error !== null && <Alert type="error" showIcon title={errorText(t, entries.error)} />}
      <Table<AdmittedTask>
        rowKey="id"
        size="middle"
        loading={entries.isPending}
        dataSource={entries.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('admittedTasks.list.empty') }}
        onRow={(entry) => ({ 'data-testid': 'admitted-row', 'data-active': entry.active }) as object}
        columns={[
          { title: t('admittedTasks.list.name'), dataIndex: 'name', width: 200 },
          {
            title: t('admittedTasks.list.area'),
            dataIndex: 'regionCode',
            render: (code: string) => regionName(code),
          },
          {
            title: t('admittedTasks.list.departments'),
            key: 'departments',
            render: (_, entry) => (
              <Flex wrap gap={4}>
                {entry.departments.map((d) => (
                  <Tag key={d.id} style={{ marginInlineEnd: 0 }}>
                    {d.name}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          { title: t('admittedTasks.list.basis'), dataIndex: 'basis', width: 240 },
          {
            title: t('admittedTasks.list.active'),
            key: 'active',
            render: (_, entry) => (
              <Switch
                checked={entry.active}
                disabled={!keeper}
                loading={toggle.isPending && toggle.variables?.id === entry.id}
                onChange={(active) =>
                  toggle.mutate(
                    { id: entry.id, active },
                    {
                      onSuccess: () =>
                        message.success(
                          t(active ? 'admittedTasks.list.activated' : 'admittedTasks.list.deactivated'),
                        ),
                      onError: (error) => message.error(errorText(t, error)),
                    },
                  )
                }
                data-testid="admitted-active"
              />
            ),
          },
          ...(keeper
            ? [
                {
                  key: 'edit',
                  render: (_: unknown, entry: AdmittedTask) => (
                    <Button size="small" onClick={() => setEditing(entry)} data-testid="admitted-edit">
                      {t('admittedTasks.list.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
        data-testid="admitted-table"
      />
      {editing !== undefined && (
        <AdmittedTaskModal
          entry={editing}
          onCancel={() => setEditing(undefined)}
          onDone={() => {
            message.success(t('admittedTasks.list.saved'));
            setEditing(undefined);
          }}
        />
      )}
    </Flex>
  );
}
