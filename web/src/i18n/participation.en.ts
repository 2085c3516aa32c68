import type { participationDashboardZh } from './participation.zh-CN';

export const participationDashboardEn: typeof participationDashboardZh = {
  nav: 'Participation dashboard',
  title: '{{name}}: participation',
  year: '{{year}}',
  yearLabel: 'Year',
  month: 'M{{month}}',
  area: 'Area',
  projects: 'Projects',
  byMonth: 'Month by month',
  hoursAxis: 'Hours',
  projectsByState: 'Projects by state',
  wishesByState: 'Micro-wishes',
  deliberationsByState: 'Four-step deliberations',
  rows: 'Areas below',
  figures: {
    projects: 'Projects this year',
    projectsClosedOut: 'Projects closed out',
    wishesFulfilled: 'Wishes fulfilled',
    volunteerHours: 'Volunteer hours',
    deliberations: 'Deliberations',
    resolutionsPublished: 'Resolutions published',
  },
  notes: {
    projects: '{{claimed}} claimed by partners, {{fallen}} fallen to the community',
    wishes: '{{posted}} posted this year',
    volunteers: '{{teams}} teams, {{activities}} activities',
  },
  series: {
    projectsClosedOut: 'Projects closed out',
    wishesFulfilled: 'Wishes fulfilled',
    resolutionsPublished: 'Resolutions published',
    volunteerHours: 'Volunteer hours',
  },
};
