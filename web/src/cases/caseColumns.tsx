import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Case } from '../api/caseTypes';
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
        // A real link too: open in a new tab, and keyboard users reach the case without the row click.
        <Link to={`/cases/${c.id}`} data-testid="case-link" onClick={(event) => event.stopPropagation()}>
          {code}
        </Link>
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
