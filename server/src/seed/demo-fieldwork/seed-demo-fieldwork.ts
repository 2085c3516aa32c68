import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { addDays, chinaDayOf, chinaMidnight } from '../../lib/calendar/china-time.js';
import type { WorkingCalendar } from '../../lib/calendar/index.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { metresBetween } from '../../lib/geo/distance.js';
import type { KeyRing } from '../../lib/personal-data/key-ring.js';
import { seededRandom } from '../../lib/seeded-random.js';
import { normaliseAddress, pinyinKeys } from '../../modules/addresses/address-text.js';
import { addresses } from '../../modules/addresses/addresses.tables.js';
import { careVisits } from '../../modules/care/care.tables.js';
import { visitEveryDays } from '../../modules/care/care-schedule.js';
import { patrolCheckins, patrolPoints, patrols } from '../../modules/patrols/patrols.tables.js';
import type { Box } from '../../modules/patrols/walk-generator.js';
import { walkedPatrol } from '../../modules/patrols/walked-patrol.js';
import { regions } from '../../modules/regions/regions.tables.js';
import {
  buildings,
  buildingUnits,
  registryHouseholds,
  registryResidents,
} from '../../modules/registry/registry.tables.js';
import { REGISTRY_SOURCE } from '../../modules/registry/save-building.js';
import { idNumberColumns, phoneColumns } from '../../modules/registry/sealed-fields.js';
import { users } from '../../modules/users/users.tables.js';
import { idNumber, mobile, personName } from './fieldwork-people.js';
import { seedDemoErrands } from './seed-demo-errands.js';

/** Seed 000's proportions: about 380 households a grid, in six-floor buildings of four stairwells. */
export const DEMO_FIELDWORK = {
  community: '220104004001',
  communityName: '义和社区',
  buildingsPerGrid: 8,
  units: 4,
  floors: 6,
  flatsPerFloor: 2,
  pointsPerGrid: 4,
  seed: 14,
};

export interface DemoFieldworkSummary {
  grids: number;
  buildings: number;
  households: number;
  residents: number;
  underCare: number;
  patrols: number;
  visits: number;
  errands: number;
  disputes: number;
  ms: number;
}

const boxOf = (geometry: unknown): Box => {
  const ring = (geometry as { coordinates: number[][][] }).coordinates[0] ?? [];
  const lngs = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  return {
    west: Math.min(...lngs),
    east: Math.max(...lngs),
    south: Math.min(...lats),
    north: Math.max(...lats),
  };
};

async function insertChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/**
 * 义和社区's registry and its field work since the first of last month, up to `now`: buildings (the gazetteer's own, and
 * more so each grid has about 380 households) with their people, ID numbers and phones sealed; care
 * groups by age and circumstance; a grid worker per grid walking 一日两巡 with now and then a missed
 * one; and care visits at each group's rhythm, a few fallen overdue. Returns null when it is there.
 */
