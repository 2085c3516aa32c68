import type { DoneCase } from '@needle/contract';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../cases/StatusTag';
import { TrafficLightDot } from '../cases/TrafficLightDot';
import { useCategoryName } from '../categories/useCategoryName';
import { ListTable } from '../common/ListTable';
import { RowLink } from '../common/RowLink';
import { formatTime } from '../i18n/formatTime';
import { actionLabel } from '../i18n/labels';
import { useDoneCases } from './workbenchQueries';
import { pageSizes, type WorkbenchQuery } from './workbenchQuery';

interface Props {
  query: WorkbenchQuery;
  show(change: Partial<WorkbenchQuery>): void;
}

/** 已办: the cases the user took a step on, the latest first, with that step and when. */
export function DoneCases({ query, show }: Props) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const columns = useMemo(
    (): TableColumnsType<DoneCase> => [
      {
        key: 'code',
        title: t('caseList.code'),
        render: (_, row) => (
          <RowLink to={`/cases/${row.case.id}`} testId="case-link">
            {row.case.code}
          </RowLink>
        ),
      },
      {
        key: 'category',
        title: t('caseList.category'),
        render: (_, row) => categoryName(row.case.categoryCode),
      },
      {
        key: 'myStep',
        title: t('workbench.doneList.myStep'),
        render: (_, row) => actionLabel(t, row.myLastAction),
      },
      { key: 'at', title: t('workbench.doneList.at'), render: (_, row) => formatTime(row.myLastStepAt) },
      {
        key: 'status',
        title: t('caseList.status'),
        render: (_, row) => <StatusTag status={row.case.status} />,
      },
      {
        key: 'light',
        title: t('caseList.light'),
        align: 'center',
        render: (_, row) => <TrafficLightDot light={row.case.light} />,
      },
    ],
    [t, categoryName],
  );
  const apiQuery = new URLSearchParams({
    page: String(query.page),
    pageSize: String(query.pageSize),
  }).toString();
  return (
    <ListTable<DoneCase>
      list={useDoneCases(apiQuery)}
      url={{ query, show }}
      pageSizes={pageSizes}
      totalText={(total) => t('workbench.doneList.total', { total })}
      rowLink={(row) => `/cases/${row.case.id}`}
      rowKey={(row) => row.case.id}
      size="middle"
      columns={columns}
      locale={{ emptyText: t('workbench.doneList.empty') }}
      data-testid="workbench-done-table"
    />
  );
}
