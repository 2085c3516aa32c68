import { useQuery } from '@tanstack/react-query';
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchCareTags } from '../api/registry';

interface Props {
  /** The resident's current values, masked: placeholders of fields that, left blank, stay as they are. */
  masked?: { name: string; idNumber: string | null; phone: string | null };
  /** The name may be left blank: a flat registered empty, or a change that keeps the name. */
  optional?: boolean;
}

/** A resident's fields; nobody keeping the registry sees an ID number or a phone in full. */
export function ResidentFields({ masked, optional = false }: Props) {
  const { t } = useTranslation();
  const tags = useQuery({ queryKey: ['registry', 'tags'], queryFn: ({ signal }) => fetchCareTags(signal) });
  return (
    <>
      <Form.Item
        name="name"
        label={t('registry.name')}
        rules={optional ? [] : [{ required: true, whitespace: true, message: t('registry.required') }]}
      >
        <Input maxLength={50} placeholder={masked?.name ?? ''} data-testid="resident-name" />
      </Form.Item>
      <Form.Item name="relation" label={t('registry.relation')}>
        <Input maxLength={20} placeholder={t('registry.relationHint')} />
      </Form.Item>
      <Form.Item name="birthYear" label={t('registry.birthYear')}>
        <InputNumber min={1900} max={2100} style={{ width: '100%' }} data-testid="resident-birth-year" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('registry.idNumber')}
        rules={[{ pattern: /^\d{17}[\dXx]$/, message: t('registry.idNumberInvalid') }]}
      >
        <Input
          maxLength={18}
          autoComplete="off"
          placeholder={masked?.idNumber ?? ''}
          data-testid="resident-id-number"
        />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('registry.phone')}
        rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('registry.phoneInvalid') }]}
        normalize={(v: string) => v.replace(/[\s-]/g, '')}
      >
        <Input
          inputMode="tel"
          maxLength={13}
          autoComplete="off"
          placeholder={masked?.phone ?? ''}
          data-testid="resident-phone"
        />
      </Form.Item>
      <Form.Item name="careTags" label={t('registry.careTag')}>
        <Select
          mode="multiple"
          allowClear
          options={(tags.data ?? []).map((x) => ({ value: x.code, label: x.label }))}
          data-testid="resident-care-tags"
        />
      </Form.Item>
    </>
  );
}
