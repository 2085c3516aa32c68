import type { Messages } from './zh-CN';

export const en: Messages = {
  app: {
    name: 'Needle',
    // The brand in the other script, shown beside the name.
    secondName: '一根针',
    tagline: 'Neighbourhood governance',
  },
  language: {
    switchTo: '中文',
    switchLabel: 'Switch to Chinese',
  },
  login: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
  },
  header: {
    jurisdiction: 'Jurisdiction',
    logout: 'Sign out',
  },
  level: {
    city: 'City',
    district: 'District',
    street: 'Street',
    community: 'Community',
    grid: 'Grid',
  },
  gridType: {
    basic: 'Basic grid',
    special: 'Special grid',
  },
  map: {
    everywhere: 'All regions',
    regionTree: 'Jurisdiction',
    grids: 'Grids',
    gridCount: '{{count}} grids',
    noGrids: 'No grids in this area',
    clickHint: 'Click the map to find the grid there',
    loading: 'Loading…',
  },
  locate: {
    title: 'Location',
    grid: 'Grid',
    code: 'Code',
    gridType: 'Type',
    community: 'Community',
    street: 'Street',
    district: 'District',
    close: 'Close',
  },
  region: {
    notFoundTitle: 'Not found or not in your jurisdiction',
    notFoundSubtitle: 'Region {{code}} cannot be shown.',
    backToJurisdiction: 'Back to my jurisdiction',
  },
  errors: {
    INVALID_CREDENTIALS: 'Wrong username or password',
    UNAUTHENTICATED: 'Your session has ended, please sign in again',
    REGION_NOT_FOUND: 'Not found or not in your jurisdiction',
    POINT_OUTSIDE_GRIDS: 'This point is not inside any grid',
    POINT_OUTSIDE_JURISDICTION: 'This point is outside your jurisdiction',
    VALIDATION_FAILED: 'The request was not valid',
    network: 'Network error, please try again',
  },
};
