import type { Ticket, TicketRow } from '@needle/contract';
import { Flex, type TableColumnsType, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { StatusTag } from '../cases/StatusTag';
import { RowLink } from '../common/RowLink';
import { formatTime } from '../i18n/formatTime';
import { DueCell } from './DueCell';
import { CallbackTag, RequestTypeTag, UrgencyTag } from './TicketTags';

/** A timed step of the ticket (签收, 响应); a call answered on the spot has none. */
const timedStep = (
  key: 'sign' | 'contact',
  title: string,
  times: (ticket: Ticket) => { dueAt: string; doneAt: string | null },
) => ({
  key,
  title,
  render: (_: unknown, { ticket }: TicketRow) =>
    ticket.closedOnCall ? '—' : <DueCell {...times(ticket)} testId={`ticket-${key}`} />,
});

export function ticketColumns(t: TFunction): TableColumnsType<TicketRow> {
  return [
    {
      key: 'code',
      title: t('hotline.code'),
      render: (_, { ticket }) => (
        <RowLink to={`/cases/${ticket.caseId}`} testId="ticket-link">
          {ticket.caseCode}
        </RowLink>
      ),
    },
    {
      key: 'type',
      title: t('hotline.requestType'),
      render: (_, { ticket }) => (
        <Flex vertical gap={2} align="start">
          <RequestTypeTag type={ticket.requestType} />
          <UrgencyTag urgency={ticket.urgency} />
        </Flex>
      ),
    },
    {
      key: 'caller',
      title: t('hotline.caller'),
      render: (_, { ticket }) => (
        <Flex vertical>
          <span>{ticket.callerName ?? '—'}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {ticket.callerPhone ?? ''}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'status', title: t('hotline.status'), render: (_, row) => <StatusTag status={row.case.status} /> },
    timedStep('sign', t('hotline.signDue'), (ticket) => ({
      dueAt: ticket.signDueAt,
      doneAt: ticket.signedAt,
    })),
    timedStep('contact', t('hotline.contactDue'), (ticket) => ({
      dueAt: ticket.contactDueAt,
      doneAt: ticket.contactedAt,
    })),
    {
      key: 'due',
      title: t('hotline.dueAt'),
      render: (_, row) => <DueCell dueAt={row.case.dueAt} doneAt={row.case.closedAt} />,
    },
    {
      key: 'callback',
      title: t('hotline.callback'),
      render: (_, { ticket }) => <CallbackTag ticket={ticket} />,
    },
    { key: 'createdAt', title: t('hotline.createdAt'), render: (_, row) => formatTime(row.case.createdAt) },
  ];
}
