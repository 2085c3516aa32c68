import type { RankedUnit, RankingKind } from '@needle/contract';
import { Alert, Progress, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { formatRate } from '../i18n/formatRate';
import { scorePartLabel } from '../i18n/labels';
import { useIsPhone } from '../layout/useIsPhone';
import { ScoreBreakdown } from './ScoreBreakdown';
import { useRankings } from './statsQueries';

// The top three stand out, as on the wall screens of a command centre.
const podium = ['gold', 'default', 'orange'];

/** One of the four rankings (四类排名); a row opens onto the breakdown of its score. */
export function RankingTable({ kind, month }: { kind: RankingKind; month: string }) {
  const { t } = useTranslation();
  const rankings = useRankings(kind, month);
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
    <Table
      rowKey="unit"
      size="small"
      columns={shown}
      dataSource={rankings.data?.items ?? []}
      loading={rankings.isPending}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('stats.rankingEmpty') }}
      expandable={{ expandedRowRender: (unit) => <ScoreBreakdown unit={unit} />, expandRowByClick: true }}
      data-testid={`ranking-${kind}`}
    />
  );
}
