/**
 * The 12345 side of the generated hotline cases (接诉即办): a ticket for each, and the operator's
 * callback (回访) of each closed one, as the server writes them (server/src/modules/hotline/).
 *
 * A ticket has its request type and urgency in the proportions a city's hotline sees (mostly
 * complaints and help, mostly general), a caller who may have called before (one number for about
 * three tickets), its signing for and contact of the caller. A closed ticket is called back a day or two
 * after closing, unless that is still to come: nine in ten callers answer (a valid callback, 有效回访),
 * say the problem is solved, and are satisfied, basically satisfied or not. A caller who is not reached
 * leaves an invalid callback, which counts in none of the three rates. No unsolved verdicts are
 * generated: the server sends those back as rework, which the generated timelines do not hold.
 *
 * Every value is drawn from the case's id, so a city is the same each time it is generated.
 */
import type pg from 'pg';

/** A number in [0, 1) drawn from a case's id and a salt: the same for the same case every time. */
const draw = (salt: string) => `((hashtext(c.id::text || '${salt}') & 2147483647)::float8 / 2147483648)`;

export async function generateHotlineTickets(
  client: pg.ClientBase,
  opts: { prefix: string; now: Date },
): Promise<{ tickets: number; callbacks: number }> {
  const tickets = await client.query(
    `insert into hotline_tickets (district_code, case_id, request_type, urgency, caller_key, sign_due_at, signed_at,
       contact_due_at, contacted_at, closed_on_call, callback_at, callback_valid, resolved, satisfaction, region_code)
     select c.district_code, c.id,
            case when r < 0.55 then 'complaint' when r < 0.80 then 'help' when r < 0.92 then 'consult'
                 when r < 0.97 then 'report' else 'suggest' end,
            case when u < 0.03 then 'life_property' when u < 0.13 then 'utilities' when u < 0.98 then 'general'
                 else 'complex' end,
            encode(sha256(convert_to('caller-' || floor(${draw('caller')} * greatest(1, n.tickets / 3)), 'UTF8')), 'hex'),
            c.created_at + interval '2 hours',
            case when c.status not in ('reported', 'verified', 'registered', 'rejected', 'voided')
              then c.created_at + interval '20 minutes' end,
            c.created_at + interval '24 hours',
            case when ${draw('contact')} < 0.95 then c.created_at + interval '3 hours' end,
            false,
            back.at, back.valid,
            case when back.valid then true end,
            case when back.valid then case when s < 0.80 then 'satisfied' when s < 0.92 then 'basically_satisfied'
                                           else 'dissatisfied' end end,
            c.region_code
     from cases c
     cross join (select count(*) as tickets from cases where region_code like $1 and channel = 'hotline') as n
     cross join lateral (select ${draw('request')} as r, ${draw('urgency')} as u, ${draw('verdict')} as s) as d
     left join lateral (
       select e.at + interval '1 day' + ${draw('callback')} * interval '1 day' as at, ${draw('reached')} < 0.9 as valid
       from case_events e where e.case_id = c.id and e.action = 'close'
     ) as back on back.at < $2
     where c.region_code like $1 and c.channel = 'hotline'`,
    [`${opts.prefix}%`, opts.now],
  );
  // The callback on the case's timeline, with exactly what the rollups read (callback.ts).
  const callbacks = await client.query(
    `insert into case_events (district_code, case_id, at, actor_role, action, from_status, to_status, note, data, region_code)
     select c.district_code, c.id, t.callback_at, 'hotline_operator', 'callback', c.status, c.status, '',
            jsonb_build_object('valid', t.callback_valid, 'contacted', t.contacted_at is not null,
                               'resolved', t.resolved, 'satisfaction', t.satisfaction),
            c.region_code
     from hotline_tickets t join cases c on c.id = t.case_id
     where c.region_code like $1 and t.callback_at is not null
     order by t.callback_at, c.id`,
    [`${opts.prefix}%`],
  );
  return { tickets: tickets.rowCount ?? 0, callbacks: callbacks.rowCount ?? 0 };
}
