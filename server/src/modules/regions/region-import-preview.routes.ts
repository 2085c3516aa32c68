import { ErrorSchema, RegionImportBody, RegionImportPreviewResponse } from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { requirePermission } from '../auth/auth.hooks.js';
import { previewRegionImport } from './preview-region-import.js';
import { IMPORT_BODY_LIMIT } from './regions.routes.js';

/** The import's dry run: an admin reads every problem of a file before choosing to import it. */
export function registerRegionImportPreviewRoutes(app: App, db: Db): void {
  app.post(
    '/api/regions/import/preview',
    {
      preHandler: requirePermission('regions:import'),
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['regions'],
        summary:
          'Check a GeoJSON FeatureCollection of regions as the import would, writing nothing: its problems, or what it would create and redraw',
        body: RegionImportBody,
        response: { 200: RegionImportPreviewResponse, 400: ErrorSchema },
      },
    },
    async (request) => previewRegionImport(db, request.body),
  );
}
