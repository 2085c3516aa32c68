import { Form, Input } from 'antd';
import { FormModal, type FormSubmission } from './FormModal';

interface Props<Result> extends FormSubmission<string, Result> {
  title: string;
  label: string;
  /** The message shown when the note is left empty; no message means the note is optional. */
  requiredMessage?: string;
  testId?: string;
}

/** A step that needs only a few words: a reason, what was done, how the caller was reached. */
export function NoteModal<Result>({
  title,
  label,
  requiredMessage,
  testId = 'note',
  ...submission
}: Props<Result>) {
  return (
    <FormModal<{ note?: string }, string, Result>
      title={title}
      testId={testId}
      toVariables={({ note }) => note?.trim() ?? ''}
      {...submission}
    >
      <Form.Item
        name="note"
        label={label}
        rules={requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : []}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid={`${testId}-text`} />
      </Form.Item>
    </FormModal>
  );
}
