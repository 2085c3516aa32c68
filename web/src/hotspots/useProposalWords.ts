import type { HotspotProposal } from '@needle/contract';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategoryName } from '../categories/useCategoryName';
import { formatExpected, scoreFacts } from './scoreFacts';

/**
 * The words every view of a proposal shares: its category in the user's language (the server names it
 * in Chinese) and its figures, "近7天 12 件，预期 3.1 件".
 */
export function useProposalWords() {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const category = useCallback(
    (p: Pick<HotspotProposal, 'categoryCode' | 'categoryName'>) => {
      const local = categoryName(p.categoryCode);
      return local === p.categoryCode ? p.categoryName : local;
    },
    [categoryName],
  );
  const figures = useCallback(
    (p: HotspotProposal) =>
      t(`hotspots.figures.${p.kind}`, {
        days: scoreFacts(p).days,
        observed: p.observed,
        expected: formatExpected(p.expected),
      }),
    [t],
  );
  return useMemo(() => ({ category, figures }), [category, figures]);
}
