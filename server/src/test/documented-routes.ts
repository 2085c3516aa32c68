import type { TestApp } from './test-app.js';

/** A route's entry in the OpenAPI document, as far as the route-wide tests read it. */
export interface DocumentedOperation {
  parameters?: {
    in: 'path' | 'query' | 'header' | 'cookie';
    name: string;
    required?: boolean;
    schema: Record<string, unknown>;
  }[];
  requestBody?: { content?: Record<string, { schema: Record<string, unknown> }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

export interface DocumentedRoute {
  method: string;
  /** The path as the document writes it, parameters in braces: `/api/cases/{id}`. */
  url: string;
  op: DocumentedOperation;
  /**
   * An event stream answers a signed-in GET with 200 and stays open: the route-wide tests try only its
   * refusals, and its own tests read it.
   */
  streams: boolean;
}

/** Every route the OpenAPI document lists, so that a route added later is covered without touching a test. */
export async function documentedRoutes(t: TestApp): Promise<DocumentedRoute[]> {
  const spec = (await t.get('/api/openapi.json')).json() as {
    paths: Record<string, Record<string, DocumentedOperation>>;
  };
  return Object.entries(spec.paths).flatMap(([url, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      url,
      op,
      streams: Object.values(op.responses ?? {}).some((r) => r.content?.['text/event-stream'] !== undefined),
    })),
  );
}
