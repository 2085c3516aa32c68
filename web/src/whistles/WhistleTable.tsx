import { WHISTLE_STATUSES } from '@needle/contract';
import { Flex, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../common/ListTable';
import { useUrlQuery } from '../common/useUrlQuery';
import { whistleStatusLabel } from '../i18n/labels';
import { WhistleListCard } from './WhistleListCard';
import { whistleColumns } from './whistleColumns';
import { readWhistleListQuery, whistlePageSizes, writeWhistleListQuery } from './whistleListQuery';
import { useWhistlePage } from './whistleQueries';

/** The orders the user issued, oversees or was called by; the server decides which. */
export function WhistleTable() {
  const { t } = useTranslation();
  const url = useUrlQuery(readWhistleListQuery, writeWhistleListQuery, { replace: true });
  const columns = useMemo(() => whistleColumns(t), [t]);
  return (
    <Flex vertical gap={12}>
      <Select
        allowClear
        placeholder={t('whistle.status')}
        aria-label={t('whistle.status')}
        value={url.query.status}
        onChange={(status) => url.show({ status })}
        options={WHISTLE_STATUSES.map((status) => ({ value: status, label: whistleStatusLabel(t, status) }))}
        style={{ width: 160 }}
        data-testid="filter-whistle-status"
      />
      <ListTable
        list={useWhistlePage(url.apiQuery)}
        url={url}
        pageSizes={whistlePageSizes}
        totalText={(total) => t('whistle.total', { total })}
        rowLink={(order) => `/whistles/${order.id}`}
        rowKey="id"
        size="middle"
        columns={columns}
        locale={{ emptyText: t('whistle.empty') }}
        card={{ render: (order) => <WhistleListCard order={order} />, testId: 'whistle-cards' }}
        data-testid="whistle-table"
      />
    </Flex>
  );
}
