import type { Db } from '../db/database.js';
import { announceChange } from '../lib/cache/reference-cache.js';
import { districtCodeOf } from '../lib/codes/region-code.js';
import { seedDemoGazetteer } from '../modules/addresses/seed-demo-gazetteer.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import { hashPassword } from '../modules/auth/password.js';
import { departmentsCache } from '../modules/departments/departments.queries.js';
import { departments } from '../modules/departments/departments.tables.js';
import { seedDemoOpen311Client } from '../modules/open311/seed-demo-client.js';
import { posts } from '../modules/posts/posts.tables.js';
import { changchunChaoyang } from '../modules/regions/demo-city/demo-division.js';
import { generateDemoCity } from '../modules/regions/demo-city/generate-demo-city.js';
import type { RegionsService } from '../modules/regions/regions.service.js';
import { users } from '../modules/users/users.tables.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoPlace } from './demo-accounts.js';
import { DEMO_DEPARTMENTS } from './demo-departments.js';

const YONGCHANG = '永昌街道';
const OTHER_STREET = '前进街道';

function placesOf(): Record<Exclude<DemoPlace, 'chengguan'>, string> {
  const { city, district, streets } = changchunChaoyang;
  const yongchang = streets.find((s) => s.name === YONGCHANG);
  const other = streets.find((s) => s.name === OTHER_STREET);
  const yongchangCommunity = yongchang?.communities[0];
  const otherCommunity = other?.communities[0];
  if (!yongchang || !yongchangCommunity || !otherCommunity) {
    throw new Error(`The demo division lacks ${YONGCHANG} or ${OTHER_STREET} with communities`);
  }
  return {
    city: city.code,
    district: district.code,
    yongchang: yongchang.code,
    'yongchang-community': yongchangCommunity.code,
    'other-community': otherCommunity.code,
    // Grid 001 is the north-western grid of the community.
    'yongchang-grid': `${yongchangCommunity.code}001`,
  };
}

/**
 * Seeds the demo city: Changchun 朝阳区 with its real streets and communities, generated polygons,
 * its departments, and one account per role. Runs on an empty database only.
 */
export async function seedDemoCity(
  db: Db,
  regions: RegionsService,
): Promise<{ grids: number; accounts: string[] }> {
  const drawn = generateDemoCity(changchunChaoyang);
  await regions.import(drawn, null);
  await seedDemoGazetteer(db, regions, changchunChaoyang, drawn);
  const places = placesOf();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const depts = await tx
      .insert(departments)
      .values(
        DEMO_DEPARTMENTS.map((d) => ({
          code: `${changchunChaoyang.district.code.slice(0, 6)}-${d.type}`,
          name: d.name,
          type: d.type,
          regionCode: places.district,
        })),
      )
      .returning();
    await announceChange(tx, departmentsCache);
    const chengguan = depts.find((d) => d.type === 'chengguan');
    if (!chengguan) throw new Error('the demo departments lack 城管');
    const created = await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          username: a.username,
          displayName: a.displayName,
          // One hash for all: they share the demo password, and hashing a dozen times slows every first start.
          passwordHash,
          phone: a.phone,
          roles: a.roles,
          regionCode: a.place === 'chengguan' ? chengguan.regionCode : places[a.place],
          departmentId: a.place === 'chengguan' ? chengguan.id : null,
        })),
      )
      .returning({ id: users.id, username: users.username, regionCode: users.regionCode });
    const gridWorker = created.find((u) => u.username === 'grid');
    const heldPosts = gridWorker
      ? await tx
          .insert(posts)
          .values({
            districtCode: districtCodeOf(places['yongchang-grid']),
            userId: gridWorker.id,
            kind: 'grid_leader',
            regionCode: places['yongchang-grid'],
          })
          .returning()
      : [];
    await recordAudit(
      tx,
      ...depts.map((d) => ({
        actorId: null,
        action: 'department.create',
        entity: 'department',
        entityId: d.id,
        regionCode: d.regionCode,
        after: d,
      })),
      ...created.map((u) => ({
        actorId: null,
        action: 'user.create',
        entity: 'user',
        entityId: u.id,
        regionCode: u.regionCode,
        after: u,
      })),
      ...heldPosts.map((p) => ({
        actorId: null,
        action: 'post.assign',
        entity: 'post',
        entityId: p.id,
        regionCode: p.regionCode,
        after: p,
      })),
    );
  });
  departmentsCache.forget(db);
  await seedDemoOpen311Client(db, places.district);
  return { grids: regions.directory.gridCount, accounts: DEMO_ACCOUNTS.map((a) => a.username) };
}
