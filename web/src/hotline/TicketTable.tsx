import { Card, Flex } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { ListTable } from '../common/ListTable';
import { useUrlQuery } from '../common/useUrlQuery';
import { ExportButton } from '../exports/ExportButton';
import { useIsPhone } from '../layout/useIsPhone';
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
  // The sheet holds what the list shows with its filters; a phone has no office software to open it.
  const me = useMe();
  const phone = useIsPhone();
  const exports = can(me, 'hotline:read') && !phone;
  return (
    <Card
      size="small"
      title={t('hotline.tickets')}
      extra={exports && <ExportButton kind="tickets" query={url.apiQuery} size="small" />}
    >
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
