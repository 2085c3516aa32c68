import { Alert, Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useCategories } from '../categories/useCategories';
import { useCategoryName } from '../categories/useCategoryName';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { CaseFilters } from './CaseFilters';
import { caseColumns } from './caseColumns';
import { type CaseListQuery, pageSizes, readCaseListQuery, writeCaseListQuery } from './caseListQuery';
import { useCasePage } from './useCasePage';

/** The cases in the user's jurisdiction; the server scopes and pages, the URL keeps the filters. */
export function CaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readCaseListQuery(params), [params]);
  const apiQuery = writeCaseListQuery(query).toString();
  const { page, loading, error } = useCasePage(apiQuery);
  const categories = useCategories();
  const categoryName = useCategoryName();
  const columns = useMemo(() => caseColumns(t, categoryName), [t, categoryName]);

  // A new filter starts again at the first page: page 7 of the old result means nothing in the new one.
  const show = (change: Partial<CaseListQuery>) =>
    setParams(writeCaseListQuery({ ...query, page: 1, ...change }));

  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('caseList.title')}
        </Typography.Title>
        <CaseFilters
          query={query}
          categories={categories.status === 'ready' ? categories.data : []}
          onChange={show}
          onReset={() => setParams(new URLSearchParams())}
        />
        {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={page?.items ?? []}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('caseList.empty') }}
          onRow={(c) => ({ onClick: () => navigate(`/cases/${c.id}`), style: { cursor: 'pointer' } })}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: page?.total ?? 0,
            pageSizeOptions: pageSizes,
            showSizeChanger: true,
            showTotal: (total) => t('caseList.total', { total }),
            onChange: (current, pageSize) =>
              show({ page: pageSize === query.pageSize ? current : 1, pageSize }),
          }}
          data-testid="case-table"
        />
      </Flex>
    </PageShell>
  );
}
