import { type TSchema, Type } from '@fastify/type-provider-typebox';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { notFound } from '../../lib/errors/app-error.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { regionVisible } from '../auth/jurisdiction.js';
import type { RegionsService } from './regions.service.js';

const CodeParams = Type.Object({
  code: Type.String({
    pattern: '^[0-9]{12}([0-9]{3})?$',
    description: '12-digit region code or 15-digit grid code',
  }),
});
const Named = Type.Object({ code: Type.String(), name: Type.String() });
const Geometry = Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Any()) });
// The tree is at most five levels deep (city > district > street > community > grid), so its schema is
// spelled out to that depth rather than made recursive, which the response serialiser handles poorly.
const treeNode = (depth: number): TSchema =>
  Type.Object({
    code: Type.String(),
    name: Type.String(),
    level: Type.String(),
    children: Type.Array(depth > 1 ? treeNode(depth - 1) : Type.Object({})),
  });
const TreeNode = treeNode(5);
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

/** Import files of a whole district with detailed polygons run to megabytes. */
const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

export function registerRegionRoutes(app: App, regions: RegionsService): void {
  const read = { preHandler: requirePermission('regions:read') };

  app.get(
    '/api/regions/tree',
    {
      ...read,
      schema: {
        tags: ['regions'],
        summary: 'The region tree of your jurisdiction, down to grids',
        response: { 200: Type.Object({ root: TreeNode }), 404: ErrorSchema },
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
        querystring: Type.Object(
          {
            lat: Type.Number({ minimum: -90, maximum: 90 }),
            lng: Type.Number({ minimum: -180, maximum: 180 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            grid: Type.Object({
              code: Type.String(),
              name: Type.String(),
              gridType: Nullable(Type.String()),
            }),
            community: Named,
            street: Named,
            district: Named,
          }),
          404: ErrorSchema,
        },
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
        params: CodeParams,
        response: {
          200: Type.Object({
            region: Type.Object({
              code: Type.String(),
              name: Type.String(),
              level: Type.String(),
              parentCode: Nullable(Type.String()),
              geometry: Geometry,
              gridType: Nullable(Type.String()),
              ownerOfLastResort: Nullable(Type.String()),
              validFrom: Nullable(Type.String()),
              validTo: Nullable(Type.String()),
            }),
            ancestors: Type.Array(
              Type.Object({ code: Type.String(), name: Type.String(), level: Type.String() }),
            ),
          }),
          404: ErrorSchema,
        },
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
        params: CodeParams,
        response: {
          200: Type.Object({
            type: Type.Literal('FeatureCollection'),
            features: Type.Array(
              Type.Object({
                type: Type.Literal('Feature'),
                properties: Type.Object({
                  code: Type.String(),
                  name: Type.String(),
                  gridType: Nullable(Type.String()),
                  communityCode: Nullable(Type.String()),
                }),
                geometry: Geometry,
              }),
            ),
          }),
          404: ErrorSchema,
        },
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
        body: Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(Type.Unknown()) }),
        response: {
          200: Type.Object({ created: Type.Integer(), updated: Type.Integer() }),
          400: ErrorSchema,
        },
      },
    },
    async (request) => regions.import(request.body, signedInUser(request).id),
  );
}
