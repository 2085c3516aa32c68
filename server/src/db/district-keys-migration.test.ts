import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzleFolder, migrationsBefore } from '../test/migrations-before.js';
import * as schema from './schema.js';

// Two grids in two districts of 长春: an installation's rows in both must land in their own district.
const GRIDS = { chaoyang: '220104004001001', nanguan: '220102001001001' } as const;
const DISTRICT = { chaoyang: '220104000000', nanguan: '220102000000' } as const;
const WORKER = '00000000-0000-4000-8000-000000000001';
const DEPARTMENT = '00000000-0000-4000-8000-00000000d001';

/** Applies the migrations before `migration`, writes an installation's rows, then applies the rest. */
async function migrateAround(client: PGlite, migration: string, rows: string): Promise<void> {
  const db = drizzle({ client, schema });
  const before = migrationsBefore(migration);
  await migrate(db, { migrationsFolder: before.folder });
  before.remove();
  await client.exec(rows);
  await migrate(db, { migrationsFolder: drizzleFolder });
}

/** The districts of a table's rows, in order. */
async function districtsIn(client: PGlite, table: string): Promise<string[]> {
  const { rows } = await client.query<{ district: string }>(
    `select district_code as district from ${table} order by district_code`,
  );
  return rows.map((r) => r.district);
}

/**
 * One installation's rows in two districts, written before 0029 in the shapes they had then, and the
 * migrations 0029–0045 applied over them once: every describe below reads this one database.
 */
const client = new PGlite();
beforeAll(
  () =>
    migrateAround(
      client,
      '0029_district_keys_errands_mediation',
      `
      insert into users (id, username, display_name, password_hash, roles)
        values ('${WORKER}', 'grid', '网格员', 'x', '{grid_worker}');
      insert into regions (code, name, level, parent_code, geometry) values ('220100000000', '长春市', 'city', null, '{}');
      insert into departments (id, code, name, type, region_code) values ('${DEPARTMENT}', 'cg', '城管', 'urban', '220100000000');
      insert into category_classes (code, kind, name_zh, name_en) values ('E', 'event', '事件', 'Events');
      insert into categories (code, class_code, kind, name_zh, name_en, filing_standard, closing_standard,
        time_limit_amount, time_limit_unit, routing, department_type)
        values ('E01', 'E', 'event', '井盖', 'Manhole', '', '', 1, 'working_days', 'street_led', '');
      ${(['chaoyang', 'nanguan'] as const)
        .map((place, i) =>
          [
            rowsOf,
            casesOf,
            whistlesOf,
            registryOf,
            listsOf,
            wishOf,
            deliberationOf,
            volunteersOf,
            tasksOf,
            shopOf,
            evaluationOf,
            rollupsOf,
            photosOf,
          ]
            .map((rows) => rows(place, i + 1))
            .join(''),
        )
        .join('')}`,
    ),
  60_000,
);
afterAll(() => client.close());

/** The rows an installation had before its tables carried their district: one of each, per grid. */
function rowsOf(place: keyof typeof GRIDS, n: number): string {
  const grid = GRIDS[place];
  const id = (k: number) => `00000000-0000-4000-8000-0000000${n}${String(k).padStart(4, '0')}`;
  return `
    insert into regions (code, name, level, parent_code, geometry) values ('${grid}', '${place}', 'grid', null, '{}');
    insert into errands (id, region_code, kind, for_name, deadline, handled_by, created_at, updated_at)
      values ('${id(1)}', '${grid}', 'relief', '王淑珍', '2026-12-20', '${WORKER}', now(), now());
    insert into errand_events (errand_id, at, state) values ('${id(1)}', now(), 'received');
    insert into disputes (id, region_code, kind, summary, parties, created_by, created_at)
      values ('${id(2)}', '${grid}', 'neighbour', '噪音', '[]', '${WORKER}', now());
    insert into dispute_sessions (dispute_id, at, mediator_id, note) values ('${id(2)}', now(), '${WORKER}', '调解');
    insert into inspection_targets (id, region_code, kind, name, lat, lng, created_at)
      values ('${id(3)}', '${grid}', 'shop', '小吃店', 43.8, 125.3, now());
    insert into inspections (id, target_id, region_code, inspector_id, at, results)
      values ('${id(4)}', '${id(3)}', '${grid}', '${WORKER}', now(), '[]');
    insert into rectification_orders (id, target_id, inspection_id, region_code, item, finding, deadline, issued_by, issued_at)
      values ('${id(5)}', '${id(3)}', '${id(4)}', '${grid}', '包卫生', '门前垃圾', now(), '${WORKER}', now());
    insert into rectification_events (order_id, at, action) values ('${id(5)}', now(), 'issue');
    insert into patrol_points (id, region_code, name, lat, lng, qr_token, created_at)
      values ('${id(6)}', '${grid}', '东门', 43.8, 125.3, 'token-${place}', now());
    insert into patrols (id, region_code, worker_id, started_at, received_at)
      values ('${id(7)}', '${grid}', '${WORKER}', now(), now());
    insert into patrol_checkins (patrol_id, point_id, at, method) values ('${id(7)}', '${id(6)}', now(), 'qr');`;
}

