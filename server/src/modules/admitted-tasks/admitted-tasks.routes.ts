import {
  AdmittedTask,
  AdmittedTaskBody,
  AdmittedTaskList,
  AdmittedTaskParams,
  AdmittedTaskPatch,
  AdmittedTasksQuery,
  AssignTaskBody,
  CommunityTask,
  CommunityTaskDoneBody,
  CommunityTaskList,
  CommunityTasksQuery,
  TaskReport,
  TaskReportQuery,
  TasksAssigned,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { addAdmittedTask, changeAdmittedTask, listAdmittedTasks } from './admitted-list.js';
import { assignTask } from './assign-task.js';
import { listCommunityTasks, markTaskDone } from './community-tasks.js';
import type { TaskDeps } from './task-deps.js';
import { taskScope } from './task-office.js';
import { taskReport } from './task-report.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };
const tags = ['admitted tasks'];

/** Lets through the offices at either end of a task; the domain scopes them further. */
const staffOnly = async (request: Parameters<typeof signedInUser>[0]) => {
  taskScope(signedInUser(request));
};

/** 社区事项准入: the admitted list, the tasks departments send to communities, and the report. */
export function registerAdmittedTaskRoutes(app: App, deps: TaskDeps): void {
  app.get(
    '/api/admitted-tasks',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary:
          'The admitted list (社区事项准入清单) that bears on your area; a department sees its own entries',
        querystring: AdmittedTasksQuery,
        response: { 200: AdmittedTaskList, ...Errors },
      },
    },
    async (request) => listAdmittedTasks(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/admitted-tasks',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Put a task on the admitted list of an area, with its departments and its basis (admin)',
        body: AdmittedTaskBody,
        response: { 201: AdmittedTask, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addAdmittedTask(deps, signedInUser(request), request.body)),
  );

  app.patch(
    '/api/admitted-tasks/:id',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Change an entry of the admitted list, or take it off (active: false) (admin)',
        params: AdmittedTaskParams,
        body: AdmittedTaskPatch,
        response: { 200: AdmittedTask, ...Errors },
      },
    },
    async (request) => changeAdmittedTask(deps, signedInUser(request), request.params.id, request.body),
  );

  app.get(
    '/api/community-tasks',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Tasks sent to communities: a community sees its own, a department those it sent',
        querystring: CommunityTasksQuery,
        response: { 200: CommunityTaskList, ...Errors },
      },
    },
    async (request) => listCommunityTasks(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/community-tasks',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary:
          'Send a task to a community, or to every community of a street: on the admitted list, or off it with its funding (费随事转); otherwise 422 TASK_NOT_ADMITTED',
        body: AssignTaskBody,
        response: { 201: TasksAssigned, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await assignTask(deps, signedInUser(request), request.body)),
  );

  app.post(
    '/api/community-tasks/:id/done',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'The community marks a task sent to it done',
        params: AdmittedTaskParams,
        body: CommunityTaskDoneBody,
        response: { 200: CommunityTask, ...Errors, 409: ErrorSchema },
      },
    },
    async (request) => markTaskDone(deps, signedInUser(request), request.params.id, request.body.note),
  );

  app.get(
    '/api/community-tasks/report',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary:
          "Each department's tasks to communities in a period: admitted, funded (with the yuan), done, and refused attempts",
        querystring: TaskReportQuery,
        response: { 200: TaskReport, ...Errors },
      },
    },
    async (request) => taskReport(deps, signedInUser(request), request.query),
  );
}
