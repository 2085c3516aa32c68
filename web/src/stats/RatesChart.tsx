import type { Kpis } from '@needle/contract';
import { Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ratesOption } from './chartOptions';
import { EChart } from './EChart';

/** The three rates and the composite, on-time closure, rework and on-time report-ins side by side. */
export function RatesChart({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const option = useMemo(() => ratesOption(t, kpis), [t, kpis]);
  return (
    <Card size="small" title={t('dashboards.rates')}>
      <EChart option={option} height={260} label={t('dashboards.ratesLabel')} data-testid="chart-rates" />
    </Card>
  );
}
