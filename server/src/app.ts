import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { Db } from './db/database.js';
import type { App } from './http/app-types.js';
import { documentEdgeStatuses } from './http/documented-statuses.js';
import { handleError } from './http/error-handler.js';
import { httpsOnlyHeaders } from './http/https.js';
import { guardInput, guardNumbers } from './http/input-guards.js';
import { type LogOptions, loggerOptions, requestIds } from './http/logging.js';
import { refuseCrossSiteRequests } from './http/same-origin.js';
import { validatorCompiler } from './http/validators.js';
import { isPageUrl, serveWebApp } from './http/web-app.js';
import { liveStreams } from './lib/changes/event-stream.js';
import type { KeyRing } from './lib/personal-data/key-ring.js';
import { registerAddressRoutes } from './modules/addresses/addresses.routes.js';
import { registerAdmittedTaskRoutes } from './modules/admitted-tasks/admitted-tasks.routes.js';
import { registerAuditRoutes } from './modules/audit/audit.routes.js';
import { installSessionLookup } from './modules/auth/auth.hooks.js';
import { registerAuthRoutes } from './modules/auth/auth.routes.js';
import { registerPhoneAuthRoutes } from './modules/auth/phone-auth.routes.js';
import { registerCalendarRoutes } from './modules/calendar/calendar.routes.js';
import type { CalendarService } from './modules/calendar/calendar.service.js';
import { registerCareRoutes } from './modules/care/care.routes.js';
import { caseDeps } from './modules/cases/case-deps.js';
import { registerCaseRoutes } from './modules/cases/cases.routes.js';
import { registerCategoryRoutes } from './modules/categories/categories.routes.js';
import { registerCommunityListsRoutes } from './modules/community-lists/community-lists.routes.js';
import { registerDeliberationsRoutes } from './modules/deliberations/deliberations.routes.js';
import { registerDepartmentRoutes } from './modules/departments/departments.routes.js';
import { registerErrandRoutes } from './modules/errands/errands.routes.js';
import { registerEvaluationRoutes } from './modules/evaluations/evaluations.routes.js';
import { registerExportRoutes } from './modules/exports/exports.routes.js';
import { registerHealthRoutes } from './modules/health/health.routes.js';
import { registerCallConsoleRoutes } from './modules/hotline/call-console.routes.js';
import { registerHotlineRoutes } from './modules/hotline/hotline.routes.js';
import { registerHotspotRoutes } from './modules/hotspots/hotspots.routes.js';
import { registerInspectionRoutes } from './modules/inspections/inspections.routes.js';
import { registerMapRoutes } from './modules/map/map.routes.js';
import { registerMediationRoutes } from './modules/mediation/mediation.routes.js';
import { registerMonthlyProblemRoutes } from './modules/monthly-problems/monthly-problems.routes.js';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes.js';
import { registerOpen311ClientRoutes } from './modules/open311/clients.routes.js';
import { registerOpen311Routes } from './modules/open311/open311.routes.js';
import { withOpen311FrameworkErrors } from './modules/open311/open311-errors.js';
import { registerParticipationRoutes } from './modules/participation/participation.routes.js';
import { registerPatrolRoutes } from './modules/patrols/patrols.routes.js';
import type { PhotoStore } from './modules/photos/photo-store.js';
import { registerPhotoRoutes } from './modules/photos/photos.routes.js';
import { registerPointsRoutes } from './modules/points/points.routes.js';
import { registerPointsShopRoutes } from './modules/points-shop/points-shop.routes.js';
import { registerPostRoutes } from './modules/posts/posts.routes.js';
import { registerRegionImportPreviewRoutes } from './modules/regions/region-import-preview.routes.js';
import { registerRegionRoutes } from './modules/regions/regions.routes.js';
import type { RegionsService } from './modules/regions/regions.service.js';
import { registerRegistryRoutes } from './modules/registry/registry.routes.js';
import { registerSettingsRoutes } from './modules/settings/settings.routes.js';
import { registerStatsRoutes } from './modules/stats/stats.routes.js';
import { registerTaskRoutes } from './modules/tasks/tasks.routes.js';
import { registerUserRoutes } from './modules/users/users.routes.js';
import { registerVolunteerRoutes } from './modules/volunteers/volunteers.routes.js';
import { registerVotersRoutes } from './modules/voters/voters.routes.js';
import { registerWhistleRoutes } from './modules/whistle/whistle.routes.js';
import { registerWishRoutes } from './modules/wishes/wishes.routes.js';
import { registerWorkbenchRoutes } from './modules/workbench/workbench.routes.js';

