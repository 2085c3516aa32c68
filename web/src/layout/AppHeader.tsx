import { Button, Flex, Grid, Layout, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth, useMe } from '../auth/AuthContext';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';

const bar = { background: '#fff', borderBottom: '1px solid #f0f0f0' };

export function AppHeader() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const me = useMe();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md ?? true;

  async function leave() {
    await signOut();
    // Straight to a clean login page: the next person to sign in should not land on this user's last page.
    navigate('/login', { replace: true });
  }

  const brand = (
    <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
      {t('app.name')} {wide && <Typography.Text type="secondary">{t('app.secondName')}</Typography.Text>}
    </Typography.Title>
  );
  const account = (
    <>
      <LanguageSwitch />
      <Button size="small" onClick={() => void leave()} data-testid="logout">
        {t('header.logout')}
      </Button>
    </>
  );

  if (!wide) {
    // On a phone the navigation gets a row of its own: squeezed beside the brand it would fold
    // Report and Inbox, the two a phone user needs most, into an overflow menu.
    return (
      <header style={bar}>
        <Flex align="center" gap={4} style={{ height: 44, paddingInline: 8 }}>
          {brand}
          <Flex align="center" gap={4} style={{ marginInlineStart: 'auto' }}>
            {account}
          </Flex>
        </Flex>
        <MainNav lineHeight={40} />
      </header>
    );
  }

  return (
    <Layout.Header style={{ ...bar, paddingInline: 16 }}>
      <Flex align="center" gap={12} style={{ height: '100%' }}>
        {brand}
        <MainNav lineHeight={62} />
        <Flex align="center" gap={12}>
          <Typography.Text data-testid="user-name">{me.displayName}</Typography.Text>
          <Tag color="blue" data-testid="jurisdiction-name">
            {t('header.jurisdiction')}: {me.jurisdiction.name}
          </Tag>
          {account}
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
