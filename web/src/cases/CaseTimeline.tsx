import type { TimelineEvent } from '@needle/contract';
import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/formatTime';
import { actionLabel, roleLabel } from '../i18n/labels';
import { PhotoThumbnails } from './CasePhotos';
import { StatusTag } from './StatusTag';

const colourOf = (event: TimelineEvent): string => {
  if (event.action === 'overdue') return 'red';
  if (event.action === 'return' || event.action === 'check_fail' || event.action === 'reject')
    return 'orange';
  if (event.toStatus === 'closed') return 'green';
  return 'blue';
};

interface Place {
  gridCode?: string;
  unitDepartmentId?: string | null;
  unitRegionCode?: string | null;
}

/** Where a reroute (改派) or relocation (重新定位) moved the case from and to, as the server recorded it. */
function MoveLine({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  if (event.action !== 'reroute' && event.action !== 'relocate') return null;
  const data = event.data as { from?: Place; to?: Place } | null;
  if (!data?.from || !data.to) return null;
  const name = (p: Place) =>
    event.action === 'relocate'
      ? (p.gridCode ?? '')
      : (p.unitRegionCode ?? (p.unitDepartmentId ? t('caseDetail.someDepartment') : ''));
  return (
    <Typography.Text type="secondary" data-testid="timeline-move">
      {name(data.from)} → {name(data.to)}
    </Typography.Text>
  );
}

function EventBody({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const moved = event.fromStatus !== null && event.fromStatus !== event.toStatus;
  return (
    <Flex vertical gap={2} data-testid="timeline-event" data-action={event.action}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatTime(event.at)}
      </Typography.Text>
      <Flex wrap align="center" gap={6}>
        <Typography.Text strong data-testid="timeline-action">
          {actionLabel(t, event.action)}
        </Typography.Text>
        <Typography.Text data-testid="timeline-actor">
          {event.actorName ?? roleLabel(t, event.actorRole)}
        </Typography.Text>
        {event.actorName && (
          <Typography.Text type="secondary" data-testid="timeline-role">
            {roleLabel(t, event.actorRole)}
          </Typography.Text>
        )}
      </Flex>
      <Flex wrap align="center" gap={4}>
        {moved && event.fromStatus && (
          <>
            <StatusTag status={event.fromStatus} />→
          </>
        )}
        {(moved || event.fromStatus === null) && <StatusTag status={event.toStatus} />}
      </Flex>
      <MoveLine event={event} />
      {event.note && (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="timeline-note">
          {event.note}
        </Typography.Paragraph>
      )}
      {event.photoIds.length > 0 && <PhotoThumbnails photoIds={event.photoIds} size={56} />}
    </Flex>
  );
}

/** The case's history from the append-only event table, oldest first as the server sends it. */
export function CaseTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <Timeline
      data-testid="case-timeline"
      items={events.map((event) => ({
        key: event.id,
        color: colourOf(event),
        content: <EventBody event={event} />,
      }))}
    />
  );
}
