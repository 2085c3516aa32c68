import type { ShopItem } from '@needle/contract';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pointsShort, redeemBlock } from './shopRules';

/** One item as a resident's card: what, from whom, for how much, how many left, and 兑换 or why not. */
export function ShopItemCard({
  item,
  balance,
  busy,
  onRedeem,
}: {
  item: ShopItem;
  balance: number | undefined;
  busy: boolean;
  onRedeem(item: ShopItem): void;
}) {
  const { t } = useTranslation();
  const block = redeemBlock(item, balance);
  return (
    <Card size="small" data-testid={`shop-item-${item.id}`}>
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong style={{ fontSize: 16, minWidth: 0, overflowWrap: 'anywhere' }}>
            {item.name}
          </Typography.Text>
          <Tag color="gold" style={{ marginInlineEnd: 0, flexShrink: 0 }} data-testid="shop-item-points">
            {t('shop.item.points', { points: item.points })}
          </Tag>
        </Flex>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {t('shop.item.merchant', { name: item.partnerUnitName })} · {item.regionName}
        </Typography.Text>
        {item.description && (
          <Typography.Paragraph type="secondary" style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {item.description}
          </Typography.Paragraph>
        )}
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text data-testid="shop-item-stock">
            {t('shop.item.stock', { stock: item.stock })}
          </Typography.Text>
          <Flex align="center" justify="end" gap={8} wrap style={{ marginInlineStart: 'auto', minWidth: 0 }}>
            {block !== null && (
              <Typography.Text type="warning" data-testid={`shop-redeem-reason-${item.id}`}>
                {t(`shop.redeem.blocked.${block}`, {
                  short: balance === undefined ? 0 : pointsShort(item, balance),
                })}
              </Typography.Text>
            )}
            <Button
              type="primary"
              disabled={block !== null}
              loading={busy}
              onClick={() => onRedeem(item)}
              data-testid={`shop-redeem-${item.id}`}
            >
              {t('shop.redeem.button')}
            </Button>
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}
