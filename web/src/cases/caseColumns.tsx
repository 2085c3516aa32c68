import type { Case } from '@needle/contract';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { RowLink } from '../common/RowLink';
import { formatTime } from '../i18n/formatTime';
import { StatusTag } from './StatusTag';
import { TrafficLightDot } from './TrafficLightDot';

export function caseColumns(t: TFunction, categoryName: (code: string) => string): TableColumnsType<Case> {
  return [
    {
      key: 'code',
      title: t('caseList.code'),
      dataIndex: 'code',
      render: (code: string, c) => (
        <RowLink to={`/cases/${c.id}`} testId="case-link">
          {code}
        </RowLink>
      ),
    },
    { key: 'category', title: t('caseList.category'), render: (_, c) => categoryName(c.categoryCode) },
    {
      key: 'status',
      title: t('caseList.status'),
      render: (_, c) => <StatusTag status={c.status} />,
    },
    {
      key: 'light',
      title: t('caseList.light'),
      align: 'center',
      render: (_, c) => <TrafficLightDot light={c.light} />,
    },
    { key: 'stepDueAt', title: t('caseList.stepDueAt'), render: (_, c) => formatTime(c.stepDueAt) },
    { key: 'createdAt', title: t('caseList.createdAt'), render: (_, c) => formatTime(c.createdAt) },
    { key: 'grid', title: t('caseList.grid'), dataIndex: 'gridCode' },
  ];
}
