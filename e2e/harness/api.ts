import { randomUUID } from 'node:crypto';
import { demoPassword } from './demo.js';
import { gridSpot } from './gridSpot.js';

export interface ApiReply<T> {
  status: number;
  body: T;
}

/** A signed-in API client outside the browser: for facts the test needs that the user under test may not see. */
export interface ApiSession {
  get<T>(path: string): Promise<ApiReply<T>>;
  /** A JSON POST, e.g. a case action taken by someone the browser is not signed in as. */
  post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiReply<T>>;
  /** A JSON PUT, e.g. an administrator's change of a city setting. */
  put<T>(path: string, body: unknown): Promise<ApiReply<T>>;
  /** A multipart upload of one file in the field `file`, as POST /api/photos takes it. */
  upload<T>(path: string, file: { name: string; type: string; content: Buffer }): Promise<ApiReply<T>>;
}

export async function signInThroughApi(baseUrl: string, username: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (response.status !== 200) throw new Error(`login as ${username}: HTTP ${response.status}`);
  // Keep only "name=value" of each Set-Cookie: attributes are for browsers.
  const cookie = response.headers
    .getSetCookie()
    .map((setCookie) => setCookie.split(';')[0])
    .join('; ');
  // Unsafe requests carrying the session must name Needle's own origin, as a browser on its pages does.
  const origin = new URL(baseUrl).origin;
  const send = async <T>(method: string, path: string, body: unknown, headers: Record<string, string>) => {
    const reply = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...headers, cookie, origin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await reply.text();
    return { status: reply.status, body: (text ? JSON.parse(text) : null) as T };
  };
  return {
    async get<T>(path: string) {
      const reply = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      return { status: reply.status, body: (await reply.json()) as T };
    },
    post: <T>(path: string, body: unknown = {}, headers: Record<string, string> = {}) =>
      send<T>('POST', path, body, headers),
    put: <T>(path: string, body: unknown) => send<T>('PUT', path, body, {}),
    async upload<T>(path: string, file: { name: string; type: string; content: Buffer }) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
      const reply = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { cookie, origin },
        body: form,
      });
      return { status: reply.status, body: (await reply.json()) as T };
    },
  };
}

/**
 * A resident's 井盖缺失 report at a spot of a grid, sent from outside the browser as a phone sends it
 * (with an Idempotency-Key of its own): the new case's id and code.
 */
export async function reportThroughApi(
  baseUrl: string,
  place: { gridCode: string; fx: number; fy: number },
  description: string,
): Promise<{ id: string; code: string }> {
  const resident = await signInThroughApi(baseUrl, 'resident');
  const spot = await gridSpot(baseUrl, place.gridCode, place.fx, place.fy);
  const reply = await resident.post<{ case: { id: string; code: string } }>(
    '/api/cases',
    { categoryCode: 'E0550', description, lat: spot.latitude, lng: spot.longitude },
    { 'idempotency-key': randomUUID() },
  );
  if (reply.status !== 201) throw new Error(`report: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
  return { id: reply.body.case.id, code: reply.body.case.code };
}
