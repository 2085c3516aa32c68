import { Type } from '@fastify/type-provider-typebox';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/test-app.js';

interface Operation {
  parameters?: { name: string; in: string; schema?: Record<string, unknown> }[];
  responses?: Record<string, unknown>;
}

async function openApiDocument() {
  const t = await createTestApp();
  try {
    const res = await t.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    return res.json() as { paths: Record<string, Record<string, Operation>> };
  } finally {
    await t.close();
  }
}

/** Every `pattern` anywhere in a schema tree. */
function patternsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) patternsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'pattern' && typeof v === 'string') found.push(v);
      else patternsIn(v, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('uses only ECMAScript regular expressions, so generated clients and validators can use them', async () => {
    const patterns = patternsIn((await openApiDocument()).paths);
    expect(patterns.length).toBeGreaterThan(10);
    for (const p of patterns) {
      expect(() => new RegExp(p, 'u'), p).not.toThrow();
      // Inline flags such as (?i) are not ECMAScript.
      expect(p, p).not.toMatch(/\(\?[a-z]/i);
    }
  });

  it('describes boolean query parameters as plain booleans', async () => {
    const { paths } = await openApiDocument();
    const booleans = Object.values(paths)
      .flatMap((ops) => Object.values(ops))
      .flatMap((op) => op.parameters ?? [])
      .filter((p) => p.schema?.type === 'boolean');
    expect(booleans.map((p) => p.name)).toContain('overdue');
    for (const p of booleans) {
      expect(p.schema, p.name).not.toHaveProperty('pattern');
      expect(p.schema, p.name).not.toHaveProperty('anyOf');
    }
  });

  it("lists the edge's refusals on every route: bad input, no session, not allowed, body too large", async () => {
    const { paths } = await openApiDocument();
    const cases = paths['/api/cases']?.post?.responses ?? {};
    expect(Object.keys(cases)).toEqual(
      expect.arrayContaining(['201', '200', '400', '401', '403', '413', '415']),
    );
    const login = paths['/api/auth/login']?.post?.responses ?? {};
    expect(Object.keys(login)).toEqual(expect.arrayContaining(['200', '400', '429']));
  });

  it('fails a test file whose requests get a status the route does not document', async () => {
    const t = await createTestApp();
    t.app.get(
      '/api/test/undocumented',
      { schema: { response: { 200: Type.Object({ ok: Type.Boolean() }) } } },
      async (_request, reply) => reply.status(409).send({ error: { code: 'X', message: 'x' } }),
    );
    expect((await t.get('/api/test/undocumented')).statusCode).toBe(409);
    await expect(t.close()).rejects.toThrow('GET /api/test/undocumented answered 409');
  });
});