const TABLES = [
  'errands',
  'errand_events',
  'disputes',
  'dispute_sessions',
  'inspection_targets',
  'inspections',
  'rectification_orders',
  'rectification_events',
  'patrol_points',
  'patrols',
  'patrol_checkins',
];

describe('migrations 0029–0031 (district keys of errands, mediation, inspections and patrols)', () => {
  it("fills each existing row's district: from its own region, or from its parent's", async () => {
    for (const table of TABLES) {
      expect(await districtsIn(client, table), table).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });

  it('refuses a child whose district is not its parent’s', async () => {
    const errand = '00000000-0000-4000-8000-000000010001';
    await expect(
      client.query(
        `insert into errand_events (district_code, errand_id, at, state) values ($1, $2, now(), 'submitted')`,
        [DISTRICT.nanguan, errand],
      ),
    ).rejects.toThrow(/foreign key/);
    await client.query(
      `insert into errand_events (district_code, errand_id, at, state) values ($1, $2, now(), 'submitted')`,
      [DISTRICT.chaoyang, errand],
    );
  });
});

/** A case in each district before 0032, with one row in each of its own tables. */
function casesOf(place: keyof typeof GRIDS, n: number): string {
  const grid = GRIDS[place];
  const id = `00000000-0000-4000-8000-00000000${n}c01`;
  return `
    insert into cases (id, code, channel, category_code, category_version, status, description, lat, lng, h3_cell,
      grid_code, community_code, street_code, district_code, region_code, routing, due_at)
      values ('${id}', '${grid.slice(0, 9)}-20261201-0001', 'resident_app', 'E01', 1, 'reported', '井盖缺失', 43.8, 125.3,
        'cell', '${grid}', '${grid.slice(0, 12)}', '${grid.slice(0, 9)}000', '${DISTRICT[place]}', '${grid}',
        'street_led', now());
    insert into case_events (case_id, actor_role, action, to_status, region_code)
      values ('${id}', 'resident', 'report', 'reported', '${grid}');
    insert into case_followers (case_id, user_id) values ('${id}', '${WORKER}');
    insert into case_supervisions (case_id, by_user_id, note) values ('${id}', '${WORKER}', '请尽快');
    insert into hotline_tickets (case_id, request_type, urgency, sign_due_at, contact_due_at, region_code)
      values ('${id}', 'complaint', 'normal', now(), now(), '${grid}');
    insert into kpi_case_state (case_id, region_code, category_code, channel, unit_key, due_at, status)
      values ('${id}', '${grid}', 'E01', 'resident_app', '', '2026-12-01', 'reported');
    insert into case_code_sequences (prefix, day, last) values ('${grid.slice(0, 9)}', '20261201', 1);
    insert into case_code_sequences (prefix, day, last) values ('SL-${grid.slice(0, 9)}', '20261201', 1);`;
}

const CASE_TABLES = [
  'cases',
  'case_events',
  'case_followers',
  'case_supervisions',
  'hotline_tickets',
  'kpi_case_state',
];

describe('migration 0032 (district keys of cases and their own tables)', () => {
  it("fills each row's district from its case, and each counter's from its prefix", async () => {
    for (const table of [...CASE_TABLES, 'case_code_sequences']) {
      const each = table === 'case_code_sequences' ? 2 : 1;
      expect(await districtsIn(client, table), table).toEqual([
        ...Array(each).fill(DISTRICT.nanguan),
        ...Array(each).fill(DISTRICT.chaoyang),
      ]);
    }
  });

  it('moves a case’s own rows with it when a relocation changes its district', async () => {
    const id = '00000000-0000-4000-8000-000000001c01';
    await client.query(`update cases set district_code = $1, region_code = $2 where id = $3`, [
      DISTRICT.nanguan,
      GRIDS.nanguan,
      id,
    ]);
    for (const table of CASE_TABLES) {
      const { rows } = await client.query<{ district: string }>(
        `select district_code as district from ${table} where ${table === 'cases' ? 'id' : 'case_id'} = $1`,
        [id],
      );
      expect(
        rows.map((r) => r.district),
        table,
      ).toEqual([DISTRICT.nanguan]);
    }
  });

  it('still refuses any other change to the timeline', async () => {
    await expect(client.query(`update case_events set note = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(client.query('delete from case_events')).rejects.toThrow(/append-only/);
  });

  it('refuses an event whose district is not its case’s', async () => {
    const id = '00000000-0000-4000-8000-000000002c01';
    const event = `insert into case_events (district_code, case_id, actor_role, action, to_status, region_code)
      values ($1, $2, 'system', 'note', 'reported', $3)`;
    await expect(client.query(event, [DISTRICT.chaoyang, id, GRIDS.nanguan])).rejects.toThrow(/foreign key/);
    await client.query(event, [DISTRICT.nanguan, id, GRIDS.nanguan]);
  });
});

/** A street's whistle before 0033: a partner unit, an order, a call, its evaluation, the log, and a street score. */
function whistlesOf(place: keyof typeof GRIDS, n: number): string {
  const street = `${GRIDS[place].slice(0, 9)}000`;
  const id = (k: number) => `00000000-0000-4000-8000-00000000${n}e0${k}`;
  return `
    insert into partner_units (id, name, kind, region_code) values ('${id(1)}', '物业公司', 'company', '${street}');
    insert into whistle_orders (id, code, level, region_code, title, task, place, report_deadline_at, status, issued_at)
      values ('${id(2)}', 'SL-${street.slice(0, 9)}-20261201-01', 3, '${street}', '积水', '排水', '路口', now(), 'open', now());
    insert into whistle_calls (id, order_id, target_kind, partner_unit_id, task, region_code)
      values ('${id(3)}', '${id(2)}', 'partner', '${id(1)}', '抽水', '${street}');
    insert into whistle_evaluations (call_id, by_user_id, reported_in_on_time, solved, cooperation, score)
      values ('${id(3)}', '${WORKER}', true, true, 5, 100);
    insert into whistle_events (order_id, action, region_code) values ('${id(2)}', 'issue', '${street}');
    insert into street_evaluations (department_id, street_code, month, by_user_id, coordination, support, score)
      values ('${DEPARTMENT}', '${street}', '2026-11', '${WORKER}', 5, 5, 100);`;
}

const WHISTLE_TABLES = [
  'partner_units',
  'whistle_orders',
  'whistle_calls',
  'whistle_evaluations',
  'whistle_events',
  'street_evaluations',
];

describe('migration 0033 (district keys of whistle orders)', () => {
  it("fills each row's district from its office's region, its call's, or its street's", async () => {
    for (const table of WHISTLE_TABLES) {
      // Each district has two partner units: the whistle's and the one whose resources the lists record.
      const each = table === 'partner_units' ? 2 : 1;
      expect(await districtsIn(client, table), table).toEqual([
        ...Array(each).fill(DISTRICT.nanguan),
        ...Array(each).fill(DISTRICT.chaoyang),
      ]);
    }
  });

  it('keeps the whistle log append-only', async () => {
    await expect(client.query(`update whistle_events set note = 'rewritten'`)).rejects.toThrow(/append-only/);
  });

  it('refuses a call whose district is not its order’s', async () => {
    const order = '00000000-0000-4000-8000-000000001e02';
    const call = `insert into whistle_calls (district_code, order_id, target_kind, task, region_code)
      values ($1, $2, 'department', '清淤', '220104004000')`;
    await expect(client.query(call, [DISTRICT.nanguan, order])).rejects.toThrow(/foreign key/);
    await client.query(call, [DISTRICT.chaoyang, order]);
  });
});

/** A grid's registry before 0034: a building, a unit, a household, a resident, who saw them, a visit. */
function registryOf(place: keyof typeof GRIDS, n: number): string {
  const grid = GRIDS[place];
  const id = (k: number) => `00000000-0000-4000-8000-00000000${n}b0${k}`;
  return `
    insert into buildings (id, region_code, name, address, floors, created_at, updated_at)
      values ('${id(1)}', '${grid}', '3号楼', '义和路3号', 6, now(), now());
    insert into building_units (id, building_id, name) values ('${id(2)}', '${id(1)}', '1单元');
    insert into registry_households (id, building_id, unit_id, region_code, room, floor, created_at, updated_at)
      values ('${id(3)}', '${id(1)}', '${id(2)}', '${grid}', '301', 3, now(), now());
    insert into registry_residents (id, household_id, region_code, name, created_at, updated_at)
      values ('${id(4)}', '${id(3)}', '${grid}', '王淑珍', now(), now());
    insert into personal_data_access (at, user_id, resident_id, region_code, fields, reason)
      values (now(), '${WORKER}', '${id(4)}', '${grid}', '{phone}', '走访');
    insert into care_visits (resident_id, region_code, visited_by, visited_at, created_at)
      values ('${id(4)}', '${grid}', '${WORKER}', now(), now());`;
}

describe('migration 0034 (district keys of the registry and care visits)', () => {
  it("fills each row's district from its grid, or a unit's from its building", async () => {
    for (const table of [
      'buildings',
      'building_units',
      'registry_households',
      'registry_residents',
      'personal_data_access',
      'care_visits',
    ]) {
      expect(await districtsIn(client, table), table).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });

  it('keeps the record of who saw personal data append-only', async () => {
    await expect(client.query(`update personal_data_access set reason = ''`)).rejects.toThrow(/append-only/);
    await expect(client.query('delete from personal_data_access')).rejects.toThrow(/append-only/);
  });

  it('refuses a resident whose district is not its household’s', async () => {
    const household = '00000000-0000-4000-8000-000000001b03';
    const resident = `insert into registry_residents (district_code, household_id, region_code, name, created_at, updated_at)
      values ($1, $2, $3, '李明', now(), now())`;
    await expect(client.query(resident, [DISTRICT.nanguan, household, GRIDS.chaoyang])).rejects.toThrow(
      /foreign key/,
    );
    await client.query(resident, [DISTRICT.chaoyang, household, GRIDS.chaoyang]);
  });
});

/** A community's lists and posts before 0035: a post, a need from a case, a partner's resource, a project. */
function listsOf(place: keyof typeof GRIDS, n: number): string {
  const grid = GRIDS[place];
  const community = grid.slice(0, 12);
  const street = `${grid.slice(0, 9)}000`;
  const id = (k: number) => `00000000-0000-4000-8000-00000000${n}a0${k}`;
  return `
    insert into posts (user_id, kind, region_code) values ('${WORKER}', 'grid_leader', '${grid}');
    insert into partner_units (id, name, kind, region_code) values ('${id(1)}', '物业公司', 'company', '${street}');
    insert into partner_resources (partner_unit_id, kind, description, recorded_at) values ('${id(1)}', 'venue', '会议室', now());
    insert into community_needs (id, region_code, source, description, households, recorded_at)
      values ('${id(2)}', '${community}', 'door_to_door', '加装扶手', 12, now());
    insert into community_projects (id, region_code, year, title, budget_yuan, owner_id, due_date, claim_deadline, created_at)
      values ('${id(3)}', '${community}', 2026, '扶手', 5000, '${WORKER}', '2026-12-31', now(), now());
    insert into community_project_needs (project_id, need_id) values ('${id(3)}', '${id(2)}');
    insert into community_project_milestones (project_id, title, due_date, created_at)
      values ('${id(3)}', '采购', '2026-06-30', now());
    insert into community_project_events (project_id, at, action, region_code) values ('${id(3)}', now(), 'create', '${community}');`;
}

describe('migration 0035 (district keys of posts and the community lists)', () => {
  it("fills each row's district from its region, its partner unit's or its project's", async () => {
    for (const table of [
      'posts',
      'partner_resources',
      'community_needs',
      'community_projects',
      'community_project_needs',
      'community_project_milestones',
      'community_project_events',
    ]) {
      expect(await districtsIn(client, table), table).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });

  it('refuses a milestone whose district is not its project’s', async () => {
    const project = '00000000-0000-4000-8000-000000001a03';
    const milestone = `insert into community_project_milestones (district_code, project_id, title, due_date, created_at)
      values ($1, $2, '验收', '2026-09-30', now())`;
    await expect(client.query(milestone, [DISTRICT.nanguan, project])).rejects.toThrow(/foreign key/);
    await client.query(milestone, [DISTRICT.chaoyang, project]);
  });
});

/** A community's micro wish and its first step, before 0036. */
function wishOf(place: keyof typeof GRIDS, n: number): string {
  const community = GRIDS[place].slice(0, 12);
  const wish = `00000000-0000-4000-8000-00000000${n}f01`;
  return `
    insert into micro_wishes (id, region_code, title, posted_by, created_at)
      values ('${wish}', '${community}', '买药', '${WORKER}', now());
    insert into micro_wish_events (wish_id, at, action, region_code) values ('${wish}', now(), 'post', '${community}');`;
}

describe('migration 0036 (district keys of micro wishes)', () => {
  it("fills a wish's district from its community, and its timeline's from the wish", async () => {
    for (const table of ['micro_wishes', 'micro_wish_events']) {
      expect(await districtsIn(client, table), table).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });
});

/**
 * A community's deliberation on the need of listsOf, before 0037: a meeting, an objection, a step of its
 * timeline, and a vote cast and closed, so the backfill meets the vote's refusals of any change.
 */
function deliberationOf(place: keyof typeof GRIDS, n: number): string {
  const community = GRIDS[place].slice(0, 12);
  const need = `00000000-0000-4000-8000-00000000${n}a02`;
  const id = (k: number) => `00000000-0000-4000-8000-00000000${n}d0${k}`;
  return `
    insert into deliberations (id, region_code, title, proposal, need_id, state, proposed_at)
      values ('${id(1)}', '${community}', '加装扶手', '一楼加扶手', '${need}', 'published', now());
    insert into deliberation_meetings (deliberation_id, step, held_at, place, attendees, recorded_at)
      values ('${id(1)}', 2, now(), '议事厅', 9, now());
    insert into deliberation_objections (deliberation_id, user_id, text, at) values ('${id(1)}', '${WORKER}', '太贵', now());
    insert into deliberation_events (deliberation_id, at, action, region_code) values ('${id(1)}', now(), 'propose', '${community}');
    insert into deliberation_votes (id, deliberation_id, region_code, quorum_percent, majority_percent, opened_at)
      values ('${id(2)}', '${id(1)}', '${community}', 50, 50, now());
    insert into vote_electorate (vote_id, voter_id, capacity) values ('${id(2)}', '${WORKER}', 'party_member');
    insert into vote_voters (vote_id, voter_id) values ('${id(2)}', '${WORKER}');
    insert into vote_ballots (vote_id, choice, receipt_hash) values ('${id(2)}', 'for', 'receipt-${place}');
    update deliberation_votes set state = 'closed', closed_at = now(), for_count = 1 where id = '${id(2)}';`;
}

describe('migration 0037 (district keys of deliberations and their votes)', () => {
  it("fills a deliberation's district from its community, and the rest from the deliberation or the vote", async () => {
    for (const table of [
      'deliberations',
      'deliberation_meetings',
      'deliberation_objections',
      'deliberation_events',
      'deliberation_votes',
      'vote_electorate',
      'vote_voters',
      'vote_ballots',
    ]) {
      expect(await districtsIn(client, table), table).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });

  it('keeps a cast vote final once the backfill is done', async () => {
    await expect(client.query("update vote_ballots set choice = 'against'")).rejects.toThrow(/append-only/);
    await expect(client.query('delete from vote_voters')).rejects.toThrow(/append-only/);
    await expect(client.query('delete from vote_electorate')).rejects.toThrow(/append-only/);
    await expect(client.query('update deliberation_votes set for_count = 9')).rejects.toThrow(/closed/);
  });

  it('refuses an objection whose district is not its deliberation’s', async () => {
    const deliberation = '00000000-0000-4000-8000-000000001d01';
    const objection = `insert into deliberation_objections (district_code, deliberation_id, user_id, text, at)
      values ($1, $2, '${WORKER}', '再议', now())`;
    await expect(client.query(objection, [DISTRICT.nanguan, deliberation])).rejects.toThrow(/foreign key/);
    await client.query(objection, [DISTRICT.chaoyang, deliberation]);
  });
});

/** A community's volunteer team before 0038: a member, an activity and a sign-up. */
function volunteersOf(place: keyof typeof GRIDS, n: number): string {
  const community = GRIDS[place].slice(0, 12);
  const id = (k: number) => `00000000-0000-4000-8000-00000000${n}e0${k}`;
  return `
    insert into volunteer_teams (id, region_code, name, created_at) values ('${id(1)}', '${community}', '助老队', now());
    insert into volunteer_team_members (team_id, user_id, joined_at) values ('${id(1)}', '${WORKER}', now());
    insert into volunteer_activities (id, team_id, region_code, title, place, starts_at, ends_at, capacity, site_secret, created_at)
      values ('${id(2)}', '${id(1)}', '${community}', '陪老人聊天', '活动室', now(), now() + interval '2 hours', 10, 's', now());
    insert into volunteer_signups (activity_id, user_id, signed_up_at) values ('${id(2)}', '${WORKER}', now());`;
}

describe('migration 0038 (district keys of volunteer teams)', () => {
  it("fills a team's district from its community, and its members', activities' and sign-ups' from it", async () => {
    for (const table of [
      'volunteer_teams',
      'volunteer_team_members',
      'volunteer_activities',
      'volunteer_signups',
    ]) {
      expect(await districtsIn(client, table), table).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });

  it('refuses a sign-up whose district is not its activity’s, and a second sign-up of one person', async () => {
    const activity = '00000000-0000-4000-8000-000000001e02';
    const signUp = `insert into volunteer_signups (district_code, activity_id, user_id, signed_up_at)
      values ($1, $2, '${WORKER}', now())`;
    await expect(client.query(signUp, [DISTRICT.nanguan, activity])).rejects.toThrow(/foreign key/);
    await expect(client.query(signUp, [DISTRICT.chaoyang, activity])).rejects.toThrow(/duplicate key/);
  });
});

/** A task a department sent to a community, and one refused for a street, before 0039. */
function tasksOf(place: keyof typeof GRIDS, n: number): string {
  const community = GRIDS[place].slice(0, 12);
  const street = `${GRIDS[place].slice(0, 9)}000`;
  const batch = `00000000-0000-4000-8000-00000000${n}c01`;
  return `
    insert into community_tasks (batch_id, region_code, department_id, title, admission, assigned_at)
      values ('${batch}', '${community}', '${DEPARTMENT}', '人口普查', 'admitted', now());
    insert into community_task_refusals (department_id, region_code, title, reason, attempted_at)
      values ('${DEPARTMENT}', '${street}', '拍照留痕', 'not_on_list', now());`;
}

describe('migration 0039 (district keys of the tasks sent to communities)', () => {
  it("fills a task's and a refusal's district from the community or street it was for", async () => {
    for (const table of ['community_tasks', 'community_task_refusals']) {
      expect(await districtsIn(client, table), table).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });
});

/** An item of the community's points shop from listsOf's partner unit, and a pickup waiting, before 0040. */
function shopOf(place: keyof typeof GRIDS, n: number): string {
  const community = GRIDS[place].slice(0, 12);
  const unit = `00000000-0000-4000-8000-00000000${n}a01`;
  const item = `00000000-0000-4000-8000-00000000${n}b01`;
  return `
    insert into shop_items (id, region_code, partner_unit_id, name, points, stock, created_at, updated_at)
      values ('${item}', '${community}', '${unit}', '洗衣液', 50, 10, now(), now());
    insert into shop_redemptions (item_id, user_id, region_code, points, pickup_code, pickup_deadline, created_at)
      values ('${item}', '${WORKER}', '${community}', 50, 'PICK${n}CODE', now() + interval '7 days', now());`;
}

describe('migration 0040 (district keys of the points shop)', () => {
  it("fills an item's district from its community, and a redemption's from its item", async () => {
    for (const table of ['shop_items', 'shop_redemptions']) {
      expect(await districtsIn(client, table), table).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });

  it('takes a pending pickup code once in a district, and the same code in another district', async () => {
    const redeem = (district: string, item: string) =>
      client.query(
        `insert into shop_redemptions (district_code, item_id, user_id, region_code, points, pickup_code, pickup_deadline, created_at)
         values ($1, $2, '${WORKER}', '220104004001', 50, 'SAMECODE', now() + interval '7 days', now())`,
        [district, item],
      );
    const chaoyangItem = '00000000-0000-4000-8000-000000001b01';
    const nanguanItem = '00000000-0000-4000-8000-000000002b01';
    await expect(redeem(DISTRICT.nanguan, chaoyangItem)).rejects.toThrow(/foreign key/);
    await redeem(DISTRICT.chaoyang, chaoyangItem);
    await expect(redeem(DISTRICT.chaoyang, chaoyangItem)).rejects.toThrow(/duplicate key/);
    await redeem(DISTRICT.nanguan, nanguanItem);
  });
});

/** A household with its door code and a verified member, and an evaluation it scored, before 0041. */
function evaluationOf(place: keyof typeof GRIDS, n: number): string {
  const community = GRIDS[place].slice(0, 12);
  const id = (k: number) => `00000000-0000-4000-8000-00000000${n}70${k}`;
  return `
    insert into households (id, region_code, place_label, door_code_hash, created_at)
      values ('${id(1)}', '${community}', '1号楼1单元101', 'door-${place}', now());
    insert into users (id, username, display_name, password_hash, roles)
      values ('${id(6)}', 'resident-${place}', '居民', 'x', '{resident}');
    insert into resident_verifications (user_id, household_id, region_code, method, verified_at)
      values ('${id(6)}', '${id(1)}', '${community}', 'grid_worker', now());
    insert into evaluations (id, region_code, subject, mode, opens_at, closes_at, created_at)
      values ('${id(2)}', '${community}', '助餐点', 'score', now(), now() + interval '7 days', now());
    insert into evaluation_offers (id, evaluation_id, position, name, price_fen)
      values ('${id(3)}', '${id(2)}', 0, '甲', 1500);
    insert into evaluation_criteria (id, evaluation_id, position, name, weight)
      values ('${id(4)}', '${id(2)}', 0, '价格', 1);
    insert into evaluation_submissions (id, evaluation_id, household_id, submitted_at)
      values ('${id(5)}', '${id(2)}', '${id(1)}', now());
    insert into evaluation_scores (submission_id, evaluation_id, offer_id, criterion_id, score)
      values ('${id(5)}', '${id(2)}', '${id(3)}', '${id(4)}', 4);`;
}

describe('migration 0041 (district keys of households and evaluations)', () => {
  it("fills a household's and an evaluation's district from the community, the rest from the evaluation", async () => {
    for (const table of [
      'households',
      'evaluations',
      'evaluation_offers',
      'evaluation_criteria',
      'evaluation_submissions',
      'evaluation_scores',
    ]) {
      expect(await districtsIn(client, table), table).toEqual([DISTRICT.nanguan, DISTRICT.chaoyang]);
    }
  });

  it('refuses a submission of a household of another district', async () => {
    const evaluation = '00000000-0000-4000-8000-000000001702';
    const submit = `insert into evaluation_submissions (district_code, evaluation_id, household_id, submitted_at)
      values ($1, $2, $3, now())`;
    const nanguanHousehold = '00000000-0000-4000-8000-000000002701';
    await expect(client.query(submit, [DISTRICT.chaoyang, evaluation, nanguanHousehold])).rejects.toThrow(
      /foreign key/,
    );
  });
});

/**
 * The fine KPI rows of a grid and of its street's office (a whistle's figures), as 0004 made them, one
 * for the city's 城管 department, and the rollup rows 0027 made of them: the grid's, the city's, a
 * category's, and the department's, which answers in both districts (one row for both).
 */
function rollupsOf(place: keyof typeof GRIDS): string {
  const grid = GRIDS[place];
  const street = grid.slice(0, 9);
  return `
    insert into kpi_daily (day, region_code, unit_key, category_code, reported, due)
      values ('2026-11-02', '${grid}', 'r:${grid.slice(0, 12)}', 'E01', 3, 2),
             ('2026-11-02', '${grid.slice(0, 12)}', '', '', 0, 0),
             ('2026-11-02', '${grid}', 'd:${DEPARTMENT}', 'E01', 1, 1);
    insert into kpi_rollup (cut, level, key, span, bucket, reported, due)
      values ('cases', 15, '${grid}', 'day', '2026-11-02', 4, 3),
             ('category', 9, '${street}:E01', 'day', '2026-11-02', 4, 3),
             ('unit', 0, 'd:${DEPARTMENT}', 'day', '2026-11-02', 1, 1),
             ('unit', 0, 'd:${DEPARTMENT}', 'month', '2026-11-01', 1, 1),
             ('cases', 4, '2201', 'day', '2026-11-02', 4, 3)
      on conflict (cut, level, key, span, bucket) do update
      set reported = kpi_rollup.reported + excluded.reported, due = kpi_rollup.due + excluded.due;`;
}

describe('migration 0043 (district keys of the fine KPI rows)', () => {
  it("fills each row's district from its region, and keeps its figures", async () => {
    expect(await districtsIn(client, 'kpi_daily')).toEqual([
      ...Array(3).fill(DISTRICT.nanguan),
      ...Array(3).fill(DISTRICT.chaoyang),
    ]);
    const { rows } = await client.query<{ reported: number }>(
      `select sum(reported)::int as reported from kpi_daily where district_code = $1`,
      [DISTRICT.chaoyang],
    );
    expect(rows[0]?.reported).toBe(4);
  });

  it('keeps one row per district, day, region, unit and category', async () => {
    const add = `insert into kpi_daily (district_code, day, region_code, unit_key, category_code, reported)
      values ($1, '2026-11-02', $2, $3, 'E01', 1)`;
    const grid = GRIDS.chaoyang;
    await expect(client.query(add, [DISTRICT.chaoyang, grid, `r:${grid.slice(0, 12)}`])).rejects.toThrow(
      /duplicate key/,
    );
  });
});

describe('migration 0044 (district keys of the KPI rollups)', () => {
  const rowsOf = async (where: string) =>
    (
      await client.query<{ district: string; key: string; span: string; reported: number }>(
        `select district_code as district, key, span, reported from kpi_rollup where ${where}
         order by key, span, district_code`,
      )
    ).rows;

  it("puts a region's rows in its district and the city's under the city's code", async () => {
    expect(await rowsOf(`cut = 'cases' and level = 15`)).toEqual([
      { district: DISTRICT.nanguan, key: GRIDS.nanguan, span: 'day', reported: 4 },
      { district: DISTRICT.chaoyang, key: GRIDS.chaoyang, span: 'day', reported: 4 },
    ]);
    expect(await rowsOf(`cut = 'category'`)).toEqual([
      { district: DISTRICT.nanguan, key: `${GRIDS.nanguan.slice(0, 9)}:E01`, span: 'day', reported: 4 },
      { district: DISTRICT.chaoyang, key: `${GRIDS.chaoyang.slice(0, 9)}:E01`, span: 'day', reported: 4 },
    ]);
    expect(await rowsOf(`cut = 'cases' and level = 4`)).toEqual([
      { district: '220100000000', key: '2201', span: 'day', reported: 8 },
    ]);
  });

  it("keeps a unit's rows apart per district, made again from the fine rows, days and months", async () => {
    expect(await rowsOf(`cut = 'unit' and key = 'd:${DEPARTMENT}'`)).toEqual([
      { district: DISTRICT.nanguan, key: `d:${DEPARTMENT}`, span: 'day', reported: 1 },
      { district: DISTRICT.chaoyang, key: `d:${DEPARTMENT}`, span: 'day', reported: 1 },
      { district: DISTRICT.nanguan, key: `d:${DEPARTMENT}`, span: 'month', reported: 1 },
      { district: DISTRICT.chaoyang, key: `d:${DEPARTMENT}`, span: 'month', reported: 1 },
    ]);
  });

  it('keeps one row per key, span, bucket and district', async () => {
    await expect(
      client.query(
        `insert into kpi_rollup (district_code, cut, level, key, span, bucket) values ($1, 'cases', 15, $2, 'day', '2026-11-02')`,
        [DISTRICT.chaoyang, GRIDS.chaoyang],
      ),
    ).rejects.toThrow(/duplicate key/);
  });
});

/** A photo uploaded by someone working in the place, and one by the first administrator, who has no region. */
function photosOf(place: keyof typeof GRIDS, n: number): string {
  const columns =
    'id, uploaded_by, region_code, content_type, width, height, bytes, storage_key, thumbnail_key';
  return `
    insert into photos (${columns}) values
      ('00000000-0000-4000-8000-0000000f000${n}', '${WORKER}', '${GRIDS[place].slice(0, 12)}', 'image/jpeg', 1, 1, 1, 'a${n}', 'b${n}'),
      ('00000000-0000-4000-8000-0000000f100${n}', null, null, 'image/jpeg', 1, 1, 1, 'c${n}', 'd${n}');`;
}

describe('migration 0045 (district keys of photos)', () => {
  it("puts each photo in its uploader's district, and one without a region under ''", async () => {
    expect(await districtsIn(client, 'photos')).toEqual(['', '', DISTRICT.nanguan, DISTRICT.chaoyang]);
  });

  it('keeps one row per district and id, and finds a photo by its id alone', async () => {
    const id = '00000000-0000-4000-8000-0000000f0001';
    await expect(
      client.query(
        `insert into photos (district_code, id, content_type, width, height, bytes, storage_key, thumbnail_key)
         values ($1, $2, 'image/jpeg', 1, 1, 1, 'x', 'y')`,
        [DISTRICT.chaoyang, id],
      ),
    ).rejects.toThrow(/duplicate key/);
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_indexes where tablename = 'photos' and indexdef like '%(id)'`,
    );
    expect(rows[0]?.n).toBe(1);
  });
});
