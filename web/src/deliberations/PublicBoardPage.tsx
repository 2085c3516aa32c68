import { Alert, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BoardResolution } from '../api/deliberations';
import { isNotFound } from '../api/isNotFound';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { DeliberationStateTag } from './DeliberationStateTag';
import { useBoard } from './deliberationsQueries';
import { PublicShell } from './PublicShell';

/**
 * 社区公示栏: the community's resolutions, published or closed, without signing in — what was decided,
 * for how long it is on the board, how many objected, and the vote's public count. No names of people.
 */
export function PublicBoardPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const board = useBoard(code);
  let body: ReactNode;
  if (board.error !== null)
    body = (
      <Alert
        type={isNotFound(board.error) ? 'warning' : 'error'}
        showIcon
        title={isNotFound(board.error) ? t('deliberations.board.notFound') : errorText(t, board.error)}
        data-testid="public-board-error"
      />
    );
  else if (!board.data) body = <Skeleton active />;
  else
    body = (
      <Flex vertical gap={12}>
        {board.data.length === 0 ? (
          <Empty description={t('deliberations.board.empty')} />
        ) : (
          board.data.map((item) => <BoardCard key={item.deliberationId} item={item} />)
        )}
      </Flex>
    );
  return (
    <PublicShell>
      <Flex vertical gap={12}>
        <Flex vertical gap={2}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="public-board-heading">
            {t('deliberations.board.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('deliberations.board.subtitle')}</Typography.Text>
        </Flex>
        {body}
      </Flex>
    </PublicShell>
  );
}

/** One resolution on the board; `action` is what a signed-in resident may do with it (object). */
export function BoardCard({ item, action }: { item: BoardResolution; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="board-resolution" data-state={item.state}>
      <Flex vertical gap={6}>
        <Flex wrap gap={8} align="center" justify="space-between">
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }} data-testid="board-resolution-title">
            {item.title}
          </Typography.Text>
          <DeliberationStateTag state={item.state} />
        </Flex>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {item.resolution}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('deliberations.board.period', {
            from: formatTime(item.publishedAt),
            until: formatTime(item.publishedUntil),
          })}
        </Typography.Text>
        <Flex wrap gap={8} align="center">
          <Tag data-testid="board-objections">
            {t('deliberations.board.objections', { count: item.objections })}
          </Tag>
          {item.voteId && (
            <Link to={`/public/votes/${item.voteId}`} data-testid="board-vote-link">
              {t('deliberations.board.showCount')}
            </Link>
          )}
          {action}
        </Flex>
      </Flex>
    </Card>
  );
}
