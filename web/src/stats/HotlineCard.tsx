import type { Kpis } from '@needle/contract';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatWeight } from '../i18n/formatRate';
import { RateStat, rateColumn } from './RateStat';

/** 12345 三率 and their composite, with the weights that make it. */
export function HotlineCard({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const h = kpis.hotline;
  const ratio = (numerator: number) => t('stats.ratio', { numerator, denominator: h.validCallbacks });
  // 三率 and their composite, each with what it is made of.
  const rates = [
    ['responseRate', h.responseRate, ratio(h.contacted)],
    ['resolutionRate', h.resolutionRate, ratio(h.resolved)],
    [
      'satisfactionRate',
      h.satisfactionRate,
      t('stats.satisfactionDetail', { satisfied: h.satisfied, basically: h.basicallySatisfied }),
    ],
    ['composite', h.composite, t('stats.closedOnCall', { count: h.closedOnCall })],
  ] as const;
  return (
    <Card
      size="small"
      title={t('stats.hotline')}
      extra={t('stats.validCallbacks', { count: h.validCallbacks })}
    >
      <Row gutter={[16, 16]}>
        {rates.map(([name, rate, detail]) => (
          <Col key={name} {...rateColumn}>
            <RateStat name={name} title={t(`stats.${name}`)} rate={rate} detail={detail} />
          </Col>
        ))}
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
