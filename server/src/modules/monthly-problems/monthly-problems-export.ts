import { type MonthlyProblemRowView, type ProblemFiguresView, WHISTLE_STATUS_LABELS } from '@needle/contract';
import type { Db } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type ExportNames, exportedBy, exportNames } from '../exports/export-names.js';
import { chinaTime, type ExportColumn, percent, type SheetWriter, sheet } from '../exports/xlsx-sheet.js';
import type { RegionsService } from '../regions/regions.service.js';
import { listMonthlyProblems } from './list-monthly-problems.js';
import { monthWindow } from './month-window.js';
import { problemActions } from './problem-actions.js';
import { problemAreas } from './problem-areas.js';
import { problemCases } from './problem-cases.js';
import { problemTrend } from './problem-trend.js';

/** A district's complaints of its problem in the sheet: enough to work from, cut with a note beyond. */
const CASES_PER_DISTRICT = 5_000;
const PAGE = 500;

const whistleStatus = (s: string) => (WHISTLE_STATUS_LABELS['zh-CN'] as Record<string, string>)[s] ?? s;
const one = (n: number) => Number(n.toFixed(1));
const problemText = (p: ProblemFiguresView | undefined) =>
  p ? `${p.categoryName}（${p.complaints}件）` : '';

const summaryColumns: ExportColumn<MonthlyProblemRowView>[] = [
  { header: '区', width: 14, value: (r) => r.districtName },
  { header: '范围', width: 16, value: (r) => r.regionName },
  { header: '本月一题', width: 20, value: (r) => r.top?.categoryName ?? '无诉求' },
  { header: '诉求件数', width: 10, value: (r) => r.top?.complaints ?? 0 },
  { header: '前三月均值', width: 11, value: (r) => (r.top ? one(r.top.baseline) : '') },
  { header: '增长', width: 8, value: (r) => (r.top ? one(r.top.growth) : '') },
  { header: '增长率', width: 9, value: (r) => (r.top ? percent(r.top.growthRate) : '') },
  { header: '占全部诉求', width: 11, value: (r) => (r.top ? percent(r.top.share) : '') },
  { header: '得分', width: 8, value: (r) => (r.top ? one(r.top.score) : '') },
  { header: '全部诉求', width: 10, value: (r) => r.totalComplaints },
  { header: '第二', width: 20, value: (r) => problemText(r.runnersUp[0]) },
  { header: '第三', width: 20, value: (r) => problemText(r.runnersUp[1]) },
];

type Week = {
  district: string;
  category: string;
  from: string;
  to: string;
  side: string;
  complaints: number;
  partial: boolean;
};
type Action = {
  district: string;
  category: string;
  kind: string;
  code: string;
  what: string;
  status: string;
  at: string;
};
type CaseRow = {
  district: string;
  category: string;
  code: string;
  status: string;
  channel: string;
  at: string;
  closed: string;
  street: string;
  community: string;
};

/**
 * 每月一题 as a workbook: the month's problem of every district in the jurisdiction with its figures, its
 * weekly trend before and after, the actions taken and its complaints (no reporter, as on the page).
 * Everything is read before the download starts, so a bad month is a 400, not a broken file.
 */
