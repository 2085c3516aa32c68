import { Button, Flex, Layout, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { useSignOut } from './useSignOut';

/** The desk's header; a phone has no header, its tab bar and 我的 carry what is here. */
export function AppHeader() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  return (
    <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: 16 }}>
      <Flex align="center" gap={12} style={{ height: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.name')} <Typography.Text type="secondary">{t('app.secondName')}</Typography.Text>
        </Typography.Title>
        <MainNav lineHeight={62} />
        <Flex align="center" gap={12}>
          <Link to="/me" data-testid="user-name">
            {me.displayName}
          </Link>
          <Tag color="blue" data-testid="jurisdiction-name">
            {t('header.jurisdiction')}: {me.jurisdiction.name}
          </Tag>
          <LanguageSwitch />
          <Button size="small" onClick={() => void signOut()} data-testid="logout">
            {t('header.logout')}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
