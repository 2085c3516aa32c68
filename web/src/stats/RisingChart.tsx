import { Alert, Card, Empty, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategoryName } from '../categories/useCategoryName';
import { errorText } from '../i18n/errorText';
import { risingOption } from './chartOptions';
import { EChart } from './EChart';
import { useRising } from './statsQueries';

/** The categories with the most new reports against the period before: where a problem is growing. */
export function RisingChart({ month, regionCode }: { month: string; regionCode?: string }) {
  const { t } = useTranslation();
  const rising = useRising(month, { regionCode });
  const categoryName = useCategoryName();
  const option = useMemo(() => {
    if (!rising.data) return null;
    // The server names categories in Chinese; the category list names them in the user's language.
    const items = rising.data.items.map((item) => {
      const local = categoryName(item.categoryCode);
      return local === item.categoryCode ? item : { ...item, name: local };
    });
    return risingOption(t, items);
  }, [t, rising.data, categoryName]);
  return (
    <Card size="small" title={t('dashboards.rising')}>
      {rising.data && option ? (
        rising.data.items.length === 0 ? (
          <Empty description={t('dashboards.risingEmpty')} />
        ) : (
          <>
            <EChart
              option={option}
              height={280}
              label={t('dashboards.risingLabel')}
              data-testid="chart-rising"
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboards.risingNote', rising.data.previous)}
            </Typography.Text>
          </>
        )
      ) : rising.error ? (
        <Alert type="error" showIcon title={errorText(t, rising.error)} />
      ) : (
        <Skeleton active paragraph={{ rows: 6 }} />
      )}
    </Card>
  );
}
