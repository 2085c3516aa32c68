import { type AssignedPost, type AssignPostBody, POST_KINDS, type PostKind } from '@needle/contract';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../common/FormModal';
import { postKindLabel } from '../i18n/labels';
import { useAssignPost } from './adminQueries';
import { UserPicker } from './UserPicker';

interface PostValues {
  userId: string;
  kind: PostKind;
  building?: string;
  unit?: string;
}

/** Puts a person on a post of the grid: 网格长, 楼栋长 or 单元长 (who name their building), or 1+8 member. */
export function AssignPostModal({ gridCode, onClose }: { gridCode: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PostValues>();
  const assign = useAssignPost();
  const kind = Form.useWatch('kind', form);
  const needsBuilding = kind === 'building_leader' || kind === 'unit_leader';
  return (
    <FormModal<PostValues, AssignPostBody, AssignedPost>
      title={t('admin.posts.assignTitle')}
      form={form}
      mutation={assign}
      toVariables={(values) => ({
        userId: values.userId,
        kind: values.kind,
        regionCode: gridCode,
        ...(values.building?.trim() ? { building: values.building.trim() } : {}),
        ...(values.unit?.trim() ? { unit: values.unit.trim() } : {}),
      })}
      onDone={onClose}
      onCancel={onClose}
      initialValues={{ kind: 'grid_leader' }}
      testId="post"
    >
      <Form.Item
        name="userId"
        label={t('admin.posts.person')}
        rules={[{ required: true, message: t('admin.posts.personRequired') }]}
      >
        <UserPicker testId="post-person" />
      </Form.Item>
      <Form.Item name="kind" label={t('admin.posts.kind')} rules={[{ required: true }]}>
        <Select
          options={POST_KINDS.map((k) => ({ value: k, label: postKindLabel(t, k) }))}
          data-testid="post-kind"
        />
      </Form.Item>
      {needsBuilding && (
        <Form.Item
          name="building"
          label={t('admin.posts.building')}
          rules={[{ required: true, whitespace: true, message: t('admin.posts.buildingRequired') }]}
        >
          <Input maxLength={32} data-testid="post-building" />
        </Form.Item>
      )}
      {kind === 'unit_leader' && (
        <Form.Item
          name="unit"
          label={t('admin.posts.unit')}
          rules={[{ required: true, whitespace: true, message: t('admin.posts.unitRequired') }]}
        >
          <Input maxLength={32} data-testid="post-unit" />
        </Form.Item>
      )}
    </FormModal>
  );
}
