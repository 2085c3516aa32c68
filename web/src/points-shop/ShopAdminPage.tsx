import { Button, Flex, Result, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { PageHeading } from '../common/PageHeading';
import { PageShell } from '../layout/PageShell';
import { ShopItemsTab } from './ShopItemsTab';
import { ShopRedemptionsTab } from './ShopRedemptionsTab';
import { keepsShop } from './shopRules';

/**
 * 积分超市管理: community and street staff keep the partner merchants' items and, for the merchants, who
 * have no accounts, complete the pickups by the residents' codes. Desk first; the tables scroll on a phone.
 */
export function ShopAdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  if (!keepsShop(me)) {
    return (
      <PageShell>
        <Result
          status="403"
          title={t('shop.noAccess')}
          extra={
            <Button type="primary" onClick={() => navigate('/points/shop')}>
              {t('shop.toShop')}
            </Button>
          }
          data-testid="shop-forbidden"
        />
      </PageShell>
    );
  }
  return (
    <PageShell maxWidth={1200}>
      <Flex vertical gap={12} data-testid="shop-admin-page">
        <PageHeading title={t('shop.adminTitle')} testId="shop-admin-heading" />
        <Tabs
          destroyOnHidden
          items={[
            {
              key: 'items',
              label: <span data-testid="shop-items-tab">{t('shop.adminTabs.items')}</span>,
              children: <ShopItemsTab />,
            },
            {
              key: 'redemptions',
              label: <span data-testid="shop-redemptions-tab">{t('shop.adminTabs.redemptions')}</span>,
              children: <ShopRedemptionsTab />,
            },
          ]}
        />
      </Flex>
    </PageShell>
  );
}
