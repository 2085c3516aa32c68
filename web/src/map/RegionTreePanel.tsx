import type { RegionTreeNode } from '@needle/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Spin, Tree, type TreeDataNode } from 'antd';
import { type Key, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';

interface Props {
  tree: UseQueryResult<RegionTreeNode>;
  selectedCode: string | null;
  /** Codes from the root down to the selected node, so a deep link opens the tree where it points. */
  selectedPath: string[];
  onSelect(code: string): void;
}

function toTreeData(node: RegionTreeNode, topTitle: string): TreeDataNode {
  return {
    key: node.code,
    title: node.name || topTitle,
    isLeaf: node.children.length === 0,
    children: node.children.map((child) => toTreeData(child, topTitle)),
  };
}

export function RegionTreePanel({ tree, selectedCode, selectedPath, onSelect }: Props) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<Key[]>([]);
  const root = tree.data ?? null;
  const topTitle = t('map.everywhere');
  const treeData = useMemo(() => (root ? [toTreeData(root, topTitle)] : []), [root, topTitle]);

  useEffect(() => {
    const opened = [...(root ? [root.code] : []), ...selectedPath];
    setExpanded((current) => {
      const missing = opened.filter((code) => !current.includes(code));
      return missing.length === 0 ? current : [...current, ...missing];
    });
  }, [root, selectedPath]);

  if (!root && tree.error !== null) return <Alert type="error" title={errorText(t, tree.error)} />;
  if (!root) return <Spin style={{ display: 'block', margin: 24 }} />;

  return (
    <div data-testid="region-tree">
      <Tree
        blockNode
        aria-label={t('mapView.regionTreeLabel')}
        treeData={treeData}
        selectedKeys={selectedCode === null ? [] : [selectedCode]}
        expandedKeys={expanded}
        onExpand={setExpanded}
        onSelect={(keys) => {
          const [key] = keys;
          // Clicking the selected node again deselects it in antd; the map keeps showing it instead.
          if (key !== undefined) onSelect(String(key));
        }}
      />
    </div>
  );
}
