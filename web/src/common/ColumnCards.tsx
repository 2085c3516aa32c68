import { Card, Descriptions, Empty, Flex, Skeleton, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';

interface Props<T> {
  columns: TableColumnsType<T>;
  rows: T[];
  rowKey(row: T): string;
  loading: boolean;
  emptyText: ReactNode;
  testId?: string;
}

/**
 * A small table's rows as cards, each column a labelled line: for a phone, where the table would
 * scroll sideways. The columns are the table's own, so the two cannot say different things.
 */
export function ColumnCards<T extends object>({
  columns,
  rows,
  rowKey,
  loading,
  emptyText,
  testId,
}: Props<T>) {
  if (loading && rows.length === 0) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {rows.map((row, index) => (
        <Card key={rowKey(row)} size="small">
          <Descriptions
            size="small"
            column={1}
            items={columns.map((column, at) => ({
              key: String(column.key ?? at),
              label: typeof column.title === 'function' ? null : column.title,
              children:
                'render' in column && column.render
                  ? (column.render(undefined, row, index) as ReactNode)
                  : 'dataIndex' in column && typeof column.dataIndex === 'string'
                    ? (row[column.dataIndex as keyof T] as ReactNode)
                    : null,
            }))}
          />
        </Card>
      ))}
    </Flex>
  );
}
