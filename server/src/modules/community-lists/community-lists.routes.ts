import {
  ClaimBody,
  EvidenceBody,
  ListItemParams,
  MilestoneBody,
  MilestoneDoneBody,
  MilestoneParams,
  Need,
  NeedBody,
  NeedHeaders,
  NeedList,
  NeedPatch,
  NeedRecorded,
  NeedsQuery,
  Project,
  ProjectBody,
  ProjectDetail,
  ProjectList,
  ProjectsQuery,
  PublicCommunityParams,
  PublicProjectList,
  Resource,
  ResourceBody,
  ResourceList,
  ResourcesQuery,
  SignOffBody,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { claimProject } from './claim-project.js';
import { giveEvidence, signOff } from './close-out.js';
import { createProject } from './create-project.js';
import { getProject, listProjects } from './list-projects.js';
import type { ListsDeps } from './lists-deps.js';
import { listsPrefix } from './lists-office.js';
import { addMilestone, completeMilestone } from './milestones.js';
import { moveProjectBy } from './move-project.js';
import { listNeeds, recordNeed, setNeedStatus } from './needs.js';
import { publicProjects } from './public-projects.js';
import { listResources, recordResource } from './resources.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['community lists'];

/** Lets through community and street staff (and the administrator); the domain scopes them further. */
const keeperOnly = async (request: Parameters<typeof signedInUser>[0]) => {
  listsPrefix(signedInUser(request));
};

/** 三张清单: a community's needs, its partners' resources and its yearly projects, and their public page. */
export function registerCommunityListsRoutes(app: App, deps: ListsDeps): void {
  app.get(
    '/api/community-needs',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'The needs lists (需求清单) of the communities you keep',
        querystring: NeedsQuery,
        response: { 200: NeedList, ...Errors },
      },
    },
    async (request) => listNeeds(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/community-needs',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary:
          "Put a need on a community's list, with its source and the households concerned; a retry with the same Idempotency-Key returns the first",
        headers: NeedHeaders,
        body: NeedBody,
        response: { 201: NeedRecorded, 200: NeedRecorded, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const recorded = await recordNeed(
        deps,
        signedInUser(request),
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.status(recorded.replayed ? 200 : 201).send(recorded);
    },
  );

  app.patch(
    '/api/community-needs/:id',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: "Set a need's status (drop it, or open it again)",
        params: ListItemParams,
        body: NeedPatch,
        response: { 200: Need, ...Errors },
      },
    },
    async (request) => setNeedStatus(deps, signedInUser(request), request.params.id, request.body.status),
  );

  app.get(
    '/api/partner-resources',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'The resources list (资源清单): what the partner units you work with offer',
        querystring: ResourcesQuery,
        response: { 200: ResourceList, ...Errors },
      },
    },
    async (request) => listResources(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/partner-resources',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'Record what a partner unit offers: a skill, money, a venue, people or time',
        body: ResourceBody,
        response: { 201: Resource, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordResource(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/community-projects',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'The projects lists (项目清单) of the communities you keep',
        querystring: ProjectsQuery,
        response: { 200: ProjectList, ...Errors },
      },
    },
    async (request) => listProjects(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/community-projects',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary:
          'Make a draft yearly project of open needs, with a budget (yuan), an owner and a claim deadline',
        body: ProjectBody,
        response: { 201: Project, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProject(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/community-projects/:id',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'One project with its milestones and timeline',
        params: ListItemParams,
        response: { 200: ProjectDetail, ...Errors },
      },
    },
    async (request) => getProject(deps, signedInUser(request), request.params.id),
  );

  for (const move of ['open', 'start'] as const) {
    app.post(
      `/api/community-projects/:id/${move}`,
      {
        preHandler: keeperOnly,
        schema: {
          tags,
          summary:
            move === 'open'
              ? 'Open a draft for partner units to claim (认领) until its claim deadline'
              : 'Start a claimed project, or one that fell to the community (兜底)',
          params: ListItemParams,
          response: { 200: Project, ...Errors },
        },
      },
      async (request) => moveProjectBy(deps, signedInUser(request), request.params.id, move),
    );
  }

  app.post(
    '/api/community-projects/:id/claim',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: "Record a partner unit's claim of an open project, on the unit's behalf, with why it fits",
        params: ListItemParams,
        body: ClaimBody,
        response: { 200: Project, ...Errors },
      },
    },
    async (request) => claimProject(deps, signedInUser(request), request.params.id, request.body),
  );

  app.post(
    '/api/community-projects/:id/milestones',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'Add a milestone to a project',
        params: ListItemParams,
        body: MilestoneBody,
        response: { 201: Project, ...Errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addMilestone(deps, signedInUser(request), request.params.id, request.body)),
  );

  app.post(
    '/api/community-projects/:id/milestones/:milestoneId/done',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'Mark a milestone done with the photos that show it',
        params: MilestoneParams,
        body: MilestoneDoneBody,
        response: { 200: Project, ...Errors },
      },
    },
    async (request) =>
      completeMilestone(
        deps,
        signedInUser(request),
        request.params.id,
        request.params.milestoneId,
        request.body,
      ),
  );

  app.post(
    '/api/community-projects/:id/evidence',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'Give the close-out (销号) evidence: a note and at least one photo',
        params: ListItemParams,
        body: EvidenceBody,
        response: { 200: Project, ...Errors },
      },
    },
    async (request) => giveEvidence(deps, signedInUser(request), request.params.id, request.body),
  );

  app.post(
    '/api/community-projects/:id/sign-off',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: "Sign off a project's evidence and close it out (销号); not by its owner",
        params: ListItemParams,
        body: SignOffBody,
        response: { 200: Project, ...Errors },
      },
    },
    async (request) => signOff(deps, signedInUser(request), request.params.id, request.body),
  );

  app.get(
    '/api/public/communities/:code/projects',
    {
      schema: {
        tags,
        summary: "A community's projects and their state, for anyone, signed in or not; no personal data",
        params: PublicCommunityParams,
        response: { 200: PublicProjectList, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => publicProjects(deps, request.params.code),
  );
}
