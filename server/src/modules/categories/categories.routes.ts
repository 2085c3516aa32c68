import {
  CategoryChangesBody,
  CategoryCodeParams,
  CategoryHistoryResponse,
  CategorySchema,
  CategoryTreeQuery,
  CategoryTreeResponse,
  ErrorSchema,
  SuggestedCategoriesQuery,
  SuggestedCategoriesResponse,
} from '@needle/contract';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { badRequest } from '../../lib/errors/app-error.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { RegionsService } from '../regions/regions.service.js';
import { categoryHistory, getCategory, updateCategory } from './categories.service.js';
import { suggestedCategories } from './category-suggestions.js';
import { listCategoryTree } from './category-tree.js';

/** Residents pick a category when reporting, so reading the list needs only a session. */
async function anySignedIn(request: FastifyRequest): Promise<void> {
  signedInUser(request);
}

export function registerCategoryRoutes(app: App, db: Db, regions: RegionsService): void {
  // Registered before /:code, which would otherwise take "suggested" for a code (and refuse it).
  app.get(
    '/api/categories/suggested',
    {
      schema: {
        tags: ['categories'],
        summary: "Categories to offer first when reporting: the reporter's latest, then the area's usual",
        querystring: SuggestedCategoriesQuery,
        response: { 200: SuggestedCategoriesResponse, 400: ErrorSchema, 401: ErrorSchema },
      },
    },
    async (request) => {
      const { lat, lng } = request.query;
      if ((lat === undefined) !== (lng === undefined))
        throw badRequest('POINT_INCOMPLETE', 'Give both lat and lng, or neither');
      const point = lat !== undefined && lng !== undefined ? { lat, lng } : null;
      return suggestedCategories(db, regions, signedInUser(request), point);
    },
  );

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
