import { Alert, Card, Empty, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeliberationDetail } from '../api/deliberations';

/**
 * The vote as staff see it: turnout by elector while it is open, the count once closed — never who
 * chose what, which the server does not know how to tell.
 */
export function VoteCard({ detail }: { detail: DeliberationDetail }) {
  const { t } = useTranslation();
  const vote = detail.vote;
  return (
    <Card size="small" title={t('deliberations.vote.title')} data-testid="vote-card">
      {!vote ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliberations.vote.none')} />
      ) : (
        <Flex vertical gap={8}>
          <Flex wrap gap={6}>
            <Tag>
              {t('deliberations.vote.quorum')} {vote.quorumPercent}
            </Tag>
            <Tag>
              {t('deliberations.vote.majority')} {vote.majorityPercent}
            </Tag>
            <Tag
              color={vote.state === 'open' ? 'gold' : 'default'}
              data-testid="vote-state"
              data-state={vote.state}
            >
              {vote.state === 'open' ? t('deliberations.states.voting') : t('deliberations.mine.closed')}
            </Tag>
          </Flex>
          <Typography.Text data-testid="vote-turnout">
            {t('deliberations.vote.turnout', { voted: vote.votedCount, size: vote.electorateSize })}
          </Typography.Text>
          <Progress
            percent={vote.electorateSize ? Math.round((vote.votedCount / vote.electorateSize) * 100) : 0}
            size="small"
          />
          {vote.tally && (
            <Flex vertical gap={4} data-testid="vote-result">
              <Typography.Text strong>{t('deliberations.vote.tally', vote.tally)}</Typography.Text>
              <Flex wrap gap={6}>
                <Tag
                  color={vote.quorumReached ? 'green' : 'red'}
                  data-testid="vote-quorum"
                  data-reached={vote.quorumReached}
                >
                  {vote.quorumReached
                    ? t('deliberations.vote.quorumReached')
                    : t('deliberations.vote.quorumMissed')}
                </Tag>
                <Tag
                  color={vote.passed ? 'green' : 'red'}
                  data-testid="vote-passed"
                  data-passed={vote.passed}
                >
                  {vote.passed ? t('deliberations.vote.passed') : t('deliberations.vote.failed')}
                </Tag>
                <Link to={`/public/votes/${vote.id}`} data-testid="vote-public-count">
                  {t('deliberations.vote.publicCount')}
                </Link>
              </Flex>
            </Flex>
          )}
          <Alert type="info" showIcon title={t('deliberations.vote.secret')} />
          <Flex vertical gap={2} data-testid="vote-electorate">
            {vote.electorate.map((e) => (
              <Flex
                key={e.userId}
                wrap
                gap={8}
                justify="space-between"
                data-testid="vote-elector"
                data-voted={e.hasVoted}
              >
                <Typography.Text>
                  {e.name} · {t(`deliberations.capacities.${e.capacity}`)}
                </Typography.Text>
                <Tag color={e.hasVoted ? 'green' : 'default'}>
                  {e.hasVoted ? t('deliberations.vote.hasVoted') : t('deliberations.vote.notVoted')}
                </Tag>
              </Flex>
            ))}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
