import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/errors/app-error.js';
import { list } from './document.js';
import { formatOfUrl, sendDocument } from './respond.js';

/**
 * GeoReport v2 knows three refusals: 404 for an unknown service, request or token, 403 for a missing or
 * bad api_key, 400 for anything else. `code` in the body is that status, as in the standard's examples.
 */
export type Open311Status = 400 | 403 | 404;

export class Open311Error extends Error {
  constructor(
    readonly status: Open311Status,
    readonly description: string,
  ) {
    super(description);
    this.name = 'Open311Error';
  }
}

export const badRequest = (description: string) => new Open311Error(400, description);
export const notFound = (description: string) => new Open311Error(404, description);
export const badApiKey = (description: string) => new Open311Error(403, description);

// Fastify's own refusals, said the way a GeoReport client reads them.
const FASTIFY_DESCRIPTIONS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE:
    'Send the fields as application/x-www-form-urlencoded or multipart/form-data',
  FST_ERR_CTP_INVALID_JSON_BODY:
    'Send the fields as application/x-www-form-urlencoded or multipart/form-data',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Send the fields as application/x-www-form-urlencoded or multipart/form-data',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length does not match the body',
  FST_ERR_BAD_URL: 'The URL is malformed',
  FST_ERR_MAX_PARAM_LENGTH: 'A part of the URL is too long',
  FST_REQ_FILE_TOO_LARGE: 'Files are not accepted here: give a photo as media_url',
  FST_FILES_LIMIT: 'Files are not accepted here: give a photo as media_url',
  FST_PARTS_LIMIT: 'The multipart body has too many parts',
  FST_FIELDS_LIMIT: 'The multipart body has too many fields',
};

/** What a refusal from anywhere below an Open311 route becomes: its status and its description. */
export function open311Refusal(err: unknown): { status: Open311Status; description: string } | null {
  if (err instanceof Open311Error) return { status: err.status, description: err.description };
  // Needle's own refusals (from intake, the lifecycle) keep their message; only "not found" stays 404.
  if (err instanceof AppError && err.status < 500) {
    return { status: err.status === 404 ? 404 : 400, description: err.message };
  }
  const e = err as Partial<FastifyError>;
  if (e.validation) return { status: 400, description: `Invalid request: ${e.message ?? ''}`.trim() };
  const known = e.code ? FASTIFY_DESCRIPTIONS[e.code] : undefined;
  if (known) return { status: 400, description: known };
  if (err instanceof SyntaxError) return { status: 400, description: 'The request body could not be read' };
  const status = e.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { status: status === 404 ? 404 : 400, description: e.message ?? 'Bad request' };
  }
  return null;
}

/**
 * The error handler of the /open311 scope: every refusal in the standard's shape and format. A failure
 * that is not the client's (the database gone) is logged and answered 503, which a client retries —
 * never a 500, and a retried POST is safe because submissions are idempotent.
 */
export function handleOpen311Error(err: unknown, request: FastifyRequest, reply: FastifyReply) {
  const format = formatOfUrl(request.url);
  const refusal = open311Refusal(err);
  if (!refusal) request.log.error({ err }, 'unhandled error on an Open311 route');
  const status = refusal?.status ?? 503;
  const description =
    refusal?.description ?? 'The service is temporarily unable to answer; please retry later';
  return sendDocument(reply.status(status), format, {
    root: 'errors',
    body: list('error', [{ code: status, description }]),
  });
}

/**
 * Wraps the app's handler of router-level errors (a malformed URL) so that under /open311 they too take
 * the standard's shape; everywhere else they are left to the app's own handler.
 */
export function withOpen311FrameworkErrors<E extends Error>(
  fallback: (err: E, request: FastifyRequest, reply: FastifyReply) => unknown,
) {
  return (err: E, request: FastifyRequest, reply: FastifyReply) =>
    request.url.startsWith('/open311/') || request.url === '/open311'
      ? handleOpen311Error(err, request, reply)
      : fallback(err, request, reply);
}
