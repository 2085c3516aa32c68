import type { EnumLabels } from '../labels.js';

/** 市 / 区 / 街道 / 社区 / 网格: the administrative ladder a grid hangs from. */
export const REGION_LEVELS = ['city', 'district', 'street', 'community', 'grid'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_LEVEL_LABELS: EnumLabels<RegionLevel> = {
  'zh-CN': { city: '市', district: '区', street: '街道', community: '社区', grid: '网格' },
  en: { city: 'City', district: 'District', street: 'Street', community: 'Community', grid: 'Grid' },
};

/** 基础网格 cover where people live; 专属网格 cover a campus, a market, a park. */
export const GRID_TYPES = ['basic', 'special'] as const;
export type GridType = (typeof GRID_TYPES)[number];

export const GRID_TYPE_LABELS: EnumLabels<GridType> = {
  'zh-CN': { basic: '基础网格', special: '专属网格' },
  en: { basic: 'Basic grid', special: 'Special grid' },
};
