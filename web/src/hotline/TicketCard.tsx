import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { RelatedTickets } from './RelatedTickets';
import { TicketFacts } from './TicketFacts';
import { TicketSteps } from './TicketSteps';
import { useTicket } from './ticketQueries';

/** The 12345 ticket laid over a hotline case, on the case page. */
export function TicketCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data: ticket, error } = useTicket(caseId);
  return (
    <Card size="small" title={t('hotline.ticket')} data-testid="ticket-card">
      {ticket ? (
        <Flex vertical gap={12}>
          <TicketSteps detail={ticket} />
          <TicketFacts ticket={ticket.ticket} />
          <Typography.Text strong>{t('hotline.related')}</Typography.Text>
          <RelatedTickets related={ticket.related} />
        </Flex>
      ) : error !== null ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : (
        <Spin />
      )}
    </Card>
  );
}
