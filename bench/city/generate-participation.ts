/**
 * A year of each street's participation in a generated city, the way the demo city's 永昌街道 has it
 * (server/src/seed/demo-participation/): the three lists' needs and projects with partner units' claims,
 * volunteer teams and their activities, micro-wishes, four-step deliberations voted by verified
 * residents, the points those earn and each community's points shop. Every street gets seed 000's
 * proportions (154 projects, 32 deliberations, 23 teams, 72 wishes a year), drawn from its own seed.
 *
 * The residents who take part are made disabled (`gen-res-…`, 14 a community and one more in the
 * street's first): they only author the history. The street's staff are the whistles' `gen-staff-…`.
 * Deliberations are played through their module, so votes, receipts and tallies are the module's own.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../server/src/db/database.js';
import { toAuthUser } from '../../server/src/modules/auth/auth-user.js';
import type { RegionsService } from '../../server/src/modules/regions/regions.service.js';
import { users } from '../../server/src/modules/users/users.tables.js';
import {
  castOf,
  enrolParticipants,
  residentsToMake,
} from '../../server/src/seed/demo-participation/participation-people.js';
import {
  DEMO_RESIDENT,
  planParticipation,
} from '../../server/src/seed/demo-participation/participation-plan.js';
import { residentName } from '../../server/src/seed/demo-participation/participation-texts.js';
import { DEMO_PARTICIPATION } from '../../server/src/seed/demo-participation/participation-volume.js';
import { playDeliberations } from '../../server/src/seed/demo-participation/play-deliberations.js';
import { writeLists } from '../../server/src/seed/demo-participation/write-lists.js';
import { writeShopItems } from '../../server/src/seed/demo-participation/write-shop-items.js';
import { writeVolunteers } from '../../server/src/seed/demo-participation/write-volunteers.js';
import { writeWishes } from '../../server/src/seed/demo-participation/write-wishes.js';

const DAY_MS = 86_400_000;

export interface GeneratedParticipation {
  residents: number;
  projects: number;
  wishes: number;
  teams: number;
  activities: number;
  volunteerHours: number;
  deliberations: number;
  ballots: number;
}

export async function generateParticipation(
  deps: { db: Db; regions: RegionsService },
  opts: {
    streets: readonly { code: string; communities: readonly string[] }[];
    now: Date;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<GeneratedParticipation> {
  const v = DEMO_PARTICIPATION;
  const staffRows = await deps.db
    .select()
    .from(users)
    .where(
      inArray(
        users.username,
        opts.streets.map((s) => `gen-staff-${s.code}`),
      ),
    );
  const staffOf = new Map(staffRows.map((u) => [u.username, toAuthUser(u)]));
  const total: GeneratedParticipation = {
    residents: 0,
    projects: 0,
    wishes: 0,
    teams: 0,
    activities: 0,
    volunteerHours: 0,
    deliberations: 0,
    ballots: 0,
  };
  for (const [index, street] of opts.streets.entries()) {
    const staff = staffOf.get(`gen-staff-${street.code}`);
    if (!staff) throw new Error(`no staff account for street ${street.code}: generate the whistles first`);
    const first = street.communities[0];
    if (first === undefined) continue;
    const people = [
      ...residentsToMake(street.communities, v.residentsPerCommunity, (_, n, c) => `gen-res-${c}-${n}`),
      {
        ref: DEMO_RESIDENT,
        community: first,
        username: `gen-res-${first}-x`,
        displayName: residentName(street.communities.length * v.residentsPerCommunity),
      },
    ];
    const plan = planParticipation({
      ...v,
      seed: Number(street.code.slice(2, 9)),
      now: opts.now,
      communities: street.communities,
    });
    const enrolled = await enrolParticipants(deps.db, {
      street: street.code,
      people,
      passwordHash: '!',
      active: false,
      at: new Date(opts.now.getTime() - (v.days + 30) * DAY_MS),
    });
    const cast = castOf(enrolled, { street: staff });
    await writeLists(deps.db, plan, cast);
    total.volunteerHours += await writeVolunteers(deps.db, plan, cast);
    await writeWishes(deps.db, plan, cast);
    total.ballots += await playDeliberations(deps, plan, cast);
    await writeShopItems(deps.db, { communities: street.communities, cast, at: opts.now });
    total.residents += people.length;
    total.projects += plan.projects.length;
    total.wishes += plan.wishes.length;
    total.teams += plan.teams.length;
    total.activities += plan.activities.length;
    total.deliberations += plan.deliberations.length;
    opts.onProgress?.(index + 1, opts.streets.length);
  }
  return total;
}
