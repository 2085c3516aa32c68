import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../api/hotlineTypes';
import { errorText } from '../i18n/errorText';
import { RelatedTickets } from './RelatedTickets';
import { TicketFacts } from './TicketFacts';
import { TicketSteps } from './TicketSteps';
import { useTicket } from './useTicket';

interface Props {
  caseId: string;
  /** The case's status as the page shows it: a change (an action taken) reloads the ticket. */
  caseStatus: string;
  /** A ticket step writes to the case's timeline too: the page reloads the case to show it. */
  onStep(): void;
}

/** The 12345 ticket laid over a hotline case, on the case page. */
export function TicketCard({ caseId, caseStatus, onStep }: Props) {
  const { t } = useTranslation();
  const { ticket, replace } = useTicket(caseId, caseStatus);
  const done = (detail: TicketDetail) => {
    replace(detail);
    onStep();
  };
  return (
    <Card size="small" title={t('hotline.ticket')} data-testid="ticket-card">
      {ticket.status === 'loading' && <Spin />}
      {ticket.status === 'failed' && <Alert type="error" showIcon title={errorText(t, ticket.error)} />}
      {ticket.status === 'ready' && (
        <Flex vertical gap={12}>
          <TicketSteps detail={ticket.data} onDone={done} />
          <TicketFacts ticket={ticket.data.ticket} />
          <Typography.Text strong>{t('hotline.related')}</Typography.Text>
          <RelatedTickets related={ticket.data.related} />
        </Flex>
      )}
    </Card>
  );
}
