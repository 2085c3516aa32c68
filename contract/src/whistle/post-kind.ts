import { enumLabels, enumValues } from '../enums/enum-text.js';

/**
 * The posts of a grid: its leader, the building and unit leaders, and the eight kinds of grid
 * member of the "1+8+X" model (seed 002); X, the volunteers, are not posts.
 */
export const POST_KINDS = enumValues('postKind');
export type PostKind = (typeof POST_KINDS)[number];
export const POST_KIND_LABELS = enumLabels('postKind');
