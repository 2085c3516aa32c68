import { Type } from '@fastify/type-provider-typebox';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { ROLES } from '../auth/roles.js';
import { createUser, getUser, listUsers, updateUser } from './users.service.js';

const Uuid = Type.String({ format: 'uuid' });
const RoleList = Type.Array(Type.Union(ROLES.map((r) => Type.Literal(r))), {
  minItems: 1,
  uniqueItems: true,
});
const Phone = Type.String({ pattern: '^\\+?[0-9 -]{5,20}$' });
const RegionCode = Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' });
const User = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
});

export function registerUserRoutes(app: App, db: Db): void {
  app.get(
    '/api/users',
    {
      preHandler: requirePermission('users:read'),
      schema: {
        tags: ['users'],
        summary: 'People with accounts in your jurisdiction; phone numbers masked',
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(User) }) },
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
        params: Type.Object({ id: Uuid }),
        response: { 200: User, 404: ErrorSchema },
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
        body: Type.Object(
          {
            username: Type.String({ pattern: '^[a-zA-Z0-9._-]{2,64}$' }),
            displayName: Type.String({ minLength: 1, maxLength: 64 }),
            password: Type.String({ minLength: 8, maxLength: 256 }),
            phone: Type.Optional(Type.Union([Phone, Type.Null()])),
            roles: RoleList,
            regionCode: Type.Optional(RegionCode),
            departmentId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
        response: { 201: User, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
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
        params: Type.Object({ id: Uuid }),
        body: Type.Object(
          {
            displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            phone: Type.Optional(Type.Union([Phone, Type.Null()])),
            roles: Type.Optional(RoleList),
            active: Type.Optional(Type.Boolean()),
            password: Type.Optional(Type.String({ minLength: 8, maxLength: 256 })),
            regionCode: Type.Optional(RegionCode),
            departmentId: Type.Optional(Uuid),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: User, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => updateUser(db, signedInUser(request), request.params.id, request.body),
  );
}
