import { Card, Flex } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../common/ListTable';
import { useUrlQuery } from '../common/useUrlQuery';
import { TicketFilters } from './TicketFilters';
import { TicketListCard } from './TicketListCard';
import { ticketColumns } from './ticketColumns';
import { readTicketListQuery, ticketPageSizes, writeTicketListQuery } from './ticketListQuery';
import { useTicketPage } from './ticketQueries';

/** The tickets of the user's area; a call just taken shows at once (taking it invalidates the lists). */
export function TicketTable() {
  const { t } = useTranslation();
  const url = useUrlQuery(readTicketListQuery, writeTicketListQuery, { replace: true });
  const columns = useMemo(() => ticketColumns(t), [t]);
  return (
    <Card size="small" title={t('hotline.tickets')}>
      <Flex vertical gap={12}>
        <TicketFilters query={url.query} onChange={url.show} onReset={url.reset} />
        <ListTable
          list={useTicketPage(url.apiQuery)}
          url={url}
          pageSizes={ticketPageSizes}
          totalText={(total) => t('hotline.total', { total })}
          rowLink={(row) => `/cases/${row.ticket.caseId}`}
          rowKey={(row) => row.ticket.caseId}
          size="small"
          columns={columns}
          locale={{ emptyText: t('hotline.empty') }}
          card={{ render: (row) => <TicketListCard row={row} />, testId: 'ticket-cards' }}
          data-testid="ticket-table"
        />
      </Flex>
    </Card>
  );
}
