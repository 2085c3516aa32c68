import type { Me, RegionTreeNode } from '@needle/contract';

/**
 * The region a user's map opens on: a department staff member works the area their department serves;
 * null for an administrator of everything, whose map opens on the top of the tree.
 */
export function jurisdictionRegionCode(me: Me): string | null {
  switch (me.jurisdiction.kind) {
    case 'region':
      return me.jurisdiction.code;
    case 'department':
      return me.jurisdiction.regionCode;
    case 'everywhere':
      return null;
  }
}

/** The first real node of a tree whose root may be the nameless top above several cities. */
export function topRegionCode(root: RegionTreeNode): string | null {
  return root.code !== '' ? root.code : (root.children[0]?.code ?? null);
}
