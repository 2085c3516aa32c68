import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Layout, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fetchPublicShop } from '../api/inspections';
import { isNotFound } from '../api/isNotFound';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';

/**
 * What a shop's code (一户一码) opens, for anyone: the shop, its 门前五包 duties and its last inspection.
 * A resident reports a problem at the shop from here; a grid worker opens its inspection.
 */
export function PublicShopPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const shop = useQuery({
    queryKey: ['public-shop', code],
    queryFn: ({ signal }) => fetchPublicShop(code, signal),
    retry: false,
  });
  const s = shop.data;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ padding: 16, maxWidth: 600, width: '100%', margin: '0 auto' }}>
        {shop.error ? (
          <Alert
            type="warning"
            showIcon
            data-testid="shop-invalid"
            title={isNotFound(shop.error) ? t('inspections.shop.invalid') : errorText(t, shop.error)}
          />
        ) : !s ? (
          <Skeleton active />
        ) : (
          <Flex vertical gap={12}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="shop-name">
              {s.name}
            </Typography.Title>
            <Typography.Text type="secondary">{s.address}</Typography.Text>
            <Card size="small" title={t('inspections.shop.duties')}>
              <Flex wrap gap={6}>
                {s.frontageDuties.map((d) => (
                  <Tag key={d} color="blue">
                    {d}
                  </Tag>
                ))}
              </Flex>
            </Card>
            <Card size="small" title={t('inspections.shop.lastInspection')}>
              {s.lastInspection ? (
                <Flex gap={8} align="center">
                  <Tag color={s.lastInspection.passed ? 'green' : 'orange'}>
                    {s.lastInspection.passed
                      ? t('inspections.shop.passed')
                      : t('inspections.shop.failed', { count: s.lastInspection.openOrders })}
                  </Tag>
                  {formatTime(s.lastInspection.at)}
                </Flex>
              ) : (
                t('inspections.shop.none')
              )}
            </Card>
            <Link
              to={`/report?shop=${encodeURIComponent(code)}&lat=${s.lat}&lng=${s.lng}`}
              data-testid="shop-report"
            >
              <Button type="primary" size="large" block style={{ minHeight: 48 }}>
                {t('inspections.shop.report')}
              </Button>
            </Link>
            <Link to={`/inspections?target=${s.id}`} data-testid="shop-inspect">
              <Button size="large" block style={{ minHeight: 48 }}>
                {t('inspections.shop.inspect')}
              </Button>
            </Link>
          </Flex>
        )}
      </Layout.Content>
    </Layout>
  );
}
