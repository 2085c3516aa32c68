import { Alert, App, Button, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { NoticeCard } from './NoticeCard';
import { useInbox } from './useInbox';

export function InboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inbox = useInbox();
  const anyUnread = inbox.notices.some((notice) => notice.readAt === null);
  const report = (caught: unknown) => message.error(errorText(t, caught));

  return (
    <PageShell maxWidth={800}>
      <Flex vertical gap={12}>
        <Flex align="center" justify="space-between">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('inbox.title')}
          </Typography.Title>
          <Button
            disabled={!anyUnread}
            onClick={() => void inbox.markAllRead().catch(report)}
            data-testid="read-all"
          >
            {t('inbox.markAllRead')}
          </Button>
        </Flex>
        {inbox.error !== null && <Alert type="error" showIcon title={errorText(t, inbox.error)} />}
        {!inbox.loading && inbox.notices.length === 0 && inbox.error === null && (
          <Empty description={t('inbox.empty')} />
        )}
        <Flex vertical gap={8} data-testid="notices">
          {inbox.notices.map((notice) => (
            <NoticeCard
              key={notice.id}
              notice={notice}
              onMarkRead={() => void inbox.markRead(notice.id).catch(report)}
            />
          ))}
        </Flex>
        {inbox.loading && <Spin style={{ display: 'block', margin: 24 }} />}
        {!inbox.loading && inbox.more && <Button onClick={inbox.loadMore}>{t('inbox.loadMore')}</Button>}
      </Flex>
    </PageShell>
  );
}
