import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

/** Every text of a message tree by its dotted key, as t() looks it up. */
function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

/** The {{names}} a text fills in: a translation that drops or misspells one shows a hole or a brace. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] as string).sort();

// The types already make en match zh-CN's shape; this also catches what a cast or an `as` lets through,
// empty texts, and placeholders that differ between the languages.
const zh = flatten(zhCN as unknown as Tree);
const english = flatten(en as unknown as Tree);

describe('the zh-CN and English texts', () => {
  it('have the same keys: none missing in either language', () => {
    const missingInEnglish = [...zh.keys()].filter((key) => !english.has(key));
    const missingInChinese = [...english.keys()].filter((key) => !zh.has(key));
    expect({ missingInEnglish, missingInChinese }).toEqual({ missingInEnglish: [], missingInChinese: [] });
    expect(zh.size).toBeGreaterThan(500);
  });

  it('leave no text empty', () => {
    const empty = (texts: Map<string, string>) => [...texts].filter(([, text]) => text.trim() === '');
    expect({ zh: empty(zh), en: empty(english) }).toEqual({ zh: [], en: [] });
  });

  it('fill in the same placeholders', () => {
    const differing = [...zh]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? '').join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('really are translated: English texts are not left in Chinese', () => {
    // Chinese on purpose: the brand's second name, and the button that switches to Chinese, which
    // names the language in its own script for whoever needs it. Mixed texts (a name beside its
    // translation) pass.
    const chineseOnPurpose = ['app.secondName', 'language.switchTo'];
    const han = /\p{Script=Han}/u;
    const untranslated = [...english].filter(
      ([key, text]) => han.test(text) && !/[A-Za-z]/.test(text) && !chineseOnPurpose.includes(key),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
