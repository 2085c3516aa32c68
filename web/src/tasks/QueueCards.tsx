import type { TaskQueue } from '@needle/contract';
import { Card, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  queues: TaskQueue[];
  chosen: string | undefined;
}

/**
 * One card per queue, its count large enough to read at arm's length; a tap opens its list below.
 * Two to a row on a phone, as many as fit on a desk.
 */
export function QueueCards({ queues, chosen }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }}
      data-testid="task-queues"
    >
      {queues.map(({ key, count }) => {
        const active = key === chosen;
        return (
          <Link
            key={key}
            to={{ search: `?queue=${key}` }}
            replace
            aria-current={active ? 'true' : undefined}
            data-testid={`task-queue-${key}`}
            style={{ display: 'block', color: 'inherit' }}
          >
            <Card
              size="small"
              hoverable
              style={{
                height: '100%',
                borderColor: active ? token.colorPrimary : undefined,
                background: active ? token.colorPrimaryBg : undefined,
              }}
            >
              <Typography.Text strong>{t(`taskQueue.${key}`)}</Typography.Text>
              <div
                style={{
                  fontSize: 32,
                  lineHeight: '40px',
                  fontWeight: 600,
                  color: count > 0 ? token.colorPrimary : token.colorTextTertiary,
                }}
                data-testid={`task-count-${key}`}
              >
                {count}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`tasks.queueHints.${key}`)}
              </Typography.Text>
            </Card>
          </Link>
        );
      })}
    </div>
  );
}
