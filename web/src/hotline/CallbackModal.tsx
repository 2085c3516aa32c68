import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CallbackInput, type Satisfaction, satisfactions } from '../api/hotlineTypes';
import { errorText } from '../i18n/errorText';

interface Values {
  reached: boolean;
  resolved?: boolean;
  satisfaction?: Satisfaction;
  note?: string;
}

interface Props {
  onCancel(): void;
  /** Rejects with the server's refusal, which the modal shows while staying open. */
  onSubmit(input: CallbackInput): Promise<void>;
}

// A caller who did not answer gave no verdict: the server refuses answers without a caller.
const toInput = (values: Values): CallbackInput =>
  values.reached
    ? {
        reached: true,
        resolved: values.resolved,
        satisfaction: values.satisfaction,
        note: values.note?.trim() ?? '',
      }
    : { reached: false, note: values.note?.trim() ?? '' };

/** 回访: did the caller answer, is the problem solved, how satisfied are they. */
export function CallbackModal({ onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const reached = Form.useWatch('reached', form);
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit() {
    const values = await form.validateFields();
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit(toInput(values));
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  return (
    <Modal
      open
      title={t('hotline.recordCallback')}
      okText={t('hotline.submitNote')}
      cancelText={t('hotline.cancel')}
      onOk={() => void submit().catch(() => {})}
      onCancel={onCancel}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': 'callback-submit' }}
      destroyOnHidden
    >
      {error !== null && (
        <Alert type="error" showIcon title={errorText(t, error)} style={{ marginBottom: 12 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ reached: true }}
        data-testid="callback-form"
      >
        <Form.Item name="reached" label={t('hotline.reached')}>
          <Radio.Group>
            <Radio value={true}>{t('hotline.reachedYes')}</Radio>
            <Radio value={false}>
              <span data-testid="callback-unreached">{t('hotline.reachedNo')}</span>
            </Radio>
          </Radio.Group>
        </Form.Item>
        {reached !== false && (
          <>
            <Form.Item name="resolved" label={t('hotline.resolved')}>
              <Radio.Group>
                <Radio value={true}>
                  <span data-testid="callback-resolved">{t('hotline.resolvedYes')}</span>
                </Radio>
                <Radio value={false}>
                  <span data-testid="callback-unresolved">{t('hotline.resolvedNo')}</span>
                </Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item name="satisfaction" label={t('hotline.satisfaction')}>
              <Radio.Group>
                {satisfactions.map((satisfaction) => (
                  <Radio key={satisfaction} value={satisfaction}>
                    <span data-testid={`callback-${satisfaction}`}>
                      {t(`hotline.satisfactions.${satisfaction}`)}
                    </span>
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          </>
        )}
        <Form.Item
          name="note"
          label={t('hotline.callbackNote')}
          rules={[{ required: true, whitespace: true, message: t('hotline.callbackNoteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="callback-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
