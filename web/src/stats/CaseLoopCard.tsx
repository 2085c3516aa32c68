import { CASE_LOOP_RATES, type Kpis } from '@needle/contract';
import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { RateStat, rateColumn } from './RateStat';
import { caseLoopRatio } from './ratios';

/** The closed-loop rates of CJJ/T 106, each over the counts it divides. */
export function CaseLoopCard({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const { counts } = kpis;
  return (
    <Card
      size="small"
      title={t('stats.caseLoop')}
      extra={t('stats.caseCounts', { reported: counts.reported, due: counts.due, closed: counts.closed })}
    >
      <Row gutter={[16, 16]}>
        {CASE_LOOP_RATES.map((rate) => {
          const [numerator, denominator] = caseLoopRatio(rate, counts);
          return (
            <Col key={rate} {...rateColumn}>
              <RateStat
                name={rate}
                title={t(`stats.caseLoopRates.${rate}`)}
                rate={kpis.caseLoop[rate]}
                detail={t('stats.ratio', { numerator, denominator })}
                lowerIsBetter={rate === 'reworkRate'}
              />
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
