import { COURIER_COMPANY_KINDS, type CourierCompanyKind } from '@needle/contract';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { errorText } from '../i18n/errorText';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { type PhoneAndCode, PhoneCodeFields } from '../login/PhoneCodeFields';
import { signUpByPhone } from '../login/phoneAuth';
import { returnPath } from '../login/returnPath';

interface SignUpForm extends PhoneAndCode {
  displayName: string;
  role: 'resident' | 'courier';
  companyKind?: CourierCompanyKind;
  companyName?: string;
}

/**
 * 注册: residents, couriers and delivery riders make their own account with a code texted to their
 * phone; a courier names the 快递 company or 外卖 platform they ride for. Then straight to reporting.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  const { state, enter } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<SignUpForm>();
  const role = Form.useWatch('role', form);
  const destination = returnPath(location.state, '/report');
  const signUp = useMutation({
    mutationFn: signUpByPhone,
    onSuccess: async (me) => {
      await enter(me);
      navigate(destination, { replace: true });
    },
  });

  if (state.status === 'signed-in') return <Navigate to={destination} replace />;

  function submit({ phone, code, displayName, role, companyKind, companyName }: SignUpForm) {
    signUp.mutate({
      phone: phone.trim(),
      code,
      displayName: displayName.trim(),
      role,
      ...(role === 'courier' && companyKind && companyName
        ? { company: { kind: companyKind, name: companyName.trim() } }
        : {}),
    });
  }

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 360 }}>
        <Flex justify="space-between" align="baseline">
          <Typography.Title level={3}>{t('phone.signUp.title')}</Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary">{t('phone.signUp.intro')}</Typography.Paragraph>
        <Form<SignUpForm>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ role: 'resident', companyKind: 'express' }}
          onFinish={submit}
        >
          <PhoneCodeFields />
          <Form.Item
            name="displayName"
            label={t('phone.signUp.name')}
            rules={[{ required: true, whitespace: true, max: 40, message: t('phone.signUp.nameRequired') }]}
          >
            <Input placeholder={t('phone.signUp.namePlaceholder')} data-testid="signup-name" />
          </Form.Item>
          <Form.Item name="role" label={t('phone.signUp.role')}>
            <Radio.Group optionType="button" buttonStyle="solid">
              {/* The test id on the label: antd gives a Radio.Button's own props to its hidden input. */}
              <Radio.Button value="resident">
                <span data-testid="signup-role-resident">{t('phone.signUp.resident')}</span>
              </Radio.Button>
              <Radio.Button value="courier">
                <span data-testid="signup-role-courier">{t('phone.signUp.courier')}</span>
              </Radio.Button>
            </Radio.Group>
          </Form.Item>
          {role === 'courier' && (
            <>
              <Form.Item name="companyKind" label={t('phone.signUp.companyKind')}>
                <Select
                  data-testid="signup-company-kind"
                  options={COURIER_COMPANY_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`phone.companyKinds.${kind}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="companyName"
                label={t('phone.signUp.companyName')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    max: 60,
                    message: t('phone.signUp.companyNameRequired'),
                  },
                ]}
              >
                <Input
                  placeholder={t('phone.signUp.companyNamePlaceholder')}
                  data-testid="signup-company-name"
                />
              </Form.Item>
            </>
          )}
          {signUp.isError && (
            <Alert
              type="error"
              showIcon
              title={errorText(t, signUp.error)}
              style={{ marginBottom: 16 }}
              data-testid="signup-error"
            />
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={signUp.isPending}
            data-testid="signup-submit"
          >
            {t('phone.signUp.submit')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          {t('phone.signUp.haveAccount')}{' '}
          <Link to="/login" state={location.state} data-testid="signin-link">
            {t('phone.signUp.toSignIn')}
          </Link>
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
