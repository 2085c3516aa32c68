import { NEED_SOURCES, NEED_STATUSES, type NeedSource, type NeedStatus } from '@needle/contract';
import { Alert, App, Button, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createProject, type Need, recordNeed, setNeedStatus } from '../api/communityLists';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { useListsWrite, useNeeds } from './listsQueries';
import type { ListsUrl } from './listsUrl';
import { NeedModal } from './NeedModal';
import { ProjectModal } from './ProjectModal';
import { type Community, communityName } from './useKeptCommunities';

const statusColors: Record<NeedStatus, string> = {
  open: 'blue',
  planned: 'gold',
  done: 'green',
  dropped: 'default',
};

/** 需求清单: record a need, drop or reopen one, and make a project of open needs. */
export function NeedsTab({ url, communities }: { url: ListsUrl; communities: Community[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const needs = useNeeds(url.apiQuery(['regionCode', 'status']));
  const [recording, setRecording] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [planning, setPlanning] = useState(false);
  const record = useListsWrite(recordNeed);
  const plan = useListsWrite(createProject);
  const status = useListsWrite(({ id, to }: { id: string; to: NeedStatus }) => setNeedStatus(id, to));
  // The API filters by status; the source is filtered here, on the list already loaded.
  const source = NEED_SOURCES.find((s) => s === url.get('source'));
  const rows = (needs.data ?? []).filter((need) => !source || need.source === source);

  const move = (need: Need, to: NeedStatus) =>
    status.mutate(
      { id: need.id, to },
      {
        onSuccess: () =>
          message.success(t(to === 'dropped' ? 'lists.needs.dropped' : 'lists.needs.reopened')),
        onError: (error) => message.error(errorText(t, error)),
      },
    );

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between">
        <Flex wrap gap={8}>
          <Select
            allowClear
            placeholder={t('lists.needs.status')}
            aria-label={t('lists.needs.status')}
            value={url.get('status')}
            onChange={(value) => url.show({ status: value })}
            options={NEED_STATUSES.map((s) => ({ value: s, label: t(`lists.needStatuses.${s}`) }))}
            style={{ width: 140 }}
            data-testid="filter-need-status"
          />
          <Select
            allowClear
            placeholder={t('lists.needs.source')}
            aria-label={t('lists.needs.source')}
            value={source}
            onChange={(value) => url.show({ source: value })}
            options={NEED_SOURCES.map((s) => ({ value: s, label: t(`lists.needSources.${s}`) }))}
            style={{ width: 140 }}
            data-testid="filter-need-source"
          />
        </Flex>
        <Flex wrap gap={8}>
          <Button disabled={selected.length === 0} onClick={() => setPlanning(true)} data-testid="need-plan">
            {t('lists.needs.createProject')}
          </Button>
          <Button type="primary" onClick={() => setRecording(true)} data-testid="need-record">
            {t('lists.needs.record')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Text type="secondary">{t('lists.needs.selectHint')}</Typography.Text>
      {needs.error !== null && <Alert type="error" showIcon title={errorText(t, needs.error)} />}
      <Table<Need>
        rowKey="id"
        size="middle"
        loading={needs.isPending}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, showTotal: (total) => t('lists.needs.total', { total }) }}
        locale={{ emptyText: t('lists.needs.empty') }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (need) => ({ disabled: need.status !== 'open' }),
        }}
        onRow={(need) => ({ 'data-testid': 'need-row', 'data-status': need.status }) as object}
        columns={[
          { title: t('lists.needs.description'), dataIndex: 'description', width: 280 },
          {
            title: t('lists.community'),
            dataIndex: 'regionCode',
            render: (code: string) => communityName(communities, code),
          },
          {
            title: t('lists.needs.source'),
            dataIndex: 'source',
            render: (s: NeedSource) => t(`lists.needSources.${s}`),
          },
          { title: t('lists.needs.households'), dataIndex: 'households' },
          { title: t('lists.needs.householdNote'), dataIndex: 'householdNote' },
          {
            title: t('lists.needs.status'),
            dataIndex: 'status',
            render: (s: NeedStatus) => (
              <Tag color={statusColors[s]} data-testid="need-status">
                {t(`lists.needStatuses.${s}`)}
              </Tag>
            ),
          },
          { title: t('lists.needs.recordedAt'), dataIndex: 'recordedAt', render: formatTime },
          {
            key: 'actions',
            render: (_, need) =>
              need.status === 'open' ? (
                <Button size="small" onClick={() => move(need, 'dropped')} data-testid="need-drop">
                  {t('lists.needs.drop')}
                </Button>
              ) : need.status === 'dropped' ? (
                <Button size="small" onClick={() => move(need, 'open')} data-testid="need-reopen">
                  {t('lists.needs.reopen')}
                </Button>
              ) : null,
          },
        ]}
        data-testid="need-table"
      />
      {recording && (
        <NeedModal
          communities={communities}
          mutation={record}
          onCancel={() => setRecording(false)}
          onDone={() => {
            message.success(t('lists.needs.recorded'));
            setRecording(false);
          }}
        />
      )}
      {planning && (
        <ProjectModal
          needIds={selected}
          mutation={plan}
          onCancel={() => setPlanning(false)}
          onDone={(project) => {
            message.success(t('lists.projects.created'));
            setPlanning(false);
            setSelected([]);
            navigate(`/lists/projects/${project.id}`);
          }}
        />
      )}
    </Flex>
  );
}
