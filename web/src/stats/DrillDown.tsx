import type { RankedUnit } from '@needle/contract';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Skeleton,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../i18n/errorText';
import { formatRate } from '../i18n/formatRate';
import { useRegionTree } from '../map/regionQueries';
import { scoresOption } from './chartOptions';
import { casesBehind, childKind, pathTo } from './drill';
import { EChart } from './EChart';
import { useRankingPage } from './statsQueries';

// A district has a dozen streets, a street a few dozen communities, a community up to fifty grids.
const ALL = 200;
// More bars than this are unreadable: the chart shows the best, the table lists them all.
const CHART_BARS = 20;

interface Props {
  month: string;
  /** The region looked at; '' for the top of the tree. */
  region: string;
  onDrill(code: string): void;
}

/**
 * 分级下钻: district → street → community → grid. The level under the region is ranked; a name or a
 * bar opens it, and each figure opens the list of cases behind it.
 */
export function DrillDown({ month, region, onDrill }: Props) {
  const { t } = useTranslation();
  const tree = useRegionTree();
  const path = useMemo(() => (tree.data ? pathTo(tree.data, region) : []), [tree.data, region]);
  const here = path.at(-1);
  const kind = childKind(here?.level);
  const below = useRankingPage({
    kind: kind ?? 'grid',
    month,
    regionCode: region || undefined,
    page: 1,
    pageSize: ALL,
  });
  const units = useMemo(() => (kind ? (below.data?.items ?? []) : []), [kind, below.data]);
  const best = useMemo(() => units.slice(0, CHART_BARS), [units]);
  const option = useMemo(() => scoresOption(t, best), [t, best]);
  const link = (figure: Parameters<typeof casesBehind>[0], unit: string, text: string | number) => (
    <Link to={casesBehind(figure, { regionCode: unit, month })} data-testid={`drill-${figure}`}>
      {text}
    </Link>
  );
  const columns: TableColumnsType<RankedUnit> = [
    { key: 'rank', title: t('stats.rank'), width: 56, render: (_, u) => u.rank ?? '—' },
    {
      key: 'name',
      title: t('stats.name'),
      render: (_, u) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => onDrill(u.unit)}
          data-testid="drill-into"
        >
          {u.name}
        </Button>
      ),
    },
    {
      key: 'score',
      title: t('stats.score'),
      render: (_, u) => (u.score === null ? '—' : u.score.toFixed(1)),
    },
    {
      key: 'reported',
      title: t('dashboards.reported'),
      render: (_, u) => link('reported', u.unit, u.report.counts.reported),
    },
    { key: 'due', title: t('dashboards.due'), render: (_, u) => u.report.counts.due },
    {
      key: 'closed',
      title: t('dashboards.closed'),
      render: (_, u) => link('closed', u.unit, u.report.counts.closed),
    },
    {
      key: 'onTime',
      title: t('dashboards.rateNames.onTimeClosureRate'),
      render: (_, u) => formatRate(u.report.caseLoop.onTimeClosureRate),
    },
    {
      key: 'composite',
      title: t('dashboards.rateNames.composite'),
      render: (_, u) => formatRate(u.report.hotline.composite),
    },
    {
      key: 'open',
      title: t('dashboards.openCases'),
      render: (_, u) => link('open', u.unit, t('dashboards.view')),
    },
    {
      key: 'overdue',
      title: t('dashboards.overdueCases'),
      render: (_, u) => link('overdue', u.unit, t('dashboards.view')),
    },
  ];
  const crumbs = path.map((node) => ({
    key: node.code,
    title:
      node.code === region ? (
        <span data-testid="drill-here">{node.name || t('dashboards.everywhere')}</span>
      ) : (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto' }}
          onClick={() => onDrill(node.code)}
        >
          {node.name || t('dashboards.everywhere')}
        </Button>
      ),
  }));
  return (
    <Card
      size="small"
      title={t('dashboards.drill')}
      extra={<Breadcrumb items={crumbs} data-testid="drill-path" />}
      data-testid="drill-down"
    >
      {!kind ? (
        <Empty description={t('dashboards.drillEmpty')} />
      ) : below.error && !below.data ? (
        <Alert type="error" showIcon title={errorText(t, below.error)} />
      ) : !below.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={9}>
            <EChart
              option={option}
              height={Math.max(200, best.length * 24 + 40)}
              label={t('dashboards.drillLabel')}
              onClick={({ dataIndex }) => {
                // The bars are drawn bottom-up, best on top.
                const unit = best[best.length - 1 - dataIndex];
                if (unit) onDrill(unit.unit);
              }}
              data-testid="chart-drill"
            />
          </Col>
          <Col xs={24} lg={15}>
            <Table
              rowKey="unit"
              size="small"
              columns={columns}
              dataSource={units}
              pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 'max-content' }}
              data-testid="drill-table"
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboards.drillHint')}
            </Typography.Text>
          </Col>
        </Row>
      )}
    </Card>
  );
}
