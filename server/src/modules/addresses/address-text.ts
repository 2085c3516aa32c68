import { pinyin } from 'pinyin-pro';

/**
 * The form every gazetteer text and every query is compared in: full-width digits and letters made
 * plain (NFKC), lower case, and no spaces or punctuation, so "义和路 88 号" finds "义和路88号".
 */
export function normaliseAddress(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export interface PinyinKeys {
  /** 义和路88号 → yihelu88hao: what "yiheLu" is matched against. */
  full: string;
  /** 义和路88号 → yhl88h: what "yhl" is matched against. */
  initials: string;
}

const OPTIONS = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
// A gazetteer repeats its road and community names thousands of times: each run of Chinese characters
// is converted once (pinyin-pro takes a fraction of a millisecond a call, too slow for a whole city).
const runs = new Map<string, PinyinKeys>();
const MAX_CACHED = 50_000;

function keysOfRun(run: string): PinyinKeys {
  const cached = runs.get(run);
  if (cached) return cached;
  const keys = /\p{Script=Han}/u.test(run)
    ? {
        full: pinyin(run, OPTIONS).join(''),
        initials: pinyin(run, { ...OPTIONS, pattern: 'first' }).join(''),
      }
    : { full: run, initials: run };
  if (runs.size < MAX_CACHED) runs.set(run, keys);
  return keys;
}

/**
 * The pinyin an operator may type for a place name, toneless; digits and Latin letters kept. Runs of
 * Chinese characters are read whole, so that a polyphone is read as in its word (长春 is chang chun).
 */
export function pinyinKeys(text: string): PinyinKeys {
  const parts = normaliseAddress(text).match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
  const keys = parts.map(keysOfRun);
  return { full: keys.map((k) => k.full).join(''), initials: keys.map((k) => k.initials).join('') };
}
