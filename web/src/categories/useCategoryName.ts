import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../i18n/language';
import { localName, subcategoriesByCode } from './categoryNames';
import { useCategories } from './useCategories';

/** A function naming a subcategory code in the current language; the bare code until the list arrives. */
export function useCategoryName(): (code: string) => string {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const { data: categories } = useCategories();
  const byCode = useMemo(() => (categories ? subcategoriesByCode(categories) : null), [categories]);
  return useCallback(
    (code: string) => {
      const sub = byCode?.get(code);
      return sub ? localName(sub, language) : code;
    },
    [byCode, language],
  );
}
