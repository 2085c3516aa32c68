import { enumLabels, enumValues } from '../enums/enum-text.js';

/** 市 / 区 / 街道 / 社区 / 网格: the administrative ladder a grid hangs from. */
export const REGION_LEVELS = enumValues('regionLevel');
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_LEVEL_LABELS = enumLabels('regionLevel');

/** 基础网格 cover where people live; 专属网格 cover a campus, a market, a park. */
export const GRID_TYPES = enumValues('gridType');
export type GridType = (typeof GRID_TYPES)[number];
export const GRID_TYPE_LABELS = enumLabels('gridType');
