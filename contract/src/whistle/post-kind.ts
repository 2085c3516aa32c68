import type { EnumLabels } from '../labels.js';

/**
 * The posts of a grid: its leader, the building and unit leaders, and the eight kinds of grid
 * member of the "1+8+X" model (seed 002); X, the volunteers, are not posts.
 */
export const POST_KINDS = [
  'grid_leader',
  'building_leader',
  'unit_leader',
  'grid_supervisor',
  'city_management_officer',
  'community_specialist',
  'sanitation_worker',
  'community_police',
  'agency_liaison',
  'discipline_supervisor',
  'street_section_staff',
] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_KIND_LABELS: EnumLabels<PostKind> = {
  'zh-CN': {
    grid_leader: '网格长',
    building_leader: '楼栋长',
    unit_leader: '单元长',
    grid_supervisor: '网格监督员',
    city_management_officer: '城管执法员',
    community_specialist: '社区专干',
    sanitation_worker: '环卫保洁员',
    community_police: '社区民警',
    agency_liaison: '机关联络员',
    discipline_supervisor: '纪律监督员',
    street_section_staff: '街道科室专干',
  },
  en: {
    grid_leader: 'Grid leader',
    building_leader: 'Building leader',
    unit_leader: 'Stairwell leader',
    grid_supervisor: 'Grid supervisor',
    city_management_officer: 'City management officer',
    community_specialist: 'Community specialist',
    sanitation_worker: 'Sanitation worker',
    community_police: 'Community police',
    agency_liaison: 'Agency liaison',
    discipline_supervisor: 'Discipline supervisor',
    street_section_staff: 'Street office staff',
  },
};
