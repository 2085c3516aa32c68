/** The languages Needle speaks; zh-CN is the source, every other one must match it. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every value of an enum named in every language: a missing one fails the type check. */
export type EnumLabels<V extends string> = Record<Language, Record<V, string>>;

/** Each language by its own name, as a language switch shows it. */
export const LANGUAGE_LABELS: EnumLabels<Language> = {
  'zh-CN': { 'zh-CN': '中文', en: 'English' },
  en: { 'zh-CN': 'Chinese', en: 'English' },
};

/** An enum as the contract publishes it: its values and how people say them. */
export interface LabelledEnum<V extends string> {
  values: readonly V[];
  labels: EnumLabels<V>;
}
