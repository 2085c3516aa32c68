import type { RequestType, Ticket, Urgency } from '@needle/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Complaints and reports weigh on a unit's record; the most urgent tier is red like an overdue light.
const requestColours: Record<RequestType, string> = {
  consult: 'default',
  help: 'blue',
  complaint: 'volcano',
  report: 'magenta',
  suggest: 'cyan',
};
const urgencyColours: Record<Urgency, string> = {
  life_property: 'red',
  utilities: 'orange',
  general: 'blue',
  complex: 'purple',
};

export function RequestTypeTag({ type }: { type: RequestType }) {
  const { t } = useTranslation();
  return <Tag color={requestColours[type]}>{t(`hotline.requestTypes.${type}`)}</Tag>;
}

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return <Tag color={urgencyColours[urgency]}>{t(`hotline.urgencies.${urgency}`)}</Tag>;
}

/** Where the 回访 stands: its verdict, still to do, or not needed for a call answered on the spot. */
export function CallbackTag({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  if (ticket.closedOnCall) return <Tag>{t('hotline.notNeeded')}</Tag>;
  if (ticket.callbackValid && ticket.satisfaction) {
    const colour = ticket.satisfaction === 'dissatisfied' ? 'red' : 'green';
    return (
      <Tag color={colour} data-testid="ticket-satisfaction">
        {t(`hotline.satisfactions.${ticket.satisfaction}`)}
      </Tag>
    );
  }
  if (ticket.callbackValid === false) return <Tag color="orange">{t('hotline.callbackInvalid')}</Tag>;
  return <Tag color="gold">{t('hotline.awaiting')}</Tag>;
}
