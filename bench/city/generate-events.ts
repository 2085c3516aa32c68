/**
 * The timelines of generated cases, and the KPI rollups and case states they make, written in SQL.
 *
 * Each case gets the events of the standard loop up to its status, as the server would have written
 * them (server/src/modules/cases/lifecycle/case-action.ts): 上报 report, for a public channel's report a
 * grid worker's 核实 verify, 立案 register, 派遣 file … dispatch, 受理 accept, 反馈 feedback, 核查 check_pass,
 * 结案 close, or a reject, void, return or suspend where the case ended so. The steps are spread evenly
 * from the case's creation to the start of its current step; each records what the rollups read: the
 * report its due time and routed unit, a dispatch its unit, every step the due time of the step it ends.
 *
 * The rollups are then summed from those events by the rules of case-contribution.ts for this
 * vocabulary and the 12345 callbacks of generate-tickets.ts (no reroutes, reworks, extensions or duplicates
 * are generated), and the test
 * beside this file checks that they equal what `npm run kpi:rebuild` replays from the same events.
 */
import type pg from 'pg';

const PUBLIC_CHANNELS = `('resident_app', 'courier', 'open311')`;
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** The pg_temp functions the statements below use; per session. */
async function defineHelpers(client: pg.ClientBase): Promise<void> {
  // The steps that bring a case to its status.
  await client.query(`create or replace function pg_temp.gen_steps(status text, public boolean) returns text[]
    language sql immutable as $$
      select case status
        when 'reported' then array['report']
        when 'verified' then array['report', 'verify']
        else case when public then array['report', 'verify'] else array['report'] end || case status
          when 'registered' then array['register']
          when 'rejected' then array['reject']
          when 'voided' then array['register', 'void']
          when 'filed' then array['register', 'file']
          when 'dispatched' then array['register', 'file', 'dispatch']
          when 'returned' then array['register', 'file', 'dispatch', 'return']
          when 'in_progress' then array['register', 'file', 'dispatch', 'accept']
          when 'suspended' then array['register', 'file', 'dispatch', 'accept', 'suspend']
          when 'handled' then array['register', 'file', 'dispatch', 'accept', 'feedback']
          when 'checked' then array['register', 'file', 'dispatch', 'accept', 'feedback', 'check_pass']
          when 'closed' then array['register', 'file', 'dispatch', 'accept', 'feedback', 'check_pass', 'close']
        end
      end $$`);
  await client.query(`create or replace function pg_temp.gen_to_status(action text) returns text
    language sql immutable as $$
      select case action
        when 'report' then 'reported' when 'verify' then 'verified' when 'register' then 'registered'
        when 'reject' then 'rejected' when 'void' then 'voided' when 'file' then 'filed'
        when 'dispatch' then 'dispatched' when 'return' then 'returned' when 'accept' then 'in_progress'
        when 'suspend' then 'suspended' when 'feedback' then 'handled' when 'check_pass' then 'checked'
        when 'close' then 'closed' end $$`);
  await client.query(`create or replace function pg_temp.gen_role(action text, channel text, by_department boolean)
    returns text language sql immutable as $$
      select case action
        when 'report' then case channel when 'resident_app' then 'resident' when 'courier' then 'courier'
          when 'hotline' then 'hotline_operator' when 'open311' then 'resident' else 'grid_worker' end
        when 'verify' then 'grid_worker' when 'check_pass' then 'grid_worker'
        when 'dispatch' then 'dispatcher' when 'suspend' then 'dispatcher' when 'void' then 'shift_lead'
        when 'accept' then case when by_department then 'department_staff' else 'street_staff' end
        when 'return' then case when by_department then 'department_staff' else 'street_staff' end
        when 'feedback' then case when by_department then 'department_staff' else 'street_staff' end
        else 'street_staff' end $$`);
}

/**
 * Writes the timelines of the cases created in [from, to) in the region `prefix` (a month a
 * statement, so no transaction grows with the city), in creation order, each case's steps in order.
 */
