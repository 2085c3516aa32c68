import type { CaseExportFilter, CasePage } from '@needle/contract';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { listCases } from '../cases/case-queries.js';
import { type ExportNames, exportedBy, exportNames, yesNo } from './export-names.js';
import { chinaTime, type ExportColumn, type SheetWriter, sheet } from './xlsx-sheet.js';

type CaseRow = CasePage['items'][number];

/** Pages of the list's own size: the export reads exactly what the list shows, masking included. */
const PAGE = 200;
/** More rows than this are cut, and the sheet says so: a larger extract is a report, not an export. */
export const CASE_EXPORT_LIMIT = 50_000;

const columns = (n: ExportNames): ExportColumn<CaseRow>[] => [
  { header: '案件编号', width: 26, value: (c) => c.code },
  { header: '上报时间', width: 18, value: (c) => chinaTime(c.createdAt) },
  { header: '来源渠道', width: 12, value: (c) => n.channel(c.channel) },
  { header: '问题类别', width: 20, value: (c) => n.category(c.categoryCode) },
  { header: '状态', width: 10, value: (c) => n.status(c.status) },
  { header: '问题描述', width: 40, value: (c) => c.description },
  { header: '地址', width: 30, value: (c) => c.address },
  { header: '街道', width: 14, value: (c) => n.region(c.streetCode) },
  { header: '社区', width: 14, value: (c) => n.region(c.communityCode) },
  { header: '网格', width: 18, value: (c) => n.region(c.gridCode) },
  { header: '责任单位', width: 20, value: (c) => n.unit(c) },
  { header: '上报人', width: 10, value: (c) => c.reporterName },
  { header: '联系电话', width: 15, value: (c) => c.reporterPhone },
  { header: '是否超时', width: 10, value: (c) => yesNo(c.overdue) },
  { header: '办结时限', width: 18, value: (c) => chinaTime(c.dueAt) },
  { header: '结案时间', width: 18, value: (c) => chinaTime(c.closedAt) },
  { header: '返工次数', width: 10, value: (c) => c.reworkCount },
  { header: '评价', width: 8, value: (c) => c.rating },
];

/** The case list's filters, in words. */
function filterLines(f: CaseExportFilter, n: ExportNames): [string, string][] {
  const lines: [string, string][] = [];
  if (f.status?.length) lines.push(['状态', f.status.map(n.status).join('、')]);
  if (f.categoryCode) lines.push(['问题类别', n.category(f.categoryCode)]);
  if (f.regionCode) lines.push(['区域', n.region(f.regionCode)]);
  if (f.departmentId) lines.push(['责任部门', n.department(f.departmentId)]);
  if (f.unitRegionCode) lines.push(['责任单位', n.region(f.unitRegionCode)]);
  if (f.channel) lines.push(['来源渠道', n.channel(f.channel)]);
  if (f.overdue !== undefined) lines.push(['是否超时', yesNo(f.overdue)]);
  if (f.from || f.to) lines.push(['上报日期', `${f.from ?? ''} 至 ${f.to ?? ''}`]);
  if (f.q) lines.push(['关键词', f.q]);
  return lines.length ? lines : [['筛选条件', '无（全部案件）']];
}

/**
 * The case list as a sheet: the same filters, the same jurisdiction and the same masking as
 * GET /api/cases, because it is read through the list itself, page by page. The first page is read
 * before the download starts, so a refusal is still an error answer and not a broken file.
 */
export async function caseExport(
  deps: CaseDeps,
  viewer: AuthUser,
  f: CaseExportFilter,
): Promise<SheetWriter> {
  const names = await exportNames(deps.db, deps.regions);
  const first = await listCases(deps, viewer, { ...f, page: 1, pageSize: PAGE });
  const total = Math.min(first.total, CASE_EXPORT_LIMIT);
  async function* pages() {
    yield first.items;
    for (let page = 2; (page - 1) * PAGE < total; page++) {
      const next = await listCases(deps, viewer, { ...f, page, pageSize: PAGE });
      const room = total - (page - 1) * PAGE;
      yield next.items.slice(0, room);
      if (next.items.length < PAGE) break;
    }
  }
  return sheet({
    name: '案件列表',
    title: '案件列表',
    filters: [...exportedBy(viewer, names), ...filterLines(f, names), ['案件数', String(first.total)]],
    columns: columns(names),
    rows: pages(),
    note: () =>
      first.total > CASE_EXPORT_LIMIT
        ? `共 ${first.total} 件，仅导出前 ${CASE_EXPORT_LIMIT} 件：请缩小筛选范围。`
        : undefined,
  });
}
