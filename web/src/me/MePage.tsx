import { LogoutOutlined, RightOutlined, UserOutlined } from '@ant-design/icons';
import type { Me } from '@needle/contract';
import { Avatar, Button, Card, Flex, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { PageHeading } from '../common/PageHeading';
import { roleLabel } from '../i18n/labels';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { PageShell } from '../layout/PageShell';
import { sectionIcons } from '../layout/sectionIcons';
import { meLinksOf, sectionLabel, sectionPath } from '../layout/sections';
import { useIsPhone } from '../layout/useIsPhone';
import { useSignOut } from '../layout/useSignOut';
import { MyBuildingLink } from '../registry/MyBuildingLink';

/** The phone number the server gives the user, already masked by it; older servers give none. */
const phoneOf = (me: Me): string | null => ('phone' in me && typeof me.phone === 'string' ? me.phone : null);

/** A line of 我的: a label, and what it says or offers at the other end; big enough for a thumb. */
function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex align="center" justify="space-between" gap={12} style={{ minHeight: 48 }}>
      <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
        {label}
      </Typography.Text>
      {children}
    </Flex>
  );
}

/**
 * 我的: who is signed in and where they work, the language, the sections that have no tab on a phone,
 * and signing out (which the phone has no header for).
 */
export function MePage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const me = useMe();
  const signOut = useSignOut();
  const phone = phoneOf(me);
  const links = meLinksOf(me, useIsPhone());
  return (
    <PageShell maxWidth={600}>
      <Flex vertical gap={12} data-testid="me-page">
        <PageHeading title={t('layout.me.title')} />
        <Card size="small">
          <Flex align="center" gap={12}>
            <Avatar size={48} icon={<UserOutlined />} style={{ flexShrink: 0 }} />
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text strong style={{ fontSize: 16 }} data-testid="me-name">
                {me.displayName}
              </Typography.Text>
              <Typography.Text type="secondary">{me.username}</Typography.Text>
            </Flex>
          </Flex>
          <Line label={t('layout.me.roles')}>
            <Flex wrap gap={4} justify="end" data-testid="me-roles">
              {me.roles.map((role) => (
                <Tag key={role} style={{ marginInlineEnd: 0 }}>
                  {roleLabel(t, role)}
                </Tag>
              ))}
            </Flex>
          </Line>
          <Line label={t('layout.me.jurisdiction')}>
            <Typography.Text style={{ textAlign: 'end' }} data-testid="me-jurisdiction">
              {me.jurisdiction.name}
            </Typography.Text>
          </Line>
          {phone && (
            <Line label={t('layout.me.phone')}>
              <Typography.Text data-testid="me-phone">{phone}</Typography.Text>
            </Line>
          )}
          {me.company && (
            <Line label={t('layout.me.company')}>
              <Typography.Text data-testid="me-company">{me.company.name}</Typography.Text>
            </Line>
          )}
          <Line label={t('layout.me.language')}>
            <LanguageSwitch />
          </Line>
        </Card>
        <MyBuildingLink />
        {links.length > 0 && (
          <Card size="small" title={t('layout.me.sections')} styles={{ body: { paddingBlock: 0 } }}>
            {links.map((key, index) => {
              const Icon = sectionIcons[key];
              return (
                <Link
                  key={key}
                  to={sectionPath(key)}
                  data-testid={`me-link-${key}`}
                  style={{
                    display: 'flex',
                    alignItems: 'center',
                    gap: 12,
                    minHeight: 52,
                    color: token.colorText,
                    textDecoration: 'none',
                    borderTop: index === 0 ? undefined : `1px solid ${token.colorBorderSecondary}`,
                  }}
                >
                  <Icon style={{ fontSize: 20, color: token.colorPrimary }} />
                  <span style={{ flex: 1 }}>{sectionLabel(t, key, me)}</span>
                  <RightOutlined style={{ color: token.colorTextTertiary }} />
                </Link>
              );
            })}
          </Card>
        )}
        <Button
          size="large"
          block
          danger
          icon={<LogoutOutlined />}
          onClick={() => void signOut()}
          data-testid="me-sign-out"
        >
          {t('layout.me.signOut')}
        </Button>
      </Flex>
    </PageShell>
  );
}