export async function generateCaseEvents(
  client: pg.ClientBase,
  opts: { prefix: string; from: Date; to: Date; onProgress?: (done: number, total: number) => void },
): Promise<{ events: number }> {
  await defineHelpers(client);
  const months: [Date, Date][] = [];
  for (let at = opts.from; at < opts.to; ) {
    const next = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
    months.push([at, next < opts.to ? next : opts.to]);
    at = next;
  }
  let events = 0;
  for (const [i, [from, to]] of months.entries()) {
    const written = await client.query(
      `insert into case_events (district_code, case_id, at, actor_role, action, from_status, to_status, note, data, region_code)
       select district_code, id, at, pg_temp.gen_role(action, channel, unit_department_id is not null), action,
              lag(to_status) over steps, to_status, '',
              case action
                when 'report' then jsonb_build_object(
                  'channel', channel,
                  'dueAt', to_char(due_at at time zone 'UTC', ${ISO}),
                  'routedTo', case when unit_department_id is not null
                    then jsonb_build_object('kind', 'department', 'departmentId', unit_department_id)
                    else jsonb_build_object('kind', 'region', 'regionCode', unit_region_code) end)
                else jsonb_build_object(
                  -- The step it ends: handling runs to the case's due time, every other step 6 hours.
                  'endedStepDueAt', to_char(case when lag(to_status) over steps = 'in_progress' then due_at
                    else lag(at) over steps + interval '6 hours' end at time zone 'UTC', ${ISO}))
                  || case when action in ('dispatch', 'return') then jsonb_build_object(
                       'unitDepartmentId', unit_department_id, 'unitRegionCode', unit_region_code)
                     else '{}'::jsonb end
              end,
              region_code
       from (
         select c.district_code, c.id, c.created_at, c.channel, c.due_at, c.unit_department_id, c.unit_region_code, c.region_code,
                s.action, s.k, pg_temp.gen_to_status(s.action) as to_status,
                date_trunc('milliseconds', c.created_at + (c.step_started_at - c.created_at)
                  * case when path.n = 1 then 0 else (s.k - 1)::float8 / (path.n - 1) end) as at
         from cases c
         cross join lateral (select steps, cardinality(steps) as n
                             from pg_temp.gen_steps(c.status, c.channel in ${PUBLIC_CHANNELS}) as steps) as path
         cross join lateral unnest(path.steps) with ordinality as s(action, k)
         where c.region_code like $1 and c.created_at >= $2 and c.created_at < $3
         offset 0
       ) as step
       window steps as (partition by id order by k)
       order by created_at, id, k`,
      [`${opts.prefix}%`, from, to],
    );
    events += written.rowCount ?? 0;
    opts.onProgress?.(i + 1, months.length);
  }
  return { events };
}

/**
 * The fine rollups and the case states the events make, as the rollup worker would have kept them:
 * reports on their day; filings, dispatches and handling on theirs, on time by the step they end; a
 * return against the dispatch it sends back; every case due once on its due day, for its unit, closed
 * or not, in time or not.
 */
