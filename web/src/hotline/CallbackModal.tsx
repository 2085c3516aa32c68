import { type CallbackInput, type CallbackResult, SATISFACTIONS, type Satisfaction } from '@needle/contract';
import { Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { isSaveShortcut } from './saveShortcut';

interface Values {
  reached: boolean;
  resolved?: boolean;
  satisfaction?: Satisfaction;
  note?: string;
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
export function CallbackModal(submission: FormSubmission<CallbackInput, CallbackResult>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const reached = Form.useWatch('reached', form);
  return (
    <FormModal<Values, CallbackInput, CallbackResult>
      form={form}
      title={t('hotline.recordCallback')}
      testId="callback"
      toVariables={toInput}
      initialValues={{ reached: true }}
      {...submission}
    >
      {/* As on the call screen: keyboard only, Ctrl+Enter saves from any field. */}
      <Flex
        vertical
        onKeyDown={(event) => {
          if (!isSaveShortcut(event)) return;
          event.preventDefault();
          form.submit();
        }}
      >
        <Form.Item
          name="reached"
          label={t('hotline.reached')}
          extra={<Typography.Text keyboard>{t('callConsole.shortcut')}</Typography.Text>}
        >
          <Radio.Group>
            <Radio value={true} autoFocus>
              <span data-testid="callback-reached">{t('hotline.reachedYes')}</span>
            </Radio>
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
                {SATISFACTIONS.map((satisfaction) => (
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
      </Flex>
    </FormModal>
  );
}
