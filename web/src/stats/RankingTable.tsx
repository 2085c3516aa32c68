import type { RankedUnit, RankingKind } from '@needle/contract';
import { Alert, Flex, Input, Progress, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../exports/ExportButton';
import { errorText } from '../i18n/errorText';
import { formatRate } from '../i18n/formatRate';
import { scorePartLabel } from '../i18n/labels';
import { useIsPhone } from '../layout/useIsPhone';
import { ScoreBreakdown } from './ScoreBreakdown';
import { rankingQuery } from './statsApi';
import { useRankingPage } from './statsQueries';

// The top three stand out, as on the wall screens of a command centre.
const podium = ['gold', 'default', 'orange'];

const PAGE_SIZE = 20;

interface Props {
  kind: RankingKind;
  month: string;
  /** Only the units within this region; the user's jurisdiction when absent. */
  regionCode?: string;
}

/**
 * One of the four rankings (四类排名), a page at a time from the server (a district has hundreds of
 * grids), searchable by name; a row opens onto the breakdown of its score.
 */
export function RankingTable({ kind, month, regionCode }: Props) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState<string>();
  const rankings = useRankingPage({ kind, month, regionCode, q, page, pageSize: PAGE_SIZE });
  // A phone keeps rank, name and score in the screen's width; the parts are in the row's breakdown.
  const phone = useIsPhone();
  const columns: TableColumnsType<RankedUnit> = [
    {
      key: 'rank',
      title: t('stats.rank'),
      width: phone ? 56 : 72,
      render: (_, unit) =>
        unit.rank === null ? '—' : <Tag color={podium[unit.rank - 1] ?? 'default'}>{unit.rank}</Tag>,
    },
    {
      key: 'name',
      title: t('stats.name'),
      render: (_, unit) => <span data-testid="ranking-name">{unit.name}</span>,
    },
    {
      key: 'score',
      title: t('stats.score'),
      render: (_, unit) =>
        unit.score === null ? (
          <Tag>{t('stats.noData')}</Tag>
        ) : (
          <Progress
            percent={unit.score}
            size="small"
            style={{ width: phone ? 96 : 160 }}
            format={() => <span data-testid="ranking-score">{unit.score?.toFixed(1)}</span>}
          />
        ),
    },
    {
      key: 'parts',
      title: t('stats.part'),
      render: (_, unit) =>
        unit.parts.map((part) => `${scorePartLabel(t, part.name)} ${formatRate(part.value)}`).join(' · '),
    },
  ];
  const shown = phone ? columns.filter((column) => column.key !== 'parts') : columns;
  if (!rankings.data && rankings.error !== null)
    return <Alert type="error" showIcon title={errorText(t, rankings.error)} />;
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8} align="center">
        <Input.Search
          allowClear
          placeholder={t('dashboards.search')}
          style={{ width: 220 }}
          onSearch={(text) => {
            setQ(text.trim() || undefined);
            setPage(1);
          }}
          data-testid={`ranking-search-${kind}`}
        />
        {rankings.data && (
          <Typography.Text type="secondary" data-testid={`ranking-total-${kind}`}>
            {t('dashboards.rankingTotal', { total: rankings.data.total })}
          </Typography.Text>
        )}
        <ExportButton
          kind="rankings"
          query={rankingQuery({ kind, month, regionCode, q })}
          label={t('dashboards.exportRanking')}
          size="small"
          data-testid={`export-ranking-${kind}`}
        />
      </Flex>
      <Table
        rowKey="unit"
        size="small"
        columns={shown}
        dataSource={rankings.data?.items ?? []}
        loading={rankings.isFetching}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: rankings.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('stats.rankingEmpty') }}
        expandable={{ expandedRowRender: (unit) => <ScoreBreakdown unit={unit} />, expandRowByClick: true }}
        data-testid={`ranking-${kind}`}
      />
    </Flex>
  );
}
