import { PARTNER_KINDS } from '@needle/contract';
import { App, Button, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NewPartnerUnit } from '../api/partners';
import { useFieldWidth } from '../common/useFieldWidth';
import { errorText } from '../i18n/errorText';
import { partnerKindLabel } from '../i18n/labels';
import { useIsPhone } from '../layout/useIsPhone';
import { useEnrolPartner } from './partnerQueries';

/** Enrols a unit in the street's alliance (联盟单位) with the responses a year it promises. */
export function EnrolPartnerForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewPartnerUnit>();
  const enrol = useEnrolPartner();
  const width = useFieldWidth();
  // In a row at a desk; one field under the other on a phone.
  const phone = useIsPhone();

  function finish(values: NewPartnerUnit) {
    enrol.mutate(
      { ...values, name: values.name.trim() },
      {
        onSuccess: (unit) => {
          message.success(t('partners.enrolled', { name: unit.name }));
          form.resetFields();
        },
        onError: (caught) => message.error(errorText(t, caught)),
      },
    );
  }

  return (
    <Form<NewPartnerUnit>
      form={form}
      layout={phone ? 'vertical' : 'inline'}
      initialValues={{ kind: 'company', requiredYearlyResponses: 4 }}
      onFinish={finish}
      style={{ rowGap: 8 }}
    >
      <Form.Item
        name="name"
        rules={[{ required: true, whitespace: true, message: t('partners.nameRequired') }]}
      >
        <Input placeholder={t('partners.name')} maxLength={100} style={{ width: width(220) }} />
      </Form.Item>
      <Form.Item name="kind">
        <Select
          style={{ width: width(130) }}
          options={PARTNER_KINDS.map((kind) => ({ value: kind, label: partnerKindLabel(t, kind) }))}
        />
      </Form.Item>
      <Form.Item name="requiredYearlyResponses" label={t('partners.required')}>
        <InputNumber min={0} max={52} precision={0} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block={phone} loading={enrol.isPending}>
        {t('partners.enrol')}
      </Button>
    </Form>
  );
}
