import { Alert, Flex, Select, Table } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useResource } from '../api/useResource';
import { fetchWhistles } from '../api/whistles';
import { type WhistlePage, whistleStatuses } from '../api/whistleTypes';
import { errorText } from '../i18n/errorText';
import { whistleStatusLabel } from '../i18n/labels';
import { whistleColumns } from './whistleColumns';
import {
  readWhistleListQuery,
  type WhistleListQuery,
  whistlePageSizes,
  writeWhistleListQuery,
} from './whistleListQuery';

/** The orders the user issued, oversees or was called by; the server decides which. */
export function WhistleTable() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readWhistleListQuery(params), [params]);
  const apiQuery = writeWhistleListQuery(query).toString();
  const load = useMemo(
    () => (signal: AbortSignal) => fetchWhistles(new URLSearchParams(apiQuery), signal),
    [apiQuery],
  );
  const resource = useResource(load);
  // The last page stays on screen while the next loads.
  const [shown, setShown] = useState<WhistlePage | null>(null);
  useEffect(() => {
    if (resource.status === 'ready') setShown(resource.data);
  }, [resource]);
  const page = resource.status === 'ready' ? resource.data : shown;
  const columns = useMemo(() => whistleColumns(t), [t]);
  const show = (change: Partial<WhistleListQuery>) =>
    setParams(writeWhistleListQuery({ ...query, page: 1, ...change }), { replace: true });

  return (
    <Flex vertical gap={12}>
      <Select
        allowClear
        placeholder={t('whistle.status')}
        value={query.status}
        onChange={(status) => show({ status })}
        options={whistleStatuses.map((status) => ({ value: status, label: whistleStatusLabel(t, status) }))}
        style={{ width: 160 }}
        data-testid="filter-whistle-status"
      />
      {resource.status === 'failed' && <Alert type="error" showIcon title={errorText(t, resource.error)} />}
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={resource.status === 'loading'}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('whistle.empty') }}
        onRow={(order) => ({
          onClick: () => navigate(`/whistles/${order.id}`),
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: page?.total ?? 0,
          pageSizeOptions: whistlePageSizes,
          showSizeChanger: true,
          showTotal: (total) => t('whistle.total', { total }),
          onChange: (current, pageSize) =>
            show({ page: pageSize === query.pageSize ? current : 1, pageSize }),
        }}
        data-testid="whistle-table"
      />
    </Flex>
  );
}
