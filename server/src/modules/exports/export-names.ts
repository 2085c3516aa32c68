import { CASE_STATUS_LABELS, CHANNEL_LABELS } from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { categories } from '../categories/categories.tables.js';
import { departments } from '../departments/departments.tables.js';
import type { RegionsService } from '../regions/regions.service.js';
import { chinaTime } from './xlsx-sheet.js';

/**
 * Codes as people read them in the sheet: category, region and department names, zh-CN labels.
 * Headers and labels are Chinese whatever the user's language: the sheets go into offices' files.
 */
export async function exportNames(db: Db, regions: RegionsService) {
  const categoryRows = await db.select({ code: categories.code, name: categories.nameZh }).from(categories);
  const departmentRows = await db.select({ id: departments.id, name: departments.name }).from(departments);
  const category = new Map(categoryRows.map((c) => [c.code, c.name]));
  const department = new Map(departmentRows.map((d) => [d.id, d.name]));
  const directory = regions.directory;
  const region = (code: string | null | undefined) => (code ? (directory.node(code)?.name ?? code) : '');
  return {
    category: (code: string) => category.get(code) ?? code,
    department: (id: string | null | undefined) => (id ? (department.get(id) ?? id) : ''),
    region,
    status: (s: string) => (CASE_STATUS_LABELS['zh-CN'] as Record<string, string>)[s] ?? s,
    channel: (c: string) => (CHANNEL_LABELS['zh-CN'] as Record<string, string>)[c] ?? c,
    /** The unit a case is with: a department, or a street or community office. */
    unit: (c: { unitDepartmentId: string | null; unitRegionCode: string | null }) =>
      c.unitDepartmentId ? (department.get(c.unitDepartmentId) ?? '') : region(c.unitRegionCode),
  };
}
export type ExportNames = Awaited<ReturnType<typeof exportNames>>;

/** Who exported, when, over which area: the first lines under every sheet's title. */
export function exportedBy(viewer: AuthUser, names: ExportNames): [string, string][] {
  const j = viewer.jurisdiction;
  const scope =
    j.kind === 'everywhere'
      ? '全部'
      : j.kind === 'department'
        ? names.department(j.departmentId)
        : names.region(j.regionCode);
  return [
    ['导出人', viewer.displayName],
    ['导出时间', chinaTime(new Date().toISOString())],
    ['管辖范围', scope],
  ];
}

export const yesNo = (flag: boolean | null | undefined): string =>
  flag === null || flag === undefined ? '' : flag ? '是' : '否';
