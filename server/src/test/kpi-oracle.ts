import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { COUNTER_COLUMNS, type CounterName } from '../modules/stats/stats.tables.js';

/** One rollup row's worth of figures, keyed `day|region|unit|category`, zero counters left out. */
export type RollupFigures = Record<string, Partial<Record<CounterName, number>>>;

const rowKey = (r: { day: string; regionCode: string; unitKey: string; categoryCode: string }) =>
  `${r.day}|${r.regionCode}|${r.unitKey}|${r.categoryCode}`;

/** Rollup rows (or oracle rows) as figures, so that the two can be compared whole. */
export function asFigures(
  rows: { day: string; regionCode: string; unitKey: string; categoryCode: string }[],
): RollupFigures {
  const out: RollupFigures = {};
  for (const r of rows) {
    for (const c of COUNTER_COLUMNS) {
      const n = Number((r as unknown as Record<string, unknown>)[c] ?? 0);
      if (n === 0) continue;
      const row = out[rowKey(r)] ?? {};
      row[c] = (row[c] ?? 0) + n;
      out[rowKey(r)] = row;
    }
  }
  return out;
}

/**
 * Every KPI counter worked out a second way, by plain SQL over the cases and the event logs, grouped by
 * day, region, unit and category: an oracle for the rollups. The rollups and their rebuild both run the
 * same reducer (rollup/case-contribution.ts), so comparing them checks the plumbing only; this states
 * the rules again from the domain, independently of that code:
 *
 * - 应结 / 结案 / 按期: every case not linked as a duplicate, as the case table has it now, on the China
 *   day of its deadline, for the unit holding it now, at the place it is now.
 * - an event counts at the place the event log recorded for it (a relocation moves the case from then
 *   on, not before), for the unit holding the case when it happened: the latest dispatch's, else the
 *   unit intake routed it to. 改派 (reroute) and 重新定位 (relocate) are dispatches to the new unit.
 *   Steps a case takes while linked as a duplicate count through its master, not itself.
 * - a dispatch is judged where it was counted (its day, place and unit): once as returned (退单) if the
 *   unit sent it back or the dispatch desk replaced it by a reroute or relocation, once as reworked
 *   (返工) if a check failed before any return.
 * - a 12345 ticket counts in the three rates once, by its latest valid callback.
 */
