import { Alert, DatePicker, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useResource } from '../api/useResource';
import { fetchEvaluations } from '../api/whistles';
import type { DepartmentEvaluation, StreetEvaluation } from '../api/whistleTypes';
import { errorText } from '../i18n/errorText';
import { thisMonth } from '../stats/month';

/** 双向考核: how streets scored the departments they whistled, and how departments scored the streets. */
export function EvaluationsTab() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(thisMonth);
  const load = useMemo(() => (signal: AbortSignal) => fetchEvaluations(month, signal), [month]);
  const evaluations = useResource(load);
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
  const data = evaluations.status === 'ready' ? evaluations.data : null;
  return (
    <Flex vertical gap={12}>
      <DatePicker
        picker="month"
        allowClear={false}
        value={dayjs(`${month}-01`)}
        onChange={(day) => day && setMonth(day.format('YYYY-MM'))}
        disabledDate={(day) => day.isAfter(dayjs(), 'month')}
        style={{ width: 160 }}
      />
      {evaluations.status === 'failed' && (
        <Alert type="error" showIcon title={errorText(t, evaluations.error)} />
      )}
      <Typography.Text strong>{t('whistle.ofDepartments')}</Typography.Text>
      <Table
        rowKey="id"
        size="small"
        columns={ofDepartments}
        dataSource={data?.ofDepartments ?? []}
        loading={evaluations.status === 'loading'}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('whistle.noEvaluations') }}
      />
      <Typography.Text strong>{t('whistle.ofStreets')}</Typography.Text>
      <Table
        rowKey="id"
        size="small"
        columns={ofStreets}
        dataSource={data?.ofStreets ?? []}
        loading={evaluations.status === 'loading'}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('whistle.noEvaluations') }}
      />
    </Flex>
  );
}
