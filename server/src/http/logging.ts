import { randomUUID } from 'node:crypto';
import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import { ID_NUMBER_FIELDS, PERSON_NAME_FIELDS, PHONE_FIELDS } from '../lib/privacy/personal-fields.js';
import { publicText } from '../lib/privacy/public-text.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogOptions {
  level: LogLevel;
  /** Where the lines go; stdout when unset. Tests pass a stream to read them back. */
  stream?: NodeJS.WritableStream;
}

const CENSOR = '[redacted]';

// Keys whose values never reach the log, wherever some code logs an object holding them.
const SECRET_KEYS = [
  'password',
  'newPassword',
  'oldPassword',
  'cookie',
  'authorization',
  'set-cookie',
  'api_key',
  'apiKey',
  'token',
  'name',
  'email',
  ...PHONE_FIELDS,
  ...ID_NUMBER_FIELDS,
  ...PERSON_NAME_FIELDS,
];
const REDACT_PATHS = SECRET_KEYS.flatMap((key) =>
  /^\w+$/.test(key) ? [key, `*.${key}`, `*.*.${key}`] : [`*["${key}"]`, `*.*["${key}"]`],
);

// Query parameters that may carry a person's data or a credential; their values are masked in URLs.
const PRIVATE_PARAM = /phone|name|id_?(card|number)|email|password|api_?key|token|^q$/i;

/** The URL as logged: private query values replaced, phone and ID numbers anywhere else masked. */
export function loggableUrl(url: string): string {
  const at = url.indexOf('?');
  if (at === -1) return publicText(url);
  const query = url
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0] ?? '';
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed name is logged as it came.
      }
      return PRIVATE_PARAM.test(decoded) && pair.includes('=') ? `${name}=${CENSOR}` : pair;
    })
    .join('&');
  return publicText(`${url.slice(0, at)}?${query}`);
}

// Drizzle puts a failed query's parameters (phones, names, password hashes) into its message and stack.
const QUERY_PARAMS = /\nparams: [\s\S]*?(?=\n\s+at |$)/;

interface SerializedError {
  [field: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

/**
 * An error as logged: its stack, and of its other fields only those that describe rather than carry data
 * (a database error's `detail` quotes the row, a failed query's params are the values themselves).
 */
export function serializeError(err: unknown, depth = 0): SerializedError {
  if (!(err instanceof Error)) return { type: typeof err, message: publicText(String(err)), stack: '' };
  const scrub = (text: string) => publicText(text.replace(QUERY_PARAMS, `\nparams: ${CENSOR}`));
  const e = err as Error & Record<string, unknown>;
  const described: SerializedError = {
    type: e.name,
    message: scrub(e.message),
    stack: scrub(e.stack ?? ''),
  };
  for (const key of ['code', 'statusCode', 'query', 'constraint', 'table', 'column'] as const) {
    if (e[key] !== undefined) described[key] = e[key];
  }
  if (e.cause !== undefined && depth < 5) described.cause = serializeError(e.cause, depth + 1);
  return described;
}

/**
 * Fastify's logger (pino) as Needle runs it: a request id on every line of a request (a fresh UUID, not
 * one a client sends, so ids from several processes never collide or lie), URLs and errors stripped of
 * personal data and credentials, request headers and bodies not logged at all.
 */
export function loggerOptions(options: LogOptions): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: options.level,
    ...(options.stream ? { stream: options.stream } : {}),
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: loggableUrl(request.url),
        remoteAddress: request.ip,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      err: serializeError,
    },
  };
}

export const requestIds = {
  genReqId: () => randomUUID(),
  requestIdHeader: false as const,
};
