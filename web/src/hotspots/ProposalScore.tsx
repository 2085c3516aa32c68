import type { HotspotProposal } from '@needle/contract';
import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatExpected, formatTimes, scoreFacts } from './scoreFacts';

/**
 * The score and what it means in plain words: how many cases against how many expected, how rare that
 * would be by chance, and whether it clears the line every place was held to.
 */
export function ProposalScore({ p }: { p: HotspotProposal }) {
  const { t } = useTranslation();
  const facts = scoreFacts(p);
  const sentences = [
    t(`hotspots.detail.observed.${p.kind}`, {
      days: facts.days,
      observed: p.observed,
      expected: formatExpected(p.expected),
    }),
    facts.times !== null && t('hotspots.detail.times', { times: formatTimes(facts.times) }),
    facts.oneIn === null
      ? t('hotspots.detail.belowMillionth')
      : t('hotspots.detail.oneIn', { n: facts.oneIn.toLocaleString() }),
    t(facts.cleared ? 'hotspots.detail.cleared' : 'hotspots.detail.notCleared'),
  ].filter((s): s is string => typeof s === 'string');
  return (
    <Card size="small" title={t('hotspots.detail.meaning')} data-testid="proposal-score">
      <Flex gap={24} wrap align="start">
        <Statistic
          title={t('hotspots.detail.score')}
          value={p.surprise.toFixed(1)}
          suffix={
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              / {p.threshold.toFixed(1)}
            </Typography.Text>
          }
          data-testid="proposal-surprise"
        />
        <Flex vertical gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
          {sentences.map((s) => (
            <Typography.Text key={s}>{s}</Typography.Text>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}
