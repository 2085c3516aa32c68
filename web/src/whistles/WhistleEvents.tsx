import type { WhistleCall, WhistleEvent } from '@needle/contract';
import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/formatTime';
import { whistleEventLabel } from '../i18n/labels';

const colourOf = (action: string) => (action === 'cancel' ? 'gray' : action === 'close' ? 'green' : 'blue');

/** The order's history, oldest first; a step on a call names the called unit. */
export function WhistleEvents({ events, calls }: { events: WhistleEvent[]; calls: WhistleCall[] }) {
  const { t } = useTranslation();
  const unitOf = (callId: string | null) => calls.find((call) => call.id === callId)?.name ?? null;
  return (
    <Timeline
      data-testid="whistle-events"
      items={events.map((event) => ({
        key: event.id,
        color: colourOf(event.action),
        content: (
          <Flex vertical gap={2} data-testid="whistle-event" data-action={event.action}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatTime(event.at)}
            </Typography.Text>
            <Flex wrap gap={6}>
              <Typography.Text strong>{whistleEventLabel(t, event.action)}</Typography.Text>
              {unitOf(event.callId) && <Typography.Text>{unitOf(event.callId)}</Typography.Text>}
              {event.actorName && <Typography.Text type="secondary">{event.actorName}</Typography.Text>}
            </Flex>
            {event.note && (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {event.note}
              </Typography.Paragraph>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
