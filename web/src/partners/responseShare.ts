import type { PartnerUnit } from '../api/partners';

/** Share of the promised responses given so far, in percent; a unit that promised none has met its promise. */
export const responseShare = (unit: PartnerUnit): number =>
  unit.requiredYearlyResponses === 0
    ? 100
    : Math.min(100, Math.round((unit.responses / unit.requiredYearlyResponses) * 100));
