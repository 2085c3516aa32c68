import type { Redeemed } from '@needle/contract';
import { Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/formatTime';
import { PickupCode } from './PickupCode';

/** After a redemption: the pickup code large, where and by when to show it. */
export function RedeemedModal({
  redeemed,
  onClose,
  onViewMine,
}: {
  redeemed: Redeemed;
  onClose(): void;
  onViewMine(): void;
}) {
  const { t } = useTranslation();
  const { redemption } = redeemed;
  return (
    <Modal
      open
      title={t('shop.redeem.doneTitle')}
      onCancel={onClose}
      footer={[
        <Button key="mine" onClick={onViewMine} data-testid="shop-view-mine">
          {t('shop.redeem.viewMine')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose} data-testid="shop-redeemed-close">
          {t('shop.redeem.close')}
        </Button>,
      ]}
    >
      <Flex vertical align="center" gap={8} data-testid="shop-redeemed">
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {redemption.itemName}
        </Typography.Text>
        <Typography.Text type="secondary">{t('shop.redeem.codeLabel')}</Typography.Text>
        {redemption.pickupCode && <PickupCode code={redemption.pickupCode} size={40} />}
        <Typography.Paragraph style={{ margin: 0, textAlign: 'center' }} data-testid="shop-pickup-deadline">
          {t('shop.redeem.deadline', {
            deadline: formatTime(redemption.pickupDeadline),
            merchant: redemption.partnerUnitName,
          })}
        </Typography.Paragraph>
        {redeemed.replayed && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('shop.redeem.replayed')}
          </Typography.Text>
        )}
      </Flex>
    </Modal>
  );
}
