import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';

/**
 * A project's milestone and close-out (销号) photos are the project's: whoever keeps the community's
 * three lists sees them (its community's staff, its street's staff, the administrator), not only
 * whoever took them. Everyone else is told "not found"; the public page shows counts only.
 */
const { t, c } = useTestApp(['admin', 'street', 'community', 'community2', 'grid']);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const photo: Record<'milestone' | 'evidence', string> = { milestone: '', evidence: '' };

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

/** A new signed-in staff account of a region. */
async function staffOf(username: string, role: string, regionCode: string): Promise<string> {
  const password = 'Lists@2026';
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
  c.neighbour = await staffOf('community-colleague', 'community_staff', demo.yongchangCommunity);
  c.otherCommunity = await staffOf('community-next-door', 'community_staff', demo.yongchangOtherCommunity);
  c.otherStreet = await staffOf('street-qianjin', 'street_staff', demo.qianjin);

  const unit = await ok(
    await t.post('/api/partner-units', c.street, { name: '永昌物业公司', kind: 'company' }),
    201,
  );
  const need = await ok(
    await t.post('/api/community-needs', c.community, {
      source: 'door_to_door',
      description: '5号楼门禁坏了',
      households: 30,
    }),
    201,
  );
  const project = await ok(
    await t.post('/api/community-projects', c.community, {
      needIds: [need.need.id],
      year: new Date().getFullYear(),
      title: '5号楼门禁更换',
      budgetYuan: 8000,
      dueDate: inDays(60).toISOString().slice(0, 10),
      claimDeadline: inDays(10).toISOString(),
    }),
    201,
  );
  const url = `/api/community-projects/${project.id}`;
  await ok(await t.post(`${url}/open`, c.community, {}));
  await ok(await t.post(`${url}/claim`, c.street, { partnerUnitId: unit.id, note: '物业维修班' }));
  await ok(await t.post(`${url}/start`, c.community, {}));
  const withMilestone = await ok(
    await t.post(`${url}/milestones`, c.community, {
      title: '门禁到货',
      dueDate: inDays(20).toISOString().slice(0, 10),
    }),
    201,
  );
  photo.milestone = await uploadPhoto(t, c.community);
  await ok(
    await t.post(`${url}/milestones/${withMilestone.milestones[0].id}/done`, c.community, {
      photoIds: [photo.milestone],
    }),
  );
  photo.evidence = await uploadPhoto(t, c.community);
  await ok(await t.post(`${url}/evidence`, c.community, { note: '已更换', photoIds: [photo.evidence] }));
});

const SEEN_BY = ['community', 'neighbour', 'street', 'admin'];
const NOT_FOUND_FOR = ['otherCommunity', 'otherStreet', 'community2', 'grid'];

describe("a project's photos", () => {
  for (const what of ['milestone', 'evidence'] as const) {
    it(`${what}: seen by the community's and street's staff; not found elsewhere; 401 signed out`, async () => {
      for (const suffix of ['', '/thumbnail']) {
        for (const viewer of SEEN_BY) {
          const res = await t.get(`/api/photos/${photo[what]}${suffix}`, c[viewer]);
          expect(res.statusCode, `${viewer} reading ${what}${suffix}`).toBe(200);
        }
        for (const viewer of NOT_FOUND_FOR) {
          const res = await t.get(`/api/photos/${photo[what]}${suffix}`, c[viewer]);
          expect(res.statusCode, `${viewer} reading ${what}${suffix}`).toBe(404);
        }
        const anonymous = await t.get(`/api/photos/${photo[what]}${suffix}`);
        expect(anonymous.statusCode).toBe(401);
      }
    });
  }

  it('the public page counts the milestone photo and names no photo', async () => {
    const page = await t.get(`/api/public/communities/${demo.yongchangCommunity}/projects`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(photo.milestone);
    expect(page.body).not.toContain(photo.evidence);
    const project = page.json().projects.find((p: { title: string }) => p.title === '5号楼门禁更换');
    expect(project.milestones[0].photoCount).toBe(1);
  });
});
