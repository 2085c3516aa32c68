import type { MaskedResident } from '@needle/contract';
import type { AuthUser } from '../auth/auth-user.js';
import { careTags } from '../care/care.tables.js';
import { exportedBy, exportNames } from '../exports/export-names.js';
import { type ExportColumn, type SheetWriter, sheet } from '../exports/xlsx-sheet.js';
import { findResidents } from './find-residents.js';
import type { RegistryDeps } from './registry-deps.js';

const PAGE = 200;
export const RESIDENT_EXPORT_LIMIT = 50_000;

/**
 * 居民台账 as a sheet, read page by page through the resident search itself: the same area, filters
 * and masking. Nobody's ID number or phone leaves in full; the reveal route is the only way to those.
 */
export async function residentExport(
  deps: RegistryDeps & { regions: Parameters<typeof exportNames>[1] },
  viewer: AuthUser,
  f: { regionCode?: string; careTag?: string; q?: string },
): Promise<SheetWriter> {
  const names = await exportNames(deps.db, deps.regions);
  const tags = new Map((await deps.db.select().from(careTags)).map((t) => [t.code, t.label]));
  const first = await findResidents(deps, viewer, { ...f, page: 1, pageSize: PAGE });
  const total = Math.min(first.total, RESIDENT_EXPORT_LIMIT);
  async function* pages() {
    yield first.items;
    for (let page = 2; (page - 1) * PAGE < total; page++) {
      const next = await findResidents(deps, viewer, { ...f, page, pageSize: PAGE });
      yield next.items.slice(0, total - (page - 1) * PAGE);
      if (next.items.length < PAGE) break;
    }
  }
  const columns: ExportColumn<MaskedResident>[] = [
    { header: '姓名', width: 10, value: (r) => r.name },
    { header: '与户主关系', width: 10, value: (r) => r.relation },
    { header: '出生年份', width: 10, value: (r) => r.birthYear },
    { header: '身份证号', width: 22, value: (r) => r.idNumber },
    { header: '手机号', width: 15, value: (r) => r.phone },
    { header: '楼栋', width: 14, value: (r) => r.building },
    { header: '单元', width: 8, value: (r) => r.unit },
    { header: '关爱类别', width: 20, value: (r) => r.careTags.map((c) => tags.get(c) ?? c).join('、') },
    { header: '网格', width: 20, value: (r) => names.region(r.regionCode) },
  ];
  const filters: [string, string][] = [
    ...exportedBy(viewer, names),
    ...(f.careTag ? [['关爱类别', tags.get(f.careTag) ?? f.careTag] as [string, string]] : []),
    // What was searched for may be an ID number: the file says a search chose the rows, not what it was.
    ...(f.q ? [['查询', '按条件查询（条件不写入文件）'] as [string, string]] : []),
    ['人数', String(first.total)],
    ['说明', '身份证号、手机号已脱敏'],
  ];
  return sheet({
    name: '居民台账',
    title: '居民台账（脱敏）',
    filters,
    columns,
    rows: pages(),
    note: () =>
      first.total > RESIDENT_EXPORT_LIMIT
        ? `共 ${first.total} 人，仅导出前 ${RESIDENT_EXPORT_LIMIT} 人：请缩小筛选范围。`
        : undefined,
  });
}
