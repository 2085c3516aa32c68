import { Badge, Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Notice } from '../api/notifications';
import { formatTime } from '../i18n/formatTime';
import { noticeKindLabel } from '../i18n/labels';

interface Props {
  notice: Notice;
  onMarkRead(): void;
}

export function NoticeCard({ notice, onMarkRead }: Props) {
  const { t } = useTranslation();
  const unread = notice.readAt === null;
  const text = (key: string) => (typeof notice.data[key] === 'string' ? (notice.data[key] as string) : null);
  const orderId = text('whistleOrderId');
  const callId = text('callId');
  const deadline = text('reportDeadlineAt');
  return (
    <Card
      size="small"
      data-testid="notice"
      data-unread={unread}
      style={unread ? { borderColor: '#91caff' } : undefined}
    >
      <Flex vertical gap={4}>
        <Flex wrap align="center" gap={8}>
          {unread && <Badge status="processing" text={t('inbox.unread')} />}
          <Tag>{noticeKindLabel(t, notice.kind)}</Tag>
          {/* The title is written by the server (case code and step); the tag above says it in words. */}
          <Typography.Text strong={unread}>{notice.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
            {formatTime(notice.createdAt)}
          </Typography.Text>
        </Flex>
        {notice.body && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
            {notice.body}
          </Typography.Paragraph>
        )}
        <Flex wrap gap={8}>
          {orderId && (
            <Link
              to={`/whistles/${orderId}${callId ? `#call-${callId}` : ''}`}
              // Opening what the notice is about is reading it.
              onClick={() => unread && onMarkRead()}
              data-testid="notice-call"
            >
              {t(callId ? 'inbox.openCall' : 'inbox.openOrder')}
            </Link>
          )}
          {text('rectificationOrderId') && (
            <Link to="/inspections" onClick={() => unread && onMarkRead()} data-testid="notice-rectification">
              {t('inbox.openRectification')}
            </Link>
          )}
          {notice.caseId && (
            <Link
              to={`/cases/${notice.caseId}`}
              onClick={() => unread && onMarkRead()}
              data-testid="notice-case"
            >
              {t('inbox.openCase')}
            </Link>
          )}
          {deadline && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inbox.deadline', { time: formatTime(deadline) })}
            </Typography.Text>
          )}
          {unread && (
            <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={onMarkRead}>
              {t('inbox.markRead')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
