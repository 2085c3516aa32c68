import { CompressOutlined, ExpandOutlined, RollbackOutlined } from '@ant-design/icons';
import type { Kpis } from '@needle/contract';
import { Button, ConfigProvider, Flex, theme } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { jurisdictionRegionCode } from '../auth/jurisdiction';
import { formatRate } from '../i18n/formatRate';
import { useRegionTree } from '../map/regionQueries';
import { ratesOption, risingOption, scoresOption, trendOption } from '../stats/chartOptions';
import { childKind, pathTo } from '../stats/drill';
import { EChart } from '../stats/EChart';
import { thisMonth } from '../stats/month';
import { useKpis, useRankingPage, useRising, useTrend } from '../stats/statsQueries';
import { EventFeed } from './EventFeed';
import { cityNow, lastDays } from './screenClock';
import { useFullscreen } from './useFullscreen';

// The figures on a wall refresh by themselves; the feed has its own, faster beat.
const REFRESH_MS = 60_000;

export const SCREEN = {
  background: '#050f1f',
  panel: 'rgba(16, 42, 82, 0.55)',
  border: '1px solid rgba(64, 150, 255, 0.35)',
  text: '#d6e4ff',
  muted: '#7f9cc4',
  accent: '#40a9ff',
  warning: '#fa8c16',
};

function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section
      style={{
        background: SCREEN.panel,
        border: SCREEN.border,
        borderRadius: 6,
        padding: '8px 12px',
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        minWidth: 0,
      }}
      data-testid={testId}
    >
      <h2 style={{ margin: '0 0 4px', fontSize: 18, fontWeight: 600, color: SCREEN.accent }}>{title}</h2>
      <div style={{ flex: 1, minHeight: 0 }}>{children}</div>
    </section>
  );
}

function Figure({ label, value, warn }: { label: string; value: string; warn?: boolean }) {
  return (
    <div
      style={{ background: SCREEN.panel, border: SCREEN.border, borderRadius: 6, padding: '10px 14px' }}
      data-testid="bigscreen-figure"
    >
      <div style={{ color: SCREEN.muted, fontSize: 16 }}>{label}</div>
      <div
        style={{ fontSize: 40, fontWeight: 700, color: warn ? SCREEN.warning : SCREEN.text, lineHeight: 1.2 }}
      >
        {value}
      </div>
    </div>
  );
}

function figures(t: TFunction, kpis: Kpis | undefined) {
  const rate = (value: number | null | undefined) => (kpis ? formatRate(value ?? null) : '—');
  const count = (value: number | undefined) => (kpis ? String(value ?? 0) : '—');
  return [
    {
      key: 'responseRate',
      label: t('dashboards.rateNames.responseRate'),
      value: rate(kpis?.hotline.responseRate),
    },
    {
      key: 'resolutionRate',
      label: t('dashboards.rateNames.resolutionRate'),
      value: rate(kpis?.hotline.resolutionRate),
    },
    {
      key: 'satisfactionRate',
      label: t('dashboards.rateNames.satisfactionRate'),
      value: rate(kpis?.hotline.satisfactionRate),
    },
    { key: 'composite', label: t('dashboards.rateNames.composite'), value: rate(kpis?.hotline.composite) },
    {
      key: 'onTimeClosureRate',
      label: t('dashboards.rateNames.onTimeClosureRate'),
      value: rate(kpis?.caseLoop.onTimeClosureRate),
    },
    {
      key: 'reworkRate',
      label: t('dashboards.rateNames.reworkRate'),
      value: rate(kpis?.caseLoop.reworkRate),
      warn: true,
    },
    { key: 'reported', label: t('dashboards.kpiReported'), value: count(kpis?.counts.reported) },
    { key: 'closed', label: t('dashboards.kpiClosed'), value: count(kpis?.counts.closed) },
    { key: 'whistles', label: t('dashboards.kpiWhistles'), value: count(kpis?.whistle.whistlesIssued) },
  ];
}

/**
 * 大屏: the command centre's wall screen, dark and full-screen at 1920×1080. The month's figures, the
 * last thirty days, the units below the jurisdiction by score, the rising categories, the rates, and a
 * live feed of what happens in the jurisdiction, all refreshing by themselves.
 */
