import type { EnumLabels } from '../labels.js';

/** The parts of a ranking score: the 12345 composite, on-time closure, and the streets' evaluations. */
export const SCORE_PARTS = ['hotline', 'onTimeClosure', 'evaluation'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export const SCORE_PART_LABELS: EnumLabels<ScorePart> = {
  'zh-CN': { hotline: '12345 综合得分', onTimeClosure: '按期结案率', evaluation: '街道评价' },
  en: { hotline: '12345 composite', onTimeClosure: 'Closed on time', evaluation: 'Street evaluations' },
};
