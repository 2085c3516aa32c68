import type { Ticket } from '@needle/contract';
import { type DescriptionsProps, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Facts } from '../common/Facts';
import { formatTime } from '../i18n/formatTime';
import { DueCell } from './DueCell';
import { CallbackTag, RequestTypeTag, UrgencyTag } from './TicketTags';

const yesNo = (value: boolean | null, yes: string, no: string) => (value === null ? '—' : value ? yes : no);

function items(t: TFunction, ticket: Ticket): DescriptionsProps['items'] {
  const list: DescriptionsProps['items'] = [
    { key: 'type', label: t('hotline.requestType'), children: <RequestTypeTag type={ticket.requestType} /> },
    { key: 'urgency', label: t('hotline.urgency'), children: <UrgencyTag urgency={ticket.urgency} /> },
    // Masked by the server for all but hotline operators: shown exactly as served.
    { key: 'caller', label: t('hotline.caller'), children: ticket.callerName ?? '—' },
    {
      key: 'phone',
      label: t('hotline.callerPhone'),
      children: <span data-testid="ticket-phone">{ticket.callerPhone ?? '—'}</span>,
    },
  ];
  if (ticket.closedOnCall) {
    list.push({
      key: 'closedOnCall',
      label: t('hotline.callback'),
      children: <Tag>{t('hotline.closedOnCall')}</Tag>,
    });
    return list;
  }
  list.push(
    {
      key: 'sign',
      label: t('hotline.signDue'),
      children: <DueCell dueAt={ticket.signDueAt} doneAt={ticket.signedAt} testId="ticket-signed" />,
    },
    {
      key: 'contact',
      label: t('hotline.contactDue'),
      children: <DueCell dueAt={ticket.contactDueAt} doneAt={ticket.contactedAt} testId="ticket-contacted" />,
    },
    { key: 'callback', label: t('hotline.callback'), children: <CallbackTag ticket={ticket} /> },
  );
  if (ticket.callbackAt) {
    list.push(
      { key: 'callbackAt', label: t('hotline.callbackAt'), children: formatTime(ticket.callbackAt) },
      {
        key: 'resolved',
        label: t('hotline.resolved'),
        children: yesNo(ticket.resolved, t('hotline.resolvedYes'), t('hotline.resolvedNo')),
      },
    );
  }
  return list;
}

export function TicketFacts({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  return <Facts items={items(t, ticket)} testId="ticket-facts" />;
}
