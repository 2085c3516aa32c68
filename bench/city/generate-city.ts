/**
 * Writes a Beijing-like city into a Needle database on PostgreSQL: its regions and grids, a department of
 * each kind per district, a history of cases with the city's rhythm (generate-cases.ts), each case's
 * timeline through the standard loop (generate-events.ts), a 12345 ticket for each hotline case with
 * the callback of the closed ones (generate-tickets.ts), the street's whistles to its district's
 * departments for about one case in a hundred (generate-whistles.ts), a week of 一日两巡 patrols with
 * their tracks (generate-patrols.ts), a year of each street's participation (generate-participation.ts),
 * then the KPI rollups and case
 * states those events make, fine and in every cut, equal to what `npm run kpi:rebuild` replays from them.
 */
import type pg from 'pg';
import type { Db } from '../../server/src/db/database.js';
import { DEPARTMENT_TYPES } from '../../server/src/modules/departments/department-types.js';
import { RegionsService } from '../../server/src/modules/regions/regions.service.js';
import { deriveCutsFromFine } from '../../server/src/modules/stats/rollup/rollup-cuts.js';
import { type DemoGrid, deferIndexes, generateCases } from '../generate-cases.js';
import { CITY_CODE, type CityShape, cityLayout, regionRows } from './city-layout.js';
import { generateCaseEvents, rollupsFromEvents } from './generate-events.js';
import { type GeneratedParticipation, generateParticipation } from './generate-participation.js';
import { generatePatrols } from './generate-patrols.js';
import { generateHotlineTickets } from './generate-tickets.js';
import { generateWhistles } from './generate-whistles.js';
import { type HotspotTruth, plantCallers, plantCases } from './plant-hotspots.js';

