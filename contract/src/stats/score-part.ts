import { enumLabels, enumValues } from '../enums/enum-text.js';

/** The parts of a ranking score: the 12345 composite, on-time closure, and the streets' evaluations. */
export const SCORE_PARTS = enumValues('scorePart');
export type ScorePart = (typeof SCORE_PARTS)[number];
export const SCORE_PART_LABELS = enumLabels('scorePart');

/** The four rankings (四类排名). */
export const RANKING_KINDS = enumValues('rankingKind');
export type RankingKind = (typeof RANKING_KINDS)[number];
export const RANKING_KIND_LABELS = enumLabels('rankingKind');

/** The case loop's rates (DOMAIN.md KPI formulas), in the order the command centre shows them. */
export const CASE_LOOP_RATES = enumValues('caseLoopRate');
export type CaseLoopRate = (typeof CASE_LOOP_RATES)[number];
export const CASE_LOOP_RATE_LABELS = enumLabels('caseLoopRate');
