import { NEED_SOURCES, type NeedSource } from '@needle/contract';
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Need, NeedInput } from '../api/communityLists';
import { FormModal, type FormSubmission } from '../common/FormModal';
import type { Community } from './useKeptCommunities';

interface Values {
  regionCode?: string;
  source: NeedSource;
  description: string;
  households: number;
  householdNote?: string;
}

/** 登记需求: where it came from, what it is, and which households as places, never as people. */
export function NeedModal({
  communities,
  ...submission
}: FormSubmission<NeedInput, Need> & { communities: Community[] }) {
  const { t } = useTranslation();
  const pick = communities.length > 1;
  return (
    <FormModal<Values, NeedInput, Need>
      title={t('lists.needs.record')}
      testId="need"
      initialValues={{ source: 'door_to_door', households: 1 }}
      toVariables={({ regionCode, source, description, households, householdNote }) => ({
        ...(regionCode ? { regionCode } : {}),
        source,
        description: description.trim(),
        households,
        ...(householdNote?.trim() ? { householdNote: householdNote.trim() } : {}),
      })}
      {...submission}
    >
      {pick && (
        <Form.Item
          name="regionCode"
          label={t('lists.community')}
          rules={[{ required: true, message: t('lists.communityRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={communities.map((c) => ({ value: c.code, label: c.name }))}
            data-testid="need-community"
          />
        </Form.Item>
      )}
      <Form.Item name="source" label={t('lists.needs.source')} rules={[{ required: true }]}>
        <Select
          options={NEED_SOURCES.map((s) => ({ value: s, label: t(`lists.needSources.${s}`) }))}
          data-testid="need-source"
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('lists.needs.description')}
        rules={[{ required: true, whitespace: true, message: t('lists.needs.descriptionRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="need-description" />
      </Form.Item>
      <Form.Item name="households" label={t('lists.needs.households')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100000} precision={0} data-testid="need-households" />
      </Form.Item>
      <Form.Item
        name="householdNote"
        label={t('lists.needs.householdNote')}
        extra={t('lists.needs.householdNoteHint')}
      >
        <Input maxLength={1000} data-testid="need-household-note" />
      </Form.Item>
    </FormModal>
  );
}
