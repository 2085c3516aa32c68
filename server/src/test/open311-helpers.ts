import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { cases } from '../modules/cases/cases.tables.js';
import { DEMO_OPEN311_KEY } from '../modules/open311/seed-demo-client.js';
import type { Point } from './cases.js';
import { type SchemaName, schemaErrors } from './open311-schemas.js';
import type { TestApp } from './test-app.js';
import { parseXml, type XmlElement } from './xml-parser.js';

export const DEMO_KEY = DEMO_OPEN311_KEY;
export const V2 = '/open311/v2';

/** Form fields in order; a name may repeat (attribute[goods][]). */
export type Form = [string, string][];

export const formBody = (fields: Form): string => new URLSearchParams(fields).toString();

export function open311Get(t: TestApp, path: string, query: Record<string, string> = {}) {
  const qs = new URLSearchParams(query).toString();
  return t.get(`${V2}/${path}${qs ? `?${qs}` : ''}`);
}

export function open311Post(
  t: TestApp,
  path: string,
  fields: Form,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.call({
    method: 'POST',
    url: `${V2}/${path}`,
    payload: formBody(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

/**
 * A request for a service at a point, with the demo client's key unless given another: key, service
 * code and place first, then the request's other fields in order.
 */
export function requestForm(at: Point, fields: Form, service = 'E0550', key = DEMO_KEY): Form {
  return [
    ['api_key', key],
    ['service_code', service],
    ['lat', String(at.lat)],
    ['long', String(at.lng)],
    ...fields,
  ];
}

/** A status update of a request the client pushes, with the demo client's key: then its other fields. */
export function updateForm(code: string, status: string, fields: Form = []): Form {
  return [['api_key', DEMO_KEY], ['service_request_id', code], ['status', status], ...fields];
}

/** Pushes a status update of a request, in XML or JSON. */
export function pushUpdate(t: TestApp, format: 'xml' | 'json', form: Form) {
  return open311Post(t, `servicerequestupdates.${format}`, form);
}

/** The answer as XML: the exact content type, then a strict parse of the body. */
export function xmlOf(res: LightMyRequestResponse): XmlElement {
  expect(res.headers['content-type'], res.body).toBe('text/xml; charset=utf-8');
  expect(res.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return parseXml(res.body);
}

/**
 * The answer as JSON: the exact content type, then the standard's schema for it (which says whether it
 * is an array or, for discovery and a service definition, a bare object).
 */
export function jsonOf(res: LightMyRequestResponse, schema: SchemaName): unknown {
  expect(res.headers['content-type'], res.body).toBe('application/json; charset=utf-8');
  const body = JSON.parse(res.body) as unknown;
  expect(schemaErrors(schema, body), res.body).toBeNull();
  return body;
}

/** A standard error: the status, and a body that is a list of one {code, description} in the format asked. */
export function expectOpen311Error(res: LightMyRequestResponse, status: 400 | 403 | 404, what = '') {
  expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
  if (String(res.headers['content-type']).startsWith('application/json')) {
    const [error] = jsonOf(res, 'errors') as { code: number; description: string }[];
    expect(error?.code).toBe(status);
    return error?.description ?? '';
  }
  const doc = xmlOf(res);
  expect(doc.name).toBe('errors');
  const errors = doc.children.filter((c): c is XmlElement => typeof c !== 'string');
  expect(errors.map((e) => e.name)).toEqual(['error']);
  const [code, description] = errors[0]?.children.filter((c): c is XmlElement => typeof c !== 'string') ?? [];
  expect(code?.name).toBe('code');
  expect(code?.children).toEqual([String(status)]);
  expect(description?.name).toBe('description');
  return String(description?.children[0] ?? '');
}

export const countCases = (t: TestApp): Promise<number> => t.database.db.$count(cases);
