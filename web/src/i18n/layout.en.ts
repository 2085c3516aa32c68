import type { layoutZh } from './layout.zh-CN';

export const layoutEn: typeof layoutZh = {
  participationGroup: 'Participation',
  fieldworkGroup: 'Field work',
  tabBar: 'Main navigation',
  sections: {
    tasks: 'Tasks',
    points: 'Points',
    me: 'Me',
  },
  me: {
    title: 'Me',
    roles: 'Roles',
    jurisdiction: 'Jurisdiction',
    phone: 'Phone',
    company: 'Company',
    language: 'Language',
    sections: 'More',
    signOut: 'Sign out',
  },
  filters: {
    open: 'Filters',
    title: 'Filters',
    done: 'Done',
    from: 'From',
    to: 'To',
  },
  sheet: {
    expand: 'Show areas',
    collapse: 'Hide areas',
  },
};
