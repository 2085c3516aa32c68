import type { TicketRow } from '@needle/contract';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../cases/StatusTag';
import { LinkCard } from '../common/LinkCard';
import { formatTime } from '../i18n/formatTime';
import { DueCell } from './DueCell';
import { CallbackTag, RequestTypeTag, UrgencyTag } from './TicketTags';

/** A 12345 ticket in the phone's list: the row's facts stacked; the step still open shows its clock. */
export function TicketListCard({ row: { ticket, case: c } }: { row: TicketRow }) {
  const { t } = useTranslation();
  // The first step not done yet is the one a unit is chased for.
  const open = ticket.closedOnCall
    ? null
    : !ticket.signedAt
      ? { label: t('hotline.signDue'), dueAt: ticket.signDueAt, doneAt: null }
      : !ticket.contactedAt
        ? { label: t('hotline.contactDue'), dueAt: ticket.contactDueAt, doneAt: null }
        : null;
  return (
    <LinkCard to={`/cases/${ticket.caseId}`} testId="ticket-card-link">
      <Flex vertical gap={6}>
        <Flex align="center" justify="space-between" gap={8}>
          <Typography.Text strong ellipsis>
            {ticket.caseCode}
          </Typography.Text>
          <StatusTag status={c.status} />
        </Flex>
        <Flex wrap gap={4}>
          <RequestTypeTag type={ticket.requestType} />
          <UrgencyTag urgency={ticket.urgency} />
          <CallbackTag ticket={ticket} />
        </Flex>
        <Typography.Text>
          {ticket.callerName ?? '—'}{' '}
          <Typography.Text type="secondary">{ticket.callerPhone ?? ''}</Typography.Text>
        </Typography.Text>
        {open && (
          <Flex wrap align="center" gap={6}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {open.label}
            </Typography.Text>
            <DueCell dueAt={open.dueAt} doneAt={open.doneAt} />
          </Flex>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatTime(c.createdAt)}
        </Typography.Text>
      </Flex>
    </LinkCard>
  );
}
