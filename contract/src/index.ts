// What the server and the web say to each other, written once.
export * from './auth/roles.js';
export * from './cases/case-action.js';
export * from './cases/case-status.js';
export * from './cases/channel.js';
export * from './cases/clock.js';
export * from './enums.js';
export * from './hotline/hotline-enums.js';
export * from './labels.js';
export * from './notifications/notice-kind.js';
export * from './regions/region-level.js';
export * from './stats/score-part.js';
export * from './whistle/post-kind.js';
export * from './whistle/whistle-enums.js';
