import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimInput, Project } from '../api/communityLists';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { usePartnerUnits } from '../partners/partnerQueries';
import { useResources } from './listsQueries';

interface Values {
  partnerUnitId: string;
  note: string;
  resourceIds?: string[];
}

/** 认领: recorded by staff on a partner unit's behalf (units have no accounts), with what it brings. */
export function ClaimModal(submission: FormSubmission<ClaimInput, Project>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('partnerUnitId', form);
  const partners = usePartnerUnits(new Date().getFullYear());
  const resources = useResources(new URLSearchParams({ partnerUnitId: unitId ?? '' }).toString(), !!unitId);
  const offered = unitId ? (resources.data ?? []).filter((r) => r.partnerUnitId === unitId) : [];
  return (
    <FormModal<Values, ClaimInput, Project>
      form={form}
      title={t('lists.project.commands.claim')}
      testId="claim"
      toVariables={({ partnerUnitId, note, resourceIds }) => ({
        partnerUnitId,
        note: note.trim(),
        ...(resourceIds?.length ? { resourceIds } : {}),
      })}
      {...submission}
    >
      <Form.Item
        name="partnerUnitId"
        label={t('lists.project.claim.partnerUnit')}
        rules={[{ required: true, message: t('lists.resources.partnerUnitRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={(partners.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={() => form.setFieldValue('resourceIds', [])}
          data-testid="claim-unit"
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('lists.project.claim.note')}
        rules={[{ required: true, whitespace: true, message: t('lists.project.claim.noteRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid="claim-note" />
      </Form.Item>
      {offered.length > 0 && (
        <Form.Item name="resourceIds" label={t('lists.project.claim.resources')}>
          <Select
            mode="multiple"
            options={offered.map((r) => ({
              value: r.id,
              label: `${t(`lists.resourceKinds.${r.kind}`)} · ${r.description}`,
            }))}
            data-testid="claim-resources"
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
