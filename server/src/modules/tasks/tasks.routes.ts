import { TasksResponse } from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { myTasks } from './my-tasks.js';

export function registerTaskRoutes(app: App, deps: CaseDeps): void {
  app.get(
    '/api/tasks',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['tasks'],
        summary:
          'My tasks on the phone: the cases to verify, check, accept, feed back on or answer supervision for, and the whistle calls to report in for, each queue with its count and first items',
        response: { 200: TasksResponse },
      },
    },
    async (request) => myTasks(deps, signedInUser(request)),
  );
}
