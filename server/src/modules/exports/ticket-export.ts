import {
  REQUEST_TYPE_LABELS,
  SATISFACTION_LABELS,
  type TicketExportFilter,
  type TicketRow,
  URGENCY_LABELS,
} from '@needle/contract';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { listTickets } from '../hotline/ticket-queries.js';
import { type ExportNames, exportedBy, exportNames, yesNo } from './export-names.js';
import { chinaTime, type ExportColumn, type SheetWriter, sheet } from './xlsx-sheet.js';

const PAGE = 200;
export const TICKET_EXPORT_LIMIT = 50_000;

const label = (labels: Record<string, string>, value: string | null) =>
  value ? (labels[value] ?? value) : '';

const columns = (n: ExportNames): ExportColumn<TicketRow>[] => [
  { header: '工单编号', width: 26, value: (r) => r.ticket.caseCode },
  { header: '来电时间', width: 18, value: (r) => chinaTime(r.case.createdAt) },
  { header: '诉求类型', width: 10, value: (r) => label(REQUEST_TYPE_LABELS['zh-CN'], r.ticket.requestType) },
  { header: '紧急程度', width: 10, value: (r) => label(URGENCY_LABELS['zh-CN'], r.ticket.urgency) },
  { header: '问题类别', width: 20, value: (r) => n.category(r.case.categoryCode) },
  { header: '诉求内容', width: 40, value: (r) => r.case.description },
  { header: '地址', width: 30, value: (r) => r.case.address },
  { header: '所在区域', width: 16, value: (r) => n.region(r.ticket.regionCode) },
  { header: '承办单位', width: 20, value: (r) => n.unit(r.case) },
  { header: '状态', width: 10, value: (r) => n.status(r.case.status) },
  { header: '来电人', width: 10, value: (r) => r.ticket.callerName },
  { header: '来电号码', width: 15, value: (r) => r.ticket.callerPhone },
  { header: '签收时限', width: 18, value: (r) => chinaTime(r.ticket.signDueAt) },
  { header: '签收时间', width: 18, value: (r) => chinaTime(r.ticket.signedAt) },
  { header: '联系时限', width: 18, value: (r) => chinaTime(r.ticket.contactDueAt) },
  { header: '联系时间', width: 18, value: (r) => chinaTime(r.ticket.contactedAt) },
  { header: '即时办结', width: 10, value: (r) => yesNo(r.ticket.closedOnCall) },
  { header: '回访时间', width: 18, value: (r) => chinaTime(r.ticket.callbackAt) },
  { header: '有效回访', width: 10, value: (r) => yesNo(r.ticket.callbackValid) },
  { header: '是否解决', width: 10, value: (r) => yesNo(r.ticket.resolved) },
  { header: '满意度', width: 10, value: (r) => label(SATISFACTION_LABELS['zh-CN'], r.ticket.satisfaction) },
];

function filterLines(f: TicketExportFilter): [string, string][] {
  const lines: [string, string][] = [];
  if (f.requestType) lines.push(['诉求类型', label(REQUEST_TYPE_LABELS['zh-CN'], f.requestType)]);
  if (f.urgency) lines.push(['紧急程度', label(URGENCY_LABELS['zh-CN'], f.urgency)]);
  if (f.signed !== undefined) lines.push(['已签收', yesNo(f.signed)]);
  if (f.contacted !== undefined) lines.push(['已联系', yesNo(f.contacted)]);
  if (f.calledBack !== undefined) lines.push(['已有效回访', yesNo(f.calledBack)]);
  return lines.length ? lines : [['筛选条件', '无（全部工单）']];
}

/**
 * The 12345 ticket list as a sheet, read through GET /api/hotline/tickets' own query page by page:
 * the same filters, jurisdiction and masking (lists mask callers' numbers, whoever looks).
 */
export async function ticketExport(
  deps: CaseDeps,
  viewer: AuthUser,
  f: TicketExportFilter,
): Promise<SheetWriter> {
  const names = await exportNames(deps.db, deps.regions);
  const first = await listTickets(deps, viewer, { ...f, page: 1, pageSize: PAGE });
  const total = Math.min(first.total, TICKET_EXPORT_LIMIT);
  async function* pages() {
    yield first.items;
    for (let page = 2; (page - 1) * PAGE < total; page++) {
      const next = await listTickets(deps, viewer, { ...f, page, pageSize: PAGE });
      yield next.items.slice(0, total - (page - 1) * PAGE);
      if (next.items.length < PAGE) break;
    }
  }
  return sheet({
    name: '12345工单',
    title: '12345 工单列表',
    filters: [...exportedBy(viewer, names), ...filterLines(f), ['工单数', String(first.total)]],
    columns: columns(names),
    rows: pages(),
    note: () =>
      first.total > TICKET_EXPORT_LIMIT
        ? `共 ${first.total} 件，仅导出前 ${TICKET_EXPORT_LIMIT} 件：请缩小筛选范围。`
        : undefined,
  });
}
