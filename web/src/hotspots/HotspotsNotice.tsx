import { FireOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { useOpenProposalCount } from './hotspotsApi';

/**
 * On the workbench of those who act on hotspots: how many proposals wait, leading to them. Hidden when
 * none wait, or for anyone who may not act on them.
 */
export function HotspotsNotice() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const allowed = can(useMe(), 'hotspots:manage');
  const open = useOpenProposalCount(allowed);
  if (!allowed || !open.data) return null;
  return (
    <Link
      to="/hotspots?status=open"
      style={{ color: 'inherit' }}
      data-testid="hotspots-notice"
      data-count={open.data}
    >
      <Card size="small" hoverable>
        <Flex align="center" gap={12}>
          <FireOutlined style={{ fontSize: 22, color: token.colorWarning }} />
          <Typography.Text strong style={{ flex: 1, minWidth: 0 }}>
            {t('hotspots.notice', { count: open.data })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('hotspots.noticeAction')}</Typography.Text>
          <RightOutlined style={{ color: token.colorTextTertiary }} />
        </Flex>
      </Card>
    </Link>
  );
}
