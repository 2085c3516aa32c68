import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Errand, type ErrandInput, takeErrand } from '../api/errands';
import { FormModal } from '../common/FormModal';
import { GridSelect } from '../registry/GridSelect';

const KINDS = ['senior_card', 'medical_insurance', 'relief', 'certificate', 'other'] as const;

interface Values {
  regionCode: string;
  kind: ErrandInput['kind'];
  forName: string;
  requesterPhone?: string;
  office?: string;
  deadline: string;
  documents?: string[];
}

/** 登记代办: what is run for whom, at which office, by when, and the documents taken from them. */
export function TakeErrandModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: takeErrand,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['errands'] }),
  });
  const required = [{ required: true, whitespace: true, message: t('errands.required') }];
  return (
    <FormModal<Values, ErrandInput, Errand>
      title={t('errands.newErrand')}
      testId="errand-new"
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
      initialValues={{ kind: 'senior_card' }}
      toVariables={({ requesterPhone, office, documents, ...rest }) => ({
        ...rest,
        forName: rest.forName.trim(),
        ...(requesterPhone?.trim() ? { requesterPhone: requesterPhone.trim() } : {}),
        ...(office?.trim() ? { office: office.trim() } : {}),
        ...(documents?.length ? { documents } : {}),
      })}
    >
      <Form.Item name="regionCode" label={t('errands.grid')} rules={required}>
        <GridSelect data-testid="errand-grid" />
      </Form.Item>
      <Form.Item name="kind" label={t('errands.kind')} rules={required}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(`errands.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="forName" label={t('errands.forName')} rules={required}>
        <Input maxLength={50} data-testid="errand-for" />
      </Form.Item>
      <Form.Item name="requesterPhone" label={t('errands.requesterPhone')}>
        <Input inputMode="tel" maxLength={32} data-testid="errand-phone" />
      </Form.Item>
      <Form.Item name="office" label={t('errands.office')}>
        <Input maxLength={100} data-testid="errand-office" />
      </Form.Item>
      <Form.Item name="deadline" label={t('errands.deadline')} rules={required}>
        <Input type="date" data-testid="errand-deadline" />
      </Form.Item>
      <Form.Item name="documents" label={t('errands.documents')} extra={t('errands.documentsHint')}>
        <Select mode="tags" open={false} maxCount={20} data-testid="errand-documents" />
      </Form.Item>
    </FormModal>
  );
}