export interface AppDeps {
  db: Db;
  /** Where KPI and dashboard reads go: a read replica (DATABASE_READ_URL), or the primary when unset. */
  readDb?: Db;
  regions: RegionsService;
  /** The working calendar deadlines are computed on; rebuilt when an override or office hours change. */
  calendar: CalendarService;
  photos: PhotoStore;
  /** The keys residents' ID numbers and phones are sealed with (NEEDLE_DATA_KEY, lib/personal-data). */
  dataKeys: KeyRing;
  sessionTtlHours: number;
  /** Needle is always reached over HTTPS (see Config.secureCookies). */
  secureCookies: boolean;
  /** A demo installation (NEEDLE_DEMO=1): sign-in codes are shown on screen, as no SMS gateway sends them. */
  demo?: boolean;
  /** Fastify's trustProxy (see Config.trustProxy); none when unset. */
  trustProxy?: false | number | string;
  /** The built web app; served at / when the directory exists. */
  webDir?: string;
  /** No logging when unset (tests). */
  log?: LogOptions;
}

/** Most requests are small JSON; routes that take files or imports raise their own limit. */
const DEFAULT_BODY_LIMIT = 256 * 1024;

/** Fastify reads a hop count too, though its types say otherwise: n trusted hops, as a function. */
function trustProxyOption(
  trust: AppDeps['trustProxy'],
): string | boolean | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust ?? false;
  return (_address, hop) => hop < trust;
}

export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger: deps.log ? loggerOptions(deps.log) : false,
    ...requestIds,
    trustProxy: trustProxyOption(deps.trustProxy),
    bodyLimit: DEFAULT_BODY_LIMIT,
    // avvio's 10 s default ran out on a loaded 2-core machine while the process was busy elsewhere; a
    // plugin that truly hangs still fails start-up.
    pluginTimeout: 60_000,
    // Refusals made by the router itself (an over-long or malformed URL) take the same shape as all others.
    frameworkErrors: withOpen311FrameworkErrors(handleError),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);

  app.setErrorHandler(handleError);
  await app.register(helmet, {
    // The map draws inline SVG styles and, when configured, loads tiles from a tile server.
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        // Added per request by httpsOnlyHeaders, only when Needle is served over HTTPS.
        'upgrade-insecure-requests': null,
      },
    },
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', httpsOnlyHeaders(deps.secureCookies));
  await app.register(cookie);
  app.addHook('onRequest', refuseCrossSiteRequests);
  app.addHook('preValidation', guardInput);
  app.addHook('preHandler', guardNumbers);
  // Before swagger's own onRoute hook, so that the document shows what this adds.
  app.addHook('onRoute', documentEdgeStatuses);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Needle (一根针) API',
        version: '0.1.0',
        description: 'Neighbourhood governance for Chinese cities',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'needle_session' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installSessionLookup(app, deps.db);
  registerHealthRoutes(app, deps.db);
  registerAuthRoutes(app, deps.db, { ttlHours: deps.sessionTtlHours, secureCookies: deps.secureCookies });
  registerPhoneAuthRoutes(app, deps.db, deps.regions, {
    ttlHours: deps.sessionTtlHours,
    secureCookies: deps.secureCookies,
    demo: deps.demo ?? false,
  });
  registerRegionRoutes(app, deps.regions);
  registerAddressRoutes(app, deps.db, deps.regions);
  registerRegionImportPreviewRoutes(app, deps.db);
  registerDepartmentRoutes(app, deps.db);
  registerCategoryRoutes(app, deps.db, deps.regions);
  registerSettingsRoutes(app, deps.db, deps.calendar);
  registerCalendarRoutes(app, deps.calendar);
  registerUserRoutes(app, deps.db);
  registerPostRoutes(app, deps.db);
  registerAuditRoutes(app, deps.db);
  registerNotificationRoutes(app, deps.db);
  registerPointsRoutes(app, deps.db);
  registerPhotoRoutes(app, { db: deps.db, store: deps.photos });
  registerCaseRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerStatsRoutes(app, { db: deps.db, reads: deps.readDb ?? deps.db }, deps.regions);
  registerMonthlyProblemRoutes(app, { reads: deps.readDb ?? deps.db, regions: deps.regions });
  registerExportRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerMapRoutes(app, deps.db);
  registerHotlineRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerCallConsoleRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  // One ear per process on the change channel, shared by every live page.
  const live = liveStreams(app, deps.db);
  registerWhistleRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar), live);
  registerTaskRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerCommunityListsRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerPointsShopRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerVotersRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerDeliberationsRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerWishRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerParticipationRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerVolunteerRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerAdmittedTaskRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerEvaluationRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerWorkbenchRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar), live);
  registerHotspotRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerRegistryRoutes(app, { db: deps.db, regions: deps.regions, keys: deps.dataKeys });
  registerCareRoutes(app, { db: deps.db, regions: deps.regions });
  registerPatrolRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerInspectionRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerErrandRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerMediationRoutes(app, caseDeps(deps.db, deps.regions, deps.calendar));
  registerOpen311ClientRoutes(app, deps.db, deps.regions);
  registerOpen311Routes(app, caseDeps(deps.db, deps.regions, deps.calendar));

  const hasWeb = await serveWebApp(app, deps.webDir);
  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: any page URL gets index.html; unknown API paths get a JSON 404.
    if (hasWeb && isPageUrl(request.method, request.url)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({
      error: {
        code: 'ROUTE_NOT_FOUND',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
      },
    });
  });
  return app;
}
