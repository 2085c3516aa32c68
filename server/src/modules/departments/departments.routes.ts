import { DepartmentsResponse } from '@needle/contract';
import { asc } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { regionPrefix } from '../../lib/codes/region-code.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { departments } from './departments.tables.js';

export function registerDepartmentRoutes(app: App, db: Db): void {
  app.get(
    '/api/departments',
    {
      preHandler: requirePermission('departments:read'),
      schema: {
        tags: ['departments'],
        summary: 'Departments serving your jurisdiction, or inside it',
        response: { 200: DepartmentsResponse },
      },
    },
    async (request) => {
      const j = signedInUser(request).jurisdiction;
      const all = await db
        .select({
          id: departments.id,
          code: departments.code,
          name: departments.name,
          type: departments.type,
          regionCode: departments.regionCode,
        })
        .from(departments)
        .orderBy(asc(departments.code));
      // A department serves an area; it is relevant when that area holds the user's, or lies within it.
      if (j.kind === 'everywhere') return { items: all };
      const items = all.filter(
        (d) =>
          j.regionCode.startsWith(regionPrefix(d.regionCode)) ||
          d.regionCode.startsWith(regionPrefix(j.regionCode)),
      );
      return { items };
    },
  );
}
