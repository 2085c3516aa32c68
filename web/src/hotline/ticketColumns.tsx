import { Flex, type TableColumnsType, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { TicketRow } from '../api/hotlineTypes';
import { StatusTag } from '../cases/StatusTag';
import { formatTime } from '../i18n/formatTime';
import { DueCell } from './DueCell';
import { CallbackTag, RequestTypeTag, UrgencyTag } from './TicketTags';

export function ticketColumns(t: TFunction): TableColumnsType<TicketRow> {
  return [
    {
      key: 'code',
      title: t('hotline.code'),
      render: (_, { ticket }) => (
        <Link
          to={`/cases/${ticket.caseId}`}
          data-testid="ticket-link"
          onClick={(event) => event.stopPropagation()}
        >
          {ticket.caseCode}
        </Link>
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
    {
      key: 'sign',
      title: t('hotline.signDue'),
      render: (_, { ticket }) =>
        ticket.closedOnCall ? (
          '—'
        ) : (
          <DueCell dueAt={ticket.signDueAt} doneAt={ticket.signedAt} testId="ticket-sign" />
        ),
    },
    {
      key: 'contact',
      title: t('hotline.contactDue'),
      render: (_, { ticket }) =>
        ticket.closedOnCall ? (
          '—'
        ) : (
          <DueCell dueAt={ticket.contactDueAt} doneAt={ticket.contactedAt} testId="ticket-contact" />
        ),
    },
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
