import { TrophyOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../api/evaluations';

/** A score of 1–5 with two decimals, or a dash where nobody scored. */
const scoreText = (score: number | null): string => (score === null ? '—' : score.toFixed(2));

/**
 * The published results, once closed: per offer its rank and weighted score (each criterion's average
 * beside it) or its votes, and how many households took part. Cards rather than a table, so a phone
 * reads them without scrolling sideways.
 */
export function EvaluationResultsCard({
  evaluation,
}: {
  evaluation: Pick<Evaluation, 'mode' | 'criteria' | 'results'>;
}) {
  const { t } = useTranslation();
  const { results } = evaluation;
  if (!results) return null;
  const ranked = [...results.offers].sort((a, b) => a.rank - b.rank);
  const criterionName = new Map(evaluation.criteria.map((c) => [c.id, c.name]));
  return (
    <Card size="small" title={t('evaluations.results.title')} data-testid="evaluation-results">
      <Flex vertical gap={12}>
        <Typography.Text data-testid="evaluation-results-households">
          {t('evaluations.results.households', { count: results.households })}
        </Typography.Text>
        {results.households === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluations.results.none')} />
        ) : (
          ranked.map((offer) => (
            <Flex key={offer.offerId} vertical gap={4} data-testid="evaluation-result" data-rank={offer.rank}>
              <Flex align="center" gap={8} wrap>
                <Tag color={offer.rank === 1 ? 'gold' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {offer.rank === 1 && <TrophyOutlined />} {t('evaluations.results.rank')} {offer.rank}
                </Tag>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {offer.name}
                </Typography.Text>
              </Flex>
              {evaluation.mode === 'score' ? (
                <>
                  <Flex align="center" gap={8}>
                    <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
                      {t('evaluations.results.score')}
                    </Typography.Text>
                    <Progress
                      percent={((offer.score ?? 0) / 5) * 100}
                      format={() => scoreText(offer.score)}
                      style={{ margin: 0, flex: 1, minWidth: 0 }}
                      data-testid="evaluation-result-score"
                    />
                  </Flex>
                  <Flex wrap gap={8}>
                    {offer.criteria.map((c) => (
                      <Typography.Text key={c.criterionId} type="secondary" style={{ fontSize: 12 }}>
                        {criterionName.get(c.criterionId) ?? ''} {scoreText(c.average)}
                      </Typography.Text>
                    ))}
                  </Flex>
                </>
              ) : (
                <Flex align="center" gap={8}>
                  <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
                    {t('evaluations.results.votes')}
                  </Typography.Text>
                  <Progress
                    percent={results.households ? ((offer.votes ?? 0) / results.households) * 100 : 0}
                    format={() => String(offer.votes ?? 0)}
                    style={{ margin: 0, flex: 1, minWidth: 0 }}
                    data-testid="evaluation-result-votes"
                  />
                </Flex>
              )}
            </Flex>
          ))
        )}
      </Flex>
    </Card>
  );
}
