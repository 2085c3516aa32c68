import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { users } from '../users/users.tables.js';

/**
 * A micro-wish's fulfilment photos are shown to the wisher, who sees their wish come true, and to staff
 * of the wish's area, who confirm for a wisher without an account; the volunteer who took them sees
 * them as their uploader. Everyone else is told "not found".
 */
const { t, c } = useTestApp(['admin', 'street', 'community', 'community2', 'resident', 'grid']);
let photo = '';

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

/** Another signed-in resident of the demo resident's community. */
async function newResident(displayName: string): Promise<string> {
  const [model] = await t.database.db
    .select({ hash: users.passwordHash, regionCode: users.regionCode })
    .from(users)
    .where(eq(users.username, 'resident'));
  if (!model) throw new Error('no demo resident');
  const username = `wish-photos-${randomUUID().slice(0, 8)}`;
  await t.database.db.insert(users).values({
    username,
    displayName,
    passwordHash: model.hash,
    roles: ['resident'],
    regionCode: model.regionCode,
  });
  return t.login(username);
}

beforeAll(async () => {
  c.volunteer = await newResident('志愿者小王');
  c.bystander = await newResident('邻居老李');
  await ok(
    await t.post('/api/users', c.admin, {
      username: 'wish-photos-next-door',
      displayName: 'wish-photos-next-door',
      password: 'Wishes@2026',
      roles: ['community_staff'],
      regionCode: demo.yongchangOtherCommunity,
    }),
    201,
  );
  c.otherCommunity = await t.login('wish-photos-next-door', 'Wishes@2026');

  const posted = await ok(
    await t.post('/api/micro-wishes', c.resident, {
      regionCode: demo.yongchangCommunity,
      title: '想要一副老花镜',
      description: '看报纸看不清',
    }),
    201,
  );
  const url = `/api/micro-wishes/${posted.wish.id}`;
  await ok(await t.post(`${url}/approve`, c.community, {}));
  await ok(await t.post(`${url}/claim`, c.volunteer, {}));
  photo = await uploadPhoto(t, c.volunteer);
  await ok(await t.post(`${url}/fulfil`, c.volunteer, { note: '已送到', photoIds: [photo] }));
});

const SEEN_BY = ['resident', 'volunteer', 'community', 'street', 'admin'];
const NOT_FOUND_FOR = ['bystander', 'otherCommunity', 'community2', 'grid'];

describe("a micro-wish's fulfilment photo", () => {
  it('is seen by the wisher, the volunteer and the area’s staff; not found elsewhere; 401 signed out', async () => {
    for (const suffix of ['', '/thumbnail']) {
      for (const viewer of SEEN_BY) {
        const res = await t.get(`/api/photos/${photo}${suffix}`, c[viewer]);
        expect(res.statusCode, `${viewer} reading${suffix}`).toBe(200);
      }
      for (const viewer of NOT_FOUND_FOR) {
        const res = await t.get(`/api/photos/${photo}${suffix}`, c[viewer]);
        expect(res.statusCode, `${viewer} reading${suffix}`).toBe(404);
      }
      expect((await t.get(`/api/photos/${photo}${suffix}`)).statusCode).toBe(401);
    }
  });

  it('is named on no public page', async () => {
    const page = await t.get(`/api/public/communities/${demo.yongchangCommunity}/wishes`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(photo);
  });
});
