import { Alert, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { useCategoryName } from '../categories/useCategoryName';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { discardReport } from './outboxActions';
import type { OutboxItem } from './outboxItem';
import { refusalError } from './sendOutbox';
import { useOutboxItems } from './useOutboxItems';

const stateColours = { waiting: 'orange', sending: 'processing', refused: 'red' } as const;

function OutboxCard({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const me = useMe();
  const categoryName = useCategoryName();
  return (
    <Card size="small" data-testid="outbox-item" data-state={item.state}>
      <Flex vertical gap={4}>
        <Flex align="center" justify="space-between" gap={8}>
          <Typography.Text strong>{categoryName(item.body.categoryCode)}</Typography.Text>
          <Tag color={stateColours[item.state]}>{t(`offline.outbox.${item.state}`)}</Tag>
        </Flex>
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
          {item.body.description}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatTime(item.createdAt)}
          {item.photos.length > 0 && ` · ${t('offline.outbox.photos', { count: item.photos.length })}`}
        </Typography.Text>
        {item.error && <Alert type="error" showIcon title={errorText(t, refusalError(item.error))} />}
        <Flex gap={8} justify="flex-end">
          {item.state === 'refused' && (
            <Link to={`/report?fix=${encodeURIComponent(item.key)}`}>
              <Button size="small" type="primary" data-testid="outbox-fix">
                {t('offline.outbox.fix')}
              </Button>
            </Link>
          )}
          {item.state !== 'sending' && (
            <Popconfirm
              title={t('offline.outbox.discardConfirm')}
              onConfirm={() => discardReport(item.key, me.id)}
            >
              <Button size="small" danger data-testid="outbox-discard">
                {t('offline.outbox.discard')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

/**
 * Reports made on this phone that the server does not have yet: waiting for the network, being sent,
 * or refused and waiting for the user. Nothing when there are none.
 */
export function OutboxList() {
  const { t } = useTranslation();
  const { data: items = [] } = useOutboxItems();
  if (items.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="outbox">
      <Typography.Text type="secondary">{t('offline.outbox.title')}</Typography.Text>
      {items.map((item) => (
        <OutboxCard key={item.key} item={item} />
      ))}
    </Flex>
  );
}
