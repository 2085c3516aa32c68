import type { MonthlyProblemDetail } from '@needle/contract';
import { List, Pagination, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../i18n/formatTime';
import { channelLabel, statusLabel } from '../i18n/labels';

/** The month's complaints of the problem, a page at a time, each opening its case. */
export function ProblemCases({
  cases,
  onPage,
}: {
  cases: MonthlyProblemDetail['cases'];
  onPage(page: number): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text type="secondary">
        {t('monthlyProblems.casesTotal', { count: cases.total })}
      </Typography.Text>
      <List
        size="small"
        dataSource={cases.items}
        data-testid="problem-cases"
        renderItem={(c) => (
          <List.Item key={c.id}>
            <List.Item.Meta
              title={
                <span style={{ wordBreak: 'break-all' }}>
                  <Link to={`/cases/${c.id}`} data-testid="problem-case-link">
                    {c.code}
                  </Link>{' '}
                  <Tag>{statusLabel(t, c.status)}</Tag>
                </span>
              }
              description={`${channelLabel(t, c.channel)} · ${formatTime(c.createdAt)} · ${t(
                'monthlyProblems.caseWhere',
                {
                  street: c.streetName,
                  community: c.communityName,
                },
              )}`}
            />
          </List.Item>
        )}
      />
      {cases.total > cases.pageSize && (
        <Pagination
          size="small"
          simple
          current={cases.page}
          pageSize={cases.pageSize}
          total={cases.total}
          onChange={onPage}
          style={{ marginTop: 8, textAlign: 'center' }}
        />
      )}
    </>
  );
}
