import type { RegionLevel, RegionTreeNode } from '@needle/contract';

export interface RegionChoice {
  value: string;
  title: string;
  disabled: boolean;
  children: RegionChoice[];
}

/**
 * The region tree as a TreeSelect's options, grids left out: only the levels named can be picked (a
 * task goes to a community or a street; the admitted list covers a city, district, street or community).
 * The nameless top above several cities is skipped.
 */
export function regionChoices(root: RegionTreeNode, pickable: readonly RegionLevel[]): RegionChoice[] {
  const choice = (node: RegionTreeNode): RegionChoice => ({
    value: node.code,
    title: node.name,
    disabled: !pickable.includes(node.level),
    children: node.children.filter((c) => c.level !== 'grid').map(choice),
  });
  return root.code === '' ? root.children.map(choice) : [choice(root)];
}
