import {
  ErrorSchema,
  GridCollectionSchema,
  LocatedGridSchema,
  LocateQuery,
  RegionCodeParams,
  RegionDetailSchema,
  RegionImportBody,
  RegionImportResponse,
  RegionTreeResponse,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { notFound } from '../../lib/errors/app-error.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { regionVisible } from '../auth/jurisdiction.js';
import type { RegionsService } from './regions.service.js';

/** Import files of a whole district with detailed polygons run to megabytes. */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

export function registerRegionRoutes(app: App, regions: RegionsService): void {
  const read = { preHandler: requirePermission('regions:read') };

  app.get(
    '/api/regions/tree',
    {
      ...read,
      schema: {
        tags: ['regions'],
        summary: 'The region tree of your jurisdiction, down to grids',
        response: { 200: RegionTreeResponse, 404: ErrorSchema },
      },
    },
    async (request) => ({ root: regions.tree(signedInUser(request).jurisdiction) }),
  );

  app.get(
    '/api/regions/locate',
    {
      ...read,
      schema: {
        tags: ['regions'],
        summary: 'The grid a WGS-84 point lies in, with its community, street and district',
        querystring: LocateQuery,
        response: { 200: LocatedGridSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const located = regions.locate(request.query.lat, request.query.lng);
      if (!located) throw notFound('POINT_OUTSIDE_GRIDS', 'The point is not inside any grid');
      if (!regionVisible(signedInUser(request).jurisdiction, located.grid.code)) {
        throw notFound('POINT_OUTSIDE_JURISDICTION', 'The point lies outside your jurisdiction');
      }
      return located;
    },
  );

  app.get(
    '/api/regions/:code',
    {
      ...read,
      schema: {
        tags: ['regions'],
        summary: 'One region node with its polygon and its ancestors',
        params: RegionCodeParams,
        response: { 200: RegionDetailSchema, 404: ErrorSchema },
      },
    },
    async (request) => regions.get(signedInUser(request).jurisdiction, request.params.code),
  );

  app.get(
    '/api/regions/:code/grids',
    {
      ...read,
      schema: {
        tags: ['regions'],
        summary: 'Every grid at or below the node, as a GeoJSON FeatureCollection',
        params: RegionCodeParams,
        response: { 200: GridCollectionSchema, 404: ErrorSchema },
      },
    },
    async (request) => regions.grids(signedInUser(request).jurisdiction, request.params.code),
  );

  app.post(
    '/api/regions/import',
    {
      preHandler: requirePermission('regions:import'),
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['regions'],
        summary: 'Import a GeoJSON FeatureCollection of regions: all of it, or nothing',
        body: RegionImportBody,
        response: { 200: RegionImportResponse, 400: ErrorSchema },
      },
    },
    async (request) => regions.import(request.body, signedInUser(request).id),
  );
}
