import type { Category, CategoryClass } from '@needle/contract';
import { Button, Flex, Input, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminEmpty, AdminError, AdminSkeleton } from './AdminStates';
import { AdminTitle } from './AdminTitle';
import { departmentTypeLabel, routingLabel, timeUnitLabel } from './adminLabels';
import { useCategoryTree } from './adminQueries';
import { CategoryDrawer } from './CategoryDrawer';
import { CategoryHistoryDrawer } from './CategoryHistoryDrawer';

/** A row of the tree table: a class (大类) with its subclasses beneath, or one subclass (小类). */
interface Row {
  key: string;
  code: string;
  name: string;
  kind: CategoryClass['kind'];
  category?: Category;
  children?: Row[];
}

function rowsOf(classes: CategoryClass[], typed: string): Row[] {
  const q = typed.trim().toLowerCase();
  const hit = (c: Category) =>
    !q || c.code.toLowerCase().includes(q) || c.nameZh.includes(q) || c.nameEn.toLowerCase().includes(q);
  return classes
    .map((cls) => ({
      key: cls.code,
      code: cls.code,
      name: cls.nameZh,
      kind: cls.kind,
      children: cls.subcategories.filter(hit).map((c) => ({
        key: c.code,
        code: c.code,
        name: c.nameZh,
        kind: c.kind,
        category: c,
      })),
    }))
    .filter((row) => row.children.length > 0);
}

/** 类别与职责清单: the category tree, each subclass with its standards, time limit and lead unit. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const tree = useCategoryTree();
  const [typed, setTyped] = useState('');
  const [editing, setEditing] = useState<Category | null>(null);
  const [reading, setReading] = useState<Category | null>(null);
  const rows = useMemo(() => rowsOf(tree.data ?? [], typed), [tree.data, typed]);

  const columns: TableColumnsType<Row> = [
    { key: 'code', title: t('admin.categories.code'), dataIndex: 'code', width: 140 },
    {
      key: 'name',
      title: t('admin.categories.name'),
      render: (_, r) => (
        <Space>
          {r.category ? r.name : <Typography.Text strong>{r.name}</Typography.Text>}
          {!r.category && <Tag>{t(`category.${r.kind}`)}</Tag>}
          {r.category && !r.category.active && <Tag>{t('admin.categories.inactive')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'limit',
      title: t('admin.categories.timeLimit'),
      render: (_, r) =>
        r.category && `${r.category.timeLimitAmount} ${timeUnitLabel(t, r.category.timeLimitUnit)}`,
    },
    {
      key: 'routing',
      title: t('admin.categories.routing'),
      render: (_, r) => r.category && routingLabel(t, r.category.routing),
    },
    {
      key: 'lead',
      title: t('admin.categories.leadUnit'),
      render: (_, r) => r.category && departmentTypeLabel(t, r.category.departmentType),
    },
    {
      key: 'version',
      title: t('admin.categories.versionColumn'),
      render: (_, r) => r.category && `v${r.category.version}`,
    },
    {
      key: 'actions',
      title: t('admin.actions'),
      render: (_, r) => {
        const category = r.category;
        if (!category) return null;
        return (
          <Space>
            <Button size="small" onClick={() => setEditing(category)} data-testid={`category-edit-${r.code}`}>
              {t('admin.edit')}
            </Button>
            <Button
              size="small"
              onClick={() => setReading(category)}
              data-testid={`category-history-${r.code}`}
            >
              {t('admin.categories.history')}
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <Flex vertical gap={12}>
      <AdminTitle page="categories" />
      <Typography.Text type="secondary">{t('admin.categories.hint')}</Typography.Text>
      <Input.Search
        allowClear
        style={{ maxWidth: 320 }}
        placeholder={t('admin.categories.search')}
        onChange={(e) => setTyped(e.target.value)}
        data-testid="category-search"
      />
      {tree.error !== null && <AdminError error={tree.error} />}
      {tree.isPending ? (
        <AdminSkeleton rows={10} />
      ) : (
        <Table<Row>
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{ defaultExpandAllRows: false }}
          expandedRowKeys={typed.trim() ? rows.map((r) => r.key) : undefined}
          locale={{
            emptyText: (
              <AdminEmpty>{typed ? t('admin.categories.noMatch') : t('admin.categories.empty')}</AdminEmpty>
            ),
          }}
          data-testid="category-table"
        />
      )}
      {editing && <CategoryDrawer category={editing} onClose={() => setEditing(null)} />}
      {reading && <CategoryHistoryDrawer category={reading} onClose={() => setReading(null)} />}
    </Flex>
  );
}
