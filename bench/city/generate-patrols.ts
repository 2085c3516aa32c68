/**
 * The patrols of a generated city (一日两巡), as the server keeps them (server/src/modules/patrols/): a
 * grid worker per grid, made here disabled (the accounts only author the history), four required
 * points a grid (at the middle of it, where its worker walks), and the last `days` days of patrols. On a working day a worker walks twice, morning
 * and afternoon, and now and then only once; on a weekend day once in three. A walk lasts 35–80
 * minutes, now and then only 12 (too short to count), and checks in by GPS at the points it passes.
 * Tracks are the phone's encoded polylines, a few kilobytes each, so the days are few by default.
 *
 * Weekends are Saturday and Sunday here: the generator does not read the city's calendar of holidays.
 * Every value is drawn from a generator seeded by the grid's place, so a city is the same each time.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../../server/src/db/database.js';
import { chinaDayOf, chinaMidnight } from '../../server/src/lib/calendar/china-time.js';
import { seededRandom } from '../../server/src/lib/seeded-random.js';
import { patrolCheckins, patrols } from '../../server/src/modules/patrols/patrols.tables.js';
import { walkedPatrol } from '../../server/src/modules/patrols/walked-patrol.js';
import type { Rect } from '../../server/src/modules/regions/demo-city/rectangles.js';
import type { DemoGrid } from '../generate-cases.js';

const DAY_MS = 86_400_000;

/**
 * Where the worker walks: a box of about 400 m by 450 m at the middle of the grid (or the grid, if
 * smaller), with the required points in it. A generated grid can span kilometres of open map, where a
 * walk of an hour would pass no point.
 */
function walkedBox(rect: Rect): Rect {
  const lat = (rect.south + rect.north) / 2;
  const lng = (rect.west + rect.east) / 2;
  const halfLat = Math.min(0.0018, (rect.north - rect.south) / 2);
  const halfLng = Math.min(0.0025, (rect.east - rect.west) / 2);
  return { south: lat - halfLat, north: lat + halfLat, west: lng - halfLng, east: lng + halfLng };
}
const POINT_NAMES = ['小区东门', '垃圾分类站', '消防通道', '商铺街'];

export async function generatePatrols(
  client: pg.ClientBase,
  db: Db,
  opts: {
    grids: readonly DemoGrid[];
    days: number;
    now: Date;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<{ patrols: number; checkins: number }> {
  const { rows: workers } = await client.query<{ id: string; code: string }>(
    `insert into users (username, display_name, password_hash, roles, region_code, active)
     select 'gen-grid-' || code, name || '网格员', '!', '{grid_worker}', code, false
     from unnest($1::text[], $2::text[]) as g(code, name)
     returning id, region_code as code`,
    [opts.grids.map((g) => g.code), opts.grids.map((g) => g.name)],
  );
  const workerOf = new Map(workers.map((w) => [w.code, w.id]));
  const today = chinaDayOf(opts.now);
  const firstDay = chinaMidnight(today) - opts.days * DAY_MS;
  let patrolCount = 0;
  let checkinCount = 0;
  for (const [index, grid] of opts.grids.entries()) {
    const random = seededRandom(Number(grid.code.slice(-9)) + index);
    const box = walkedBox(grid.rect);
    const districtCode = `${grid.code.slice(0, 6)}000000`;
    const points = POINT_NAMES.map((name, i) => ({
      id: crypto.randomUUID(),
      name,
      lat: box.south + (0.25 + 0.5 * (i % 2)) * (box.north - box.south),
      lng: box.west + (0.25 + 0.5 * Math.floor(i / 2)) * (box.east - box.west),
      radiusM: 50,
    }));
    await client.query(
      `insert into patrol_points (district_code, id, region_code, name, lat, lng, radius_m, qr_token, created_at)
       select $1, id, $2, name, lat, lng, 50, qr, $3
       from unnest($4::uuid[], $5::text[], $6::float8[], $7::float8[], $8::text[]) as p(id, name, lat, lng, qr)`,
      [
        districtCode,
        grid.code,
        new Date(firstDay),
        points.map((p) => p.id),
        points.map((p) => p.name),
        points.map((p) => p.lat),
        points.map((p) => p.lng),
        points.map(() => randomBytes(18).toString('base64url')),
      ],
    );
    const walks = [];
    const checkins = [];
    for (let midnight = firstDay; midnight < chinaMidnight(today); midnight += DAY_MS) {
      const weekday = new Date(midnight + 12 * 3_600_000).getUTCDay();
      const working = weekday !== 0 && weekday !== 6;
      const count = working ? (random() < 0.08 ? 1 : 2) : random() < 0.3 ? 1 : 0;
      for (let k = 0; k < count; k++) {
        const minutes = random() < 0.05 ? 12 : 35 + Math.floor(random() * 45);
        const walked = walkedPatrol({
          districtCode,
          gridCode: grid.code,
          workerId: workerOf.get(grid.code) as string,
          box,
          points,
          startedAt: new Date(midnight + ((k === 0 ? 8.5 : 14) + random() * 1.5) * 3_600_000),
          minutes,
          random,
        });
        walks.push(walked.patrol);
        checkins.push(...walked.checkins);
      }
    }
    if (walks.length > 0) await db.insert(patrols).values(walks);
    if (checkins.length > 0) await db.insert(patrolCheckins).values(checkins);
    patrolCount += walks.length;
    checkinCount += checkins.length;
    opts.onProgress?.(index + 1, opts.grids.length);
  }
  return { patrols: patrolCount, checkins: checkinCount };
}
