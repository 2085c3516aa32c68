import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { requestPhoneCode } from './phoneAuth';
import { useCountdown } from './useCountdown';

/** The fields both phone forms carry. */
export interface PhoneAndCode {
  phone: string;
  code: string;
}

// Loose on purpose: the server reads the number (spaces, dashes, +86) and says whether it is a mobile.
const PHONE_PATTERN = /^[+\d][\d\s-]{6,19}$/;

/**
 * 手机号 and 短信验证码, for an antd Form holding `phone` and `code`: the send button asks for a code
 * and counts down until another may be sent; on a demo installation the code is shown, as no text
 * message carries it.
 */
export function PhoneCodeFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PhoneAndCode>();
  const [resendAt, setResendAt] = useState<number | null>(null);
  const secondsLeft = useCountdown(resendAt);
  const send = useMutation({
    mutationFn: requestPhoneCode,
    onSuccess: (sent) => setResendAt(Date.now() + sent.resendAfterSeconds * 1000),
  });

  async function sendCode() {
    const { phone } = await form.validateFields(['phone']).catch(() => ({ phone: null }));
    if (phone) send.mutate({ phone: phone.trim() });
  }

  return (
    <>
      <Form.Item
        name="phone"
        label={t('phone.phone')}
        rules={[
          { required: true, whitespace: true, message: t('phone.phoneRequired') },
          { pattern: PHONE_PATTERN, message: t('phone.phoneInvalid') },
        ]}
      >
        <Input
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          placeholder={t('phone.phonePlaceholder')}
          data-testid="phone-input"
        />
      </Form.Item>
      <Form.Item label={t('phone.code')} required>
        <Space.Compact block>
          <Form.Item
            name="code"
            noStyle
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('phone.codeRequired') }]}
          >
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder={t('phone.codePlaceholder')}
              data-testid="phone-code-input"
            />
          </Form.Item>
          <Button
            onClick={sendCode}
            loading={send.isPending}
            disabled={secondsLeft > 0}
            data-testid="phone-send-code"
          >
            {secondsLeft > 0 ? t('phone.resendIn', { seconds: secondsLeft }) : t('phone.sendCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {send.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, send.error)}
          style={{ marginBottom: 16 }}
          data-testid="phone-code-error"
        />
      )}
      {send.data?.demoCode !== undefined ? (
        <Alert
          type="warning"
          showIcon
          title={t('phone.demoCode', { code: send.data.demoCode })}
          description={t('phone.demoCodeHint')}
          style={{ marginBottom: 16 }}
          data-testid="demo-code"
          data-code={send.data.demoCode}
        />
      ) : (
        send.isSuccess && (
          <Alert
            type="success"
            showIcon
            title={t('phone.codeSent', { phone: send.data.phone })}
            style={{ marginBottom: 16 }}
            data-testid="phone-code-sent"
          />
        )
      )}
    </>
  );
}
