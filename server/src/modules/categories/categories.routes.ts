import {
  CategoryChangesBody,
  CategoryCodeParams,
  CategoryHistoryResponse,
  CategorySchema,
  CategoryTreeQuery,
  CategoryTreeResponse,
  ErrorSchema,
} from '@needle/contract';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { categoryHistory, getCategory, updateCategory } from './categories.service.js';
import { listCategoryTree } from './category-tree.js';

/** Residents pick a category when reporting, so reading the list needs only a session. */
async function anySignedIn(request: FastifyRequest): Promise<void> {
  signedInUser(request);
}

export function registerCategoryRoutes(app: App, db: Db): void {
  app.get(
    '/api/categories',
    {
      preHandler: anySignedIn,
      schema: {
        tags: ['categories'],
        summary: 'The case category tree with the responsibility list (职责清单) of each subclass',
        querystring: CategoryTreeQuery,
        response: { 200: CategoryTreeResponse, 401: ErrorSchema },
      },
    },
    async (request) => ({
      items: await listCategoryTree(db, { includeInactive: request.query.includeInactive }),
    }),
  );

  app.get(
    '/api/categories/:code',
    {
      preHandler: anySignedIn,
      schema: {
        tags: ['categories'],
        summary: 'One subclass with its standards, time limit and lead unit',
        params: CategoryCodeParams,
        response: { 200: CategorySchema, 404: ErrorSchema },
      },
    },
    async (request) => getCategory(db, request.params.code),
  );

  app.get(
    '/api/categories/:code/history',
    {
      preHandler: anySignedIn,
      schema: {
        tags: ['categories'],
        summary: 'Every version of a subclass, newest first',
        params: CategoryCodeParams,
        response: { 200: CategoryHistoryResponse, 404: ErrorSchema },
      },
    },
    async (request) => {
      const versions = await categoryHistory(db, request.params.code);
      return { items: versions.map((v) => ({ ...v, changedAt: v.changedAt.toISOString() })) };
    },
  );

  app.patch(
    '/api/categories/:code',
    {
      preHandler: requirePermission('categories:write'),
      schema: {
        tags: ['categories'],
        summary: 'Edit a line of the responsibility list; makes a new version of the subclass',
        params: CategoryCodeParams,
        body: CategoryChangesBody,
        response: { 200: CategorySchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => updateCategory(db, signedInUser(request), request.params.code, request.body),
  );
}
