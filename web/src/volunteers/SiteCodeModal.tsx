import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { useSiteCode } from './volunteersQueries';

/**
 * 现场签到码: shown on a screen on site by staff or the team leader; it changes every two minutes, so a
 * photo of it sent home is of no use. No QR code library is bundled yet, so the code is shown as large
 * text that volunteers type (or paste) on their phones; a QR code of the same token can replace it.
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
        <Typography.Text type="secondary">{t('volunteers.siteCode.noQr')}</Typography.Text>
        {code.data && (
          <>
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
