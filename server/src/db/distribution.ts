/**
 * Where each table would live in a Citus cluster, for a province or a nation on one Needle
 * (docs/scaling.md, section 4). The schema test (distribution.test.ts) applies every migration and
 * holds each table to the rules of its kind, so a table added later must say where it belongs and
 * follow the rules from its first migration.
 *
 * - district: city data, distributed by district_code (the first six digits of a region code), so a
 *   district's cases, events, tickets and rollups sit on one node and a district's queries run there
 *   whole. The column is NOT NULL and in the primary key and every unique key, and a foreign key to
 *   another district table includes it.
 * - reference: small tables every node reads (categories, the calendar, settings, the region tree),
 *   copied to each node. They reference nothing but other reference tables.
 * - coordinator: what belongs to a person or to the whole installation rather than to a district
 *   (accounts, sessions, outboxes drained by one worker), kept on the coordinator as Citus local
 *   tables. They may not reference district tables.
 */
export type TableHome = 'district' | 'reference' | 'coordinator';

export const TABLE_HOMES: Record<string, TableHome> = {
  // Shared by every district.
  categories: 'reference',
  category_attributes: 'reference',
  category_classes: 'reference',
  category_history: 'reference',
  calendar_overrides: 'reference',
  settings: 'reference',
  care_tags: 'reference',
  // The region tree: about 700,000 communities and grids for all of China, small enough to copy.
  regions: 'reference',
  // The gazetteer (地名地址库): a city's map of house numbers, buildings and landmarks, searched by text
  // from every district's hotline seat and written by imports; an entry may lie outside every imported
  // region. Like the region tree, a few hundred thousand rows a city, copied to each node.
  addresses: 'reference',
  shop_code_secret: 'reference',
  // Rules a city sets, with its default under region '' (no district) and a region's own row over it:
  // read by every district's sweeps and pages, written by an admin now and then.
  care_schedules: 'reference',
  patrol_rules: 'reference',
  // The checklist of each kind of inspection target, the same in every district.
  inspection_checklist_items: 'reference',
  // The admitted list (准入清单): an entry may cover a whole city, and every district's tasks are
  // checked against it.
  admitted_tasks: 'reference',
  // A few hundred per city, read by every district's routing and named on any case.
  departments: 'reference',

  // A person's, across districts: a resident reports wherever they are, staff change posts.
  users: 'coordinator',
  sessions: 'coordinator',
  phone_codes: 'coordinator',
  phone_lockouts: 'coordinator',
  door_code_attempts: 'coordinator',
  notifications: 'coordinator',
  resident_verifications: 'coordinator',
  // 双报到: a party member registers once, with the community where they live, and is rated there
  // each year. One registration a person is a rule across districts, which only a table on one node
  // can keep; a city's registered party members are a few hundred thousand rows at most.
  party_member_registrations: 'coordinator',
  party_member_ratings: 'coordinator',
  // A points account is a person's, earned in any district.
  point_transfers: 'coordinator',
  point_entries: 'coordinator',
  // A person's submissions, wherever they report: a retry finds its first answer by key alone.
  idempotency_keys: 'coordinator',
  // The installation's: one dispatcher and one applier drain them, and they stay small.
  webhook_outbox: 'coordinator',
  kpi_outbox: 'coordinator',
  // The hotspot detector's state between runs: one row per detector, written by whichever process runs it.
  hotspot_runs: 'coordinator',
  audit_log: 'coordinator',
  open311_clients: 'coordinator',
  // A client's tokens, looked up by the token alone.
  open311_tokens: 'coordinator',

  // City data.
  building_units: 'district',
  buildings: 'district',
  care_visits: 'district',
  case_code_sequences: 'district',
  case_events: 'district',
  case_followers: 'district',
  case_supervisions: 'district',
  cases: 'district',
  community_needs: 'district',
  community_project_events: 'district',
  community_project_milestones: 'district',
  community_project_needs: 'district',
  community_projects: 'district',
  community_task_refusals: 'district',
  community_tasks: 'district',
  deliberation_events: 'district',
  deliberation_meetings: 'district',
  deliberation_objections: 'district',
  deliberation_votes: 'district',
  deliberations: 'district',
  dispute_sessions: 'district',
  disputes: 'district',
  errand_events: 'district',
  errands: 'district',
  evaluation_criteria: 'district',
  evaluation_offers: 'district',
  evaluation_scores: 'district',
  evaluation_submissions: 'district',
  evaluations: 'district',
  hotline_tickets: 'district',
  // In the district of the street whose workbench shows it.
  hotspot_proposals: 'district',
  households: 'district',
  // A retried report carries its location, so its district is known before its key is looked up.
  inspection_targets: 'district',
  inspections: 'district',
  kpi_case_state: 'district',
  kpi_daily: 'district',
  // A region's rows lie in its district, a city's own rows under the city's code (districtHomeOf).
  kpi_rollup: 'district',
  micro_wish_events: 'district',
  micro_wishes: 'district',
  partner_resources: 'district',
  partner_units: 'district',
  patrol_cases: 'district',
  patrol_checkins: 'district',
  patrol_points: 'district',
  patrols: 'district',
  personal_data_access: 'district',
  // In its uploader's district: a photo is taken before the record it shows exists (districtHomeOf).
  photos: 'district',
  posts: 'district',
  rectification_events: 'district',
  rectification_orders: 'district',
  registry_households: 'district',
  registry_residents: 'district',
  shop_cases: 'district',
  shop_items: 'district',
  shop_redemptions: 'district',
  street_evaluations: 'district',
  volunteer_activities: 'district',
  volunteer_signups: 'district',
  volunteer_team_members: 'district',
  volunteer_teams: 'district',
  vote_ballots: 'district',
  vote_electorate: 'district',
  vote_voters: 'district',
  whistle_calls: 'district',
  whistle_evaluations: 'district',
  whistle_events: 'district',
  whistle_order_cases: 'district',
  whistle_orders: 'district',
};

