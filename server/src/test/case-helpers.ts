import { randomUUID } from 'node:crypto';
import { multipartBody, png } from './images.js';
import type { TestApp } from './test-app.js';

/** A point inside a grid: the middle of its bounding box, nudged off the shared edges. */
export async function pointIn(t: TestApp, admin: string, gridCode: string, nudge = 0) {
  const res = await t.call({ method: 'GET', url: `/api/regions/${gridCode}`, cookie: admin });
  const ring: [number, number][] = res.json().region.geometry.coordinates[0];
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return {
    lng: (Math.min(...lngs) + Math.max(...lngs)) / 2 + 1e-7 + nudge,
    lat: (Math.min(...lats) + Math.max(...lats)) / 2 + 1e-7,
  };
}

/** Uploads a small photo as the user and returns its id. */
export async function uploadPhoto(t: TestApp, cookie: string): Promise<string> {
  const res = await t.call({
    method: 'POST',
    url: '/api/photos',
    cookie,
    ...multipartBody([
      { name: 'file', filename: 'scene.png', contentType: 'image/png', data: await png(64, 48) },
    ]),
  });
  if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

export function report(
  t: TestApp,
  cookie: string,
  body: Record<string, unknown>,
  key: string = randomUUID(),
) {
  return t.call({
    method: 'POST',
    url: '/api/cases',
    cookie,
    headers: { 'idempotency-key': key },
    payload: body,
  });
}

export function act(
  t: TestApp,
  cookie: string,
  caseId: string,
  action: string,
  body: Record<string, unknown> = {},
) {
  return t.call({ method: 'POST', url: `/api/cases/${caseId}/actions/${action}`, cookie, payload: body });
}
