/**
 * A fraction as a percentage with one decimal, the precision the rankings are published at
 * (0.9634 → "96.3%"); null, which the server sends when there is nothing to divide by, is "—", not 0.
 */
export function formatRate(rate: number | null, digits = 1): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(digits)}%`;
}

/** A weight such as 0.6 as "60%": weights are round figures, decimals would only add noise. */
export const formatWeight = (weight: number): string => `${Math.round(weight * 100)}%`;
