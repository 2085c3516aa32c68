import { Type } from '@fastify/type-provider-typebox';
import { POST_KINDS } from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';

import { assignPost, listPosts, removePost } from './posts.service.js';

const Post = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  kind: Type.String(),
  regionCode: Type.String(),
  building: Type.String(),
  unit: Type.String(),
  assignedAt: Type.String(),
});
const RegionCode = Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' });

export function registerPostRoutes(app: App, db: Db): void {
  app.get(
    '/api/posts',
    {
      preHandler: requirePermission('posts:read'),
      schema: {
        tags: ['posts'],
        summary:
          'Who holds which post (网格长, 楼栋长, 单元长, 1+8 members) in a region of your jurisdiction',
        querystring: Type.Object({ regionCode: Type.Optional(RegionCode) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ ...Post.properties, displayName: Type.String() })),
          }),
          404: ErrorSchema,
        },
      },
    },
    async (request) => ({ items: await listPosts(db, signedInUser(request), request.query.regionCode) }),
  );

  app.post(
    '/api/posts',
    {
      preHandler: requirePermission('posts:write'),
      schema: {
        tags: ['posts'],
        summary: 'Assign a person to a post in a grid',
        body: Type.Object(
          {
            userId: Type.String({ format: 'uuid' }),
            kind: Type.Union(POST_KINDS.map((k) => Type.Literal(k))),
            regionCode: RegionCode,
            building: Type.Optional(Type.String({ maxLength: 32 })),
            unit: Type.Optional(Type.String({ maxLength: 32 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Post, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await assignPost(db, signedInUser(request), request.body)),
  );

  app.delete(
    '/api/posts/:id',
    {
      preHandler: requirePermission('posts:write'),
      schema: {
        tags: ['posts'],
        summary: 'Take a person off a post',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      await removePost(db, signedInUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
