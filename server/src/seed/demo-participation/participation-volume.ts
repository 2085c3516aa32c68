/**
 * A year of 永昌街道's participation in the proportions of seed 000 (Changchun): 154 projects a year on
 * the three lists, 32 four-step deliberations and 23 volunteer teams; seed 001's micro-wishes scaled from
 * a city (243 a year) to one street. Partner units: the street's alliance.
 */
export const DEMO_PARTICIPATION = {
  seed: 2026,
  days: 365,
  projects: 154,
  extraNeeds: 24,
  deliberations: 32,
  teams: 23,
  activitiesPerTeam: 5,
  wishes: 72,
  partnerUnits: 24,
  /** Verified residents made per community, who vote, volunteer and wish. */
  residentsPerCommunity: 14,
} as const;
