import type { Permission } from '../modules/auth/roles.js';

/**
 * Who may call a route at all: anyone ('public'), anyone signed in ('signed-in'), or the holders of a
 * permission (refused with 403 PERMISSION_DENIED otherwise, modules/auth/roles.ts says who holds it).
 */
export type Access = 'public' | 'signed-in' | Permission;

/**
 * Every documented route's guard, checked by http/role-matrix.pg.test.ts against every demo account.
 * `refuses` names the accounts the route's own rules turn away with a 403 of another code (staff-only
 * lists, a resident's own volunteer records, a grid worker's patrols …) for the matrix's request. A new
 * route fails that test until it is added here; so does a route whose guard changes.
 */
export type RouteAccess = Access | { access: Access; refuses: string };

export const ROUTE_ACCESS: Record<string, RouteAccess> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/phone/code': 'public',
  'POST /api/auth/phone/sign-in': 'public',
  'POST /api/auth/phone/sign-up': 'public',
  'GET /api/regions/tree': 'signed-in',
  'GET /api/regions/locate': 'signed-in',
  'GET /api/regions/{code}': 'signed-in',
  'GET /api/regions/{code}/grids': 'signed-in',
  'POST /api/regions/import': 'regions:import',
  'GET /api/addresses/search': 'regions:read',
  'POST /api/regions/import/preview': 'regions:import',
  'GET /api/departments': 'departments:read',
  'GET /api/categories/suggested': 'signed-in',
  'GET /api/categories': 'signed-in',
  'GET /api/categories/{code}': 'signed-in',
  'PATCH /api/categories/{code}': 'categories:write',
  'GET /api/categories/{code}/history': 'signed-in',
  'GET /api/settings': 'settings:read',
  'PUT /api/settings/{key}': 'settings:write',
  'GET /api/calendar': 'signed-in',
  'PUT /api/calendar/overrides/{day}': 'calendar:write',
  'DELETE /api/calendar/overrides/{day}': 'calendar:write',
  'GET /api/users': 'users:read',
  'POST /api/users': 'users:write',
  'GET /api/users/{id}': 'users:read',
  'PATCH /api/users/{id}': 'users:write',
  'GET /api/posts': 'posts:read',
  'POST /api/posts': 'posts:write',
  'DELETE /api/posts/{id}': 'posts:write',
  'GET /api/audit': 'audit:read',
  'GET /api/notifications': 'signed-in',
  'POST /api/notifications/{id}/read': 'signed-in',
  'POST /api/notifications/read-all': 'signed-in',
  'GET /api/points': 'signed-in',
  'POST /api/cases': { access: 'cases:report', refuses: 'admin' },
  'GET /api/cases': 'cases:read',
  'GET /api/cases/nearby': 'cases:report',
  'GET /api/cases/{id}': 'cases:read',
  'GET /api/cases/{id}/field-ties': 'cases:read',
  'POST /api/cases/{id}/actions/{action}': 'cases:read',
  'POST /api/cases/{id}/follow': 'cases:report',
  'POST /api/cases/{id}/link': 'cases:link',
  'DELETE /api/cases/{id}/link': 'cases:link',
  'GET /api/stats/kpis': 'stats:read',
  'GET /api/stats/rankings': 'stats:read',
  'GET /api/stats/trend': 'stats:read',
  'GET /api/stats/rising-categories': 'stats:read',
  'GET /api/stats/feed': 'stats:read',
  'POST /api/stats/rebuild': 'stats:rebuild',
  'GET /api/exports/cases': 'cases:read',
  'GET /api/exports/tickets': 'hotline:read',
  'GET /api/exports/rankings': 'stats:read',
  'GET /api/exports/assessment': 'stats:read',
  'GET /api/monthly-problems': 'stats:read',
  'GET /api/monthly-problems/{districtCode}': 'stats:read',
  'GET /api/exports/monthly-problems': 'stats:read',
  'GET /api/map/cases': 'cases:read',
  'GET /api/map/base-map': 'signed-in',
  'POST /api/hotline/tickets': { access: 'hotline:take', refuses: 'admin' },
  'GET /api/hotline/tickets': 'hotline:read',
  'GET /api/hotline/tickets/{caseId}': 'hotline:read',
  'POST /api/hotline/tickets/{caseId}/sign': 'hotline:read',
  'POST /api/hotline/tickets/{caseId}/contact': 'hotline:read',
  'POST /api/hotline/tickets/{caseId}/callback': 'hotline:take',
  'GET /api/hotline/callers/tickets': 'hotline:take',
  'GET /api/hotline/due-dates': 'hotline:take',
  'GET /api/whistles': 'whistles:read',
  'POST /api/whistles': { access: 'whistles:issue', refuses: 'admin' },
  'POST /api/whistles/escalations': { access: 'whistles:issue', refuses: 'admin street' },
  'GET /api/whistles/{id}/stream': 'whistles:read',
  'GET /api/whistles/{id}': 'whistles:read',
  'POST /api/whistles/{id}/calls/{callId}/acknowledge': 'whistles:read',
  'POST /api/whistles/{id}/calls/{callId}/arrive': 'whistles:read',
  'POST /api/whistles/{id}/calls/{callId}/complete': 'whistles:read',
  'POST /api/whistles/{id}/close': 'whistles:issue',
  'POST /api/whistles/{id}/cancel': 'whistles:issue',
  'GET /api/whistles/evaluations': 'whistles:read',
  'POST /api/whistles/{id}/calls/{callId}/evaluation': 'evaluations:write',
  'POST /api/street-evaluations': { access: 'evaluations:write', refuses: 'admin street' },
  'GET /api/partner-units': 'whistles:read',
  'POST /api/partner-units': 'partners:write',
  'PATCH /api/partner-units/{id}': 'partners:write',
  'GET /api/tasks': 'cases:read',
  'GET /api/community-needs': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/community-needs': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'PATCH /api/community-needs/{id}': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/partner-resources': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/partner-resources': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/community-projects': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/community-projects': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/community-projects/{id}': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/community-projects/{id}/open': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/community-projects/{id}/start': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/community-projects/{id}/claim': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/community-projects/{id}/milestones': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/community-projects/{id}/milestones/{milestoneId}/done': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/community-projects/{id}/evidence': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/community-projects/{id}/sign-off': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/public/communities/{code}/projects': 'public',
  'GET /api/points-shop/items': 'signed-in',
  'POST /api/points-shop/items/{id}/redeem': 'signed-in',
  'GET /api/points-shop/redemptions': 'signed-in',
  'POST /api/points-shop/redemptions/{id}/cancel': 'signed-in',
  'GET /api/shop-items': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/shop-items': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'PATCH /api/shop-items/{id}': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/shop-redemptions': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/shop-pickups': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/households': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/households': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/households/{id}/door-code': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/households/{id}/residents': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/verified-residents': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/my/household': 'signed-in',
  'POST /api/my/household': {
    access: 'signed-in',
    refuses: 'admin leader dispatcher shiftlead hotline street community community2 grid department courier',
  },
  'GET /api/deliberations': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/deliberations': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/deliberations/{id}': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/deliberations/{id}/discussion': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/deliberations/{id}/meetings': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/deliberations/{id}/vote': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/deliberations/{id}/vote/close': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/deliberations/{id}/publication': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/deliberations/{id}/close': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/deliberations/{id}/objections': 'signed-in',
  'GET /api/my/votes': 'signed-in',
  'POST /api/votes/{id}/ballots': 'signed-in',
  'GET /api/public/votes/{id}': 'public',
  'POST /api/public/vote-receipts': 'public',
  'GET /api/public/communities/{code}/deliberations': 'public',
  'POST /api/micro-wishes': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department courier',
  },
  'GET /api/micro-wishes': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department courier',
  },
  'GET /api/micro-wishes/open': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department courier',
  },
  'GET /api/micro-wishes/counts': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/micro-wishes/{id}': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department courier',
  },
  'POST /api/micro-wishes/{id}/approve': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/micro-wishes/{id}/reject': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/micro-wishes/{id}/claim': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/micro-wishes/{id}/fulfil': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department courier',
  },
  'POST /api/micro-wishes/{id}/confirm': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department courier',
  },
  'GET /api/public/communities/{code}/wishes': 'public',
  'GET /api/participation/dashboard': {
    access: 'signed-in',
    refuses: 'dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/volunteer-teams': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department courier',
  },
  'POST /api/volunteer-teams': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/volunteer-teams/{id}': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department courier',
  },
  'POST /api/volunteer-teams/{id}/join': {
    access: 'signed-in',
    refuses: 'admin leader dispatcher shiftlead hotline street community community2 grid department courier',
  },
  'POST /api/volunteer-teams/{id}/members': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department courier',
  },
  'PUT /api/volunteer-teams/{id}/leader': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/volunteer-activities': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department courier',
  },
  'POST /api/volunteer-activities': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department courier',
  },
  'GET /api/volunteer-activities/{id}': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department courier',
  },
  'POST /api/volunteer-activities/{id}/sign-up': {
    access: 'signed-in',
    refuses: 'admin leader dispatcher shiftlead hotline street community community2 grid department courier',
  },
  'POST /api/volunteer-activities/{id}/cancel': {
    access: 'signed-in',
    refuses: 'admin leader dispatcher shiftlead hotline street community community2 grid department courier',
  },
  'GET /api/volunteer-activities/{id}/site-code': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department courier',
  },
  'POST /api/volunteer-activities/{id}/check-in': {
    access: 'signed-in',
    refuses: 'admin leader dispatcher shiftlead hotline street community community2 grid department courier',
  },
  'POST /api/volunteer-activities/{id}/check-out': {
    access: 'signed-in',
    refuses: 'admin leader dispatcher shiftlead hotline street community community2 grid department courier',
  },
  'GET /api/volunteer-hours/mine': {
    access: 'signed-in',
    refuses: 'admin leader dispatcher shiftlead hotline street community community2 grid department courier',
  },
  'POST /api/party-members': {
    access: 'signed-in',
    refuses: 'admin leader dispatcher shiftlead hotline street community community2 grid department courier',
  },
  'GET /api/party-members': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/party-members/mine': {
    access: 'signed-in',
    refuses: 'admin leader dispatcher shiftlead hotline street community community2 grid department courier',
  },
  'POST /api/party-members/{id}/confirm': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'PUT /api/party-members/{id}/ratings/{year}': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department courier',
  },
  'GET /api/partner-responses': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/admitted-tasks': {
    access: 'signed-in',
    refuses: 'dispatcher shiftlead hotline grid resident courier',
  },
  'POST /api/admitted-tasks': {
    access: 'signed-in',
    refuses:
      'leader dispatcher shiftlead hotline street community community2 grid department resident courier',
  },
  'PATCH /api/admitted-tasks/{id}': {
    access: 'signed-in',
    refuses:
      'leader dispatcher shiftlead hotline street community community2 grid department resident courier',
  },
  'GET /api/community-tasks': {
    access: 'signed-in',
    refuses: 'dispatcher shiftlead hotline grid resident courier',
  },
  'POST /api/community-tasks': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline street community community2 grid resident courier',
  },
  'POST /api/community-tasks/{id}/done': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/community-tasks/report': {
    access: 'signed-in',
    refuses: 'dispatcher shiftlead hotline grid resident courier',
  },
  'GET /api/evaluations': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/evaluations': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/evaluations/{id}': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/evaluations/{id}/close': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/my/evaluations': {
    access: 'signed-in',
    refuses:
      'admin leader dispatcher shiftlead hotline street community community2 grid department resident courier',
  },
  'GET /api/my/evaluations/{id}': {
    access: 'signed-in',
    refuses:
      'admin leader dispatcher shiftlead hotline street community community2 grid department resident courier',
  },
  'POST /api/my/evaluations/{id}/submission': {
    access: 'signed-in',
    refuses:
      'admin leader dispatcher shiftlead hotline street community community2 grid department resident courier',
  },
  'GET /api/workbench/stream': 'signed-in',
  'GET /api/hotspots/proposals': 'hotspots:manage',
  'GET /api/hotspots/proposals/{id}': 'hotspots:manage',
  // The matrix's body accepts as a whistle order, which needs whistles:issue as well.
  'POST /api/hotspots/proposals/{id}/accept': {
    access: 'hotspots:manage',
    refuses: 'leader dispatcher shiftlead',
  },
  'POST /api/hotspots/proposals/{id}/dismiss': 'hotspots:manage',
  'POST /api/hotspots/run': 'hotspots:manage',
  'GET /api/stats/proactive': 'stats:read',
  'GET /api/workbench': 'cases:read',
  'GET /api/workbench/queues/{queue}': {
    access: 'cases:read',
    refuses: 'admin leader dispatcher shiftlead hotline grid resident courier',
  },
  'GET /api/workbench/done': { access: 'cases:read', refuses: 'resident courier' },
  'POST /api/registry/buildings': 'signed-in',
  'GET /api/registry/buildings': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/registry/my-buildings': 'signed-in',
  'GET /api/registry/buildings/{id}': 'signed-in',
  'POST /api/registry/households': 'signed-in',
  'POST /api/registry/households/{id}/residents': 'signed-in',
  'PATCH /api/registry/residents/{id}': 'signed-in',
  'GET /api/registry/residents': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/exports/residents': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/registry/residents/{id}/reveal': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/registry/access-records': {
    access: 'signed-in',
    refuses: 'dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/care/tags': 'signed-in',
  'POST /api/care/tags': {
    access: 'signed-in',
    refuses:
      'leader dispatcher shiftlead hotline street community community2 grid department resident courier',
  },
  'GET /api/care/schedules': 'signed-in',
  'PUT /api/care/schedules': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'GET /api/care/due': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/care/overdue-counts': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/care/visits': 'signed-in',
  'GET /api/care/visits': 'signed-in',
  'POST /api/patrols': {
    access: 'signed-in',
    refuses:
      'admin leader dispatcher shiftlead hotline street community community2 department resident courier',
  },
  'GET /api/patrols': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/patrols/{id}/track': 'signed-in',
  'GET /api/patrols/{id}/track': 'signed-in',
  'POST /api/patrols/{id}/checkins': 'signed-in',
  'POST /api/patrols/{id}/finish': 'signed-in',
  'POST /api/patrols/{id}/cases': {
    access: 'signed-in',
    refuses:
      'admin leader dispatcher shiftlead hotline street community community2 department resident courier',
  },
  'GET /api/patrols/calendar': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/patrols/assessment': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/patrols/{id}': 'signed-in',
  'GET /api/patrol-points': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/patrol-points': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/patrol-rules': 'signed-in',
  'PUT /api/patrol-rules': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline grid department resident courier',
  },
  'POST /api/inspection-targets': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/inspection-targets': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/inspection-checklists': 'signed-in',
  'GET /api/inspection-targets/{id}/code': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/inspections': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/rectification-orders': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/rectification-orders/{id}/follow-ups': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/rectification-orders/{id}/surprise': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/public/shops/{code}': 'public',
  'POST /api/shops/{code}/reports': 'cases:report',
  'POST /api/errands': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/errands': 'signed-in',
  'POST /api/errands/{id}/steps': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/disputes': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/disputes': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/disputes/{id}/sessions': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/disputes/{id}/settle': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/disputes/{id}/follow-up': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'GET /api/disputes/counts': {
    access: 'signed-in',
    refuses: 'leader dispatcher shiftlead hotline department resident courier',
  },
  'POST /api/open311/clients': 'open311:manage',
  'GET /api/open311/clients': 'open311:manage',
  'DELETE /api/open311/clients/{id}': 'open311:manage',
  'POST /api/addresses/import': 'regions:import',
  'POST /api/photos': 'signed-in',
  'GET /api/photos/{id}': 'signed-in',
  'GET /api/photos/{id}/thumbnail': 'signed-in',
};

export const accessOf = (r: RouteAccess): Access => (typeof r === 'string' ? r : r.access);
export const refusesOf = (r: RouteAccess): string[] => (typeof r === 'string' ? [] : r.refuses.split(' '));
