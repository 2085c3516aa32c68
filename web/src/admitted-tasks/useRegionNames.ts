import { useMemo } from 'react';
import { regionNames } from '../admin/regionOptions';
import { useRegionTree } from '../map/regionQueries';

/** A region's name by its code, as the user's region tree knows it; else the code itself. */
export function useRegionNames(): (code: string) => string {
  const tree = useRegionTree();
  return useMemo(() => {
    const names = regionNames(tree.data);
    return (code: string) => names.get(code) ?? code;
  }, [tree.data]);
}
