import {
  CATEGORY_MAX_LIMIT,
  CATEGORY_TEXT_MAX,
  type Category,
  type CategoryChangesBody,
  DEPARTMENT_TYPES,
  ROUTINGS,
  TIME_LIMIT_UNITS,
} from '@needle/contract';
import { Button, Drawer, Flex, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../common/FormModal';
import { departmentTypeLabel, routingLabel, timeUnitLabel } from './adminLabels';
import { useUpdateCategory } from './adminQueries';

type Editable = Required<CategoryChangesBody>;
const EDITABLE: (keyof Editable)[] = [
  'nameZh',
  'nameEn',
  'filingStandard',
  'closingStandard',
  'timeLimitAmount',
  'timeLimitUnit',
  'routing',
  'departmentType',
  'active',
];

/** Only what changed is sent: each change makes a new version, and an unchanged form makes none. */
function changesOf(category: Category, values: Editable): CategoryChangesBody | undefined {
  const changes: Record<string, unknown> = {};
  for (const key of EDITABLE) {
    const value = typeof values[key] === 'string' ? (values[key] as string).trim() : values[key];
    if (value !== category[key]) changes[key] = value;
  }
  return Object.keys(changes).length > 0 ? (changes as CategoryChangesBody) : undefined;
}

const LEAD_UNITS = [...DEPARTMENT_TYPES, 'street'] as const;

/** Edits one line of the responsibility list (职责清单): standards, time limit, who leads. */
export function CategoryDrawer({ category, onClose }: { category: Category; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Editable>();
  const update = useUpdateCategory();
  const unit = Form.useWatch('timeLimitUnit', form) ?? category.timeLimitUnit;
  const text = (name: keyof Editable, label: string, rows?: number) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, whitespace: true, message: t('admin.categories.textRequired') }]}
    >
      {rows ? (
        <Input.TextArea rows={rows} maxLength={CATEGORY_TEXT_MAX} data-testid={`category-${name}`} />
      ) : (
        <Input maxLength={CATEGORY_TEXT_MAX} data-testid={`category-${name}`} />
      )}
    </Form.Item>
  );
  return (
    <Drawer
      open
      size={560}
      title={t('admin.categories.editTitle', { code: category.code, name: category.nameZh })}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('actionForm.cancel')}</Button>
          <Button
            type="primary"
            loading={update.isPending}
            onClick={() => form.submit()}
            data-testid="category-submit"
          >
            {t('actionForm.submit')}
          </Button>
        </Flex>
      }
    >
      <FormFrame<Editable, { code: string; changes: CategoryChangesBody }, Category>
        form={form}
        mutation={update}
        toVariables={(values) => {
          const changes = changesOf(category, values);
          if (!changes) onClose();
          return changes && { code: category.code, changes };
        }}
        onDone={onClose}
        initialValues={category}
        testId="category"
      >
        {text('nameZh', t('admin.categories.nameZh'))}
        {text('nameEn', t('admin.categories.nameEn'))}
        {text('filingStandard', t('admin.categories.filingStandard'), 3)}
        {text('closingStandard', t('admin.categories.closingStandard'), 3)}
        <Form.Item label={t('admin.categories.timeLimit')} required>
          <Space.Compact>
            <Form.Item
              name="timeLimitAmount"
              noStyle
              rules={[{ required: true, message: t('admin.categories.limitRequired') }]}
            >
              <InputNumber
                min={1}
                max={CATEGORY_MAX_LIMIT[unit]}
                precision={0}
                data-testid="category-limit"
              />
            </Form.Item>
            <Form.Item name="timeLimitUnit" noStyle>
              <Select
                style={{ width: 140 }}
                options={TIME_LIMIT_UNITS.map((u) => ({ value: u, label: timeUnitLabel(t, u) }))}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="routing" label={t('admin.categories.routing')}>
          <Select options={ROUTINGS.map((r) => ({ value: r, label: routingLabel(t, r) }))} />
        </Form.Item>
        <Form.Item
          name="departmentType"
          label={t('admin.categories.leadUnit')}
          extra={t('admin.categories.leadUnitHint')}
        >
          <Select options={LEAD_UNITS.map((d) => ({ value: d, label: departmentTypeLabel(t, d) }))} />
        </Form.Item>
        <Form.Item name="active" label={t('admin.categories.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </FormFrame>
    </Drawer>
  );
}
