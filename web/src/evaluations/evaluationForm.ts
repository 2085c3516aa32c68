import type { EvaluationMode } from '@needle/contract';
import type { Dayjs } from 'dayjs';
import type { EvaluationInput } from '../api/evaluations';

/** The create form as typed: prices in yuan (元) as people write them. */
export interface EvaluationValues {
  regionCode?: string;
  subject: string;
  description?: string;
  mode: EvaluationMode;
  offers: { name: string; priceYuan: number; priceUnit?: string; description?: string }[];
  criteria?: { name: string; weight: number }[];
  opensAt: Dayjs;
  closesAt: Dayjs;
}

/** The criteria a new scoring evaluation starts with, as Wuhan's canteen evaluations used them. */
export const DEFAULT_CRITERIA = [
  { key: 'price', weight: 40 },
  { key: 'quality', weight: 40 },
  { key: 'service', weight: 20 },
] as const;

const trimmed = (text: string | undefined): string | undefined => text?.trim() || undefined;

/**
 * The request the create form makes. Prices go in fen (分), rounded, so 12.5 元 is 1250 exactly; a
 * vote has no criteria, whatever the form still holds from when it was set to score.
 */
export function toEvaluationInput(values: EvaluationValues): EvaluationInput {
  const description = trimmed(values.description);
  return {
    ...(values.regionCode ? { regionCode: values.regionCode } : {}),
    subject: values.subject.trim(),
    ...(description ? { description } : {}),
    mode: values.mode,
    offers: values.offers.map((offer) => {
      const unit = trimmed(offer.priceUnit);
      const about = trimmed(offer.description);
      return {
        name: offer.name.trim(),
        priceFen: Math.round(offer.priceYuan * 100),
        ...(unit ? { priceUnit: unit } : {}),
        ...(about ? { description: about } : {}),
      };
    }),
    ...(values.mode === 'score'
      ? { criteria: (values.criteria ?? []).map((c) => ({ name: c.name.trim(), weight: c.weight })) }
      : {}),
    opensAt: values.opensAt.toISOString(),
    closesAt: values.closesAt.toISOString(),
  };
}

/** A price in fen as yuan, with its cents only when it has them: 1200 → "12", 1250 → "12.50". */
export const yuanOf = (fen: number): string => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));