export async function rollupsFromEvents(client: pg.ClientBase, prefix: string): Promise<void> {
  // What each case's timeline comes to, gathered once for both the rollups and the case states.
  await client.query('drop table if exists pg_temp.gen_case_facts');
  await client.query(
    `create temporary table gen_case_facts as
     select case_id, max(at) filter (where action = 'close') as closed_at,
            max(at) filter (where action = 'dispatch') as dispatched_at, bool_or(action = 'verify') as verified,
            -- The one valid 12345 callback a generated ticket may have (generate-tickets.ts).
            max(at) filter (where action = 'callback' and (data ->> 'valid')::boolean) as called_back_at,
            (array_agg(data) filter (where action = 'callback' and (data ->> 'valid')::boolean))[1] as callback
     from case_events where region_code like $1 group by case_id`,
    [`${prefix}%`],
  );
  const unitKey = `coalesce('d:' || c.unit_department_id, 'r:' || c.unit_region_code, '')`;
  const chinaDay = (at: string) => `(${at} at time zone 'Asia/Shanghai')::date`;
  await client.query(
    `insert into kpi_daily (district_code, day, region_code, unit_key, category_code, reported, due, closed, closed_on_time,
       filed, filed_on_time, verified_public_reports, dispatched, dispatched_on_time, returned, handled, handled_on_time,
       hotline_valid_callbacks, hotline_contacted, hotline_resolved, hotline_satisfied, hotline_basically_satisfied)
     select left(region_code, 6) || '000000', day, region_code, unit_key, category_code, sum(reported), sum(due), sum(closed), sum(closed_on_time),
            sum(filed), sum(filed_on_time), sum(verified_public_reports), sum(dispatched), sum(dispatched_on_time),
            sum(returned), sum(handled), sum(handled_on_time), sum(valid_callbacks), sum(contacted), sum(resolved),
            sum(satisfied), sum(basically_satisfied)
     from (
       select case when e.action = 'return' then ${chinaDay('e.before_at')} else ${chinaDay('e.at')} end as day,
              e.region_code, ${unitKey} as unit_key, c.category_code,
              (e.action = 'report')::int as reported, 0 as due, 0 as closed, 0 as closed_on_time,
              (e.action = 'file')::int as filed, (e.action = 'file' and e.on_time)::int as filed_on_time,
              (e.action = 'file' and e.verified and c.channel in ${PUBLIC_CHANNELS})::int as verified_public_reports,
              (e.action = 'dispatch')::int as dispatched, (e.action = 'dispatch' and e.on_time)::int as dispatched_on_time,
              (e.action = 'return')::int as returned,
              (e.action = 'feedback')::int as handled, (e.action = 'feedback' and e.on_time)::int as handled_on_time,
              0 as valid_callbacks, 0 as contacted, 0 as resolved, 0 as satisfied, 0 as basically_satisfied
       from (
         select case_id, at, action, region_code,
                at <= (data ->> 'endedStepDueAt')::timestamptz as on_time,
                bool_or(action = 'verify') over (partition by case_id order by id) as verified,
                lag(at) over (partition by case_id order by id) as before_at
         from case_events where region_code like $1
       ) as e
       join cases c on c.id = e.case_id
       where e.action in ('report', 'file', 'dispatch', 'return', 'feedback')
       union all
       select ${chinaDay('c.due_at')}, c.region_code, ${unitKey}, c.category_code, 0, 1,
              (s.closed_at is not null)::int, coalesce(s.closed_at <= c.due_at, false)::int,
              0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
       from cases c
       join gen_case_facts s on s.case_id = c.id
       union all
       -- A valid callback counts on its day in the three rates (响应率, 解决率, 满意率).
       select ${chinaDay('s.called_back_at')}, c.region_code, ${unitKey}, c.category_code, 0, 0, 0, 0,
              0, 0, 0, 0, 0, 0, 0, 0, 1, (s.callback ->> 'contacted')::boolean::int,
              (s.callback ->> 'resolved')::boolean::int, (s.callback ->> 'satisfaction' = 'satisfied')::int,
              (s.callback ->> 'satisfaction' = 'basically_satisfied')::int
       from cases c
       join gen_case_facts s on s.case_id = c.id
       where s.called_back_at is not null
     ) as figures
     group by 1, 2, 3, 4, 5`,
    [`${prefix}%`],
  );
  // The whistle figures, on the whistling office's code with no category (whistle-contribution.ts):
  // whistles issued and problems solved on the office, report-ins and scores on the answering department.
  await client.query(
    `insert into kpi_daily (district_code, day, region_code, unit_key, category_code, whistles_issued, report_ins,
       report_ins_on_time, problems_solved, evaluations, evaluation_score_sum)
     select district_code, ${chinaDay('at')}, region_code,
            case when action in ('arrive', 'evaluate') then 'd:' || (data ->> 'departmentId') else '' end, '',
            count(*) filter (where action = 'issue'), count(*) filter (where action = 'arrive'),
            count(*) filter (where action = 'arrive' and (data ->> 'onTime')::boolean),
            coalesce(sum((data ->> 'problemsSolved')::int) filter (where action = 'close'), 0),
            count(*) filter (where action = 'evaluate'),
            coalesce(sum((data ->> 'score')::float8) filter (where action = 'evaluate'), 0)
     from whistle_events where region_code like $1 and action in ('issue', 'arrive', 'close', 'evaluate')
     group by 1, 2, 3, 4`,
    [`${prefix}%`],
  );
  await client.query(
    `insert into kpi_case_state (district_code, case_id, region_code, category_code, channel, unit_key, due_at, status, closed_at,
       duplicate, dispatch_day, dispatch_unit_key, reworked_since_dispatch, verified, counted_callback)
     select c.district_code, c.id, c.region_code, c.category_code, c.channel, ${unitKey}, to_char(c.due_at at time zone 'UTC', ${ISO}),
            c.status, to_char(s.closed_at at time zone 'UTC', ${ISO}), false,
            case when s.dispatched_at is not null and c.status <> 'returned'
              then to_char(${chinaDay('s.dispatched_at')}, 'YYYY-MM-DD') end,
            case when s.dispatched_at is not null and c.status <> 'returned' then ${unitKey} end,
            false, s.verified,
            case when s.called_back_at is not null then jsonb_build_object(
              'key', jsonb_build_object('day', to_char(${chinaDay('s.called_back_at')}, 'YYYY-MM-DD'),
                'regionCode', c.region_code, 'unitKey', ${unitKey}, 'categoryCode', c.category_code),
              'counters', jsonb_build_object('hotlineValidCallbacks', 1,
                'hotlineContacted', (s.callback ->> 'contacted')::boolean::int,
                'hotlineResolved', (s.callback ->> 'resolved')::boolean::int,
                'hotlineSatisfied', (s.callback ->> 'satisfaction' = 'satisfied')::int,
                'hotlineBasicallySatisfied', (s.callback ->> 'satisfaction' = 'basically_satisfied')::int)) end
     from cases c
     join gen_case_facts s on s.case_id = c.id`,
  );
}
