import { TIME_LIMIT_UNITS } from '@needle/contract';
import { Button, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statusLabel } from '../i18n/labels';
import { timeUnitLabel } from './adminLabels';

// The editors of each setting's value. The fields bound nothing themselves (no min or max that would
// quietly correct a typed number): the server checks every value, and its refusal says what is allowed.

/** A time limit: an amount and its unit (working hours, working days, hours, days). */
export function LimitField({
  name,
  label,
  testId,
}: {
  name: (string | number)[];
  label: ReactNode;
  testId: string;
}) {
  // Two fields under one label, which names neither: each is named by it and by what it holds.
  const named = typeof label === 'string' ? label : '';
  const { t } = useTranslation();
  return (
    <Form.Item label={label} required>
      <Space.Compact>
        <Form.Item
          name={[...name, 'amount']}
          noStyle
          rules={[{ required: true, message: t('admin.settings.required') }]}
        >
          <InputNumber
            style={{ width: 120 }}
            aria-label={t('admin.settings.limitAmount', { name: named })}
            data-testid={`${testId}-amount`}
          />
        </Form.Item>
        <Form.Item name={[...name, 'unit']} noStyle>
          <Select
            style={{ width: 140 }}
            aria-label={t('admin.settings.limitUnit', { name: named })}
            options={TIME_LIMIT_UNITS.map((u) => ({ value: u, label: timeUnitLabel(t, u) }))}
            data-testid={`${testId}-unit`}
          />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

export function NumberField({
  name,
  label,
  testId,
}: {
  name: (string | number)[];
  label: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('admin.settings.required') }]}>
      <InputNumber style={{ width: 160 }} data-testid={testId} />
    </Form.Item>
  );
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Office hours: when the working day starts and ends, and its breaks (lunch). */
export function OfficeHoursFields() {
  const { t } = useTranslation();
  const clock = (name: (string | number)[], label: ReactNode, testId: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required: true, message: t('admin.settings.required') },
        { pattern: CLOCK, message: t('admin.settings.clock') },
      ]}
    >
      <Input style={{ width: 100 }} placeholder="09:00" data-testid={testId} />
    </Form.Item>
  );
  return (
    <>
      <Flex gap={16} wrap>
        {clock(['start'], t('admin.settings.fields.start'), 'setting-officeHours-start')}
        {clock(['end'], t('admin.settings.fields.end'), 'setting-officeHours-end')}
      </Flex>
      <Form.List name="breaks">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((field) => (
              <Flex key={field.key} gap={16} align="end" wrap>
                {clock(
                  [field.name, 'start'],
                  t('admin.settings.fields.breakStart'),
                  `setting-break-${field.name}-start`,
                )}
                {clock(
                  [field.name, 'end'],
                  t('admin.settings.fields.breakEnd'),
                  `setting-break-${field.name}-end`,
                )}
                <Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('admin.settings.removeBreak')}</Button>
                </Form.Item>
              </Flex>
            ))}
            <Button style={{ alignSelf: 'start' }} onClick={() => add({ start: '12:00', end: '13:00' })}>
              {t('admin.settings.addBreak')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </>
  );
}

/** One limit per step of the case loop, each labelled by the status it times. */
export function StepLimitFields({ steps }: { steps: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {steps.map((step) => (
        <LimitField key={step} name={[step]} label={statusLabel(t, step)} testId={`setting-step-${step}`} />
      ))}
    </>
  );
}
