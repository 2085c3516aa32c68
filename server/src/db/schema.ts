// Every module's tables, gathered so the typed database and drizzle-kit see one schema.
export * from '../modules/audit/audit.tables.js';
export * from '../modules/auth/sessions.tables.js';
export * from '../modules/calendar/calendar.tables.js';
export * from '../modules/cases/cases.tables.js';
export * from '../modules/categories/categories.tables.js';
export * from '../modules/departments/departments.tables.js';
export * from '../modules/hotline/hotline.tables.js';
export * from '../modules/notifications/notifications.tables.js';
export * from '../modules/open311/open311.tables.js';
export * from '../modules/photos/photos.tables.js';
export * from '../modules/posts/posts.tables.js';
export * from '../modules/regions/regions.tables.js';
export * from '../modules/settings/settings.tables.js';
export * from '../modules/stats/stats.tables.js';
export * from '../modules/users/users.tables.js';
export * from '../modules/whistle/whistle.tables.js';
