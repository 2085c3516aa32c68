import { ROLES, type User, type UserBody, type UserChangesBody } from '@needle/contract';
import { Button, Drawer, Flex, Form, Input, Radio, Select, Switch, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../common/FormModal';
import { useDepartments } from '../common/useDepartments';
import { roleLabel } from '../i18n/labels';
import { useRegionTree } from '../map/regionQueries';
import { useCreateUser, useUpdateUser } from './adminQueries';
import { regionOptions } from './regionOptions';

interface UserValues {
  username: string;
  displayName: string;
  password?: string;
  phone?: string;
  roles: UserBody['roles'];
  placeKind: 'region' | 'department';
  regionCode?: string;
  departmentId?: string;
  active: boolean;
}

const PHONE = /^\+?[0-9 -]{5,20}$/;

/** What the form sends: the place is a region node or a department, never both; blank phone clears it. */
function placeOf(values: UserValues) {
  return values.placeKind === 'department'
    ? { departmentId: values.departmentId }
    : { regionCode: values.regionCode };
}

function createBody(values: UserValues): UserBody {
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    password: values.password ?? '',
    phone: values.phone?.trim() || null,
    roles: values.roles,
    ...placeOf(values),
  };
}

function changesOf(user: User, values: UserValues): UserChangesBody {
  const place = placeOf(values);
  const placeChanged =
    values.placeKind === 'department'
      ? place.departmentId !== user.departmentId
      : place.regionCode !== user.regionCode || user.departmentId !== null;
  return {
    displayName: values.displayName.trim(),
    // Left empty, the number stays as it is: the list only ever showed it masked.
    ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
    roles: values.roles,
    active: values.active,
    ...(values.password ? { password: values.password } : {}),
    ...(placeChanged ? place : {}),
  };
}

/** Creates an account, or changes one: name, phone, roles, where it answers for, password, active. */
export function UserDrawer({ user, onClose }: { user: User | null; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const tree = useRegionTree();
  const departments = useDepartments(true);
  const placeKind = Form.useWatch('placeKind', form);
  const regions = useMemo(() => (tree.data ? regionOptions(tree.data) : []), [tree.data]);
  const editing = user !== null;

  const initialValues: Partial<UserValues> = user
    ? {
        username: user.username,
        displayName: user.displayName,
        // The list masks numbers: an admin types a new one to change it, or leaves the field empty.
        phone: undefined,
        roles: user.roles as UserBody['roles'],
        placeKind: user.departmentId ? 'department' : 'region',
        regionCode: user.regionCode ?? undefined,
        departmentId: user.departmentId ?? undefined,
        active: user.active,
      }
    : { placeKind: 'region', roles: [], active: true };

  const fields = (
    <>
      <Form.Item
        name="username"
        label={t('admin.users.username')}
        rules={[
          { required: true, message: t('admin.users.usernameRequired') },
          { pattern: /^[a-zA-Z0-9._-]{2,64}$/, message: t('admin.users.usernamePattern') },
        ]}
      >
        <Input disabled={editing} maxLength={64} autoComplete="off" data-testid="user-username" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('admin.users.displayName')}
        rules={[{ required: true, whitespace: true, message: t('admin.users.displayNameRequired') }]}
      >
        <Input maxLength={64} data-testid="user-display-name" />
      </Form.Item>
      <Form.Item
        name="password"
        label={editing ? t('admin.users.newPassword') : t('admin.users.password')}
        extra={editing ? t('admin.users.newPasswordHint') : undefined}
        rules={[
          { required: !editing, message: t('admin.users.passwordRequired') },
          { min: 8, message: t('admin.users.passwordShort') },
        ]}
      >
        <Input.Password maxLength={256} autoComplete="new-password" data-testid="user-password" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('admin.users.phone')}
        extra={editing && user?.phone ? t('admin.users.phoneKept', { phone: user.phone }) : undefined}
        rules={[{ pattern: PHONE, message: t('admin.users.phoneInvalid') }]}
      >
        <Input maxLength={20} data-testid="user-phone" />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('admin.users.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('admin.users.rolesRequired') }]}
      >
        <Select
          mode="multiple"
          options={ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="user-roles"
        />
      </Form.Item>
      <Form.Item name="placeKind" label={t('admin.users.place')}>
        <Radio.Group
          options={[
            { value: 'region', label: t('admin.users.placeRegion') },
            { value: 'department', label: t('admin.users.placeDepartment') },
          ]}
          data-testid="user-place-kind"
        />
      </Form.Item>
      {placeKind === 'department' ? (
        <Form.Item
          name="departmentId"
          rules={[{ required: true, message: t('admin.users.departmentRequired') }]}
        >
          <Select
            loading={departments.isPending}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('admin.users.placeDepartment')}
            data-testid="user-department"
          />
        </Form.Item>
      ) : (
        <Form.Item name="regionCode" rules={[{ required: true, message: t('admin.users.regionRequired') }]}>
          <TreeSelect
            loading={tree.isPending}
            treeData={regions}
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll={false}
            placeholder={t('admin.users.placeRegion')}
            data-testid="user-region"
          />
        </Form.Item>
      )}
      {editing && (
        <Form.Item name="active" label={t('admin.users.active')} valuePropName="checked">
          <Switch data-testid="user-active" />
        </Form.Item>
      )}
    </>
  );

  return (
    <Drawer
      open
      size={520}
      title={editing ? t('admin.users.editTitle', { name: user.displayName }) : t('admin.users.createTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('actionForm.cancel')}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-testid="user-submit"
          >
            {t('actionForm.submit')}
          </Button>
        </Flex>
      }
    >
      {user ? (
        <FormFrame<UserValues, { id: string; changes: UserChangesBody }, User>
          form={form}
          mutation={update}
          toVariables={(values) => ({ id: user.id, changes: changesOf(user, values) })}
          onDone={onClose}
          initialValues={initialValues}
          testId="user"
        >
          {fields}
        </FormFrame>
      ) : (
        <FormFrame<UserValues, UserBody, User>
          form={form}
          mutation={create}
          toVariables={createBody}
          onDone={onClose}
          initialValues={initialValues}
          testId="user"
        >
          {fields}
        </FormFrame>
      )}
    </Drawer>
  );
}
