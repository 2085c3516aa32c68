import { Type } from '@fastify/type-provider-typebox';
import { and, desc, eq, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { auditLog } from './audit.schema.js';

export function registerAuditRoutes(app: App, db: Db): void {
  app.get(
    '/api/audit',
    {
      preHandler: requirePermission('audit:read'),
      schema: {
        tags: ['audit'],
        summary: 'The audit trail of your jurisdiction, newest first',
        querystring: Type.Object(
          {
            entity: Type.Optional(Type.String({ maxLength: 32 })),
            entityId: Type.Optional(Type.String({ maxLength: 64 })),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
            beforeId: Type.Optional(Type.Integer({ minimum: 1 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { entity, entityId, limit, beforeId } = request.query;
      const prefix = jurisdictionPrefix(signedInUser(request).jurisdiction);
      const filters: (SQL | undefined)[] = [
        // Rows with no region (sign-ins) are only shown to those who see the whole city.
        prefix.length <= 4
          ? or(like(auditLog.regionCode, `${prefix}%`), isNull(auditLog.regionCode))
          : like(auditLog.regionCode, `${prefix}%`),
        entity ? eq(auditLog.entity, entity) : undefined,
        entityId ? eq(auditLog.entityId, entityId) : undefined,
      ];
      if (beforeId) filters.push(lt(auditLog.id, beforeId));
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(...filters))
        .orderBy(desc(auditLog.id))
        .limit(limit);
      return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
    },
  );
}
