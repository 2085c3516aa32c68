import type { Case } from '@needle/contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseContext } from './caseContext';
import { departmentOption, officeOption, type UnitOption } from './dispatchUnits';

/** Where a dispatcher may send a case instead of the routed unit: a department, or the case's own offices. */
export function useUnitOptions(c: Case | null, context: CaseContext | null): UnitOption[] {
  const { t } = useTranslation();
  return useMemo(() => {
    if (!c || !context) return [];
    const ancestors = context.grid?.ancestors ?? [];
    const nameOf = (code: string) => ancestors.find((a) => a.code === code)?.name ?? code;
    return [
      ...context.departments.map((d) => departmentOption(d.id, d.name)),
      officeOption(c.streetCode, t('actionForm.streetOffice', { name: nameOf(c.streetCode) })),
      officeOption(c.communityCode, t('actionForm.communityOffice', { name: nameOf(c.communityCode) })),
    ];
  }, [c, context, t]);
}
