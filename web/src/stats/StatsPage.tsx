import { FundProjectionScreenOutlined } from '@ant-design/icons';
import { RANKING_KINDS } from '@needle/contract';
import { Alert, Button, Card, Col, Flex, Row, Spin, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { jurisdictionRegionCode } from '../auth/jurisdiction';
import { ExportButton } from '../exports/ExportButton';
import { ProactiveCard } from '../hotspots/ProactiveCard';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { cityTimeOfDay } from './cityClock';
import { DrillDown } from './DrillDown';
import { FigureLinks } from './FigureLinks';
import { KpiCards } from './KpiCards';
import { MonthPicker } from './MonthPicker';
import { RankingTable } from './RankingTable';
import { RatesChart } from './RatesChart';
import { RisingChart } from './RisingChart';
import { ScopePicker } from './ScopePicker';
import { useKpis } from './statsQueries';
import { readStatsQuery, type StatsQuery, writeStatsQuery } from './statsQuery';
import { TrendChart } from './TrendChart';

/**
 * 指挥中心: a month's KPIs for an area with their charts and trend, the categories on the rise, a
 * drill-down to every grid with the cases behind each figure, and the four rankings that say who does
 * well and why.
 */
export function StatsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const home = jurisdictionRegionCode(me);
  const isDepartment = me.jurisdiction.kind === 'department';
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readStatsQuery(params), [params]);
  const { month, region } = query;
  const kpis = useKpis({ month, regionCode: region });
  const show = (change: Partial<StatsQuery>) =>
    setParams(writeStatsQuery({ ...query, ...change }), { replace: true });
  // Back to the jurisdiction itself is no choice at all: the URL stays clean.
  const drill = (code: string) => show({ region: code && code !== home ? code : undefined });
  const assessment = new URLSearchParams({ month });
  if (region) assessment.set('regionCode', region);

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
          <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
            <ExportButton
              kind="assessment"
              query={assessment}
              label={t('dashboards.exportAssessment')}
              data-testid="export-assessment"
            />
            <Button
              icon={<FundProjectionScreenOutlined />}
              onClick={() => navigate('/bigscreen')}
              data-testid="open-bigscreen"
            >
              {t('dashboards.bigScreen')}
            </Button>
          </Flex>
        </Flex>
        {kpis.data ? (
          <>
            <KpiCards kpis={kpis.data} />
            <ProactiveCard month={month} regionCode={region} />
            <FigureLinks kpis={kpis.data} month={month} regionCode={region} />
            <Row gutter={[12, 12]}>
              <Col xs={24} xl={12}>
                <RatesChart kpis={kpis.data} />
              </Col>
              <Col xs={24} xl={12}>
                <RisingChart month={month} regionCode={region} />
              </Col>
            </Row>
            <TrendChart month={month} regionCode={region} />
          </>
        ) : kpis.error !== null ? (
          <Alert type="error" showIcon title={errorText(t, kpis.error)} />
        ) : (
          <Spin style={{ display: 'block', margin: 24 }} />
        )}
        {!isDepartment && <DrillDown month={month} region={region ?? home ?? ''} onDrill={drill} />}
        <Card size="small" title={t('stats.rankings')}>
          <Tabs
            activeKey={query.ranking}
            onChange={(key) => show({ ranking: RANKING_KINDS.find((kind) => kind === key) ?? 'street' })}
            items={RANKING_KINDS.map((kind) => ({
              key: kind,
              label: <span data-testid={`ranking-tab-${kind}`}>{t(`stats.kinds.${kind}`)}</span>,
              children: <RankingTable key={region ?? ''} kind={kind} month={month} regionCode={region} />,
            }))}
          />
        </Card>
      </Flex>
    </PageShell>
  );
}
