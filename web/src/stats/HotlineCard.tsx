import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Kpis } from '../api/statsTypes';
import { formatWeight } from '../i18n/formatRate';
import { RateStat, rateColumn } from './RateStat';

/** 12345 三率 and their composite, with the weights that make it. */
export function HotlineCard({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const h = kpis.hotline;
  const ratio = (numerator: number) => t('stats.ratio', { numerator, denominator: h.validCallbacks });
  return (
    <Card
      size="small"
      title={t('stats.hotline')}
      extra={t('stats.validCallbacks', { count: h.validCallbacks })}
    >
      <Row gutter={[16, 16]}>
        <Col {...rateColumn}>
          <RateStat
            name="responseRate"
            title={t('stats.responseRate')}
            rate={h.responseRate}
            detail={ratio(h.contacted)}
          />
        </Col>
        <Col {...rateColumn}>
          <RateStat
            name="resolutionRate"
            title={t('stats.resolutionRate')}
            rate={h.resolutionRate}
            detail={ratio(h.resolved)}
          />
        </Col>
        <Col {...rateColumn}>
          <RateStat
            name="satisfactionRate"
            title={t('stats.satisfactionRate')}
            rate={h.satisfactionRate}
            detail={t('stats.satisfactionDetail', {
              satisfied: h.satisfied,
              basically: h.basicallySatisfied,
            })}
          />
        </Col>
        <Col {...rateColumn}>
          <RateStat
            name="composite"
            title={t('stats.composite')}
            rate={h.composite}
            detail={t('stats.closedOnCall', { count: h.closedOnCall })}
          />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('stats.compositeFormula', {
          response: formatWeight(h.weights.response),
          resolution: formatWeight(h.weights.resolution),
          satisfaction: formatWeight(h.weights.satisfaction),
        })}
      </Typography.Text>
    </Card>
  );
}
