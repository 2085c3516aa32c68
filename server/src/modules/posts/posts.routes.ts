import {
  AssignedPostSchema,
  AssignPostBody,
  ErrorSchema,
  PostParams,
  PostsQuery,
  PostsResponse,
  RemovePostResponse,
} from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';

import { assignPost, listPosts, removePost } from './posts.service.js';

export function registerPostRoutes(app: App, db: Db): void {
  app.get(
    '/api/posts',
    {
      preHandler: requirePermission('posts:read'),
      schema: {
        tags: ['posts'],
        summary:
          'Who holds which post (网格长, 楼栋长, 单元长, 1+8 members) in a region of your jurisdiction',
        querystring: PostsQuery,
        response: { 200: PostsResponse, 404: ErrorSchema },
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
        body: AssignPostBody,
        response: { 201: AssignedPostSchema, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
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
        params: PostParams,
        response: { 204: RemovePostResponse, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      await removePost(db, signedInUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