export async function seedDemoFieldwork(
  deps: { db: Db; keys: KeyRing; calendar: WorkingCalendar },
  options: { now: Date },
): Promise<DemoFieldworkSummary | null> {
  const v = DEMO_FIELDWORK;
  const { db, keys } = deps;
  const there = await db
    .select({ id: buildings.id })
    .from(buildings)
    .where(like(buildings.regionCode, `${v.community}%`))
    .limit(1);
  if (there.length > 0) return null;
  const started = performance.now();
  const random = seededRandom(v.seed);
  const grids = await db
    .select({ code: regions.code, name: regions.name, geometry: regions.geometry })
    .from(regions)
    .where(and(eq(regions.parentCode, v.community), eq(regions.level, 'grid')))
    .orderBy(regions.code);
  const gazetteer = await db
    .select({ text: addresses.text, lat: addresses.lat, lng: addresses.lng, grid: addresses.gridCode })
    .from(addresses)
    .where(and(eq(addresses.kind, 'building'), like(addresses.text, `${v.communityName}%号楼`)));
  const [model] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, 'grid'));
  if (!model) throw new Error('the demo city has no grid worker to copy a password from');
  const now = options.now;
  // From the first of last month: the back office's calendar shows last month whole and this one so far.
  const today = chinaDayOf(now);
  const firstOfLastMonth = `${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
  const monthAgo = new Date(chinaMidnight(firstOfLastMonth));
  let nextNumber = gazetteer.length + 1;
  const summary = {
    grids: grids.length,
    buildings: 0,
    households: 0,
    residents: 0,
    underCare: 0,
    patrols: 0,
    visits: 0,
  };

  for (const grid of grids) {
    const box = boxOf(grid.geometry);
    // The grid's own worker: the demo account for 01, a worker of the demo's own for the others.
    const [existing] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.regionCode, grid.code), eq(users.username, 'grid')));
    const workerId =
      existing?.id ??
      (
        await db
          .insert(users)
          .values({
            username: `grid.${grid.code}`,
            displayName: `${grid.name}网格员`,
            passwordHash: model.hash,
            roles: ['grid_worker'],
            regionCode: grid.code,
          })
          .onConflictDoNothing()
          .returning({ id: users.id })
      )[0]?.id;
    if (!workerId) continue;

    // Buildings: the gazetteer's in this grid keep their number and place; new ones fill the grid.
    const named = gazetteer.filter((g) => g.grid === grid.code);
    const places = Array.from({ length: v.buildingsPerGrid }, (_, i) => {
      const known = named[i];
      if (known)
        return {
          name: known.text.slice(v.communityName.length),
          lat: known.lat,
          lng: known.lng,
          known: true,
        };
      const col = i % 4;
      const row = Math.floor(i / 4);
      return {
        name: `${nextNumber++}号楼`,
        lat: box.south + ((row + 0.5) / 2.5) * (box.north - box.south),
        lng: box.west + ((col + 0.5) / 4) * (box.east - box.west),
        known: false,
      };
    });
    const made = await db
      .insert(buildings)
      .values(
        places.map((p) => ({
          districtCode: districtCodeOf(grid.code),
          regionCode: grid.code,
          name: p.name,
          address: `${v.communityName}${p.name}`,
          lat: p.lat,
          lng: p.lng,
          floors: v.floors,
          createdAt: monthAgo,
          updatedAt: monthAgo,
        })),
      )
      .returning();
    summary.buildings += made.length;
    const fresh = places.filter((p) => !p.known);
    if (fresh.length > 0) {
      await db.insert(addresses).values(
        fresh.map((p) => {
          const text = `${v.communityName}${p.name}`;
          const k = pinyinKeys(text);
          return {
            kind: 'building' as const,
            text,
            normText: normaliseAddress(text),
            pinyin: k.full,
            initials: k.initials,
            lat: p.lat,
            lng: p.lng,
            gridCode: grid.code,
            regionCode: v.community,
            source: REGISTRY_SOURCE,
            batch: randomUUID(),
          };
        }),
      );
    }
    const units = await db
      .insert(buildingUnits)
      .values(
        made.flatMap((b) =>
          Array.from({ length: v.units }, (_, u) => ({
            districtCode: b.districtCode,
            buildingId: b.id,
            name: `${u + 1}单元`,
          })),
        ),
      )
      .returning();
    const households = units.flatMap((u) =>
      Array.from({ length: v.floors * v.flatsPerFloor }, (_, i) => {
        const floor = Math.floor(i / v.flatsPerFloor) + 1;
        return {
          districtCode: u.districtCode,
          id: randomUUID(),
          buildingId: u.buildingId,
          unitId: u.id,
          regionCode: grid.code,
          room: `${floor}0${(i % v.flatsPerFloor) + 1}`,
          floor,
          createdAt: monthAgo,
          updatedAt: monthAgo,
        };
      }),
    );
    await insertChunks(households, (c) => db.insert(registryHouseholds).values(c));
    summary.households += households.length;

    const people = households.flatMap((h) => {
      const size = random() < 0.12 ? 1 : 1 + Math.ceil(random() * 3);
      return Array.from({ length: size }, (_, i) => {
        const elderly = size === 1 ? random() < 0.6 : i < 2 && random() < 0.25;
        const born = elderly ? 1936 + Math.floor(random() * 25) : 1960 + Math.floor(random() * 55);
        const age = now.getUTCFullYear() - born;
        const tags = [
          ...(size === 1 && age >= 65 ? ['living_alone'] : []),
          ...(age >= 80 ? ['aged_80'] : []),
          ...(size === 2 && age >= 65 && i === 0 && random() < 0.3 ? ['empty_nest'] : []),
          ...(random() < 0.015 ? ['disabled'] : []),
          ...(i === 0 && random() < 0.02 ? ['subsistence'] : []),
        ];
        return {
          districtCode: h.districtCode,
          householdId: h.id,
          regionCode: grid.code,
          name: personName(random),
          relation: i === 0 ? '户主' : age < 30 ? '子女' : '配偶',
          birthYear: born,
          ...idNumberColumns(keys, idNumber(born, random)),
          ...phoneColumns(keys, i === 0 || random() < 0.5 ? mobile(random) : null),
          careTags: tags,
          createdAt: monthAgo,
          updatedAt: monthAgo,
        };
      });
    });
    const residents = [];
    for (let i = 0; i < people.length; i += 500) {
      residents.push(
        ...(await db
          .insert(registryResidents)
          .values(people.slice(i, i + 500))
          .returning()),
      );
    }
    summary.residents += residents.length;

    // Required points and a month of 一日两巡.
    const points = await db
      .insert(patrolPoints)
      .values(
        Array.from({ length: v.pointsPerGrid }, (_, i) => ({
          districtCode: districtCodeOf(grid.code),
          regionCode: grid.code,
          name: ['小区东门', '垃圾分类站', '消防通道', '商铺街'][i] ?? `点位${i + 1}`,
          lat: box.south + (0.25 + 0.5 * (i % 2)) * (box.north - box.south),
          lng: box.west + (0.25 + 0.5 * Math.floor(i / 2)) * (box.east - box.west),
          radiusM: 50,
          qrToken: randomBytes(18).toString('base64url'),
          createdAt: monthAgo,
        })),
      )
      .returning();
    const walks = [];
    const checkins = [];
    for (let day = chinaDayOf(monthAgo); day < today; day = addDays(day, 1)) {
      const working = deps.calendar.isWorkingDay(day);
      const count = working ? (random() < 0.08 ? 1 : 2) : random() < 0.3 ? 1 : 0;
      for (let k = 0; k < count; k++) {
        const minutes = random() < 0.05 ? 12 : 35 + Math.floor(random() * 45);
        const startedAt = new Date(chinaMidnight(day) + ((k === 0 ? 8.5 : 14) + random() * 1.5) * 3_600_000);
        const walked = walkedPatrol({
          districtCode: districtCodeOf(grid.code),
          gridCode: grid.code,
          workerId,
          box,
          points,
          startedAt,
          minutes,
          random,
        });
        walks.push(walked.patrol);
        checkins.push(...walked.checkins);
      }
    }
    await insertChunks(walks, (c) => db.insert(patrols).values(c), 100);
    await insertChunks(checkins, (c) => db.insert(patrolCheckins).values(c));
    summary.patrols += walks.length;

    // Care visits at each group's rhythm; one in eight residents was last seen too long ago.
    const rules = [
      { regionCode: '', careTag: 'living_alone', everyDays: 7 },
      { regionCode: '', careTag: 'empty_nest', everyDays: 14 },
      { regionCode: '', careTag: 'disabled', everyDays: 14 },
      { regionCode: '', careTag: 'subsistence', everyDays: 30 },
      { regionCode: '', careTag: 'aged_80', everyDays: 30 },
    ];
    const visits = [];
    for (const r of residents.filter((x) => x.careTags.length > 0)) {
      summary.underCare += 1;
      const every = visitEveryDays(r.careTags, r.regionCode, rules) ?? 30;
      const lapsed = random() < 0.125;
      for (
        let at = monthAgo.getTime() + random() * every * 86_400_000;
        at < now.getTime() - (lapsed ? (every + 2) * 86_400_000 : 0);
        at += every * 86_400_000
      ) {
        visits.push({
          districtCode: r.districtCode,
          residentId: r.id,
          regionCode: r.regionCode,
          visitedBy: workerId,
          visitedAt: new Date(at),
          note: random() < 0.5 ? '身体状况良好，生活正常' : '已提醒冬季取暖与用电安全',
          createdAt: new Date(at),
        });
      }
    }
    await insertChunks(visits, (c) => db.insert(careVisits).values(c));
    summary.visits += visits.length;
  }
  const errandsSeeded = await seedDemoErrands(db, v.community, now);
  return { ...summary, ...errandsSeeded, ms: Math.round(performance.now() - started) };
}
