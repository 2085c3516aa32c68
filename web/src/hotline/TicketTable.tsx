import { Alert, Card, Flex, Table } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { fetchTickets } from '../api/hotline';
import type { TicketPage } from '../api/hotlineTypes';
import { useResource } from '../api/useResource';
import { errorText } from '../i18n/errorText';
import { TicketFilters } from './TicketFilters';
import { ticketColumns } from './ticketColumns';
import {
  readTicketListQuery,
  type TicketListQuery,
  ticketPageSizes,
  writeTicketListQuery,
} from './ticketListQuery';

/** The tickets of the user's area; `refresh` changes when a call was just taken, to show it at once. */
export function TicketTable({ refresh }: { refresh: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readTicketListQuery(params), [params]);
  const apiQuery = writeTicketListQuery(query).toString();
  const load = useMemo(
    // `refresh` is read only to make a new loader, which loads again.
    () =>
      refresh >= 0 ? (signal: AbortSignal) => fetchTickets(new URLSearchParams(apiQuery), signal) : null,
    [apiQuery, refresh],
  );
  const resource = useResource(load);
  // The last page stays on screen while the next loads, so paging does not flash an empty table.
  const [shown, setShown] = useState<TicketPage | null>(null);
  useEffect(() => {
    if (resource.status === 'ready') setShown(resource.data);
  }, [resource]);
  const page = resource.status === 'ready' ? resource.data : shown;
  const columns = useMemo(() => ticketColumns(t), [t]);

  // A new filter starts again at the first page.
  const show = (change: Partial<TicketListQuery>) =>
    setParams(writeTicketListQuery({ ...query, page: 1, ...change }), { replace: true });

  return (
    <Card size="small" title={t('hotline.tickets')}>
      <Flex vertical gap={12}>
        <TicketFilters query={query} onChange={show} onReset={() => setParams(new URLSearchParams())} />
        {resource.status === 'failed' && <Alert type="error" showIcon title={errorText(t, resource.error)} />}
        <Table
          rowKey={(row) => row.ticket.caseId}
          size="small"
          columns={columns}
          dataSource={page?.items ?? []}
          loading={resource.status === 'loading'}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('hotline.empty') }}
          onRow={(row) => ({
            onClick: () => navigate(`/cases/${row.ticket.caseId}`),
            style: { cursor: 'pointer' },
          })}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: page?.total ?? 0,
            pageSizeOptions: ticketPageSizes,
            showSizeChanger: true,
            showTotal: (total) => t('hotline.total', { total }),
            onChange: (current, pageSize) =>
              show({ page: pageSize === query.pageSize ? current : 1, pageSize }),
          }}
          data-testid="ticket-table"
        />
      </Flex>
    </Card>
  );
}
