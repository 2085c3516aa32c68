import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AddressImportBody,
  AddressImportQuery,
  AddressImportResult,
  AddressSearchQuery,
  AddressSearchResult,
  ErrorSchema,
} from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { badRequest } from '../../lib/errors/app-error.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { RegionsService } from '../regions/regions.service.js';
import { settingsCache } from '../settings/settings.service.js';
import { askGeocoder } from './geocoder.js';
import { importAddresses } from './import-addresses.js';
import { parseNear, searchAddresses } from './search-addresses.js';

/** A city's gazetteer runs to a few hundred thousand rows, some tens of megabytes. */
const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

/** The gazetteer (地名地址库): searched by the hotline as the caller speaks, imported by an admin. */
export function registerAddressRoutes(app: App, db: Db, regions: RegionsService): void {
  app.get(
    '/api/addresses/search',
    {
      preHandler: requirePermission('regions:read'),
      schema: {
        tags: ['addresses'],
        summary:
          "Places matching typed text or pinyin, best first, each with its point and community; the city's geocoder too when set",
        querystring: AddressSearchQuery,
        response: { 200: AddressSearchResult, 400: ErrorSchema },
      },
    },
    async (request) => {
      const viewer = signedInUser(request).jurisdiction;
      const { q, limit } = request.query;
      const near = parseNear(request.query.near);
      if (request.query.near !== undefined && near === null) {
        throw badRequest(
          'INVALID_NEAR',
          'near must be lat,lng with latitude within ±90 and longitude within ±180',
        );
      }
      const { urlTemplate, timeoutMs } = (await settingsCache.get(db)).geocoder;
      const geocoder = urlTemplate === '' ? null : { urlTemplate, timeoutMs };
      const locate = (lat: number, lng: number) => regions.locate(lat, lng);
      // Both at once: the caller is waiting, and the geocoder's timeout bounds the wait.
      const [local, external] = await Promise.all([
        searchAddresses(db, regions.directory, viewer, { q, near, limit }),
        geocoder ? askGeocoder(geocoder, q, locate, viewer) : null,
      ]);
      if (external?.status === 'failed') {
        request.log.warn({ reason: external.reason }, 'the geocoder did not answer');
      }
      const items = [...local, ...(external?.status === 'answered' ? external.matches : [])];
      return {
        items: items.slice(0, limit),
        geocoder: external === null ? ('off' as const) : external.status,
      };
    },
  );

  // In a scope of its own, so CSV bodies are read by this route and by no other.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/addresses/import',
      {
        preHandler: requirePermission('regions:import'),
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ['addresses'],
          summary:
            'Import a gazetteer: GeoJSON Points or CSV; ?dryRun=true reports counts and errors and writes nothing',
          description:
            'application/json: a FeatureCollection of Point features with properties kind (address, building, ' +
            'landmark), text (or name) and optionally source. text/csv: a header kind,text,lat,lng[,source] ' +
            '(WGS-84). An import writes every row or none, and replaces the entries of each source the file names.',
          querystring: AddressImportQuery,
          body: AddressImportBody,
          response: { 200: AddressImportResult, 400: ErrorSchema },
        },
      },
      async (request) =>
        importAddresses(db, (lat, lng) => regions.locate(lat, lng), request.body, {
          dryRun: request.query.dryRun,
          actorId: signedInUser(request).id,
        }),
    );
  });
}
