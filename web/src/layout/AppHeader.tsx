import { Button, Flex, Layout, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth, useMe } from '../auth/AuthContext';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const me = useMe();
  const navigate = useNavigate();

  async function leave() {
    await signOut();
    // Straight to a clean login page: the next person to sign in should not land on this user's last page.
    navigate('/login', { replace: true });
  }

  return (
    <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: 16 }}>
      <Flex align="center" gap={12} style={{ height: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('app.name')} <Typography.Text type="secondary">{t('app.secondName')}</Typography.Text>
        </Typography.Title>
        <Flex align="center" gap={12} style={{ marginInlineStart: 'auto' }}>
          <Typography.Text data-testid="user-name">{me.displayName}</Typography.Text>
          <Tag color="blue" data-testid="jurisdiction-name">
            {t('header.jurisdiction')}: {me.jurisdiction.name}
          </Tag>
          <LanguageSwitch />
          <Button size="small" onClick={() => void leave()} data-testid="logout">
            {t('header.logout')}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
