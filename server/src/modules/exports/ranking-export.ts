import {
  RANKING_KIND_LABELS,
  type RankingKind,
  type RankingsExportFilter,
  SCORE_PART_LABELS,
} from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { RegionsService } from '../regions/regions.service.js';
import { periodOf, rankings } from '../stats/stats.service.js';
import { type ExportNames, exportedBy, exportNames } from './export-names.js';
import { type ExportColumn, percent, type SheetWriter, sheet } from './xlsx-sheet.js';

type Ranked = Awaited<ReturnType<typeof rankings>>['items'][number];

const points = (value: number | null) => (value === null ? '' : Number(value.toFixed(1)));
const partLabel = (name: string) => (SCORE_PART_LABELS['zh-CN'] as Record<string, string>)[name] ?? name;

/** Each part of a score as the page's breakdown writes it: value × weight = points. */
const breakdown = (u: Ranked) =>
  u.parts
    .map((p) =>
      p.value === null
        ? `${partLabel(p.name)} 无数据`
        : `${partLabel(p.name)} ${percent(p.value)}×${(p.weight * 100).toFixed(0)}%=${points(p.points)}`,
    )
    .join('；');

/** The ranking's columns: rank, score and its parts, then every figure the score rests on. */
function columns(kind: RankingKind): ExportColumn<Ranked>[] {
  const base: ExportColumn<Ranked>[] = [
    { header: '排名', width: 6, value: (u) => u.rank },
    { header: kind === 'department' ? '部门' : '名称', width: 20, value: (u) => u.name },
    { header: '得分', width: 8, value: (u) => points(u.score) },
    { header: '得分构成', width: 60, value: breakdown },
    { header: '12345综合', width: 11, value: (u) => percent(u.report.hotline.composite) },
    { header: '响应率', width: 9, value: (u) => percent(u.report.hotline.responseRate) },
    { header: '解决率', width: 9, value: (u) => percent(u.report.hotline.resolutionRate) },
    { header: '满意率', width: 9, value: (u) => percent(u.report.hotline.satisfactionRate) },
    { header: '有效回访', width: 10, value: (u) => u.report.hotline.validCallbacks },
    { header: '按期结案率', width: 11, value: (u) => percent(u.report.caseLoop.onTimeClosureRate) },
    { header: '结案率', width: 9, value: (u) => percent(u.report.caseLoop.closureRate) },
    { header: '返工率', width: 9, value: (u) => percent(u.report.caseLoop.reworkRate) },
    { header: '上报', width: 8, value: (u) => u.report.counts.reported },
    { header: '应结', width: 8, value: (u) => u.report.counts.due },
    { header: '已结', width: 8, value: (u) => u.report.counts.closed },
    { header: '按期结', width: 8, value: (u) => u.report.counts.closedOnTime },
  ];
  if (kind !== 'department') return base;
  return [
    ...base,
    { header: '报到', width: 8, value: (u) => u.report.whistle.reportIns },
    { header: '按时报到率', width: 11, value: (u) => percent(u.report.whistle.onTimeReportInRate) },
    {
      header: '街道评价均分',
      width: 12,
      value: (u) => (u.report.evaluation.meanScore === null ? '' : points(u.report.evaluation.meanScore)),
    },
  ];
}

const kindLabel = (kind: RankingKind) =>
  (RANKING_KIND_LABELS['zh-CN'] as Record<string, string>)[kind] ?? kind;

function rankingSheet(
  viewer: AuthUser,
  names: ExportNames,
  ranking: Awaited<ReturnType<typeof rankings>>,
  extra: { title: string; name: string; filters: [string, string][] },
): SheetWriter {
  const kind = ranking.kind;
  return sheet({
    name: extra.name,
    title: extra.title,
    filters: [
      ...exportedBy(viewer, names),
      ['统计周期', `${ranking.period.from} 至 ${ranking.period.to}`],
      ...extra.filters,
      ['数据截至', ranking.asOf],
    ],
    columns: columns(kind),
    rows: [ranking.items],
  });
}

/**
 * One ranking (四类排名) as a sheet: every unit, in rank order, exactly as GET /api/stats/rankings
 * ranks them for the same filters. Computed before the download starts: a region outside the
 * jurisdiction is a 404, not an empty file.
 */
export async function rankingExport(
  db: Db,
  regions: RegionsService,
  viewer: AuthUser,
  f: RankingsExportFilter,
): Promise<SheetWriter> {
  const names = await exportNames(db, regions);
  const ranking = await rankings(db, regions, viewer, f.kind, periodOf(f), {
    regionCode: f.regionCode,
    q: f.q,
  });
  const filters: [string, string][] = [];
  if (f.regionCode) filters.push(['区域', names.region(f.regionCode)]);
  if (f.q) filters.push(['名称包含', f.q]);
  const label = kindLabel(f.kind);
  return rankingSheet(viewer, names, ranking, { title: `${label}排名`, name: label, filters });
}

/** The kinds the monthly assessment report (月度考核报表) covers, one sheet each. */
const ASSESSED: RankingKind[] = ['street', 'community', 'department'];

/** 月度考核报表: a month's KPI figures and score of every street, community and department. */
export async function assessmentExport(
  db: Db,
  regions: RegionsService,
  viewer: AuthUser,
  q: { month: string; regionCode?: string },
): Promise<SheetWriter[]> {
  const names = await exportNames(db, regions);
  const period = periodOf({ month: q.month });
  const [year, month] = q.month.split('-');
  const filters: [string, string][] = q.regionCode ? [['区域', names.region(q.regionCode)]] : [];
  const sheets: SheetWriter[] = [];
  for (const kind of ASSESSED) {
    const ranking = await rankings(db, regions, viewer, kind, period, { regionCode: q.regionCode });
    const label = kindLabel(kind);
    sheets.push(
      rankingSheet(viewer, names, ranking, {
        title: `${year}年${Number(month)}月 月度考核报表（${label}）`,
        name: label,
        filters,
      }),
    );
  }
  return sheets;
}
