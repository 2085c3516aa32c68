import { type Static, Type } from 'typebox';
import { REGION_LEVELS } from '../enums/enums.js';
import { Nullable, OneOf } from '../http/common.schemas.js';

/** How many rows of a preview are listed: enough to read through, not a district's every polygon. */
export const REGION_PREVIEW_ROWS = 500;

/** One problem of an import file: the feature (-1: the file as a whole), its code if it had one, why. */
export const RegionImportProblemSchema = Type.Object({
  index: Type.Integer(),
  code: Nullable(Type.String()),
  reason: Type.String(),
});
export type RegionImportProblem = Static<typeof RegionImportProblemSchema>;

/** A node the import would write: a new one, or one redrawn in place. */
export const RegionImportRowSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: OneOf(REGION_LEVELS),
  parentCode: Nullable(Type.String()),
  change: OneOf(['create', 'update'] as const),
});
export type RegionImportRow = Static<typeof RegionImportRowSchema>;

/**
 * POST /api/regions/import/preview: what POST /api/regions/import would do with the same file, with
 * nothing written. With problems the import would refuse the whole file, so nothing would be created.
 */
export const RegionImportPreviewResponse = Type.Object({
  valid: Type.Boolean(),
  problems: Type.Array(RegionImportProblemSchema),
  created: Type.Integer(),
  updated: Type.Integer(),
  rows: Type.Array(RegionImportRowSchema, {
    description: `the first ${REGION_PREVIEW_ROWS} nodes to write, parents first`,
  }),
});
export type RegionImportPreviewResponse = Static<typeof RegionImportPreviewResponse>;
