import type { PostKind } from '@needle/contract';

/**
 * The posts a community whistles (社区吹哨、网格成员报到): the grid leader and the eight kinds of grid
 * member of "1+8+X" (seed 002). Building and unit leaders keep the households' records and are not
 * called out to joint action.
 */
export const MEMBER_POST_KINDS: readonly PostKind[] = [
  'grid_leader',
  'grid_supervisor',
  'city_management_officer',
  'community_specialist',
  'sanitation_worker',
  'community_police',
  'agency_liaison',
  'discipline_supervisor',
  'street_section_staff',
];
