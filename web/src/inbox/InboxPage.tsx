import { Alert, App, Button, Empty, Flex, Skeleton, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { useInbox, useMarkAllRead, useMarkRead } from './inboxQueries';
import { NoticeCard } from './NoticeCard';

export function InboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inbox = useInbox();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const notices = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const loading = inbox.isPending || inbox.isFetchingNextPage;
  const anyUnread = notices.some((notice) => notice.readAt === null);
  const report = { onError: (caught: unknown) => message.error(errorText(t, caught)) };
  const newest = notices[0]?.id;

  return (
    <PageShell maxWidth={800}>
      <Flex vertical gap={12}>
        <PageHeading title={t('inbox.title')}>
          <Button
            disabled={!anyUnread}
            onClick={() => newest !== undefined && markAllRead.mutate(newest, report)}
            data-testid="read-all"
          >
            {t('inbox.markAllRead')}
          </Button>
        </PageHeading>
        {inbox.error !== null && <Alert type="error" showIcon title={errorText(t, inbox.error)} />}
        {!loading && notices.length === 0 && inbox.error === null && <Empty description={t('inbox.empty')} />}
        <Flex vertical gap={8} data-testid="notices">
          {notices.map((notice) => (
            <NoticeCard
              key={notice.id}
              notice={notice}
              onMarkRead={() => markRead.mutate(notice.id, report)}
            />
          ))}
        </Flex>
        {/* The first page's shape while it comes; a spinner under the list for the next pages. */}
        {loading && notices.length === 0 && <Skeleton active paragraph={{ rows: 6 }} />}
        {loading && notices.length > 0 && <Spin style={{ display: 'block', margin: 24 }} />}
        {!loading && inbox.hasNextPage && (
          <Button onClick={() => void inbox.fetchNextPage()}>{t('inbox.loadMore')}</Button>
        )}
      </Flex>
    </PageShell>
  );
}
