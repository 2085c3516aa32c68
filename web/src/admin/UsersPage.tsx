import { ROLES, type Role, type User } from '@needle/contract';
import { App, Button, Flex, Input, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { useDepartments } from '../common/useDepartments';
import { errorText } from '../i18n/errorText';
import { roleLabel } from '../i18n/labels';
import { useRegionTree } from '../map/regionQueries';
import { AdminEmpty, AdminError, AdminSkeleton } from './AdminStates';
import { AdminTitle } from './AdminTitle';
import { useUpdateUser, useUsers } from './adminQueries';
import { regionNames } from './regionOptions';
import { UserDrawer } from './UserDrawer';

const PAGE_SIZE = 50;

/** 用户管理: look people up by name or role, create accounts, change their roles and place, disable them. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [offset, setOffset] = useState(0);
  const users = useUsers({ q: q || undefined, role, limit: PAGE_SIZE, offset });
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const tree = useRegionTree();
  const departments = useDepartments(true);
  const toggle = useUpdateUser();
  const me = useMe();
  const names = useMemo(() => regionNames(tree.data), [tree.data]);
  const departmentNames = useMemo(
    () => new Map((departments.data ?? []).map((d) => [d.id, d.name])),
    [departments.data],
  );

  function setActive(user: User, active: boolean) {
    toggle.mutate(
      { id: user.id, changes: { active } },
      {
        onSuccess: () =>
          message.success(
            t(active ? 'admin.users.enabled' : 'admin.users.disabled', { name: user.displayName }),
          ),
        onError: (caught) => message.error(errorText(t, caught)),
      },
    );
  }

  const columns: TableColumnsType<User> = [
    { key: 'username', title: t('admin.users.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('admin.users.displayName'), dataIndex: 'displayName' },
    { key: 'phone', title: t('admin.users.phone'), render: (_, u) => u.phone ?? '—' },
    {
      key: 'roles',
      title: t('admin.users.roles'),
      render: (_, u) => (
        <Space size={[4, 4]} wrap>
          {u.roles.map((r) => (
            <Tag key={r}>{roleLabel(t, r)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'place',
      title: t('admin.users.place'),
      render: (_, u) =>
        u.departmentId
          ? (departmentNames.get(u.departmentId) ?? u.departmentId)
          : u.regionCode
            ? (names.get(u.regionCode) ?? u.regionCode)
            : t('admin.users.everywhere'),
    },
    {
      key: 'active',
      title: t('admin.users.status'),
      render: (_, u) =>
        u.active ? (
          <Tag color="green">{t('admin.users.activeTag')}</Tag>
        ) : (
          <Tag data-testid="user-disabled-tag">{t('admin.users.inactiveTag')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('admin.actions'),
      render: (_, u) => (
        <Space>
          <Button size="small" onClick={() => setEditing(u)} data-testid={`user-edit-${u.username}`}>
            {t('admin.edit')}
          </Button>
          {/* Disabling one's own account would end this very session, with nobody left to undo it. */}
          {u.id !== me.id && (
            <Button
              size="small"
              danger={u.active}
              onClick={() => setActive(u, !u.active)}
              data-testid={`user-toggle-${u.username}`}
            >
              {u.active ? t('admin.users.disable') : t('admin.users.enable')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const rows = users.data ?? [];
  return (
    <Flex vertical gap={12}>
      <AdminTitle page="users">
        <Button type="primary" onClick={() => setEditing('new')} data-testid="user-create">
          {t('admin.users.create')}
        </Button>
      </AdminTitle>
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('admin.users.search')}
          style={{ width: 260 }}
          onSearch={(value) => {
            setQ(value.trim());
            setOffset(0);
          }}
          data-testid="user-search"
        />
        <Select
          allowClear
          placeholder={t('admin.users.anyRole')}
          aria-label={t('admin.users.roles')}
          style={{ width: 200 }}
          value={role}
          onChange={(value) => {
            setRole(value);
            setOffset(0);
          }}
          options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
          data-testid="user-role-filter"
        />
      </Flex>
      {users.error !== null && <AdminError error={users.error} />}
      {users.isPending ? (
        <AdminSkeleton />
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={users.isPlaceholderData}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <AdminEmpty>{q || role ? t('admin.users.noMatch') : t('admin.users.empty')}</AdminEmpty>
            ),
          }}
          data-testid="user-table"
        />
      )}
      {/* The API pages by offset without a total: a full page means there may be more. */}
      {(offset > 0 || rows.length === PAGE_SIZE) && (
        <Flex gap={8} justify="end">
          <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('admin.previous')}
          </Button>
          <Button disabled={rows.length < PAGE_SIZE} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('admin.next')}
          </Button>
        </Flex>
      )}
      {editing !== null && (
        <UserDrawer user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
