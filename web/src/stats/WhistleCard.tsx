import type { Kpis } from '@needle/contract';
import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RateStat } from './RateStat';

/** 吹哨报到 in figures: whistles, report-ins and how many on time, problems solved, the streets' scores. */
export function WhistleCard({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const { whistle, evaluation } = kpis;
  return (
    <Card size="small" title={t('stats.whistle')}>
      <Flex wrap gap={32} align="start">
        <Statistic
          title={t('stats.whistlesIssued')}
          value={whistle.whistlesIssued}
          data-testid="kpi-whistlesIssued"
        />
        <Statistic title={t('stats.reportIns')} value={whistle.reportIns} />
        <div style={{ minWidth: 140 }}>
          <RateStat
            name="onTimeReportInRate"
            title={t('stats.onTimeReportInRate')}
            rate={whistle.onTimeReportInRate}
            detail={t('stats.ratio', { numerator: whistle.reportInsOnTime, denominator: whistle.reportIns })}
          />
        </div>
        <Statistic title={t('stats.problemsSolved')} value={whistle.problemsSolved} />
        <Flex vertical>
          <Statistic
            title={t('stats.evaluationMean')}
            value={evaluation.meanScore === null ? '—' : evaluation.meanScore.toFixed(1)}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('stats.evaluationCount', { count: evaluation.count })}
          </Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
