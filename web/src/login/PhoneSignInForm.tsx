import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { errorText } from '../i18n/errorText';
import { type PhoneAndCode, PhoneCodeFields } from './PhoneCodeFields';
import { signInByPhone } from './phoneAuth';

/** 手机号登录: a code texted to the number signs its account in; `onSignedIn` then leaves the page. */
export function PhoneSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const { enter } = useAuth();
  const signIn = useMutation({
    mutationFn: signInByPhone,
    onSuccess: async (me) => {
      await enter(me);
      onSignedIn();
    },
  });

  return (
    <Form<PhoneAndCode>
      layout="vertical"
      requiredMark={false}
      onFinish={({ phone, code }) => signIn.mutate({ phone: phone.trim(), code })}
    >
      <PhoneCodeFields />
      {signIn.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, signIn.error)}
          style={{ marginBottom: 16 }}
          data-testid="phone-sign-in-error"
        />
      )}
      <Button type="primary" htmlType="submit" block loading={signIn.isPending} data-testid="phone-sign-in">
        {t('phone.signIn')}
      </Button>
    </Form>
  );
}
