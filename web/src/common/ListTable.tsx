import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Empty, Flex, List, Pagination, Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ListPage } from '../api/queries';
import { errorText } from '../i18n/errorText';
import { useIsPhone } from '../layout/useIsPhone';

interface Paging {
  page: number;
  pageSize: number;
}

interface Props<T> extends Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'onRow' | 'scroll'> {
  list: UseQueryResult<ListPage<T>>;
  /** The page and its size as the URL keeps them (useUrlQuery). */
  url: { query: Paging; show(paging: Paging): void };
  pageSizes: number[];
  totalText(total: number): string;
  /** Where a click on a row leads. */
  rowLink(row: T): string;
  /** On a phone the rows are cards, where a table would scroll sideways. */
  card?: { render(row: T): ReactNode; testId: string };
}

/** A server-paged list: the server's error above it, a row opens its record, the URL keeps the page. */
export function ListTable<T extends object>({
  list,
  url: { query, show },
  pageSizes,
  totalText,
  rowLink,
  card,
  ...table
}: Props<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const error = list.error !== null && <Alert type="error" showIcon title={errorText(t, list.error)} />;
  const total = list.data?.total ?? 0;
  const { emptyText } = table.locale ?? {};
  // Another page size starts again at the first page.
  const turn = (page: number, pageSize: number) =>
    show({ page: pageSize === query.pageSize ? page : 1, pageSize });

  if (phone && card) {
    return (
      <>
        {error}
        <List<T>
          loading={list.isPending || list.isPlaceholderData}
          dataSource={list.data?.items ?? []}
          locale={{
            emptyText: <Empty description={typeof emptyText === 'function' ? emptyText() : emptyText} />,
          }}
          renderItem={(row) => (
            <List.Item style={{ display: 'block', padding: '4px 0', borderBlockEnd: 'none' }}>
              {card.render(row)}
            </List.Item>
          )}
          data-testid={card.testId}
        />
        {total > 0 && (
          // The page size stays as the URL says: a phone pages through, it does not pick a size.
          <Flex align="center" justify="space-between" wrap gap={8}>
            <Typography.Text type="secondary">{totalText(total)}</Typography.Text>
            <Pagination simple current={query.page} pageSize={query.pageSize} total={total} onChange={turn} />
          </Flex>
        )}
      </>
    );
  }

  return (
    <>
      {error}
      <Table<T>
        {...table}
        dataSource={list.data?.items ?? []}
        loading={list.isPending || list.isPlaceholderData}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ onClick: () => navigate(rowLink(row)), style: { cursor: 'pointer' } })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total,
          pageSizeOptions: pageSizes,
          showSizeChanger: true,
          showTotal: totalText,
          onChange: turn,
        }}
      />
    </>
  );
}
