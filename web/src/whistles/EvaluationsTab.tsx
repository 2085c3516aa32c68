import type { DepartmentEvaluation, StreetEvaluation } from '@needle/contract';
import { Alert, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ColumnCards } from '../common/ColumnCards';
import { errorText } from '../i18n/errorText';
import { useIsPhone } from '../layout/useIsPhone';
import { MonthPicker } from '../stats/MonthPicker';
import { thisMonth } from '../stats/month';
import { useEvaluations } from './whistleQueries';

/** One side of the evaluations: a small table, all rows at once; cards on a phone. */
function EvaluationTable<T extends { id: string }>(props: {
  columns: TableColumnsType<T>;
  rows: T[] | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  if (useIsPhone()) {
    return (
      <ColumnCards
        columns={props.columns}
        rows={props.rows ?? []}
        rowKey={(row) => row.id}
        loading={props.loading}
        emptyText={t('whistle.noEvaluations')}
      />
    );
  }
  return (
    <Table<T>
      rowKey="id"
      size="small"
      columns={props.columns}
      dataSource={props.rows ?? []}
      loading={props.loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('whistle.noEvaluations') }}
    />
  );
}

/** 双向考核: how streets scored the departments they whistled, and how departments scored the streets. */
export function EvaluationsTab() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(thisMonth);
  const { data, error, isPending } = useEvaluations(month);
  const ofDepartments: TableColumnsType<DepartmentEvaluation> = [
    {
      key: 'order',
      title: t('whistle.code'),
      render: (_, e) => <Link to={`/whistles/${e.orderId}`}>{e.orderCode}</Link>,
    },
    { key: 'street', title: t('whistle.street'), render: (_, e) => e.streetName ?? '—' },
    { key: 'department', title: t('whistle.department'), dataIndex: 'departmentName' },
    {
      key: 'onTime',
      title: t('whistle.reportedInOnTime'),
      render: (_, e) => (
        <Tag color={e.reportedInOnTime ? 'green' : 'red'}>
          {e.reportedInOnTime ? t('whistle.yes') : t('whistle.no')}
        </Tag>
      ),
    },
    {
      key: 'solved',
      title: t('whistle.solved'),
      render: (_, e) => (e.solved ? t('whistle.solvedYes') : t('whistle.solvedNo')),
    },
    { key: 'cooperation', title: t('whistle.cooperation'), dataIndex: 'cooperation' },
    {
      key: 'score',
      title: t('stats.score'),
      render: (_, e) => <Typography.Text strong>{e.score}</Typography.Text>,
    },
    { key: 'comment', title: t('whistle.commentColumn'), dataIndex: 'comment' },
  ];
  const ofStreets: TableColumnsType<StreetEvaluation> = [
    { key: 'department', title: t('whistle.department'), dataIndex: 'departmentName' },
    { key: 'street', title: t('whistle.street'), render: (_, e) => e.streetName ?? e.streetCode },
    { key: 'coordination', title: t('whistle.coordination'), dataIndex: 'coordination' },
    { key: 'support', title: t('whistle.support'), dataIndex: 'support' },
    {
      key: 'score',
      title: t('stats.score'),
      render: (_, e) => <Typography.Text strong>{e.score}</Typography.Text>,
    },
    { key: 'comment', title: t('whistle.commentColumn'), dataIndex: 'comment' },
  ];
  return (
    <Flex vertical gap={12}>
      <MonthPicker value={month} onChange={setMonth} width={160} />
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Typography.Text strong>{t('whistle.ofDepartments')}</Typography.Text>
      <EvaluationTable columns={ofDepartments} rows={data?.ofDepartments} loading={isPending} />
      <Typography.Text strong>{t('whistle.ofStreets')}</Typography.Text>
      <EvaluationTable columns={ofStreets} rows={data?.ofStreets} loading={isPending} />
    </Flex>
  );
}