/** A table's columns and keys, as the catalog tells them. */
export interface TableShape {
  name: string;
  columns: { name: string; notNull: boolean }[];
  primaryKey: string[];
  /** Unique indexes and constraints other than the primary key. */
  uniqueKeys: { name: string; columns: string[] }[];
  foreignKeys: { name: string; columns: string[]; references: string; referencedColumns: string[] }[];
}

export const DISTRIBUTION_COLUMN = 'district_code';

/**
 * What keeps a table from its home on Citus, one line each; none for a table that is ready. A
 * district table without the column gets that one line: its keys cannot be judged before it has one.
 */
export function distributionGaps(
  table: TableShape,
  homeOf: (table: string) => TableHome | undefined,
): string[] {
  const home = homeOf(table.name);
  if (!home) return [`${table.name}: not classified in TABLE_HOMES (district, reference or coordinator)`];
  const gaps: string[] = [];
  for (const fk of table.foreignKeys) {
    const target = homeOf(fk.references);
    if (home === 'reference' && target !== 'reference') {
      gaps.push(`${table.name}: a reference table references ${fk.references} (${target})`);
    }
    if (home === 'coordinator' && target === 'district') {
      gaps.push(`${table.name}: a coordinator table references ${fk.references}, a district table`);
    }
  }
  if (home !== 'district') return gaps;

  const column = table.columns.find((c) => c.name === DISTRIBUTION_COLUMN);
  if (!column) return [...gaps, `${table.name}: no ${DISTRIBUTION_COLUMN} column`];
  if (!column.notNull) gaps.push(`${table.name}: ${DISTRIBUTION_COLUMN} may be null`);
  if (!table.primaryKey.includes(DISTRIBUTION_COLUMN)) {
    gaps.push(`${table.name}: primary key (${table.primaryKey.join(', ')}) lacks ${DISTRIBUTION_COLUMN}`);
  }
  for (const key of table.uniqueKeys) {
    if (!key.columns.includes(DISTRIBUTION_COLUMN)) {
      gaps.push(
        `${table.name}: unique key ${key.name} (${key.columns.join(', ')}) lacks ${DISTRIBUTION_COLUMN}`,
      );
    }
  }
  for (const fk of table.foreignKeys) {
    const target = homeOf(fk.references);
    if (target === 'coordinator') {
      gaps.push(`${table.name}: references ${fk.references}, a coordinator table (${fk.columns.join(', ')})`);
    }
    if (target === 'district') {
      const paired = fk.columns.indexOf(DISTRIBUTION_COLUMN);
      if (paired < 0 || fk.referencedColumns[paired] !== DISTRIBUTION_COLUMN) {
        gaps.push(
          `${table.name}: foreign key ${fk.name} to ${fk.references} does not pair ${DISTRIBUTION_COLUMN}`,
        );
      }
    }
  }
  return gaps;
}
