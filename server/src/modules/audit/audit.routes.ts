import { AuditLogResponse, AuditQuery } from '@needle/contract';
import { and, desc, eq, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { maskSnapshot } from '../../lib/privacy/mask-snapshot.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { auditLog } from './audit.tables.js';

export function registerAuditRoutes(app: App, db: Db): void {
  app.get(
    '/api/audit',
    {
      preHandler: requirePermission('audit:read'),
      schema: {
        tags: ['audit'],
        summary: 'The audit trail of your jurisdiction, newest first',
        querystring: AuditQuery,
        response: { 200: AuditLogResponse },
      },
    },
    async (request) => {
      const { entity, entityId, limit, beforeId } = request.query;
      const viewer = signedInUser(request);
      const prefix = jurisdictionPrefix(viewer.jurisdiction);
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
      // Admins manage accounts and need the record as it was; everyone else reads it masked, as lists are.
      const unmasked = viewer.roles.includes('admin');
      return {
        items: rows.map((r) => ({
          ...r,
          at: r.at.toISOString(),
          before: unmasked ? r.before : maskSnapshot(r.before),
          after: unmasked ? r.after : maskSnapshot(r.after),
        })),
      };
    },
  );
}
