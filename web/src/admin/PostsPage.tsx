import { POST_KINDS, type Post } from '@needle/contract';
import { App, Button, Flex, Popconfirm, Table, type TableColumnsType, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { postKindLabel } from '../i18n/labels';
import { useRegionTree } from '../map/regionQueries';
import { AdminEmpty, AdminError, AdminSkeleton } from './AdminStates';
import { AdminTitle } from './AdminTitle';
import { AssignPostModal } from './AssignPostModal';
import { useGridPosts, useRemovePost } from './adminQueries';
import { regionNames, regionOptions } from './regionOptions';

// The grid leader first, then the building and unit leaders, then the 1+8 members: the order of the enum.
const kindOrder = (kind: string) => {
  const i = (POST_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? POST_KINDS.length : i;
};

/** 网格岗位 (1+8+X): who holds which post in a grid; put people on posts and take them off. */
export function PostsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tree = useRegionTree();
  const [grid, setGrid] = useState<string | null>(null);
  const [assigning, setAssigning] = useState(false);
  const posts = useGridPosts(grid);
  const remove = useRemovePost();
  const options = useMemo(() => (tree.data ? regionOptions(tree.data, true) : []), [tree.data]);
  const names = useMemo(() => regionNames(tree.data), [tree.data]);
  const rows = useMemo(
    () =>
      [...(posts.data ?? [])].sort(
        (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.displayName.localeCompare(b.displayName),
      ),
    [posts.data],
  );

  const columns: TableColumnsType<Post> = [
    { key: 'kind', title: t('admin.posts.kind'), render: (_, p) => postKindLabel(t, p.kind) },
    { key: 'person', title: t('admin.posts.person'), dataIndex: 'displayName' },
    {
      key: 'where',
      title: t('admin.posts.where'),
      render: (_, p) =>
        [
          p.building && t('admin.posts.buildingOf', { building: p.building }),
          p.unit && t('admin.posts.unitOf', { unit: p.unit }),
        ]
          .filter(Boolean)
          .join(' ') || '—',
    },
    {
      key: 'assignedAt',
      title: t('admin.posts.assignedAt'),
      render: (_, p) => dayjs(p.assignedAt).format('YYYY-MM-DD'),
    },
    {
      key: 'actions',
      title: t('admin.actions'),
      render: (_, p) => (
        <Popconfirm
          title={t('admin.posts.removeConfirm', { name: p.displayName, kind: postKindLabel(t, p.kind) })}
          okText={t('admin.posts.remove')}
          cancelText={t('actionForm.cancel')}
          onConfirm={() =>
            remove.mutate(p.id, {
              onSuccess: () => message.success(t('admin.posts.removed', { name: p.displayName })),
              onError: (caught) => message.error(errorText(t, caught)),
            })
          }
        >
          <Button size="small" danger data-testid={`post-remove-${p.id}`}>
            {t('admin.posts.remove')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <AdminTitle page="posts">
        <Button
          type="primary"
          disabled={grid === null}
          onClick={() => setAssigning(true)}
          data-testid="post-assign"
        >
          {t('admin.posts.assign')}
        </Button>
      </AdminTitle>
      {tree.error !== null && <AdminError error={tree.error} />}
      <TreeSelect
        style={{ maxWidth: 420 }}
        loading={tree.isPending}
        treeData={options}
        value={grid ?? undefined}
        onChange={(code: string) => setGrid(code ?? null)}
        showSearch
        treeNodeFilterProp="title"
        placeholder={t('admin.posts.pickGrid')}
        aria-label={t('admin.posts.pickGrid')}
        data-testid="post-grid"
      />
      {grid === null ? (
        <AdminEmpty testId="post-no-grid">{t('admin.posts.noGrid')}</AdminEmpty>
      ) : (
        <>
          <Typography.Text type="secondary">
            {t('admin.posts.gridHeading', { name: names.get(grid) ?? grid, code: grid })}
          </Typography.Text>
          {posts.error !== null && <AdminError error={posts.error} />}
          {posts.isPending ? (
            <AdminSkeleton rows={4} />
          ) : (
            <Table<Post>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <AdminEmpty>{t('admin.posts.empty')}</AdminEmpty> }}
              data-testid="post-table"
            />
          )}
        </>
      )}
      {assigning && grid !== null && <AssignPostModal gridCode={grid} onClose={() => setAssigning(false)} />}
    </Flex>
  );
}
