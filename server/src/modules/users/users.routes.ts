import {
  ErrorSchema,
  UserBody,
  UserChangesBody,
  UserParams,
  UserSchema,
  UsersQuery,
  UsersResponse,
} from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { createUser, getUser, listUsers, updateUser } from './users.service.js';

export function registerUserRoutes(app: App, db: Db): void {
  app.get(
    '/api/users',
    {
      preHandler: requirePermission('users:read'),
      schema: {
        tags: ['users'],
        summary: 'People with accounts in your jurisdiction; phone numbers masked',
        querystring: UsersQuery,
        response: { 200: UsersResponse },
      },
    },
    async (request) => ({ items: await listUsers(db, signedInUser(request), request.query) }),
  );

  app.get(
    '/api/users/:id',
    {
      preHandler: requirePermission('users:read'),
      schema: {
        tags: ['users'],
        summary: 'One account in your jurisdiction',
        params: UserParams,
        response: { 200: UserSchema, 404: ErrorSchema },
      },
    },
    async (request) => getUser(db, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/users',
    {
      preHandler: requirePermission('users:write'),
      schema: {
        tags: ['users'],
        summary: 'Create an account bound to a region node or a department',
        body: UserBody,
        response: { 201: UserSchema, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(db, signedInUser(request), request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      preHandler: requirePermission('users:write'),
      schema: {
        tags: ['users'],
        summary: 'Change an account: name, phone, roles, jurisdiction, password, or deactivate it',
        params: UserParams,
        body: UserChangesBody,
        response: { 200: UserSchema, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => updateUser(db, signedInUser(request), request.params.id, request.body),
  );
}
