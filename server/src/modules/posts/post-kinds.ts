/**
 * The posts of a grid: its leader, the building and unit leaders, and the eight kinds of grid
 * member of the "1+8+X" model (seed 002); X, the volunteers, are not posts.
 */
export const POST_KINDS = {
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
} as const;
export type PostKind = keyof typeof POST_KINDS;
export const POST_KIND_CODES = Object.keys(POST_KINDS) as PostKind[];
