import type { ParticipationDashboard } from '@needle/contract';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

type Row = ParticipationDashboard['rows'][number];
const COLUMNS = [
  'projects',
  'projectsClosedOut',
  'wishesFulfilled',
  'volunteerHours',
  'deliberations',
  'resolutionsPublished',
] as const;

/** One row per community of a street (or street of a district), so they can be compared side by side. */
export function ParticipationRowsTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Table<Row>
      rowKey="code"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(row) => ({ 'data-testid': `participation-row-${row.code}` }) as object}
      columns={[
        { title: t('participationDashboard.area'), dataIndex: 'name', fixed: 'left' },
        ...COLUMNS.map((key) => ({
          title: t(`participationDashboard.figures.${key}`),
          dataIndex: key,
          align: 'right' as const,
          sorter: (a: Row, b: Row) => a[key] - b[key],
        })),
      ]}
      data-testid="participation-rows"
    />
  );
}
