import type { RegionTreeNode } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import { casesBehind, childKind, monthDays, pathTo } from './drill';

const node = (
  code: string,
  level: RegionTreeNode['level'],
  children: RegionTreeNode[] = [],
): RegionTreeNode => ({
  code,
  name: code,
  level,
  children,
});

describe('the drill-down', () => {
  const tree = node('220104000000', 'district', [
    node('220104004000', 'street', [node('220104004001', 'community', [node('220104004001001', 'grid')])]),
  ]);

  it('finds the path from the top to a region', () => {
    expect(pathTo(tree, '220104004001').map((n) => n.level)).toEqual(['district', 'street', 'community']);
    expect(pathTo(tree, '999999999999')).toEqual([]);
  });

  it('goes a level down at a time, and stops at the grid', () => {
    expect(
      ['district', 'street', 'community', 'grid'].map((l) => childKind(l as RegionTreeNode['level'])),
    ).toEqual(['street', 'community', 'grid', null]);
  });

  it('links every figure to the case list behind it', () => {
    expect(monthDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(casesBehind('reported', { regionCode: '220104004001', month: '2026-11' })).toBe(
      '/cases?regionCode=220104004001&from=2026-11-01&to=2026-11-30',
    );
    expect(casesBehind('overdue', { month: '2026-11' })).toBe('/cases?overdue=true');
    expect(casesBehind('closed', { month: '2026-11' })).toBe(
      '/cases?status=closed&from=2026-11-01&to=2026-11-30',
    );
    expect(
      new URLSearchParams(casesBehind('open', { month: '2026-11' }).split('?')[1]).getAll('status'),
    ).not.toContain('closed');
  });
});
