import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';

/**
 * A deliberation meeting's photos are the deliberation's: whoever runs the community's deliberations
 * (its community's staff, its street's staff, the administrator) sees them, not only whoever recorded
 * the meeting. Everyone else is told "not found"; the public board shows no meeting photo.
 */
const { t, c } = useTestApp(['admin', 'street', 'community', 'community2', 'grid', 'resident']);
let photo = '';
let unattached = '';

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

/** A new signed-in staff account of a region. */
async function staffOf(username: string, role: string, regionCode: string): Promise<string> {
  const password = 'Delib@2026';
  await ok(
    await t.post('/api/users', c.admin, {
      username,
      displayName: username,
      password,
      roles: [role],
      regionCode,
    }),
    201,
  );
  return t.login(username, password);
}

beforeAll(async () => {
  c.neighbour = await staffOf('delib-colleague', 'community_staff', demo.yongchangCommunity);
  c.otherCommunity = await staffOf('delib-next-door', 'community_staff', demo.yongchangOtherCommunity);
  c.otherStreet = await staffOf('delib-qianjin', 'street_staff', demo.qianjin);

  const created = await ok(
    await t.post('/api/deliberations', c.community, { title: '小区停车改造', proposal: '党委提议重新划线' }),
    201,
  );
  const id = created.deliberation.id;
  await ok(await t.post(`/api/deliberations/${id}/discussion`, c.community, { minutes: '两委同意' }));
  photo = await uploadPhoto(t, c.community);
  await ok(
    await t.post(`/api/deliberations/${id}/meetings`, c.community, {
      step: 2,
      heldAt: new Date().toISOString(),
      place: '社区会议室',
      attendees: 7,
      photoIds: [photo],
    }),
    201,
  );
  // Uploaded by the same staff member but attached to nothing: still theirs alone.
  unattached = await uploadPhoto(t, c.community);
});

const SEEN_BY = ['community', 'neighbour', 'street', 'admin'];
const NOT_FOUND_FOR = ['otherCommunity', 'otherStreet', 'community2', 'grid', 'resident'];

describe("a deliberation meeting's photos", () => {
  it("are seen by the community's and street's staff; not found elsewhere; 401 signed out", async () => {
    for (const suffix of ['', '/thumbnail']) {
      for (const viewer of SEEN_BY) {
        const res = await t.get(`/api/photos/${photo}${suffix}`, c[viewer]);
        expect(res.statusCode, `${viewer} reading ${suffix}`).toBe(200);
      }
      for (const viewer of NOT_FOUND_FOR) {
        const res = await t.get(`/api/photos/${photo}${suffix}`, c[viewer]);
        expect(res.statusCode, `${viewer} reading ${suffix}`).toBe(404);
      }
      expect((await t.get(`/api/photos/${photo}${suffix}`)).statusCode).toBe(401);
    }
  });

  it('a photo attached to no meeting stays its uploader’s alone', async () => {
    expect((await t.get(`/api/photos/${unattached}`, c.community)).statusCode).toBe(200);
    expect((await t.get(`/api/photos/${unattached}`, c.neighbour)).statusCode).toBe(404);
  });
});
