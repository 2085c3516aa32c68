import { Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../common/ListTable';
import { PageHeading } from '../common/PageHeading';
import { useUrlQuery } from '../common/useUrlQuery';
import { PageShell } from '../layout/PageShell';
import { HotspotCard } from './HotspotCard';
import { HotspotFilters } from './HotspotFilters';
import { hotspotColumns } from './hotspotColumns';
import { pageSizes, readHotspotListQuery, writeHotspotListQuery } from './hotspotListQuery';
import { useProposalPage, useRunDetection } from './hotspotsApi';
import { RunDetectionButton, RunOutcome } from './RunDetection';
import { useProposalWords } from './useProposalWords';

/**
 * 主动发现 (未诉先办): what the hotspot detector proposes in the user's streets, open ones first, with
 * the detector run on demand.
 */
export function HotspotsPage() {
  const { t } = useTranslation();
  const url = useUrlQuery(readHotspotListQuery, writeHotspotListQuery);
  const words = useProposalWords();
  const columns = useMemo(() => hotspotColumns(t, words), [t, words]);
  const run = useRunDetection();
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('hotspots.title')} testId="hotspots-title">
          <RunDetectionButton run={run} />
        </PageHeading>
        <Typography.Text type="secondary">{t('hotspots.intro')}</Typography.Text>
        <RunOutcome run={run} />
        <HotspotFilters query={url.query} onChange={url.show} onReset={url.reset} />
        <ListTable
          list={useProposalPage(url.apiQuery)}
          url={url}
          pageSizes={pageSizes}
          totalText={(total) => t('hotspots.total', { total })}
          rowLink={(p) => `/hotspots/${p.id}`}
          rowKey="id"
          size="middle"
          columns={columns}
          locale={{ emptyText: t('hotspots.empty') }}
          card={{
            render: (p) => <HotspotCard p={p} category={words.category(p)} figures={words.figures(p)} />,
            testId: 'hotspot-cards',
          }}
          data-testid="hotspot-table"
        />
      </Flex>
    </PageShell>
  );
}
