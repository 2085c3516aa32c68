/** The languages Needle speaks; zh-CN is the source, every other one must match it. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every value of an enum named in every language: a missing one fails the type check. */
export type EnumLabels<V extends string> = Record<Language, Record<V, string>>;

/** An enum as the contract publishes it: its values and how people say them. */
export interface LabelledEnum<V extends string> {
  values: readonly V[];
  labels: EnumLabels<V>;
}
