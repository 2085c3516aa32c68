import type { Redeemed, ShopItem } from '@needle/contract';
import { Alert, App, Card, Empty, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRefusal } from '../api/isRefusal';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { usePoints } from '../points/pointsQueries';
import { newIdempotencyKey } from '../report/idempotencyKey';
import { MyRedemptions } from './MyRedemptions';
import { RedeemedModal } from './RedeemedModal';
import { ShopItemCard } from './ShopItemCard';
import { useRedeem, useShopItems } from './shopQueries';

type Tab = 'items' | 'mine';

/**
 * 积分超市, phone first: the available balance on top, the items of where the resident lives as cards,
 * a confirmation, then the pickup code large; 我的兑换 beside it, with the codes of those still to pick up.
 */
export function ShopPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('items');
  const [redeemed, setRedeemed] = useState<Redeemed | null>(null);
  return (
    <PageShell maxWidth={640}>
      <Flex vertical gap={12} data-testid="shop-page">
        <PageHeading title={t('shop.title')} testId="shop-heading" />
        <Balance />
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as Tab)}
          items={[
            {
              key: 'items',
              label: <span data-testid="shop-tab-items">{t('shop.tabs.items')}</span>,
              children: <ShopItems onRedeemed={setRedeemed} />,
            },
            {
              key: 'mine',
              label: <span data-testid="shop-tab-mine">{t('shop.tabs.mine')}</span>,
              children: <MyRedemptions />,
            },
          ]}
        />
        {redeemed && (
          <RedeemedModal
            redeemed={redeemed}
            onClose={() => setRedeemed(null)}
            onViewMine={() => {
              setRedeemed(null);
              setTab('mine');
            }}
          />
        )}
      </Flex>
    </PageShell>
  );
}

/** What the resident may spend now; the points held for pending pickups are already out of it. */
function Balance() {
  const { t } = useTranslation();
  const { data } = usePoints(1);
  return (
    <Card size="small">
      <Flex vertical align="center" gap={2}>
        <Typography.Text type="secondary">{t('shop.balance')}</Typography.Text>
        <Typography.Text strong style={{ fontSize: 36, lineHeight: 1.2 }} data-testid="shop-balance">
          {data?.balance ?? '—'}
        </Typography.Text>
        {(data?.held ?? 0) > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
            {t('shop.held', { points: data?.held })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

function ShopItems({ onRedeemed }: { onRedeemed(redeemed: Redeemed): void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const items = useShopItems();
  const points = usePoints(1);
  const redeem = useRedeem();
  // One key per item being redeemed, kept until the server answers: a retry after a lost answer (a phone
  // dropping off the network) is the same redemption, not a second one taking the points twice.
  const keys = useRef(new Map<string, string>());
  const [busyItem, setBusyItem] = useState<string | null>(null);

  function send(item: ShopItem): Promise<void> {
    let key = keys.current.get(item.id);
    if (!key) {
      key = newIdempotencyKey();
      keys.current.set(item.id, key);
    }
    setBusyItem(item.id);
    return new Promise<void>((resolve) =>
      redeem.mutate(
        { itemId: item.id, key },
        {
          onSuccess: (result) => {
            keys.current.delete(item.id);
            onRedeemed(result);
          },
          onError: (error) => {
            if (isRefusal(error)) keys.current.delete(item.id);
            message.error(errorText(t, error));
          },
          onSettled: () => {
            setBusyItem(null);
            resolve();
          },
        },
      ),
    );
  }

  function confirm(item: ShopItem) {
    modal.confirm({
      title: t('shop.redeem.confirmTitle', { name: item.name }),
      content: t('shop.redeem.confirmBody', { points: item.points, merchant: item.partnerUnitName }),
      okText: t('shop.redeem.ok'),
      cancelText: t('shop.redeem.cancel'),
      okButtonProps: { 'data-testid': 'shop-redeem-confirm' },
      onOk: () => send(item),
    });
  }

  if (items.isPending) return <Skeleton active />;
  return (
    <Flex vertical gap={8} data-testid="shop-items">
      {items.error !== null && <Alert type="error" showIcon title={errorText(t, items.error)} />}
      {(items.data?.items ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('shop.empty')} />
      ) : (
        (items.data?.items ?? []).map((item) => (
          <ShopItemCard
            key={item.id}
            item={item}
            balance={points.data?.balance}
            busy={busyItem === item.id}
            onRedeem={confirm}
          />
        ))
      )}
    </Flex>
  );
}
