import { App, Button, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPartnerUnit, type NewPartnerUnit, partnerKinds } from '../api/partners';
import { errorText } from '../i18n/errorText';
import { partnerKindLabel } from '../i18n/labels';

/** Enrols a unit in the street's alliance (联盟单位) with the responses a year it promises. */
export function EnrolPartnerForm({ onEnrolled }: { onEnrolled(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewPartnerUnit>();
  const [sending, setSending] = useState(false);

  async function finish(values: NewPartnerUnit) {
    setSending(true);
    try {
      const unit = await createPartnerUnit({ ...values, name: values.name.trim() });
      message.success(t('partners.enrolled', { name: unit.name }));
      form.resetFields();
      onEnrolled();
    } catch (caught) {
      message.error(errorText(t, caught));
    } finally {
      setSending(false);
    }
  }

  return (
    <Form<NewPartnerUnit>
      form={form}
      layout="inline"
      initialValues={{ kind: 'company', requiredYearlyResponses: 4 }}
      onFinish={(values) => void finish(values)}
      style={{ rowGap: 8 }}
    >
      <Form.Item
        name="name"
        rules={[{ required: true, whitespace: true, message: t('partners.nameRequired') }]}
      >
        <Input placeholder={t('partners.name')} maxLength={100} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="kind">
        <Select
          style={{ width: 130 }}
          options={partnerKinds.map((kind) => ({ value: kind, label: partnerKindLabel(t, kind) }))}
        />
      </Form.Item>
      <Form.Item name="requiredYearlyResponses" label={t('partners.required')}>
        <InputNumber min={0} max={52} precision={0} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={sending}>
        {t('partners.enrol')}
      </Button>
    </Form>
  );
}
