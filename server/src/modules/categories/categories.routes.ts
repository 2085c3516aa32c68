import { Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { categoryHistory, getCategory, listCategoryTree, updateCategory } from './categories.service.js';
import { CATEGORY_LIMIT_UNITS, LEAD_UNIT_TYPES, MAX_LIMIT, ROUTINGS, TEXT_MAX } from './category-rules.js';

const Kind = Type.Enum(['component', 'event']);
const LimitUnit = Type.Enum(CATEGORY_LIMIT_UNITS);
const RoutingSchema = Type.Enum(ROUTINGS);
const LeadUnit = Type.Enum(LEAD_UNIT_TYPES);
const NullableText = Type.Union([Type.String(), Type.Null()]);

const Code = Type.String({
  pattern: '^[CE][0-9]{4}$',
  description: "kind letter + class + subclass, e.g. 'E0550'",
});
const Text = Type.String({ minLength: 1, maxLength: TEXT_MAX, pattern: '\\S' });
const Category = Type.Object({
  code: Type.String(),
  classCode: Type.String(),
  kind: Kind,
  nameZh: Type.String(),
  nameEn: Type.String(),
  filingStandard: Type.String({ description: '立案标准: what makes it a case' }),
  closingStandard: Type.String({ description: '结案标准: what counts as fixed' }),
  timeLimitAmount: Type.Integer(),
  timeLimitUnit: LimitUnit,
  routing: RoutingSchema,
  departmentType: Type.String({ description: "the lead unit's type; 'street' for the street office" }),
  hotlineType: NullableText,
  active: Type.Boolean(),
  version: Type.Integer(),
});
const CategoryClass = Type.Object({
  code: Type.String(),
  kind: Kind,
  nameZh: Type.String(),
  nameEn: Type.String(),
  subcategories: Type.Array(Category),
});
const CategoryChanges = Type.Object(
  {
    nameZh: Type.Optional(Text),
    nameEn: Type.Optional(Text),
    filingStandard: Type.Optional(Text),
    closingStandard: Type.Optional(Text),
    timeLimitAmount: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: Math.max(...Object.values(MAX_LIMIT)),
        description: `at most ${MAX_LIMIT.working_days} days or ${MAX_LIMIT.working_hours} hours`,
      }),
    ),
    timeLimitUnit: Type.Optional(LimitUnit),
    routing: Type.Optional(RoutingSchema),
    departmentType: Type.Optional(LeadUnit),
    active: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    examples: [
      { timeLimitAmount: 4, timeLimitUnit: 'working_hours', closingStandard: '井盖已补装，现场无围挡遗留。' },
    ],
  },
);
const Params = Type.Object({ code: Code });

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
        querystring: Type.Object(
          { includeInactive: Type.Boolean({ default: false }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(CategoryClass) }), 401: ErrorSchema },
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
        params: Params,
        response: { 200: Category, 404: ErrorSchema },
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
        params: Params,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                version: Type.Integer(),
                snapshot: Category,
                changedBy: NullableText,
                changedAt: Type.String(),
              }),
            ),
          }),
          404: ErrorSchema,
        },
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
        params: Params,
        body: CategoryChanges,
        response: { 200: Category, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => updateCategory(db, signedInUser(request), request.params.code, request.body),
  );
}
