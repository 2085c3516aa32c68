import { Button, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetGroup } from './useCallTargets';

/** The called units, each with its part of the task: the heart of a whistle order. */
export function CallsField({ groups, loading }: { groups: TargetGroup[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List
      name="calls"
      rules={[
        {
          validator: async (_, calls: unknown[] | undefined) => {
            if (!calls || calls.length === 0) throw new Error(t('whistle.callsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={4} data-testid="whistle-calls">
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start" wrap data-testid="whistle-call">
              <Form.Item
                name={[field.name, 'target']}
                rules={[{ required: true, message: t('whistle.targetRequired') }]}
                style={{ flex: '1 1 200px', marginBottom: 8 }}
              >
                <Select
                  placeholder={t('whistle.target')}
                  options={groups}
                  loading={loading}
                  showSearch={{ optionFilterProp: 'label' }}
                  data-testid={`whistle-call-target-${index}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'task']}
                rules={[{ required: true, whitespace: true, message: t('whistle.callTaskRequired') }]}
                style={{ flex: '2 1 240px', marginBottom: 8 }}
              >
                <Input
                  placeholder={t('whistle.callTask')}
                  maxLength={1000}
                  data-testid={`whistle-call-task-${index}`}
                />
              </Form.Item>
              <Button onClick={() => remove(field.name)}>{t('whistle.remove')}</Button>
            </Flex>
          ))}
          <Button type="dashed" onClick={() => add()} data-testid="whistle-add-call">
            {t('whistle.addCall')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