export async function kpiOracle(db: Executor): Promise<RollupFigures> {
  const result = await db.execute(sql`
    with ev as (
      select e.id, e.case_id, e.at, e.action, e.to_status, e.data,
             e.region_code, c.category_code, c.channel,
             ((e.at at time zone 'UTC') + interval '8 hours')::date as day,
             coalesce((select l.action = 'link_duplicate' from case_events l
                       where l.case_id = e.case_id and l.action in ('link_duplicate', 'unlink_duplicate')
                         and l.id <= e.id
                       order by l.id desc limit 1), false) as duplicate,
             (select d.id from case_events d
              where d.case_id = e.case_id and d.action in ('dispatch', 'reroute', 'relocate') and d.id <= e.id
              order by d.id desc limit 1) as dispatch_id,
             (select d.id from case_events d
              where d.case_id = e.case_id and d.action in ('dispatch', 'reroute', 'relocate') and d.id < e.id
              order by d.id desc limit 1) as replaced_dispatch_id
      from case_events e join cases c on c.id = e.case_id
    ),
    dispatches as (
      select id, region_code, ((at at time zone 'UTC') + interval '8 hours')::date as day,
             case when data->>'unitDepartmentId' is not null then 'd:' || (data->>'unitDepartmentId')
                  when data->>'unitRegionCode' is not null then 'r:' || (data->>'unitRegionCode')
                  else '' end as unit_key
      from case_events where action in ('dispatch', 'reroute', 'relocate')
    ),
    routed as (
      select case_id,
             case data->'routedTo'->>'kind'
               when 'department' then 'd:' || (data->'routedTo'->>'departmentId')
               when 'region' then 'r:' || (data->'routedTo'->>'regionCode')
               else '' end as unit_key
      from case_events where action = 'report'
    ),
    held as (
      select ev.*, coalesce(d.unit_key, r.unit_key, '') as unit_key
      from ev left join dispatches d on d.id = ev.dispatch_id left join routed r on r.case_id = ev.case_id
    ),
    own as (
      select * from held where not duplicate
    ),
    on_time as (
      select *, case when at <= (data->>'endedStepDueAt')::timestamptz then 1 else 0 end as in_time from own
    ),
    judged as (
      select distinct o.dispatch_id, 'returned' as counter
      from own o where o.action = 'return' and o.dispatch_id is not null
      union
      -- A relocation after a return replaces the dispatch already returned: the union keeps it once.
      select distinct o.replaced_dispatch_id, 'returned'
      from own o where o.action in ('reroute', 'relocate') and o.replaced_dispatch_id is not null
      union
      select distinct o.dispatch_id, 'reworked'
      from own o
      where o.action = 'check_fail' and o.dispatch_id is not null
        and not exists (select 1 from own r where r.case_id = o.case_id and r.action = 'return'
                        and r.id > o.dispatch_id and r.id < o.id)
    ),
    figures (day, region_code, unit_key, category_code, counter, n) as (
      select day, region_code, unit_key, category_code, 'reported', 1.0 from held where action = 'report'
      union all
      select day, region_code, unit_key, category_code, v.counter, v.n
      from on_time cross join lateral (values
        ('filed', 1), ('filedOnTime', in_time),
        ('verifiedPublicReports',
          case when channel in ('resident_app', 'courier', 'open311') and exists (
            select 1 from case_events v where v.case_id = on_time.case_id and v.id < on_time.id
              and (v.action = 'verify' or (v.action = 'report' and v.to_status = 'verified'))) then 1 else 0 end)
      ) as v(counter, n) where action = 'file'
      union all
      select day, region_code, unit_key, category_code, v.counter, v.n
      from on_time cross join lateral (values ('dispatched', 1), ('dispatchedOnTime', in_time)) as v(counter, n)
      where action in ('dispatch', 'reroute', 'relocate')
      union all
      select day, region_code, unit_key, category_code, v.counter, v.n
      from on_time cross join lateral (values ('handled', 1), ('handledOnTime', in_time)) as v(counter, n)
      where action = 'feedback'
      union all
      select day, region_code, unit_key, category_code, 'hotlineClosedOnCall', 1 from own
      where action = 'answer_on_call'
      union all
      select day, region_code, unit_key, category_code, v.counter, v.n
      from own cross join lateral (values
        ('hotlineValidCallbacks', 1),
        ('hotlineContacted', case when data->>'contacted' = 'true' then 1 else 0 end),
        ('hotlineResolved', case when data->>'resolved' = 'true' then 1 else 0 end),
        ('hotlineSatisfied', case when data->>'satisfaction' = 'satisfied' then 1 else 0 end),
        ('hotlineBasicallySatisfied', case when data->>'satisfaction' = 'basically_satisfied' then 1 else 0 end)
      ) as v(counter, n)
      where action = 'callback' and data->>'valid' = 'true'
        and not exists (select 1 from own later where later.case_id = own.case_id and later.id > own.id
                          and later.action = 'callback' and later.data->>'valid' = 'true')
      union all
      select d.day, d.region_code, d.unit_key, c.category_code, j.counter, 1
      from judged j join dispatches d on d.id = j.dispatch_id
        join case_events e on e.id = j.dispatch_id join cases c on c.id = e.case_id
      union all
      select ((c.due_at at time zone 'UTC') + interval '8 hours')::date, c.region_code,
             case when c.unit_department_id is not null then 'd:' || c.unit_department_id::text
                  when c.unit_region_code is not null then 'r:' || c.unit_region_code
                  else '' end,
             c.category_code, v.counter, v.n
      from cases c cross join lateral (values
        ('due', 1),
        ('closed', case when c.closed_at is not null then 1 else 0 end),
        ('closedOnTime', case when c.closed_at <= c.due_at then 1 else 0 end)
      ) as v(counter, n)
      where c.master_case_id is null
      union all
      select ((w.at at time zone 'UTC') + interval '8 hours')::date, w.region_code,
             case when w.action in ('arrive', 'evaluate') then
               coalesce('d:' || (w.data->>'departmentId'), 'p:' || (w.data->>'partnerUnitId'),
                        'u:' || (w.data->>'userId'), '')
             else '' end,
             '', v.counter, v.n
      from whistle_events w cross join lateral (values
        ('whistlesIssued', case when w.action = 'issue' then 1 else 0 end),
        ('reportIns', case when w.action = 'arrive' then 1 else 0 end),
        ('reportInsOnTime', case when w.action = 'arrive' and w.data->>'onTime' = 'true' then 1 else 0 end),
        ('problemsSolved', case when w.action = 'close' then coalesce((w.data->>'problemsSolved')::float8, 0) else 0 end),
        ('evaluations', case when w.action = 'evaluate' then 1 else 0 end),
        ('evaluationScoreSum', case when w.action = 'evaluate' then coalesce((w.data->>'score')::float8, 0) else 0 end)
      ) as v(counter, n)
    )
    select to_char(day, 'YYYY-MM-DD') as day, region_code, unit_key, category_code, counter,
           sum(n)::float8 as n
    from figures
    group by day, region_code, unit_key, category_code, counter
  `);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return asFigures(
    rows.map((r) => ({
      day: String(r.day),
      regionCode: String(r.region_code),
      unitKey: String(r.unit_key),
      categoryCode: String(r.category_code),
      [String(r.counter)]: Number(r.n),
    })),
  );
}
