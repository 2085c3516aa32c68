import type { RegionTreeNode } from '@needle/contract';
import { Tag, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { jurisdictionRegionCode } from '../auth/jurisdiction';
import { useRegionTree } from '../map/regionQueries';

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

const toOption = (node: RegionTreeNode, topTitle: string): TreeOption => ({
  value: node.code,
  title: node.name || topTitle,
  children: node.children.map((child) => toOption(child, topTitle)),
});

interface Props {
  value?: string;
  onChange(region: string | undefined): void;
}

/**
 * The area the KPIs cover: the user's jurisdiction by default, any region inside it from the tree.
 * A department's figures are its own; there is nothing to choose.
 */
export function ScopePicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const home = jurisdictionRegionCode(me);
  const isDepartment = me.jurisdiction.kind === 'department';
  const tree = useRegionTree();
  const topTitle = t('map.everywhere');
  const treeData = useMemo(() => (tree.data ? [toOption(tree.data, topTitle)] : []), [tree.data, topTitle]);
  if (isDepartment)
    return <Tag color="blue">{t('stats.departmentScope', { name: me.jurisdiction.name })}</Tag>;
  return (
    <TreeSelect
      treeData={treeData}
      value={value ?? home ?? ''}
      // Back to the jurisdiction itself is no choice at all: the URL stays clean.
      onChange={(code: string) => onChange(code && code !== home ? code : undefined)}
      loading={tree.isPending}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandedKeys={home ? [home] : []}
      style={{ width: 260 }}
      aria-label={t('dashboards.scopeLabel')}
      data-testid="stats-scope"
    />
  );
}
