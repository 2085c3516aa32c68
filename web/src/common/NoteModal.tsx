import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';

interface Props {
  title: string;
  label: string;
  /** The message shown when the note is left empty; no message means the note is optional. */
  requiredMessage?: string;
  onCancel(): void;
  /** Rejects with the server's refusal, which the modal shows while staying open. */
  onSubmit(note: string): Promise<void>;
  testId?: string;
}

/** A step that needs only a few words: a reason, what was done, how the caller was reached. */
export function NoteModal({ title, label, requiredMessage, onCancel, onSubmit, testId = 'note' }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit() {
    const { note } = await form.validateFields();
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit(note?.trim() ?? '');
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      okText={t('actionForm.submit')}
      cancelText={t('actionForm.cancel')}
      onOk={() => void submit().catch(() => {})}
      onCancel={onCancel}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': `${testId}-submit` }}
      destroyOnHidden
    >
      {error !== null && (
        <Alert type="error" showIcon title={errorText(t, error)} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          name="note"
          label={label}
          rules={requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid={`${testId}-text`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
