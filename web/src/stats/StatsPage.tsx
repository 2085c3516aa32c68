import { Alert, Card, DatePicker, Flex, Spin, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchKpis } from '../api/stats';
import { rankingKinds } from '../api/statsTypes';
import { useResource } from '../api/useResource';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { KpiCards } from './KpiCards';
import { RankingTable } from './RankingTable';
import { ScopePicker } from './ScopePicker';
import { readStatsQuery, type StatsQuery, writeStatsQuery } from './statsQuery';

/** 指挥中心: a month's KPIs for an area, and the four rankings that say who does well and why. */
export function StatsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readStatsQuery(params), [params]);
  const { month, region } = query;
  const load = useMemo(
    () => (signal: AbortSignal) => fetchKpis({ month, regionCode: region }, signal),
    [month, region],
  );
  const kpis = useResource(load);
  const show = (change: Partial<StatsQuery>) =>
    setParams(writeStatsQuery({ ...query, ...change }), { replace: true });

  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Flex align="center" wrap gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('stats.title')}
          </Typography.Title>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(day) => day && show({ month: day.format('YYYY-MM') })}
            disabledDate={(day) => day.isAfter(dayjs(), 'month')}
            aria-label={t('stats.month')}
            data-testid="stats-month"
          />
          <ScopePicker value={region} onChange={(next) => show({ region: next })} />
          {kpis.status === 'ready' && (
            <Typography.Text type="secondary" data-testid="stats-period">
              {t('stats.period', { from: kpis.data.period.from, to: kpis.data.period.to })}
            </Typography.Text>
          )}
        </Flex>
        {kpis.status === 'loading' && <Spin style={{ display: 'block', margin: 24 }} />}
        {kpis.status === 'failed' && <Alert type="error" showIcon title={errorText(t, kpis.error)} />}
        {kpis.status === 'ready' && <KpiCards kpis={kpis.data} />}
        <Card size="small" title={t('stats.rankings')}>
          <Tabs
            activeKey={query.ranking}
            onChange={(key) => show({ ranking: rankingKinds.find((kind) => kind === key) ?? 'street' })}
            items={rankingKinds.map((kind) => ({
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
