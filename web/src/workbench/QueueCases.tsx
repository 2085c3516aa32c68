import { type Case, CHANNELS, type WorkbenchQueue } from '@needle/contract';
import { Alert, Flex, Input, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseColumns } from '../cases/caseColumns';
import { CategoryCascader } from '../categories/CategoryCascader';
import { useCategories } from '../categories/useCategories';
import { useCategoryName } from '../categories/useCategoryName';
import { useFieldWidth } from '../common/useFieldWidth';
import { errorText } from '../i18n/errorText';
import { channelLabel } from '../i18n/labels';
import { BatchSteps } from './BatchSteps';
import { useQueueCases } from './workbenchQueries';
import { pageSizes, queueApiQuery, type WorkbenchQuery } from './workbenchQuery';

interface Props {
  queue: WorkbenchQueue & { key: NonNullable<WorkbenchQuery['queue']> };
  query: WorkbenchQuery;
  show(change: Partial<WorkbenchQuery>): void;
}

/** A queue's cases: sorted and filtered as the URL says, selectable for the steps that can be batched. */
export function QueueCases({ queue, query, show }: Props) {
  const { t } = useTranslation();
  const width = useFieldWidth();
  const categories = useCategories();
  const categoryName = useCategoryName();
  const columns = useMemo(() => caseColumns(t, categoryName), [t, categoryName]);
  const list = useQueueCases(queue.key, queueApiQuery(query));
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const items = list.data?.items ?? [];
  // Only the selected cases still in the list: a case that left the queue is no longer to be batched.
  const selected = items.filter((c) => selectedIds.includes(c.id));
  const name = t(`workbench.queues.${queue.key}`);
  const turn = (page: number, pageSize: number) =>
    show({ page: pageSize === query.pageSize ? page : 1, pageSize });
  return (
    <Flex vertical gap={8} data-testid="workbench-queue-cases">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="workbench-queue-title">
          {t('workbench.list.title', { name, total: list.data?.total ?? queue.count })}
        </Typography.Title>
        <Link to={{ search: '' }}>{t('workbench.list.back')}</Link>
      </Flex>
      <Flex wrap gap={8} align="center" data-testid="workbench-filters">
        <Input.Search
          key={query.q ?? ''}
          defaultValue={query.q}
          allowClear
          placeholder={t('caseList.search')}
          onSearch={(text) => show({ q: text.trim() || undefined })}
          style={{ width: width(240) }}
          data-testid="workbench-search"
        />
        <CategoryCascader
          classes={categories.data ?? []}
          value={query.categoryCode}
          onChange={(categoryCode) => show({ categoryCode })}
          allowClear
          style={{ width: width(220) }}
          aria-label={t('caseList.category')}
        />
        <Select
          allowClear
          placeholder={t('caseList.channel')}
          aria-label={t('caseList.channel')}
          value={query.channel}
          onChange={(channel) => show({ channel })}
          options={CHANNELS.map((channel) => ({ value: channel, label: channelLabel(t, channel) }))}
          style={{ width: width(140) }}
          data-testid="workbench-channel"
        />
        <Select
          aria-label={t('workbench.list.sort')}
          value={query.sort}
          onChange={(sort) => show({ sort })}
          options={[
            { value: 'deadline', label: t('workbench.list.sortDeadline') },
            { value: 'reported', label: t('workbench.list.sortReported') },
          ]}
          style={{ width: width(140) }}
          data-testid="workbench-sort"
        />
      </Flex>
      <BatchSteps selected={selected} actions={queue.batchActions} onFinished={() => setSelectedIds([])} />
      {list.error !== null && <Alert type="error" showIcon title={errorText(t, list.error)} />}
      <Table<Case>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={list.isPending || list.isPlaceholderData}
        scroll={{ x: 'max-content' }}
        rowSelection={
          queue.batchActions.length > 0
            ? {
                selectedRowKeys: selectedIds,
                onChange: (keys) => setSelectedIds(keys.map(String)),
                // A row's checkbox says which case it selects: antd gives it no name.
                getCheckboxProps: (c) => ({ 'aria-label': t('workbench.list.select', { code: c.code }) }),
              }
            : undefined
        }
        locale={{ emptyText: t('workbench.list.empty') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          pageSizeOptions: pageSizes,
          showSizeChanger: true,
          showTotal: (total) => t('caseList.total', { total }),
          onChange: turn,
        }}
        data-testid="workbench-case-table"
      />
    </Flex>
  );
}
