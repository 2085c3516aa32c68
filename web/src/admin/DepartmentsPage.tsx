import type { Department } from '@needle/contract';
import { Button, Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDepartments } from '../common/useDepartments';
import { useRegionTree } from '../map/regionQueries';
import { AdminEmpty, AdminError, AdminSkeleton } from './AdminStates';
import { AdminTitle } from './AdminTitle';
import { departmentTypeLabel } from './adminLabels';
import { regionNames } from './regionOptions';

/** 职能部门 and 联盟单位: the departments cases are dispatched to, and a way to the street's partner units. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const departments = useDepartments(true);
  const tree = useRegionTree();
  const names = useMemo(() => regionNames(tree.data), [tree.data]);
  const columns: TableColumnsType<Department> = [
    { key: 'code', title: t('admin.departments.code'), dataIndex: 'code' },
    { key: 'name', title: t('admin.departments.name'), dataIndex: 'name' },
    { key: 'type', title: t('admin.departments.type'), render: (_, d) => departmentTypeLabel(t, d.type) },
    {
      key: 'area',
      title: t('admin.departments.area'),
      render: (_, d) => names.get(d.regionCode) ?? d.regionCode,
    },
  ];
  return (
    <Flex vertical gap={12}>
      <AdminTitle page="departments" />
      <Card size="small">
        <Flex align="center" justify="space-between" gap={8} wrap>
          <Typography.Text type="secondary">{t('admin.departments.partnersHint')}</Typography.Text>
          <Link to="/partners">
            <Button data-testid="admin-open-partners">{t('admin.departments.openPartners')}</Button>
          </Link>
        </Flex>
      </Card>
      <Typography.Text type="secondary">{t('admin.departments.hint')}</Typography.Text>
      {departments.error !== null && <AdminError error={departments.error} />}
      {departments.isPending ? (
        <AdminSkeleton />
      ) : (
        <Table<Department>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={departments.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <AdminEmpty>{t('admin.departments.empty')}</AdminEmpty> }}
          data-testid="department-table"
        />
      )}
    </Flex>
  );
}
