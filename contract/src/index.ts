// What the server and the web say to each other, written once.

export * from './audit/audit.schemas.js';
export * from './auth/auth.schemas.js';
export * from './auth/phone-auth.schemas.js';
export * from './calendar/calendar.schemas.js';
export * from './cases/cases.schemas.js';
export * from './categories/categories.schemas.js';
export * from './departments/departments.schemas.js';
export * from './enums/enums.js';
export * from './health/health.schemas.js';
export * from './hotline/hotline.schemas.js';
export * from './http/common.schemas.js';
export * from './labels.js';
export * from './notifications/notifications.schemas.js';
export * from './open311/clients.schemas.js';
export * from './photos/photos.schemas.js';
export * from './points/points.schemas.js';
export * from './posts/posts.schemas.js';
export * from './regions/regions.schemas.js';
export * from './settings/settings.schemas.js';
export * from './stats/stats.schemas.js';
export * from './tasks/tasks.schemas.js';
export * from './users/users.schemas.js';
export * from './whistle/whistle.schemas.js';
