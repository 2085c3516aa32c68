import type { Redemption } from '@needle/contract';
import { Alert, App, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { PickupCode } from './PickupCode';
import { RedemptionStateTag } from './RedemptionStateTag';
import { useCancelRedemption, useMyRedemptions } from './shopQueries';

/** 我的兑换: newest first; a pending one shows its code to show the merchant and may be called off. */
export function MyRedemptions() {
  const { t } = useTranslation();
  const { data, isPending, error } = useMyRedemptions();
  if (isPending) return <Skeleton active />;
  return (
    <Flex vertical gap={8} data-testid="my-redemptions">
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      {(data?.items ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('shop.mine.empty')} />
      ) : (
        (data?.items ?? []).map((r) => <RedemptionCard key={r.id} redemption={r} />)
      )}
    </Flex>
  );
}

function RedemptionCard({ redemption: r }: { redemption: Redemption }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const cancel = useCancelRedemption();
  function confirmCancel() {
    modal.confirm({
      title: t('shop.mine.cancelConfirm', { name: r.itemName }),
      content: t('shop.mine.cancelBody', { points: r.points }),
      okText: t('shop.mine.cancelOk'),
      okButtonProps: { danger: true, 'data-testid': 'redemption-cancel-confirm' },
      cancelText: t('shop.mine.keep'),
      onOk: () =>
        new Promise<void>((resolve) =>
          cancel.mutate(r.id, {
            onSuccess: () => {
              message.success(t('shop.mine.cancelled'));
              resolve();
            },
            onError: (error) => {
              message.error(errorText(t, error));
              resolve();
            },
          }),
        ),
    });
  }
  return (
    <Card size="small" data-testid={`redemption-${r.id}`}>
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {r.itemName}
          </Typography.Text>
          <RedemptionStateTag state={r.state} />
        </Flex>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {t('shop.item.merchant', { name: r.partnerUnitName })} ·{' '}
          {t('shop.mine.points', { points: r.points })}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('shop.mine.createdAt', { at: formatTime(r.createdAt) })}
          {r.endedAt && ` · ${t('shop.mine.endedAt', { at: formatTime(r.endedAt) })}`}
        </Typography.Text>
        {r.state === 'pending' && (
          <Flex vertical align="center" gap={4} style={{ paddingBlock: 4 }}>
            <Typography.Text type="secondary">{t('shop.redeem.codeLabel')}</Typography.Text>
            {r.pickupCode && <PickupCode code={r.pickupCode} />}
            <Typography.Text style={{ textAlign: 'center' }}>
              {t('shop.mine.deadline', { at: formatTime(r.pickupDeadline) })}
            </Typography.Text>
            <Button
              danger
              block
              loading={cancel.isPending}
              onClick={confirmCancel}
              data-testid={`redemption-cancel-${r.id}`}
            >
              {t('shop.mine.cancel')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
