import { match } from 'pinyin-pro';

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
  if (!/^[a-z]+$/.test(input)) return false;
  return match(name, input, { continuous: true }) !== null;
}
