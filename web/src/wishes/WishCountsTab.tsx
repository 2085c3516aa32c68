import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WishCounts } from '../api/wishes';
import { errorText } from '../i18n/errorText';
import { useWishCounts } from './wishesQueries';

type Row = WishCounts['items'][number];

/** How many wishes of each community reached each step (a fulfilled wish also counts as claimed). */
export function WishCountsTab() {
  const { t } = useTranslation();
  const counts = useWishCounts('');
  const step = (key: keyof Omit<Row, 'regionCode' | 'name'>) => ({
    title: t(`wishes.counts.${key}`),
    dataIndex: key,
  });
  return (
    <>
      {counts.error !== null && <Alert type="error" showIcon title={errorText(t, counts.error)} />}
      <Table<Row>
        rowKey="regionCode"
        size="middle"
        loading={counts.isPending}
        dataSource={counts.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('wishes.counts.empty') }}
        onRow={() => ({ 'data-testid': 'wish-count-row' }) as object}
        columns={[
          { title: t('wishes.community'), dataIndex: 'name', width: 200 },
          step('posted'),
          step('approved'),
          step('claimed'),
          step('fulfilled'),
          step('confirmed'),
        ]}
        data-testid="wish-count-table"
      />
    </>
  );
}
