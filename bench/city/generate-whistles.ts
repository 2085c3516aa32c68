/**
 * The whistles of a generated city (吹哨报到), as the server writes them (server/src/modules/whistle/):
 * about one case in a hundred of those a street took on is one its office could not solve alone, so
 * the street whistles one to three of its district's departments to it (a level-3 order), with the
 * case linked.
 *
 * Each called department acknowledges within the hour and reports in (报到) within about thirty hours,
 * so some miss the 24-hour deadline (the default `whistleReportHours`), then completes its part. Once
 * the case has closed and every part is done, the street closes the order (one problem solved) and
 * scores each department's answer (双向考核): on time, solved, cooperation, by the same formula as
 * `scoreDepartmentResponse`. What the present has not reached yet stays undone: an order whose case is
 * still open stays open. Orders are signed by one staff account per street, made here disabled, as
 * they only author the history. No points are awarded: generated reporters have no accounts.
 *
 * Every value is drawn from the case's id, so a city is the same each time it is generated.
 */
import type pg from 'pg';

/** A number in [0, 1) drawn from an id and a salt: the same every time. */
const draw = (id: string, salt: string) =>
  `((hashtext(${id}::text || '${salt}') & 2147483647)::float8 / 2147483648)`;

export async function generateWhistles(
  client: pg.ClientBase,
  opts: { prefix: string; now: Date },
): Promise<{ orders: number; calls: number; events: number }> {
  const like = `${opts.prefix}%`;
  await client.query(
    `insert into users (username, display_name, password_hash, roles, region_code, active)
     select 'gen-staff-' || code, name || '工作人员', '!', '{street_staff}', code, false
     from regions where level = 'street' and code like $1`,
    [like],
  );
  await client.query('drop table if exists pg_temp.gen_whistles, pg_temp.gen_calls');
  await client.query(
    `create temporary table gen_whistles as
     select gen_random_uuid() as id, c.id as case_id, c.district_code, left(c.region_code, 9) || '000' as office,
            c.created_at + (coalesce(c.closed_at, $2) - c.created_at) * 0.3 as issued_at,
            c.closed_at as case_closed_at, c.status = 'closed' as case_closed, c.address, c.lat, c.lng,
            k.name_zh as category, 1 + floor(${draw('c.id', 'calls')} * 3)::int as calls
     from cases c join categories k on k.code = c.category_code
     where c.region_code like $1 and c.status not in ('reported', 'rejected', 'voided')
       and ${draw('c.id', 'whistle')} < 0.01`,
    [like, opts.now],
  );
  await client.query(
    `create temporary table gen_calls as
     select gen_random_uuid() as id, w.id as order_id, w.district_code, w.office, d.id as department_id, d.name,
            w.issued_at + interval '5 minutes' + ${draw('d.id::text || w.id', 'ack')} * interval '55 minutes' as ack_at,
            w.issued_at + interval '1 hour' + ${draw('d.id::text || w.id', 'arrive')} * interval '29 hours' as arrive_at,
            ${draw('d.id::text || w.id', 'done')} as done_draw, ${draw('d.id::text || w.id', 'solved')} < 0.85 as solved,
            3 + floor(${draw('d.id::text || w.id', 'cooperation')} * 3)::int as cooperation
     from gen_whistles w
     join (
       select d.id, d.name, d.region_code, w.id as order_id,
              row_number() over (partition by w.id order by hashtext(d.id::text || w.case_id::text)) as k
       from gen_whistles w join departments d on d.region_code = w.district_code
     ) as d on d.order_id = w.id and d.k <= w.calls`,
  );
  // As many calls as the district has departments to call.
  await client.query(
    `update gen_whistles w set calls = n.calls
     from (select order_id, count(*)::int as calls from gen_calls group by order_id) as n where n.order_id = w.id`,
  );
  await client.query(
    'delete from gen_whistles w where not exists (select 1 from gen_calls c where c.order_id = w.id)',
  );
  // The order closes an hour after its case has closed and its last part is done, if the present has come.
  await client.query('alter table gen_whistles add column closed_at timestamptz');
  await client.query(
    `update gen_whistles w set closed_at = done.at
     from (
       select w.id, greatest(max(c.arrive_at + interval '1 hour' + c.done_draw * interval '5 hours'), w.case_closed_at)
                    + interval '1 hour' as at
       from gen_whistles w join gen_calls c on c.order_id = w.id where w.case_closed group by w.id, w.case_closed_at
     ) as done
     where done.id = w.id and done.at < $1`,
    [opts.now],
  );
  const orders = await client.query(
    `insert into whistle_orders (district_code, id, code, level, region_code, title, task, place, lat, lng,
       report_deadline_at, status, issued_by, issued_at, closed_at)
     select w.district_code, w.id,
            'SL-' || left(w.office, 9) || '-' || to_char(w.issued_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-'
              || lpad((row_number() over (partition by w.office, (w.issued_at at time zone 'Asia/Shanghai')::date
                                          order by w.issued_at, w.id))::text, 2, '0'),
            3, w.office, '联合处置：' || w.category, '街道难以单独解决，请各部门到场会商，按职责分工处置', w.address, w.lat, w.lng,
            w.issued_at + interval '24 hours', case when w.closed_at is null then 'open' else 'closed' end,
            u.id, w.issued_at, w.closed_at
     from gen_whistles w join users u on u.username = 'gen-staff-' || w.office`,
  );
  await client.query(
    `insert into whistle_order_cases (district_code, order_id, case_id) select district_code, id, case_id from gen_whistles`,
  );
  // The server's next order code for a street and day continues after the history's (whistle-code.ts).
  await client.query(
    `insert into case_code_sequences (district_code, prefix, day, last)
     select district_code, 'SL-' || split_part(code, '-', 2), split_part(code, '-', 3), max(split_part(code, '-', 4)::int)
     from whistle_orders where region_code like $1 group by 1, 2, 3
     on conflict (district_code, prefix, day) do update set last = greatest(case_code_sequences.last, excluded.last)`,
    [like],
  );
  const calls = await client.query(
    `insert into whistle_calls (district_code, id, order_id, target_kind, department_id, task, acknowledged_at,
       arrived_at, arrival_lat, arrival_lng, completed_at, completion_note, region_code)
     select c.district_code, c.id, c.order_id, 'department', c.department_id, c.name || '：按职责到场处置',
            case when c.ack_at < $1 then c.ack_at end,
            case when c.arrive_at < $1 then c.arrive_at end,
            case when c.arrive_at < $1 then w.lat end, case when c.arrive_at < $1 then w.lng end,
            case when c.arrive_at + interval '1 hour' + c.done_draw * interval '5 hours' < $1
              then c.arrive_at + interval '1 hour' + c.done_draw * interval '5 hours' end,
            case when c.arrive_at + interval '1 hour' + c.done_draw * interval '5 hours' < $1 then '已按分工处置完毕' end,
            c.office
     from gen_calls c join gen_whistles w on w.id = c.order_id`,
    [opts.now],
  );
  // 双向考核, the street's side: scoreDepartmentResponse with its default weights (0.4, 0.4, 0.2), the
  // same operations in the same order on doubles.
  const onTime = `(c.arrived_at <= o.report_deadline_at)`;
  const score = `(case when ${onTime} then 100 * 0.4::float8 else 0::float8 end
                  + case when g.solved then 100 * 0.4::float8 else 0::float8 end
                  + ((g.cooperation - 1)::float8 / 4) * 100 * 0.2::float8)`;
  await client.query(
    `insert into whistle_evaluations (district_code, call_id, by_user_id, reported_in_on_time, solved, cooperation,
       score, created_at)
     select c.district_code, c.id, o.issued_by, ${onTime}, g.solved, g.cooperation, ${score},
            o.closed_at + interval '1 hour'
     from whistle_calls c join whistle_orders o on o.id = c.order_id join gen_calls g on g.id = c.id
     where o.region_code like $1 and o.closed_at + interval '1 hour' < $2`,
    [like, opts.now],
  );
  // Each order's log, in time order, with exactly the data the rollups read (whistle-events.ts).
  const events = await client.query(
    `insert into whistle_events (district_code, order_id, call_id, at, actor_id, action, note, data, region_code)
     select district_code, order_id, call_id, at, actor_id, action, note, data, region_code from (
       select o.district_code, o.id as order_id, null::uuid as call_id, o.issued_at as at, o.issued_by as actor_id,
              'issue' as action, '' as note,
              jsonb_build_object('level', 3, 'regionCode', o.region_code, 'caseIds', jsonb_build_array(w.case_id),
                                 'calls', w.calls) as data, o.region_code, 0 as step
       from whistle_orders o join gen_whistles w on w.id = o.id
       union all
       select c.district_code, c.order_id, c.id, c.acknowledged_at, null, 'acknowledge', '', null, c.region_code, 1
       from whistle_calls c join gen_calls g on g.id = c.id where c.acknowledged_at is not null
       union all
       select c.district_code, c.order_id, c.id, c.arrived_at, null, 'arrive', '',
              jsonb_build_object('onTime', c.arrived_at <= o.report_deadline_at, 'departmentId', c.department_id,
                                 'partnerUnitId', null, 'userId', null), c.region_code, 2
       from whistle_calls c join gen_calls g on g.id = c.id join whistle_orders o on o.id = c.order_id
       where c.arrived_at is not null
       union all
       select c.district_code, c.order_id, c.id, c.completed_at, null, 'complete', c.completion_note, null, c.region_code, 3
       from whistle_calls c join gen_calls g on g.id = c.id where c.completed_at is not null
       union all
       select o.district_code, o.id, null, o.closed_at, o.issued_by, 'close', '', jsonb_build_object('problemsSolved', 1),
              o.region_code, 4
       from whistle_orders o join gen_whistles w on w.id = o.id where o.closed_at is not null
       union all
       select e.district_code, c.order_id, c.id, e.created_at, e.by_user_id, 'evaluate', '',
              jsonb_build_object('departmentId', c.department_id, 'score', e.score,
                                 'reportedInOnTime', e.reported_in_on_time, 'solved', e.solved,
                                 'cooperation', e.cooperation), c.region_code, 5
       from whistle_evaluations e join whistle_calls c on c.id = e.call_id join gen_calls g on g.id = c.id
     ) as log
     order by at, step, call_id`,
  );
  return { orders: orders.rowCount ?? 0, calls: calls.rowCount ?? 0, events: events.rowCount ?? 0 };
}
