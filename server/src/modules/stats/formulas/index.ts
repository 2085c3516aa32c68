// Needle's KPI formulas (DOMAIN.md "KPIs") as plain functions over counters, with no database access.
export * from './case-rates.js';
export * from './department-evaluation.js';
export * from './hotline-rates.js';
export * from './ranking.js';
export * from './ratio.js';
export * from './whistle-figures.js';
