import { Alert, Button, Flex, Modal, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { useSiteCode } from './volunteersQueries';

/**
 * 现场签到码: shown on a screen on site by staff or the team leader; it changes every two minutes, so a
 * photo of it sent home is of no use. The QR code holds the token itself, which the phone's scanner reads
 * (ScanModal); the same token is printed below it for phones without a camera reader, to type or paste.
 */
export function SiteCodeModal({ activityId, onClose }: { activityId: string; onClose(): void }) {
  const { t } = useTranslation();
  const code = useSiteCode(activityId, true);
  return (
    <Modal
      open
      title={t('volunteers.activity.siteCode')}
      onCancel={onClose}
      footer={
        <Button onClick={onClose} data-testid="site-code-close">
          {t('volunteers.siteCode.close')}
        </Button>
      }
      destroyOnHidden
    >
      <Flex vertical gap={12} align="center" data-testid="site-code">
        {code.error !== null && <Alert type="error" showIcon title={errorText(t, code.error)} />}
        <Typography.Text type="secondary">{t('volunteers.siteCode.scanHint')}</Typography.Text>
        {code.data && (
          <>
            {/* Level M: the screen is read at arm's length, and a denser code would not fit a phone's modal. */}
            <QRCode
              value={code.data.token}
              size={240}
              errorLevel="M"
              bordered={false}
              data-testid="site-code-qr"
            />
            <Typography.Text
              copyable
              code
              style={{ fontSize: 22, wordBreak: 'break-all', textAlign: 'center' }}
              data-testid="site-code-token"
            >
              {code.data.token}
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="site-code-valid-until">
              {t('volunteers.siteCode.validUntil', { time: formatTime(code.data.validUntil).slice(-5) })}
            </Typography.Text>
          </>
        )}
      </Flex>
    </Modal>
  );
}
