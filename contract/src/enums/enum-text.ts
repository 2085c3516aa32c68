import type { EnumLabels, Language } from '../labels.js';
import en from './enums.en.json' with { type: 'json' };
import zh from './enums.zh-CN.json' with { type: 'json' };

// The enums' values and their names live in one locale file per language, zh-CN first: its keys are the
// values, in order. Another language must name every one of them, or this line fails the type check.
type EnumText = typeof zh;
const TEXT: Record<Language, EnumText> = { 'zh-CN': zh, en };

export type EnumName = keyof EnumText;
export type ValueOf<N extends EnumName> = Extract<keyof EnumText[N], string>;

/** The values of an enum, in the order the zh-CN file lists them. */
export const enumValues = <N extends EnumName>(name: N) =>
  Object.keys(zh[name]) as unknown as readonly [ValueOf<N>, ...ValueOf<N>[]];

/** How each value of an enum is said in each language. */
export const enumLabels = <N extends EnumName>(name: N): EnumLabels<ValueOf<N>> => ({
  'zh-CN': TEXT['zh-CN'][name] as Record<ValueOf<N>, string>,
  en: TEXT.en[name] as Record<ValueOf<N>, string>,
});