export interface CityGeneration extends CityShape {
  cases: number;
  /** Days of history, ending at the start of today (China time). */
  days: number;
  /** Days of 一日两巡 patrols, ending at the start of today (default 7): each carries its track. */
  patrolDays?: number;
  /** Known hotspots to plant (plant-hotspots.ts): this many growing clusters, recurrences and callers. */
  plantHotspots?: number;
  now: Date;
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface GeneratedCity {
  regions: number;
  grids: number;
  departments: number;
  cases: number;
  events: number;
  /** 12345 tickets, and the callbacks on the closed ones' timelines. */
  tickets: number;
  callbacks: number;
  /** 吹哨报到: orders, the departments they called, and their logs' events. */
  whistleOrders: number;
  whistleCalls: number;
  whistleEvents: number;
  /** 一日两巡: patrols with their tracks, and their check-ins at the grids' points. */
  patrols: number;
  patrolCheckins: number;
  /** A year of each street's lists, volunteers, wishes and deliberations. */
  participation: GeneratedParticipation;
  /** The planted hotspots, when asked for: what the detector is scored against. */
  truth?: HotspotTruth;
  fineRows: number;
  cutRows: Record<string, number>;
  ms: Record<string, number>;
}

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The rollup rows per cut and span, and the fine rows: what the README's table of row counts shows. */
export async function rollupRowCounts(client: pg.ClientBase): Promise<Record<string, number>> {
  const counted = await client.query<{ cut: string; n: string }>(
    `select 'fine' as cut, count(*) as n from kpi_daily union all
     select cut || ' by ' || span, count(*) from kpi_rollup group by cut, span order by 1`,
  );
  return Object.fromEntries(counted.rows.map((r) => [r.cut, Number(r.n)]));
}

/** The cases planting added: the clusters' and the recurrences' (the callers are existing tickets). */
const plantedCases = (truth: HotspotTruth | undefined) =>
  truth
    ? truth.clusters.reduce((n, c) => n + c.planted, 0) +
      truth.recurrences.reduce((n, r) => n + r.codes.length, 0)
    : 0;

export async function generateCity(client: pg.ClientBase, db: Db, g: CityGeneration): Promise<GeneratedCity> {
  const ms: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    ms[name] = Date.now() - started;
    return result;
  };
  const existing = await client.query('select 1 from regions where code = $1', [CITY_CODE]);
  if (existing.rowCount) {
    throw new Error(
      `This database already holds the generated city (${CITY_CODE}): generate into a fresh one`,
    );
  }
  const layout = cityLayout(g);
  await step('regions', async () => {
    // Parents before children: the layout lists them so.
    const rows = regionRows(layout);
    for (let i = 0; i < rows.length; i += 2000) {
      const batch = rows.slice(i, i + 2000);
      await client.query(
        `insert into regions (code, name, level, parent_code, geometry, grid_type, owner_of_last_resort, valid_from)
         select code, name, level, parent_code, geometry, grid_type, owner, '2024-01-01'
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[])
           as r(code, name, level, parent_code, geometry, grid_type, owner)`,
        [
          batch.map((r) => r.code),
          batch.map((r) => r.name),
          batch.map((r) => r.level),
          batch.map((r) => r.parentCode),
          batch.map((r) => JSON.stringify(r.geometry)),
          batch.map((r) => r.gridType),
          batch.map((r) => r.ownerOfLastResort),
        ],
      );
      g.onProgress?.('regions', Math.min(i + 2000, rows.length), rows.length);
    }
  });
  const districts = layout.filter((r) => r.level === 'district');
  const departments = await step('departments', async () => {
    const rows = districts.flatMap((d) =>
      Object.entries(DEPARTMENT_TYPES).map(([type, label]) => ({
        code: `${d.code.slice(0, 6)}-${type}`,
        name: `${d.name}${label}`,
        type,
        regionCode: d.code,
      })),
    );
    await client.query(
      `insert into departments (code, name, type, region_code)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.name),
        rows.map((r) => r.type),
        rows.map((r) => r.regionCode),
      ],
    );
    return rows.length;
  });

  const today = Math.floor((g.now.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
  const grids: DemoGrid[] = layout
    .filter((r) => r.level === 'grid')
    .map((r) => ({ code: r.code, name: r.name, rect: r.rect, activity: r.activity }));
  await step('cases', () =>
    generateCases(client, {
      count: g.cases,
      from: new Date(today - g.days * DAY_MS),
      to: new Date(today),
      asOf: g.now,
      grids,
      pointsPerGrid: 24,
      rhythm: true,
      chunk: 250_000,
      onProgress: (done) => g.onProgress?.('cases', done, g.cases),
    }),
  );

  const planting = g.plantHotspots ?? 0;
  const truth =
    planting > 0
      ? await step('plant', async () => {
          g.onProgress?.('plant', 0, 1);
          const planted = await plantCases(client, { k: planting, end: g.now, days: g.days });
          g.onProgress?.('plant', 1, 1);
          return planted;
        })
      : undefined;

  const events = await step('events', async () => {
    const rebuildIndexes = await deferIndexes(client, 'case_events');
    const written = await generateCaseEvents(client, {
      prefix: CITY_CODE.slice(0, 4),
      from: new Date(today - g.days * DAY_MS),
      to: new Date(today + DAY_MS),
      onProgress: (done, total) => g.onProgress?.('events', done, total),
    });
    await rebuildIndexes();
    await client.query('vacuum analyze case_events');
    return written.events;
  });

  const hotline = await step('tickets', () =>
    generateHotlineTickets(client, { prefix: CITY_CODE.slice(0, 4), now: g.now }),
  );
  if (truth) truth.repeatCallers = await plantCallers(client, { k: planting, end: g.now });
  const whistles = await step('whistles', () =>
    generateWhistles(client, { prefix: CITY_CODE.slice(0, 4), now: g.now }),
  );
  const walked = await step('patrols', () =>
    generatePatrols(client, db, {
      grids,
      days: g.patrolDays ?? 7,
      now: g.now,
      onProgress: (done, total) => g.onProgress?.('patrols', done, total),
    }),
  );
  const participation = await step('participation', async () => {
    const streets = layout
      .filter((r) => r.level === 'street')
      .map((s) => ({
        code: s.code,
        communities: layout.filter((c) => c.parentCode === s.code).map((c) => c.code),
      }));
    return generateParticipation(
      { db, regions: await RegionsService.load(db) },
      { streets, now: g.now, onProgress: (done, total) => g.onProgress?.('participation', done, total) },
    );
  });

  await step('rollups', async () => {
    g.onProgress?.('rollups', 0, 2);
    await client.query(`set work_mem = '256MB'`);
    await rollupsFromEvents(client, CITY_CODE.slice(0, 4));
    g.onProgress?.('rollups', 1, 2);
    await deriveCutsFromFine(db);
    await client.query('reset work_mem');
    await client.query('vacuum analyze kpi_daily, kpi_rollup, kpi_case_state, regions, departments');
    g.onProgress?.('rollups', 2, 2);
  });
  const cutRows = await rollupRowCounts(client);
  return {
    regions: layout.length,
    grids: grids.length,
    departments,
    cases: g.cases + plantedCases(truth),
    events: events + hotline.callbacks,
    tickets: hotline.tickets,
    callbacks: hotline.callbacks,
    whistleOrders: whistles.orders,
    whistleCalls: whistles.calls,
    whistleEvents: whistles.events,
    patrols: walked.patrols,
    patrolCheckins: walked.checkins,
    participation,
    truth,
    fineRows: cutRows.fine ?? 0,
    cutRows,
    ms,
  };
}
