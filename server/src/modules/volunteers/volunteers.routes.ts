import {
  ActivitiesQuery,
  Activity,
  ActivityBody,
  ActivityDetail,
  ActivityPage,
  Attendance,
  MyHours,
  MyPartyRegistration,
  PartnerResponses,
  PartnerResponsesQuery,
  PartyMember,
  PartyMemberPage,
  PartyMembersQuery,
  PartyRegistrationBody,
  RatingBody,
  RatingParams,
  SiteCode,
  SiteTokenBody,
  Team,
  TeamBody,
  TeamDetail,
  TeamLeaderBody,
  TeamMemberBody,
  TeamPage,
  TeamsQuery,
  VolunteerItemParams,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { createActivity, getActivity, listActivities } from './activities.js';
import { cancelSignUp, checkIn, checkOut, myHours, openSiteCode, signUp } from './attendance.js';
import { partnerResponses } from './partner-responses.js';
import {
  confirmPartyMember,
  listPartyMembers,
  myPartyRegistration,
  ratePartyMember,
  registerPartyMember,
} from './party-members.js';
import { addTeamMember, createTeam, getTeam, joinTeam, listTeams, setTeamLeader } from './teams.js';
import { takesPart } from './volunteer-office.js';
import type { VolunteersDeps } from './volunteers-deps.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['volunteers'];

/** Lets through residents and community and street staff; the domain decides the rest. */
const participant = async (request: Parameters<typeof signedInUser>[0]) => {
  takesPart(signedInUser(request));
};

/** 志愿服务: teams, activities with on-site check-in and verified hours, 双报到, partners' whistle answers. */
export function registerVolunteerRoutes(app: App, deps: VolunteersDeps): void {
  app.get(
    '/api/volunteer-teams',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'A page of volunteer teams (志愿服务队): of your area (staff), or any (residents browsing)',
        querystring: TeamsQuery,
        response: { 200: TeamPage, ...Errors },
      },
    },
    async (request) => listTeams(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/volunteer-teams',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Form a volunteer team of a community or a street (staff)',
        body: TeamBody,
        response: { 201: Team, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTeam(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/volunteer-teams/:id',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'A team; those who run it see its members (masked) with their verified minutes',
        params: VolunteerItemParams,
        response: { 200: TeamDetail, ...Errors },
      },
    },
    async (request) => getTeam(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/volunteer-teams/:id/join',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Join a team yourself (residents); joining again changes nothing',
        params: VolunteerItemParams,
        response: { 200: TeamDetail, ...Errors },
      },
    },
    async (request) => joinTeam(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/volunteer-teams/:id/members',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Add a resident to a team by the number they signed up with (staff)',
        params: VolunteerItemParams,
        body: TeamMemberBody,
        response: { 200: TeamDetail, ...Errors },
      },
    },
    async (request) => addTeamMember(deps, signedInUser(request), request.params.id, request.body.phone),
  );

  app.put(
    '/api/volunteer-teams/:id/leader',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Name a member the team’s leader (队长), or none (staff)',
        params: VolunteerItemParams,
        body: TeamLeaderBody,
        response: { 200: TeamDetail, ...Errors },
      },
    },
    async (request) => setTeamLeader(deps, signedInUser(request), request.params.id, request.body.userId),
  );

  app.get(
    '/api/volunteer-activities',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'A page of activities, soonest first: of your area (staff), or any (residents)',
        querystring: ActivitiesQuery,
        response: { 200: ActivityPage, ...Errors },
      },
    },
    async (request) => listActivities(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/volunteer-activities',
    {
      preHandler: participant,
      schema: {
        tags,
        summary:
          'Announce an activity of a team, with its place, time and capacity (staff or the team’s leader)',
        body: ActivityBody,
        response: { 201: Activity, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createActivity(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/volunteer-activities/:id',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'An activity; those who run its team see who signed up (masked) and their hours',
        params: VolunteerItemParams,
        response: { 200: ActivityDetail, ...Errors },
      },
    },
    async (request) => getActivity(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/volunteer-activities/:id/sign-up',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Sign up for an activity while places last (residents); signing up again changes nothing',
        params: VolunteerItemParams,
        response: { 200: Activity, ...Errors },
      },
    },
    async (request) => signUp(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/volunteer-activities/:id/cancel',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Cancel your sign-up, before the activity starts',
        params: VolunteerItemParams,
        response: { 200: Activity, ...Errors },
      },
    },
    async (request) => cancelSignUp(deps, signedInUser(request), request.params.id),
  );

  app.get(
    '/api/volunteer-activities/:id/site-code',
    {
      preHandler: participant,
      schema: {
        tags,
        summary:
          'The on-site code to show as a QR code; it rotates every two minutes (staff or the team’s leader)',
        params: VolunteerItemParams,
        response: { 200: SiteCode, ...Errors },
      },
    },
    async (request) => openSiteCode(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/volunteer-activities/:id/check-in',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Check in with the on-site code your phone scanned',
        params: VolunteerItemParams,
        body: SiteTokenBody,
        response: { 200: Attendance, ...Errors },
      },
    },
    async (request) => checkIn(deps, signedInUser(request), request.params.id, request.body.token),
  );

  app.post(
    '/api/volunteer-activities/:id/check-out',
    {
      preHandler: participant,
      schema: {
        tags,
        summary:
          'Check out with a fresh scan: the minutes inside the activity’s span are verified and credited',
        params: VolunteerItemParams,
        body: SiteTokenBody,
        response: { 200: Attendance, ...Errors },
      },
    },
    async (request) => checkOut(deps, signedInUser(request), request.params.id, request.body.token),
  );

  app.get(
    '/api/volunteer-hours/mine',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Your verified volunteer hours, activity by activity (residents)',
        response: { 200: MyHours, ...Errors },
      },
    },
    async (request) => myHours(deps, signedInUser(request)),
  );

  app.post(
    '/api/party-members',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: '双报到: register as a party member with the community where you live (residents)',
        body: PartyRegistrationBody,
        response: { 201: MyPartyRegistration, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerPartyMember(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/party-members/mine',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Your 双报到 registration and its ratings',
        response: { 200: MyPartyRegistration, ...Errors },
      },
    },
    async (request) => myPartyRegistration(deps, signedInUser(request)),
  );

  app.get(
    '/api/party-members',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'A page of the party members registered in your area, masked, with the year’s stars (staff)',
        querystring: PartyMembersQuery,
        response: { 200: PartyMemberPage, ...Errors },
      },
    },
    async (request) => listPartyMembers(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/party-members/:id/confirm',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Confirm a party member’s registration with your community (staff)',
        params: VolunteerItemParams,
        response: { 200: PartyMember, ...Errors },
      },
    },
    async (request) => confirmPartyMember(deps, signedInUser(request), request.params.id),
  );

  app.put(
    '/api/party-members/:id/ratings/:year',
    {
      preHandler: participant,
      schema: {
        tags,
        summary: 'Give a confirmed party member the year’s star rating, 1 to 5 (staff)',
        params: RatingParams,
        body: RatingBody,
        response: { 200: PartyMember, ...Errors },
      },
    },
    async (request) =>
      ratePartyMember(deps, signedInUser(request), request.params.id, request.params.year, request.body),
  );

  app.get(
    '/api/partner-responses',
    {
      preHandler: participant,
      schema: {
        tags,
        summary:
          'The partner units a community or street draws on, with the year’s whistle responses and the minimum (staff)',
        querystring: PartnerResponsesQuery,
        response: { 200: PartnerResponses, ...Errors },
      },
    },
    async (request) => partnerResponses(deps, signedInUser(request), request.query),
  );
}
