import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ListPage } from '../api/queries';
import { errorText } from '../i18n/errorText';

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
}

/** A server-paged list: the server's error above it, a row opens its record, the URL keeps the page. */
export function ListTable<T extends object>({
  list,
  url: { query, show },
  pageSizes,
  totalText,
  rowLink,
  ...table
}: Props<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      {list.error !== null && <Alert type="error" showIcon title={errorText(t, list.error)} />}
      <Table<T>
        {...table}
        dataSource={list.data?.items ?? []}
        loading={list.isPending || list.isPlaceholderData}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ onClick: () => navigate(rowLink(row)), style: { cursor: 'pointer' } })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          pageSizeOptions: pageSizes,
          showSizeChanger: true,
          showTotal: totalText,
          // Another page size starts again at the first page.
          onChange: (page, pageSize) => show({ page: pageSize === query.pageSize ? page : 1, pageSize }),
        }}
      />
    </>
  );
}