export function BigScreenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const { full, toggle } = useFullscreen();
  const month = thisMonth();
  const home = jurisdictionRegionCode(me) ?? '';
  const refresh = { refetchInterval: REFRESH_MS };
  const [now, setNow] = useState(cityNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(cityNow()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const days = useMemo(() => lastDays(30), []);

  const kpis = useKpis({ month }, refresh);
  const trend = useTrend({ ...days, granularity: 'day' }, refresh);
  const rising = useRising(month, {}, refresh);
  const tree = useRegionTree();
  const level = tree.data ? pathTo(tree.data, home).at(-1)?.level : undefined;
  const kind = me.jurisdiction.kind === 'department' ? 'department' : (childKind(level) ?? 'grid');
  const ranking = useRankingPage({ kind, month, page: 1, pageSize: 12 }, refresh);

  const trendChart = useMemo(() => (trend.data ? trendOption(t, trend.data.points) : null), [t, trend.data]);
  const risingChart = useMemo(
    () => (rising.data ? risingOption(t, rising.data.items.slice(0, 8)) : null),
    [t, rising.data],
  );
  const rankingChart = useMemo(
    () => (ranking.data ? scoresOption(t, ranking.data.items) : null),
    [t, ranking.data],
  );
  const ratesChart = useMemo(() => (kpis.data ? ratesOption(t, kpis.data) : null), [t, kpis.data]);
  const noData = <div style={{ color: SCREEN.muted, padding: 16 }}>{t('dashboards.noData')}</div>;

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div
        style={{
          position: 'fixed',
          inset: 0,
          zIndex: 1000,
          background: SCREEN.background,
          color: SCREEN.text,
          fontFamily:
            "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
          display: 'grid',
          gridTemplateRows: 'auto auto minmax(0, 1fr) minmax(0, 1fr)',
          gap: 12,
          padding: 16,
          overflow: 'hidden',
        }}
        data-testid="bigscreen"
        data-theme="dark"
        data-fullscreen={full ? 'true' : 'false'}
      >
        <Flex align="center" justify="space-between">
          <div style={{ fontSize: 16, color: SCREEN.muted, minWidth: 240 }} data-testid="bigscreen-clock">
            {now}
          </div>
          <h1 style={{ margin: 0, fontSize: 32, letterSpacing: 4, color: SCREEN.text }}>
            {t('dashboards.bigScreenTitle')}
            <span style={{ fontSize: 18, marginInlineStart: 12, color: SCREEN.muted }}>
              {me.jurisdiction.name}
            </span>
          </h1>
          <Flex gap={8} style={{ minWidth: 240 }} justify="end">
            <Button
              icon={full ? <CompressOutlined /> : <ExpandOutlined />}
              onClick={toggle}
              data-testid="bigscreen-fullscreen"
            >
              {full ? t('dashboards.exitFullscreen') : t('dashboards.enterFullscreen')}
            </Button>
            <Button
              icon={<RollbackOutlined />}
              onClick={() => navigate('/stats')}
              data-testid="bigscreen-leave"
            >
              {t('dashboards.leave')}
            </Button>
          </Flex>
        </Flex>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(9, minmax(0, 1fr))', gap: 12 }}>
          {figures(t, kpis.data).map((f) => (
            <Figure key={f.key} label={f.label} value={f.value} warn={f.warn} />
          ))}
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 12, minHeight: 0 }}>
          <Panel title={t('dashboards.trend')} testId="bigscreen-trend">
            {trendChart ? (
              <EChart option={trendChart} theme="dark" height="100%" label={t('dashboards.trendLabel')} />
            ) : (
              noData
            )}
          </Panel>
          <Panel
            title={t('dashboards.topUnits', { kind: t(`stats.kinds.${kind}`) })}
            testId="bigscreen-ranking"
          >
            {rankingChart ? (
              <EChart option={rankingChart} theme="dark" height="100%" label={t('dashboards.drillLabel')} />
            ) : (
              noData
            )}
          </Panel>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 12, minHeight: 0 }}>
          <Panel title={t('dashboards.rising')} testId="bigscreen-rising">
            {risingChart && rising.data?.items.length ? (
              <EChart option={risingChart} theme="dark" height="100%" label={t('dashboards.risingLabel')} />
            ) : (
              noData
            )}
          </Panel>
          <Panel title={t('dashboards.rates')} testId="bigscreen-rates">
            {ratesChart ? (
              <EChart option={ratesChart} theme="dark" height="100%" label={t('dashboards.ratesLabel')} />
            ) : (
              noData
            )}
          </Panel>
          <Panel title={t('dashboards.feed')} testId="bigscreen-feed">
            <EventFeed />
          </Panel>
        </div>
      </div>
    </ConfigProvider>
  );
}
