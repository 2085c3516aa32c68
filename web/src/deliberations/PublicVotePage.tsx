import { Alert, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isNotFound } from '../api/isNotFound';
import { errorText } from '../i18n/errorText';
import { usePublicVote } from './deliberationsQueries';
import { PublicShell } from './PublicShell';
import { ReceiptCheckForm } from './ReceiptCheckForm';

/**
 * A vote's public count, without signing in: the tally and every ballot as (receipt fingerprint,
 * choice), so anyone can recount and each voter can find their own; no voter is named.
 */
export function PublicVotePage() {
  const { t } = useTranslation();
  const voteId = useParams().id ?? '';
  const vote = usePublicVote(voteId);
  let body: ReactNode;
  if (vote.error !== null)
    body = (
      <Alert
        type={isNotFound(vote.error) ? 'warning' : 'error'}
        showIcon
        title={isNotFound(vote.error) ? t('deliberations.detail.notFound') : errorText(t, vote.error)}
        data-testid="public-vote-error"
      />
    );
  else if (!vote.data) body = <Skeleton active />;
  else {
    const v = vote.data;
    body = (
      <Flex vertical gap={12}>
        <Typography.Title
          level={4}
          style={{ margin: 0, overflowWrap: 'anywhere' }}
          data-testid="public-vote-heading"
        >
          {v.title}
        </Typography.Title>
        <Card size="small">
          <Flex vertical gap={6}>
            <Typography.Text data-testid="public-vote-turnout">
              {t('deliberations.vote.turnout', { voted: v.votedCount, size: v.electorateSize })}
            </Typography.Text>
            {v.tally ? (
              <>
                <Typography.Text strong data-testid="public-vote-tally">
                  {t('deliberations.vote.tally', v.tally)}
                </Typography.Text>
                <Flex wrap gap={6}>
                  <Tag color={v.quorumReached ? 'green' : 'red'}>
                    {v.quorumReached
                      ? t('deliberations.vote.quorumReached')
                      : t('deliberations.vote.quorumMissed')}
                  </Tag>
                  <Tag
                    color={v.passed ? 'green' : 'red'}
                    data-testid="public-vote-passed"
                    data-passed={v.passed}
                  >
                    {v.passed ? t('deliberations.vote.passed') : t('deliberations.vote.failed')}
                  </Tag>
                </Flex>
              </>
            ) : (
              <Tag color="gold">{t('deliberations.states.voting')}</Tag>
            )}
          </Flex>
        </Card>
        <Card size="small" title={t('deliberations.receipt.title')}>
          <ReceiptCheckForm />
        </Card>
        {v.ballots.length > 0 && (
          <Card size="small" title={t('deliberations.board.ballots')}>
            <Flex vertical gap={4} data-testid="public-vote-ballots">
              {v.ballots.map((b) => (
                <Flex
                  key={b.receiptHash}
                  gap={8}
                  align="center"
                  justify="space-between"
                  data-testid="public-ballot"
                >
                  <Typography.Text code style={{ fontSize: 11, minWidth: 0, wordBreak: 'break-all' }}>
                    {b.receiptHash}
                  </Typography.Text>
                  <Tag style={{ flex: 'none' }}>{t(`deliberations.choices.${b.choice}`)}</Tag>
                </Flex>
              ))}
            </Flex>
          </Card>
        )}
      </Flex>
    );
  }
  return <PublicShell>{body}</PublicShell>;
}
