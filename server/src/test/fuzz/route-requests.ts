import type { DocumentedOperation, DocumentedRoute } from '../documented-routes.js';
import type { JsonSchema } from './schema-arbitrary.js';

type Parameter = NonNullable<DocumentedOperation['parameters']>[number];

/** A route's path or query parameters as one object schema, for the generators to fill. */
export function parametersOf(route: DocumentedRoute, where: Parameter['in']): JsonSchema {
  const own = (route.op.parameters ?? []).filter((p) => p.in === where);
  return {
    type: 'object',
    properties: Object.fromEntries(own.map((p) => [p.name, p.schema])),
    required: own.filter((p) => p.required || where === 'path').map((p) => p.name),
  } satisfies JsonSchema;
}

/** The JSON body's schema, when the route takes one. */
export const bodyOf = (route: DocumentedRoute): JsonSchema | undefined =>
  route.op.requestBody?.content?.['application/json']?.schema as JsonSchema | undefined;

const text = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** The URL of a generated request: the path's parameters filled in, the query appended. */
export function urlOf(route: DocumentedRoute, path: unknown, query: unknown): string {
  const values = (path && typeof path === 'object' ? path : {}) as Record<string, unknown>;
  const filled = route.url.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(name in values ? text(values[name]) : 'x'),
  );
  const search = new URLSearchParams();
  if (query && typeof query === 'object' && !Array.isArray(query)) {
    for (const [k, v] of Object.entries(query)) {
      for (const one of Array.isArray(v) ? v : [v]) if (one !== undefined) search.append(k, text(one));
    }
  } else if (query !== undefined && query !== null) {
    search.append(text(query).slice(0, 100), '1');
  }
  const qs = search.toString();
  return qs ? `${filled}?${qs}` : filled;
}
