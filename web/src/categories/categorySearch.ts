type PinyinMatch = typeof import('pinyin-pro').match;

let pinyinMatch: PinyinMatch | null = null;

/**
 * pinyin-pro and its dictionary weigh about 90 KB compressed, more than any page: they are fetched beside
 * the page rather than before it, so the workbench and the report form open without waiting. Until they
 * arrive (a moment after the page), names are matched by their characters alone.
 */
export const pinyinReady: Promise<void> = import('pinyin-pro').then(({ match }) => {
  pinyinMatch = match;
});

/**
 * Whether a category name answers what was typed: its characters, or its pinyin written out or by
 * initials, as people type on a phone without switching keyboards (`jg`, `jinggai` and `井盖` all find
 * 上水井盖). The letters must run on together: `sg` does not find 上水井盖 by 上…盖.
 */
export function nameMatches(name: string, typed: string): boolean {
  const input = typed.trim().toLowerCase().replace(/\s+/g, '');
  if (input === '') return true;
  if (name.toLowerCase().includes(input)) return true;
  // Only letters can be pinyin; an English name was answered above.
  if (!/^[a-z]+$/.test(input) || pinyinMatch === null) return false;
  return pinyinMatch(name, input, { continuous: true }) !== null;
}
