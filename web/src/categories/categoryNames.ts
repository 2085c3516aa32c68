import type { CategoryClass, Subcategory } from '../api/categories';
import type { Language } from '../i18n/language';

export const localName = (named: { nameZh: string; nameEn: string }, language: Language): string =>
  language === 'en' ? named.nameEn : named.nameZh;

/** Subcategories by code: cases carry only the code of theirs. */
export function subcategoriesByCode(classes: CategoryClass[]): Map<string, Subcategory> {
  return new Map(classes.flatMap((c) => c.subcategories.map((sub) => [sub.code, sub] as const)));
}
