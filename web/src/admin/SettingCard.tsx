import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminError } from './AdminStates';
import { settingFieldLabel, settingKeyLabel } from './adminLabels';
import { useUpdateSetting } from './adminQueries';
import { LimitField, NumberField, OfficeHoursFields, StepLimitFields } from './settingFields';
import { fromFormValues, type SettingShape, shapeOf, toFormValues } from './settingShapes';

function Fields({ settingKey, shape }: { settingKey: string; shape: SettingShape }) {
  const { t } = useTranslation();
  switch (shape.kind) {
    case 'number':
      return (
        <NumberField
          name={['value']}
          label={t('admin.settings.value')}
          testId={`setting-input-${settingKey}`}
        />
      );
    case 'officeHours':
      return <OfficeHoursFields />;
    case 'limit':
      return (
        <LimitField name={[]} label={t('admin.settings.limit')} testId={`setting-input-${settingKey}`} />
      );
    case 'limits':
      return settingKey === 'stepLimits' ? (
        <StepLimitFields steps={shape.keys} />
      ) : (
        shape.keys.map((k) => (
          <LimitField
            key={k}
            name={[k]}
            label={settingFieldLabel(t, k)}
            testId={`setting-${settingKey}-${k}`}
          />
        ))
      );
    case 'numbers':
      return (
        <Flex gap={16} wrap>
          {shape.keys.map((k) => (
            <NumberField
              key={k}
              name={[k]}
              label={settingFieldLabel(t, k)}
              testId={`setting-${settingKey}-${k}`}
            />
          ))}
        </Flex>
      );
    case 'json':
      return (
        <Form.Item name="json" label={t('admin.settings.json')} extra={t('admin.settings.jsonHint')}>
          <Input.TextArea
            rows={5}
            spellCheck={false}
            style={{ fontFamily: 'monospace' }}
            data-testid={`setting-json-${settingKey}`}
          />
        </Form.Item>
      );
  }
}

/**
 * One setting, one form: its fields as they are stored, saved alone. A refusal stays above the fields
 * with the server's words, which name the bound that was crossed.
 */
export function SettingCard({
  settingKey,
  value,
  hint,
}: {
  settingKey: string;
  value: unknown;
  hint?: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  // biome-ignore lint/suspicious/noExplicitAny: a key the contract's enum may have gained after this build
  const save = useUpdateSetting(settingKey as any);
  const shape = useMemo(() => shapeOf(settingKey, value), [settingKey, value]);
  const initialValues = useMemo(() => toFormValues(shape, value), [shape, value]);

  function finish(values: Record<string, unknown>) {
    const sent = fromFormValues(shape, values);
    if ('invalidJson' in sent) {
      form.setFields([{ name: 'json', errors: [t('admin.settings.jsonInvalid')] }]);
      return;
    }
    save.mutate(sent.value, { onSuccess: () => form.setFieldsValue(toFormValues(shape, sent.value)) });
  }

  return (
    <Card size="small" title={settingKeyLabel(t, settingKey)} data-testid={`setting-${settingKey}`}>
      <Flex vertical gap={8}>
        {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        {save.error !== null && <AdminError error={save.error} testId={`setting-error-${settingKey}`} />}
        {save.isSuccess && (
          <Typography.Text type="success" data-testid={`setting-saved-${settingKey}`}>
            {t('admin.settings.saved')}
          </Typography.Text>
        )}
        <Form
          form={form}
          // Its fields' ids start with the setting's key: every card has a "value", and a label finds
          // its field by id (a second card's label would name the first card's field).
          name={settingKey}
          layout="vertical"
          initialValues={initialValues}
          onFinish={finish}
          onValuesChange={() => save.isSuccess && save.reset()}
        >
          <Fields settingKey={settingKey} shape={shape} />
          <Button
            type="primary"
            htmlType="submit"
            loading={save.isPending}
            data-testid={`setting-save-${settingKey}`}
          >
            {t('admin.settings.save')}
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}
