import type { WorkbenchQueue } from '@needle/contract';
import { Badge, Card, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIsPhone } from '../layout/useIsPhone';

interface Props {
  queues: WorkbenchQueue[];
  chosen: string | undefined;
  /** Where a queue's card leads: its list below, or the whistle calls' own page. */
  linkOf(queue: WorkbenchQueue): string;
}

/** A queue's count is read at arm's length; red and yellow stand out as the ones to do first. */
function countColor(queue: WorkbenchQueue, token: ReturnType<typeof theme.useToken>['token']): string {
  if (queue.count === 0) return token.colorTextTertiary;
  if (queue.lights.red > 0) return token.colorError;
  if (queue.lights.yellow > 0) return token.colorWarning;
  return token.colorPrimary;
}

/**
 * One card per queue with its count and its 红黄绿灯; a click opens its cases below. On a phone the cards
 * are short, the name and the count on one line and no hint: nine full cards would push the chosen
 * queue's cases three screens down.
 */
export function QueueCards({ queues, chosen, linkOf }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const phone = useIsPhone();
  return (
    <nav
      aria-label={t('workbench.todo')}
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(${phone ? 150 : 170}px, 1fr))`,
        gap: 8,
      }}
      data-testid="workbench-queues"
    >
      {queues.map((queue) => {
        const { key, count, lights } = queue;
        const active = key === chosen;
        const name = t(`workbench.queues.${key}`);
        return (
          <Link
            key={key}
            to={linkOf(queue)}
            aria-current={active ? 'true' : undefined}
            aria-label={t('workbench.openQueue', { name })}
            data-testid={`workbench-queue-${key}`}
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
              <Flex
                vertical={!phone}
                justify="space-between"
                align={phone ? 'baseline' : 'start'}
                gap={phone ? 4 : 0}
              >
                <Typography.Text strong ellipsis={phone}>
                  {name}
                </Typography.Text>
                <div
                  style={{
                    fontSize: phone ? 22 : 32,
                    lineHeight: phone ? '28px' : '40px',
                    fontWeight: 600,
                    color: countColor(queue, token),
                  }}
                  data-testid={`workbench-count-${key}`}
                >
                  {count}
                </div>
              </Flex>
              <Flex
                gap={8}
                wrap
                aria-label={t('workbench.lights', lights)}
                data-testid={`workbench-lights-${key}`}
              >
                <Badge status="success" text={String(lights.green)} />
                <Badge status="warning" text={String(lights.yellow)} />
                <Badge status="error" text={String(lights.red)} />
              </Flex>
              {!phone && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`workbench.queueHints.${key}`)}
                </Typography.Text>
              )}
            </Card>
          </Link>
        );
      })}
    </nav>
  );
}
