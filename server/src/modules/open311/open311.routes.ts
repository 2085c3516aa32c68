import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../http/app-types.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { discoveryDocument } from './discovery.js';
import type { Open311Document } from './document.js';
import { type Fields, fieldsFromQuery, readPostFields } from './form-fields.js';
import { getRequest, listRequests } from './list-requests.js';
import { badRequest, handleOpen311Error, notFound } from './open311-errors.js';
import { postRequest } from './post-request.js';
import { type Format, sendDocument, splitFormat } from './respond.js';
import { findService, listServices, serviceDefinitionDocument, servicesDocument } from './services.js';
import { tokenDocument } from './tokens.js';
import { listUpdates, postUpdate } from './updates.js';

const FORMATS: Format[] = ['xml', 'json'];
// GeoReport routes speak their own error format, which the OpenAPI walk of /api does not; the README
// documents them instead.
const HIDDEN = { schema: { hide: true } };
const MULTIPART_LIMITS = { fields: 100, fieldSize: 64 * 1024, files: 1, fileSize: 1, parts: 101 };

/** The POST fields; api_key is also taken from the query string, where some clients put it. */
async function postFields(request: FastifyRequest): Promise<Fields> {
  const fields = await readPostFields(request);
  const queryKey = fieldsFromQuery(request.query).get('api_key');
  if (!fields.has('api_key') && queryKey) fields.set('api_key', queryKey);
  return fields;
}

function idempotencyHeader(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (Array.isArray(value)) throw badRequest('Send one Idempotency-Key header');
  return value;
}

const baseUrl = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

/**
 * The GeoReport v2 interface under /open311/v2, each resource in .xml and .json. It lives in a scope of
 * its own so that its refusals (and Fastify's, on these routes) take the standard's error format, and so
 * that form and multipart bodies are read here and nowhere else.
 */
export function registerOpen311Routes(app: App, deps: CaseDeps): void {
  app.register(
    async (scope) => {
      scope.setErrorHandler(handleOpen311Error);
      scope.setNotFoundHandler((request, reply) =>
        handleOpen311Error(
          notFound(`No Open311 resource ${request.url.split('?')[0] ?? ''}`),
          request,
          reply,
        ),
      );
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string' },
        (_request, body, done) => done(null, new URLSearchParams(String(body))),
      );
      await scope.register(multipart, { limits: MULTIPART_LIMITS });
      // The GET resources are public in the standard; browsers on other sites may read them too.
      scope.addHook('onSend', async (_request, reply) => {
        reply.header('access-control-allow-origin', '*');
        reply.header('cross-origin-resource-policy', 'cross-origin');
      });

      const route =
        (method: 'GET' | 'POST') =>
        (path: string, make: (request: FastifyRequest) => Promise<Open311Document>) => {
          for (const format of FORMATS) {
            scope.route({
              method,
              url: `/v2/${path}.${format}`,
              ...HIDDEN,
              handler: async (request, reply) => sendDocument(reply, format, await make(request)),
            });
          }
        };
      const get = route('GET');
      const post = route('POST');
      // services/{code}.xml and the like: the id and the format share one path segment.
      const getOne = (
        path: string,
        make: (id: string, request: FastifyRequest) => Promise<Open311Document>,
      ) => {
        scope.get<{ Params: { file: string } }>(
          `/v2/${path}/:file`,
          HIDDEN,
          async (request, reply: FastifyReply) => {
            const split = splitFormat(request.params.file);
            if (!split) throw notFound(`No Open311 resource ${path}/${request.params.file.slice(0, 50)}`);
            return sendDocument(reply, split.format, await make(split.id, request));
          },
        );
      };

      get('discovery', async (request) => discoveryDocument(baseUrl(request)));
      get('services', async () => servicesDocument(await listServices(deps.db)));
      getOne('services', async (code) => serviceDefinitionDocument(await findService(deps.db, code)));
      get('requests', (request) => listRequests(deps, fieldsFromQuery(request.query)));
      post('requests', async (request) =>
        postRequest(deps, await postFields(request), idempotencyHeader(request)),
      );
      getOne('requests', (id, request) => getRequest(deps, id, fieldsFromQuery(request.query)));
      getOne('tokens', (token) => tokenDocument(deps.db, token));
      get('servicerequestupdates', (request) => listUpdates(deps, fieldsFromQuery(request.query)));
      post('servicerequestupdates', async (request) => postUpdate(deps, await postFields(request)));
    },
    { prefix: '/open311' },
  );
}
