import { RANKING_KINDS } from '@needle/contract';
import { Alert, Card, Flex, Spin, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { cityTimeOfDay } from './cityClock';
import { KpiCards } from './KpiCards';
import { MonthPicker } from './MonthPicker';
import { RankingTable } from './RankingTable';
import { ScopePicker } from './ScopePicker';
import { useKpis } from './statsQueries';
import { readStatsQuery, type StatsQuery, writeStatsQuery } from './statsQuery';

/** 指挥中心: a month's KPIs for an area, and the four rankings that say who does well and why. */
export function StatsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readStatsQuery(params), [params]);
  const { month, region } = query;
  const kpis = useKpis({ month, regionCode: region });
  const show = (change: Partial<StatsQuery>) =>
    setParams(writeStatsQuery({ ...query, ...change }), { replace: true });

  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Flex align="center" wrap gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('stats.title')}
          </Typography.Title>
          <MonthPicker
            value={month}
            onChange={(next) => show({ month: next })}
            aria-label={t('stats.month')}
            data-testid="stats-month"
          />
          <ScopePicker value={region} onChange={(next) => show({ region: next })} />
          {kpis.data && (
            <Typography.Text type="secondary" data-testid="stats-period">
              {t('stats.period', { from: kpis.data.period.from, to: kpis.data.period.to })}
            </Typography.Text>
          )}
          {kpis.data && (
            // The rollups trail the events by a moment; say up to when the figures are complete.
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="stats-as-of">
              {t('stats.asOf', { time: cityTimeOfDay(kpis.data.asOf) })}
            </Typography.Text>
          )}
        </Flex>
        {kpis.data ? (
          <KpiCards kpis={kpis.data} />
        ) : kpis.error !== null ? (
          <Alert type="error" showIcon title={errorText(t, kpis.error)} />
        ) : (
          <Spin style={{ display: 'block', margin: 24 }} />
        )}
        <Card size="small" title={t('stats.rankings')}>
          <Tabs
            activeKey={query.ranking}
            onChange={(key) => show({ ranking: RANKING_KINDS.find((kind) => kind === key) ?? 'street' })}
            items={RANKING_KINDS.map((kind) => ({
              key: kind,
              label: <span data-testid={`ranking-tab-${kind}`}>{t(`stats.kinds.${kind}`)}</span>,
              children: <RankingTable kind={kind} month={month} />,
            }))}
          />
        </Card>
      </Flex>
    </PageShell>
  );
}
