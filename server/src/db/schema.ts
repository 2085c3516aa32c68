// Every module's tables, gathered so the typed database and drizzle-kit see one schema.
export * from '../modules/audit/audit.schema.js';
export * from '../modules/auth/sessions.schema.js';
export * from '../modules/calendar/calendar.schema.js';
export * from '../modules/cases/cases.schema.js';
export * from '../modules/categories/categories.schema.js';
export * from '../modules/departments/departments.schema.js';
export * from '../modules/hotline/hotline.schema.js';
export * from '../modules/notifications/notifications.schema.js';
export * from '../modules/open311/open311.schema.js';
export * from '../modules/photos/photos.schema.js';
export * from '../modules/posts/posts.schema.js';
export * from '../modules/regions/regions.schema.js';
export * from '../modules/settings/settings.schema.js';
export * from '../modules/stats/stats.schema.js';
export * from '../modules/users/users.schema.js';
export * from '../modules/whistle/whistle.schema.js';
