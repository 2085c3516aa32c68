import { Alert, Form, Input, Modal, Radio, Rate, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallEvaluationInput } from '../api/whistleTypes';
import { errorText } from '../i18n/errorText';

interface Values {
  solved?: boolean;
  cooperation?: number;
  comment?: string;
}

interface Props {
  /** Whether the department reported in by the deadline: a fact of the record, shown, not asked. */
  reportedInOnTime: boolean;
  onCancel(): void;
  onSubmit(input: CallEvaluationInput): Promise<void>;
}

const isCooperation = (n: number | undefined): n is CallEvaluationInput['cooperation'] =>
  n === 1 || n === 2 || n === 3 || n === 4 || n === 5;

/** The street's side of 双向考核: did the department solve it, how well did it cooperate. */
export function EvaluateModal({ reportedInOnTime, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit() {
    const { solved, cooperation, comment } = await form.validateFields();
    if (solved === undefined || !isCooperation(cooperation)) return;
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit({ solved, cooperation, comment: comment?.trim() || undefined });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  return (
    <Modal
      open
      title={t('whistle.evaluateTitle')}
      okText={t('whistle.submitForm')}
      cancelText={t('whistle.cancelForm')}
      onOk={() => void submit().catch(() => {})}
      onCancel={onCancel}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': 'evaluate-submit' }}
      destroyOnHidden
    >
      {error !== null && (
        <Alert type="error" showIcon title={errorText(t, error)} style={{ marginBottom: 12 }} />
      )}
      <Form<Values> form={form} layout="vertical" initialValues={{ solved: true }}>
        <Form.Item label={t('whistle.reportedInOnTime')}>
          <Tag color={reportedInOnTime ? 'green' : 'red'}>
            {reportedInOnTime ? t('whistle.yes') : t('whistle.no')}
          </Tag>
        </Form.Item>
        <Form.Item name="solved" label={t('whistle.solved')}>
          <Radio.Group
            options={[
              { value: true, label: t('whistle.solvedYes') },
              { value: false, label: t('whistle.solvedNo') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="cooperation"
          label={t('whistle.cooperation')}
          rules={[{ required: true, message: t('whistle.cooperationRequired') }]}
        >
          <Rate />
        </Form.Item>
        <Form.Item name="comment" label={t('whistle.comment')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
