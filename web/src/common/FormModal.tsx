import { Alert, Form, type FormInstance, type FormProps, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';

/** A write as a form sees it: a TanStack mutation (useMutation's result fits). */
export interface FormMutation<Variables, Result> {
  mutate(variables: Variables, options: { onSuccess(result: Result): void }): void;
  isPending: boolean;
  error: unknown;
  reset(): void;
}

/** What the caller of a form modal hands it: the write, and what to do once it went through. */
export interface FormSubmission<Variables, Result> {
  mutation: FormMutation<Variables, Result>;
  onDone(result: Result): void;
  onCancel(): void;
}

interface FrameProps<Values, Variables, Result> extends Omit<FormSubmission<Variables, Result>, 'onCancel'> {
  form: FormInstance<Values>;
  /** The request made of the validated values; undefined sends nothing. */
  toVariables(values: Values): Variables | undefined;
  initialValues?: FormProps<Values>['initialValues'];
  /** Prefixes the test ids: `<testId>-form`, `<testId>-error`, `<testId>-submit`. */
  testId: string;
  /** Above the server's refusal: a warning that holds before anything is sent. */
  notice?: ReactNode;
  children: ReactNode;
}

/** The inside of a form that sends one write: the server's refusal above the fields, which stay as typed. */
export function FormFrame<Values, Variables, Result>({
  form,
  mutation,
  toVariables,
  onDone,
  initialValues,
  testId,
  notice,
  children,
}: FrameProps<Values, Variables, Result>) {
  const { t } = useTranslation();

  function finish(values: Values) {
    const variables = toVariables(values);
    if (variables === undefined || mutation.isPending) return;
    mutation.mutate(variables, { onSuccess: onDone });
  }

  return (
    <>
      {notice}
      {mutation.error !== null && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, mutation.error)}
          style={{ marginBottom: 12 }}
          data-testid={`${testId}-error`}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={finish}
        data-testid={`${testId}-form`}
      >
        {children}
      </Form>
    </>
  );
}

interface ModalProps<Values, Variables, Result>
  extends Omit<FrameProps<Values, Variables, Result>, 'form'>,
    FormSubmission<Variables, Result> {
  title: ReactNode;
  width?: number;
  /** A form instance of the caller's, when it watches a field; else the modal makes its own. */
  form?: FormInstance<Values>;
}

/**
 * A step that asks a few things before it is sent: the fields, OK busy while the write runs, the
 * server's refusal shown while the modal stays open. Closing forgets both what was typed and the refusal.
 */
export function FormModal<Values, Variables, Result>({
  title,
  width,
  form: given,
  onCancel,
  ...frame
}: ModalProps<Values, Variables, Result>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>(given);

  function close() {
    form.resetFields();
    frame.mutation.reset();
    onCancel();
  }

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={t('actionForm.submit')}
      cancelText={t('actionForm.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={frame.mutation.isPending}
      okButtonProps={{ 'data-testid': `${frame.testId}-submit` }}
      destroyOnHidden
    >
      <FormFrame form={form} {...frame} />
    </Modal>
  );
}
