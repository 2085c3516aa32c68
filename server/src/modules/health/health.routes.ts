import { HealthResponse } from '@needle/contract';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';

export function registerHealthRoutes(app: App, db: Db): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: the server answers and its database does too',
        response: { 200: HealthResponse },
      },
    },
    async () => {
      await db.execute(sql`select 1`);
      return { status: 'ok' as const };
    },
  );
}
