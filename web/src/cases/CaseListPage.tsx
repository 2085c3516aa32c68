import { Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../categories/useCategories';
import { useCategoryName } from '../categories/useCategoryName';
import { ListTable } from '../common/ListTable';
import { useUrlQuery } from '../common/useUrlQuery';
import { ExportButton } from '../exports/ExportButton';
import { PageShell } from '../layout/PageShell';
import { useIsPhone } from '../layout/useIsPhone';
import { CaseCard } from './CaseCard';
import { CaseFilters } from './CaseFilters';
import { caseColumns } from './caseColumns';
import { pageSizes, readCaseListQuery, writeCaseListQuery } from './caseListQuery';
import { useCasePage } from './caseQueries';

/** The cases in the user's jurisdiction; the server scopes and pages, the URL keeps the filters. */
export function CaseListPage() {
  const { t } = useTranslation();
  const url = useUrlQuery(readCaseListQuery, writeCaseListQuery);
  const categories = useCategories();
  const categoryName = useCategoryName();
  const columns = useMemo(() => caseColumns(t, categoryName), [t, categoryName]);
  const phone = useIsPhone();
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('caseList.title')}
          </Typography.Title>
          {/* The sheet holds every case the filters find, masked as here; not on a phone. */}
          {!phone && <ExportButton kind="cases" query={url.apiQuery} />}
        </Flex>
        <CaseFilters
          query={url.query}
          categories={categories.data ?? []}
          onChange={url.show}
          onReset={url.reset}
        />
        <ListTable
          list={useCasePage(url.apiQuery)}
          url={url}
          pageSizes={pageSizes}
          totalText={(total) => t('caseList.total', { total })}
          rowLink={(c) => `/cases/${c.id}`}
          rowKey="id"
          size="middle"
          columns={columns}
          locale={{ emptyText: t('caseList.empty') }}
          card={{
            render: (c) => <CaseCard c={c} categoryName={categoryName(c.categoryCode)} />,
            testId: 'case-cards',
          }}
          data-testid="case-table"
        />
      </Flex>
    </PageShell>
  );
}
