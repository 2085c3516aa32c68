import { Alert, Button, Card, Flex, Form, Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { errorText } from '../i18n/errorText';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { PhoneSignInForm } from './PhoneSignInForm';
import { returnPath } from './returnPath';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  // Home ('/') sends each user where their work starts: staff to the workbench.
  const destination = returnPath(location.state, '/');

  if (state.status === 'signed-in') return <Navigate to={destination} replace />;

  async function submit({ username, password }: Credentials) {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(username, password);
      navigate(destination, { replace: true });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  const passwordForm = (
    <>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, error)}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      )}
      <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, message: t('login.usernameRequired') }]}
        >
          <Input autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form>
    </>
  );

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      {/* 360 px wide at most, and no wider than a small phone's screen: nothing scrolls sideways. */}
      <Card style={{ width: '100%', maxWidth: 360 }}>
        <Flex justify="space-between" align="baseline">
          <Typography.Title level={3}>
            {t('app.name')} <Typography.Text type="secondary">{t('app.secondName')}</Typography.Text>
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        <Tabs
          items={[
            { key: 'password', label: t('phone.tabPassword'), children: passwordForm },
            {
              key: 'phone',
              label: <span data-testid="login-tab-phone">{t('phone.tabPhone')}</span>,
              children: <PhoneSignInForm onSignedIn={() => navigate(destination, { replace: true })} />,
            },
          ]}
        />
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          {t('phone.noAccount')}{' '}
          <Link to="/signup" state={location.state} data-testid="signup-link">
            {t('phone.toSignUp')}
          </Link>
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
