import { Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RelatedTickets } from './RelatedTickets';
import { useCallerHistory } from './useCallerHistory';

/** The caller's earlier tickets, shown from the number alone, before the caller says what it is about. */
export function CallerHistoryPanel({ phone }: { phone: string | undefined }) {
  const { t } = useTranslation();
  const { complete, query } = useCallerHistory(phone);
  const tickets = query.data?.tickets;
  return (
    <Card
      size="small"
      type="inner"
      title={t('callConsole.history')}
      data-testid="caller-history"
      data-count={tickets?.length ?? ''}
    >
      {!complete ? (
        <Typography.Text type="secondary">{t('callConsole.historyHint')}</Typography.Text>
      ) : query.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : tickets && tickets.length > 0 ? (
        <>
          <Typography.Text strong data-testid="caller-history-count">
            {t('callConsole.historyCount', { count: tickets.length })}
          </Typography.Text>
          <div style={{ maxHeight: 220, overflowY: 'auto' }}>
            <RelatedTickets related={tickets} />
          </div>
        </>
      ) : (
        <Typography.Text type="secondary" data-testid="caller-history-none">
          {t('callConsole.historyNone')}
        </Typography.Text>
      )}
    </Card>
  );
}
