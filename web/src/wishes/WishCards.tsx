import { Alert, Card, Empty, Flex, Pagination, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../api/volunteers';
import type { Wish } from '../api/wishes';
import { PageSkeleton } from '../common/PageSkeleton';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { WishStateTag } from './WishStateTag';

export const CARD_PAGE_SIZE = 10;

interface Props {
  query: { data?: Page<Wish>; error: unknown };
  /** Only these of the page (my claims, my wishes); the whole page when left out. */
  keep?: (wish: Wish) => boolean;
  empty: string;
  page: number;
  pageSize?: number;
  onPage(page: number): void;
  testId: string;
}

/** Wishes as cards a thumb can open: the wish, its state and when it was posted. */
export function WishCards({
  query,
  keep = () => true,
  empty,
  page,
  pageSize = CARD_PAGE_SIZE,
  onPage,
  testId,
}: Props) {
  const { t } = useTranslation();
  if (query.error) return <Alert type="error" showIcon title={errorText(t, query.error)} />;
  if (!query.data) return <PageSkeleton rows={4} />;
  const wishes = query.data.items.filter(keep);
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {wishes.length === 0 && <Empty description={empty} />}
      {wishes.map((w) => (
        <Link key={w.id} to={`/wishes/${w.id}`} data-testid="wish-card">
          <Card size="small" hoverable>
            <Flex justify="space-between" gap={8} align="start">
              <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
                {w.title}
              </Typography.Text>
              <WishStateTag state={w.state} />
            </Flex>
            {w.description && (
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 2 }}
                style={{ margin: 0, overflowWrap: 'anywhere' }}
              >
                {w.description}
              </Typography.Paragraph>
            )}
            <Typography.Text type="secondary">{formatTime(w.createdAt)}</Typography.Text>
          </Card>
        </Link>
      ))}
      {query.data.total > pageSize && (
        <Pagination
          simple
          align="center"
          current={page}
          pageSize={pageSize}
          total={query.data.total}
          onChange={onPage}
          data-testid={`${testId}-pager`}
        />
      )}
    </Flex>
  );
}
