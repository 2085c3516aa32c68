import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isConnectionLoss } from '../db/database-error.js';
import { AppError } from '../lib/errors/app-error.js';

interface ErrorBody {
  error: { code: string; message: string };
}

const body = (code: string, message: string): ErrorBody => ({ error: { code, message } });

// Fastify's own refusals of a request, mapped to codes a client can act on.
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    message: 'The request body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    message: 'The request body is empty but its content type is JSON',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'BODY_TOO_LARGE',
    message: 'The request body is too large',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'This content type is not accepted here',
  },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'URL_TOO_LONG', message: 'A part of the URL is too long' },
  FST_ERR_BAD_URL: { status: 400, code: 'BAD_URL', message: 'The URL is malformed' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: 'BAD_REQUEST', message: 'The request could not be routed' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'BAD_CONTENT_LENGTH',
    message: 'The Content-Length does not match the body',
  },
};

/** Every error leaves as `{ error: { code, message } }`; only a bug is a 500, and it shows no internals. */
export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof AppError) return reply.status(err.status).send(body(err.code, err.message));
  if (err.validation) {
    const where = err.validationContext ?? 'request';
    return reply.status(400).send(body('VALIDATION_FAILED', `Invalid ${where}: ${err.message}`));
  }
  const known = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (known) return reply.status(known.status).send(body(known.code, known.message));
  if (err instanceof SyntaxError)
    return reply.status(400).send(body('MALFORMED_JSON', 'The request body is not valid JSON'));
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return reply.status(status).send(body(err.code ?? 'BAD_REQUEST', err.message));
  }
  if (isConnectionLoss(err)) {
    request.log.warn({ err }, 'database connection lost');
    return reply
      .status(503)
      .header('retry-after', '1')
      .send(body('DATABASE_UNAVAILABLE', 'The database is briefly out of reach; try again in a moment'));
  }
  // Logged with its stack under the request's id, which the answer gives so a report can be matched to it.
  request.log.error({ err }, 'unhandled error');
  return reply
    .status(500)
    .send(body('INTERNAL', `Something went wrong on our side; it has been logged (request ${request.id})`));
}
