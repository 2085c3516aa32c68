import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/database.js';
import { changchunChaoyang } from '../../modules/regions/demo-city/demo-division.js';
import type { RegionsService } from '../../modules/regions/regions.service.js';
import { gatherParticipationCast, participationSeeded } from './participation-people.js';
import { planParticipation } from './participation-plan.js';
import { DEMO_PARTICIPATION } from './participation-volume.js';
import { playDeliberations } from './play-deliberations.js';
import { writeLists } from './write-lists.js';
import { writeShopItems } from './write-shop-items.js';
import { writeVolunteers } from './write-volunteers.js';
import { writeWishes } from './write-wishes.js';

export { DEMO_PARTICIPATION } from './participation-volume.js';

export interface DemoParticipationSummary {
  projects: number;
  deliberations: number;
  ballots: number;
  teams: number;
  activities: number;
  volunteerHours: number;
  wishes: number;
  shopItems: number;
  residents: number;
  ms: number;
  cpuMs: number;
}

const STREET = '永昌街道';

/**
 * Seeds a year of 永昌街道's participation up to `now`, in seed 000's proportions: the three lists'
 * needs and projects, claims by the street's alliance and 兜底, four-step deliberations voted by verified
 * residents, volunteer teams and their activities, and micro-wishes, with the points they earned. Bulk
 * rows where a module's rows stand alone; the deliberations through their module, for the vote's sake.
 * Returns null when the year is there already.
 */
export async function seedDemoParticipation(
  deps: { db: Db; regions: RegionsService },
  options: { now: Date; seed?: number },
): Promise<DemoParticipationSummary | null> {
  if (await participationSeeded(deps.db)) return null;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const street = changchunChaoyang.streets.find((s) => s.name === STREET);
  if (!street) throw new Error(`the demo division lacks ${STREET}`);
  const communities = street.communities.map((c) => c.code);
  const v = DEMO_PARTICIPATION;
  const plan = planParticipation({ ...v, seed: options.seed ?? v.seed, now: options.now, communities });
  const cast = await gatherParticipationCast(deps.db, {
    street: street.code,
    communities,
    residentsPerCommunity: v.residentsPerCommunity,
    at: new Date(options.now.getTime() - (v.days + 30) * 24 * 3600_000),
  });
  await writeLists(deps.db, plan, cast);
  const volunteerHours = await writeVolunteers(deps.db, plan, cast);
  await writeWishes(deps.db, plan, cast);
  const ballots = await playDeliberations(deps, plan, cast);
  const items = await writeShopItems(deps.db, { communities, cast, at: options.now });
  const used = process.cpuUsage(cpu);
  return {
    projects: plan.projects.length,
    deliberations: plan.deliberations.length,
    ballots,
    teams: plan.teams.length,
    activities: plan.activities.length,
    volunteerHours,
    wishes: plan.wishes.length,
    shopItems: items,
    residents: communities.length * v.residentsPerCommunity,
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
  };
}
