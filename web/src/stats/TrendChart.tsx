import { Alert, Card, Segmented, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { trendOption } from './chartOptions';
import { monthDays } from './drill';
import { EChart } from './EChart';
import { useTrend } from './statsQueries';

/** The twelve months up to and including this one, as a period. */
export function yearTo(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const start = m === 12 ? `${year}-01` : `${year - 1}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${start}-01`, to: monthDays(month).to };
}

/** Reports and closures with on-time closure and the composite, by day of the month or by month of the year. */
export function TrendChart({ month, regionCode }: { month: string; regionCode?: string }) {
  const { t } = useTranslation();
  const [granularity, setGranularity] = useState<'day' | 'month'>('day');
  const period = granularity === 'day' ? monthDays(month) : yearTo(month);
  const trend = useTrend({ ...period, granularity, regionCode });
  const option = useMemo(() => (trend.data ? trendOption(t, trend.data.points) : null), [t, trend.data]);
  return (
    <Card
      size="small"
      title={t('dashboards.trend')}
      extra={
        <Segmented
          size="small"
          value={granularity}
          onChange={(value) => setGranularity(value === 'month' ? 'month' : 'day')}
          options={[
            { value: 'day', label: t('dashboards.byDay') },
            { value: 'month', label: t('dashboards.byMonth') },
          ]}
          data-testid="trend-granularity"
        />
      }
    >
      {option ? (
        <EChart option={option} height={280} label={t('dashboards.trendLabel')} data-testid="chart-trend" />
      ) : trend.error ? (
        <Alert type="error" showIcon title={errorText(t, trend.error)} />
      ) : (
        <Skeleton active paragraph={{ rows: 6 }} />
      )}
    </Card>
  );
}