export async function monthlyProblemsExport(
  db: Db,
  regions: RegionsService,
  viewer: AuthUser,
  month: string,
  today = chinaDayOf(new Date()),
): Promise<SheetWriter[]> {
  const names: ExportNames = await exportNames(db, regions);
  const list = await listMonthlyProblems(db, regions.directory, viewer, month, today);
  const w = monthWindow(month, today);
  const weeks: Week[] = [];
  const actions: Action[] = [];
  const complaints: CaseRow[] = [];
  let cut = false;
  const areas = problemAreas(regions.directory, viewer.jurisdiction);
  for (const row of list.items) {
    const area = areas.find((a) => a.districtCode === row.districtCode);
    if (!area || !row.top) continue;
    const { categoryCode: code, categoryName: category } = row.top;
    const district = row.regionName;
    for (const wk of await problemTrend(db, area, code, w.to, today))
      weeks.push({ district, category, ...wk });
    const done = await problemActions(db, regions.directory, area, code, w.start);
    for (const c of done.proactiveCases)
      actions.push({
        district,
        category,
        kind: '主动发现（未诉先办）',
        code: c.code,
        what: c.streetName,
        status: names.status(c.status),
        at: chinaTime(c.createdAt),
      });
    for (const o of done.whistleOrders)
      actions.push({
        district,
        category,
        kind: '吹哨报到',
        code: o.code,
        what: `${o.title}（${o.cases}件诉求）`,
        status: whistleStatus(o.status),
        at: chinaTime(o.createdAt),
      });
    for (const h of done.acceptedHotspots)
      actions.push({
        district,
        category,
        kind: '热点处置',
        code: '',
        what: `${h.streetName} 实际${h.observed}件/预期${one(h.expected)}件`,
        status: h.action === 'whistle' ? '已吹哨' : '已立主动案件',
        at: chinaTime(h.decidedAt),
      });
    for (let page = 1; (page - 1) * PAGE < CASES_PER_DISTRICT; page++) {
      const got = await problemCases(db, regions.directory, area, code, w, { page, pageSize: PAGE });
      for (const c of got.items)
        complaints.push({
          district,
          category,
          code: c.code,
          status: names.status(c.status),
          channel: names.channel(c.channel),
          at: chinaTime(c.createdAt),
          closed: chinaTime(c.closedAt),
          street: c.streetName,
          community: c.communityName,
        });
      if (page * PAGE >= got.total) break;
      if (page * PAGE >= CASES_PER_DISTRICT) cut = true;
    }
  }
  const [year, m] = month.split('-');
  const title = `${year}年${Number(m)}月 每月一题`;
  const filters: [string, string][] = [
    ...exportedBy(viewer, names),
    ['统计周期', `${list.period.from} 至 ${list.period.to}${list.running ? '（截至今日）' : ''}`],
    ['选题规则', '本月诉求件数 + 较前三月均值的增长（仅计增长）；诉求不含主动发现案件'],
    ['数据截至', chinaTime(list.asOf)],
  ];
  return [
    sheet({ name: '每月一题', title, filters, columns: summaryColumns, rows: [list.items] }),
    sheet<Week>({
      name: '周趋势',
      title: `${title}：前后各八周诉求`,
      filters,
      columns: [
        { header: '范围', width: 16, value: (r) => r.district },
        { header: '问题', width: 20, value: (r) => r.category },
        { header: '起', width: 12, value: (r) => r.from },
        { header: '止', width: 12, value: (r) => r.to },
        { header: '前/后', width: 8, value: (r) => (r.side === 'before' ? '选题前' : '选题后') },
        { header: '诉求件数', width: 10, value: (r) => r.complaints },
        { header: '说明', width: 10, value: (r) => (r.partial ? '截至今日' : '') },
      ],
      rows: [weeks],
    }),
    sheet<Action>({
      name: '处置行动',
      title: `${title}：处置行动`,
      filters,
      columns: [
        { header: '范围', width: 16, value: (r) => r.district },
        { header: '问题', width: 20, value: (r) => r.category },
        { header: '方式', width: 20, value: (r) => r.kind },
        { header: '编号', width: 26, value: (r) => r.code },
        { header: '内容', width: 36, value: (r) => r.what },
        { header: '状态', width: 12, value: (r) => r.status },
        { header: '时间', width: 18, value: (r) => r.at },
      ],
      rows: [actions],
    }),
    sheet<CaseRow>({
      name: '诉求案件',
      title: `${title}：本月诉求案件`,
      filters,
      columns: [
        { header: '范围', width: 16, value: (r) => r.district },
        { header: '问题', width: 20, value: (r) => r.category },
        { header: '案件编号', width: 26, value: (r) => r.code },
        { header: '状态', width: 10, value: (r) => r.status },
        { header: '来源', width: 12, value: (r) => r.channel },
        { header: '上报时间', width: 18, value: (r) => r.at },
        { header: '结案时间', width: 18, value: (r) => r.closed },
        { header: '街道', width: 14, value: (r) => r.street },
        { header: '社区', width: 14, value: (r) => r.community },
      ],
      rows: [complaints],
      note: () => (cut ? `每区最多列出 ${CASES_PER_DISTRICT} 件，更多请在案件列表中查询` : undefined),
    }),
  ];
}
