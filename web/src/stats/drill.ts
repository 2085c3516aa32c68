import type { RankingKind, RegionTreeNode } from '@needle/contract';

/** The nodes from the top of the tree down to a code (both included); empty when it is not in the tree. */
export function pathTo(root: RegionTreeNode, code: string): RegionTreeNode[] {
  if (root.code === code) return [root];
  for (const child of root.children) {
    const below = pathTo(child, code);
    if (below.length) return [root, ...below];
  }
  return [];
}

/** The ranking that lists the level under a region: a district's streets, a street's communities… */
export function childKind(
  level: RegionTreeNode['level'] | undefined,
): Exclude<RankingKind, 'department'> | null {
  switch (level) {
    case 'street':
      return 'community';
    case 'community':
      return 'grid';
    case 'grid':
      return null;
    default:
      // A city, a district, or the nameless top above several cities: streets are the first level ranked.
      return 'street';
  }
}

/** The first and last day of a month 'YYYY-MM', as the case list's from and to take them. */
export function monthDays(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

// The states a case is still being worked in: not closed, not turned away, not voided.
const OPEN_STATUSES = [
  'reported',
  'verified',
  'registered',
  'filed',
  'dispatched',
  'in_progress',
  'returned',
  'suspended',
  'handled',
  'checked',
];

export type FigureKind = 'reported' | 'closed' | 'open' | 'overdue';

/**
 * The case list behind a figure: /cases with the filters the workbench's list reads from its URL
 * (regionCode, status, overdue, from, to). Reports and closures are of cases reported in the month;
 * open and overdue cases are those now open, whenever reported.
 */
export function casesBehind(figure: FigureKind, scope: { regionCode?: string; month: string }): string {
  const query = new URLSearchParams();
  if (scope.regionCode) query.set('regionCode', scope.regionCode);
  const { from, to } = monthDays(scope.month);
  switch (figure) {
    case 'reported':
      query.set('from', from);
      query.set('to', to);
      break;
    case 'closed':
      query.append('status', 'closed');
      query.set('from', from);
      query.set('to', to);
      break;
    case 'open':
      for (const status of OPEN_STATUSES) query.append('status', status);
      break;
    case 'overdue':
      query.set('overdue', 'true');
      break;
  }
  return `/cases?${query}`;
}
